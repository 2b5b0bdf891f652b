#include "sync_command.h"

#include "cli_output.h"
#include "engine/project_lock.h"
#include "exit_codes.h"
#include "interrupt.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <condition_variable>
#include <mutex>

namespace ferry::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::cli", text);
}

// What Ctrl+C (or SIGTERM) stops in a sync or a watch: the sync in flight, which is cancelled as `run`
// cancels, or the wait between two syncs, which ends at once. Any thread may stop it.
class SyncStop {
public:
    void stop()
    {
        std::lock_guard lock(mutex_);
        stopped_ = true;
        if (current_)
            current_->cancel();
        changed_.notify_all();
    }
    // The migration a signal cancels from now on (nullptr: none runs).
    void attach(Migration* migration)
    {
        std::lock_guard lock(mutex_);
        current_ = migration;
        if (current_ && stopped_)
            current_->cancel();
    }
    bool stopped() const
    {
        std::lock_guard lock(mutex_);
        return stopped_;
    }
    // Waits ms; false when stopped meanwhile (it wakes at once).
    bool wait(qint64 ms)
    {
        std::unique_lock lock(mutex_);
        return !changed_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopped_; });
    }

private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    bool stopped_ = false;
    Migration* current_ = nullptr;
};

QString lockedMessage(const Project& project, qint64 holderPid, const QString& lockPath)
{
    const QString file = QDir::toNativeSeparators(project.filePath), lock = QDir::toNativeSeparators(lockPath);
    if (holderPid > 0)
        return tr("another sync of project \"%1\" (%2) is running: process %3 holds %4; this sync did not start")
            .arg(project.name, file)
            .arg(holderPid)
            .arg(lock);
    return tr("another sync of project \"%1\" (%2) is running: it holds %3; this sync did not start")
        .arg(project.name, file, lock);
}

// One sync under the project's lock; its exit code. Its history line is written before the lock goes.
int syncOnce(const LoadedProject& loaded, const Options& o, SyncStop& stop)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    ProjectLock lock(loaded.outputDirectory);
    qint64 holder = 0;
    QString problem;
    switch (lock.tryLock(&holder, &problem)) {
    case ProjectLock::Outcome::Locked:
        break;
    case ProjectLock::Outcome::Failed:
        err(problem);
        recordHistory(loaded.outputDirectory, QStringLiteral("sync"), notStarted(ExitRunFailed, started, problem));
        return ExitRunFailed;
    case ProjectLock::Outcome::HeldByAnother: {
        const QString message = lockedMessage(loaded.project, holder, lock.path());
        err(message);
        if (o.json)
            printJson({{QStringLiteral("status"), QStringLiteral("locked")},
                       {QStringLiteral("exitCode"), int(ExitLocked)},
                       {QStringLiteral("error"), message}});
        recordHistory(loaded.outputDirectory, QStringLiteral("sync"), notStarted(ExitLocked, started, message),
                      QStringLiteral("locked"));
        return ExitLocked;
    }
    }
    const RunOutcome outcome = runLoaded(loaded, RunMode::Run, o, [&stop](Migration* m) { stop.attach(m); });
    recordHistory(loaded.outputDirectory, QStringLiteral("sync"), outcome);
    return outcome.exitCode;
}

} // namespace

std::optional<qint64> parseInterval(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,9})([smh]?)$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 seconds = unit == QLatin1String("h") ? n * 3600 : unit == QLatin1String("m") ? n * 60 : n;
    return seconds > 0 ? std::optional(seconds) : std::nullopt;
}

int syncCommand(const QString& projectPath, const Options& o)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    int exitCode = ExitOk;
    QString output;
    const std::optional<LoadedProject> loaded = loadForRun(projectPath, o, &exitCode, &output);
    if (!loaded) {
        if (!output.isEmpty())
            recordHistory(output, QStringLiteral("sync"), notStarted(exitCode, started, lastError()));
        return exitCode;
    }
    // o.allowMassDelete is reserved for delete propagation, which syncs do not do yet.
    SyncStop stop;
    // One guard for the whole watch: a signal cancels the sync in flight or ends the wait.
    const InterruptGuard interrupt([&stop] { stop.stop(); });
    for (;;) {
        exitCode = syncOnce(*loaded, o, stop);
        if (o.watchSeconds <= 0 || stop.stopped())
            return exitCode;
        const QDateTime next = QDateTime::currentDateTime().addSecs(o.watchSeconds);
        note(tr("Next sync at %1 (Ctrl+C stops)").arg(next.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        if (!stop.wait(o.watchSeconds * 1000))
            return exitCode; // stopped while waiting: the last sync's code
    }
}

} // namespace ferry::cli
