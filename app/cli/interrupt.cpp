#include "interrupt.h"

#include "exit_codes.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>

#ifdef _WIN32
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ferry::cli {

namespace {

// Prepared before any signal, so that nothing is translated or allocated once one arrives.
struct Messages {
    QByteArray cancelling;
    QByteArray stopping;
};

Messages messages()
{
    const auto line = [](const QString& text) { return (QLatin1Char('\n') + text + QLatin1Char('\n')).toUtf8(); };
    return {line(QCoreApplication::translate("ferry::cli", "Cancelling… (press Ctrl+C again to stop at once)")),
            line(QCoreApplication::translate("ferry::cli", "Stopped."))};
}

void say(const QByteArray& text)
{
    std::fputs(text.constData(), stderr);
    std::fflush(stderr);
}

#ifdef _WIN32

std::function<void()> gCancel;
Messages gMessages;
std::atomic<int> gSeen{0};

BOOL WINAPI onConsoleEvent(DWORD)
{
    // Windows calls this on a thread of its own: the cancel may run here.
    if (++gSeen == 1 && gCancel) {
        say(gMessages.cancelling);
        gCancel();
        return TRUE;
    }
    say(gMessages.stopping);
    std::_Exit(ExitInterrupted);
}

#else

int gPipe[2] = {-1, -1}; // [0] read by the watcher, [1] written by the handler
constexpr char kSignalled = 's';
constexpr char kQuit = 'q';

void onSignal(int)
{
    const int saved = errno;
    [[maybe_unused]] const ssize_t n = ::write(gPipe[1], &kSignalled, 1);
    errno = saved;
}

struct sigaction gOldInt, gOldTerm;
std::thread gWatcher;
std::thread gCanceller;

void watch(std::function<void()> cancel, Messages text)
{
    int seen = 0;
    for (;;) {
        char byte = 0;
        const ssize_t n = ::read(gPipe[0], &byte, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n != 1 || byte == kQuit)
            return;
        if (++seen == 1 && cancel) {
            say(text.cancelling);
            gCanceller = std::thread(cancel); // a second signal must not wait for the cancel
            continue;
        }
        say(text.stopping);
        std::_Exit(ExitInterrupted);
    }
}

#endif

} // namespace

InterruptGuard::InterruptGuard(std::function<void()> cancel)
{
#ifdef _WIN32
    gCancel = std::move(cancel);
    gMessages = messages();
    gSeen = 0;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    if (::pipe(gPipe) != 0)
        return; // no guard: Ctrl+C keeps its default meaning
    for (int fd : gPipe)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(gPipe[1], F_SETFL, O_NONBLOCK); // the handler must never block
    gWatcher = std::thread(watch, std::move(cancel), messages());
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &gOldInt);
    sigaction(SIGTERM, &action, &gOldTerm);
#endif
}

InterruptGuard::~InterruptGuard()
{
#ifdef _WIN32
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    gCancel = nullptr;
#else
    if (gPipe[0] < 0)
        return;
    sigaction(SIGINT, &gOldInt, nullptr);
    sigaction(SIGTERM, &gOldTerm, nullptr);
    [[maybe_unused]] const ssize_t n = ::write(gPipe[1], &kQuit, 1);
    gWatcher.join();
    if (gCanceller.joinable())
        gCanceller.join();
    for (int& fd : gPipe) {
        ::close(fd);
        fd = -1;
    }
#endif
}

} // namespace ferry::cli
