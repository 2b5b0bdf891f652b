#include "password_prompt.h"

#include "cli_output.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace ferry::cli {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(fileno(stdin));
#endif
}

// Turns terminal echo off for its lifetime (the platform seam for secret input).
class EchoOff {
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        handle_ = GetStdHandle(STD_INPUT_HANDLE);
        GetConsoleMode(handle_, &mode_);
        SetConsoleMode(handle_, mode_ & ~DWORD(ENABLE_ECHO_INPUT));
#else
        tcgetattr(fileno(stdin), &saved_);
        termios quiet = saved_;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSANOW, &quiet); // keeps what was typed ahead
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        SetConsoleMode(handle_, mode_);
#else
        tcsetattr(fileno(stdin), TCSANOW, &saved_);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE handle_;
    DWORD mode_ = 0;
#else
    termios saved_{};
#endif
};

} // namespace

std::optional<QString> readSecret(const QString& prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    std::string line;
    {
        // Echo off before the prompt shows: whatever is typed (or pasted) as soon as it appears stays hidden.
        EchoOff quiet;
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        std::getline(std::cin, line);
    }
    std::fputs("\n", stderr);
    return QString::fromLocal8Bit(line.c_str());
}

std::optional<QString> passwordFor(const ConnectionProfile& profile, const QString& role)
{
    const QString who = profile.name.isEmpty() ? role : profile.name;
    if (profile.passwordEnv.isEmpty()) {
        // No variable named: ask whoever is at the terminal (Enter alone connects without a password, as a
        // DSN that stores one needs); a script gets the server's own answer.
        if (!loginNeedsPassword(profile))
            return QString();
        return readSecret(QCoreApplication::translate("ferry::cli", "Password for %1 (user %2; Enter for none): ")
                              .arg(who, profile.user))
            .value_or(QString());
    }
    const QByteArray name = profile.passwordEnv.toLocal8Bit();
    if (qEnvironmentVariableIsSet(name.constData()))
        return qEnvironmentVariable(name.constData());
    if (auto typed = readSecret(QCoreApplication::translate("ferry::cli", "Password for %1 (%2 is not set): ")
                                    .arg(who, profile.passwordEnv)))
        return typed;
    err(QCoreApplication::translate("ferry::cli", "The password for %1 comes from the environment variable %2, which "
                                                  "is not set. Set it, or run ferry-cli in a terminal to be asked "
                                                  "for it.")
            .arg(who, profile.passwordEnv));
    return std::nullopt;
}

} // namespace ferry::cli
