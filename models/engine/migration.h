#pragma once
// Runs a project: plan, then a reader thread streaming source rows through a bounded queue to the
// writer (the calling thread), table by table, parents first. Used the same way by ferry-cli and by the
// wizard (which calls run() from a worker thread), so both give identical results.
#include "engine/plan.h"
#include "engine/run_types.h"
#include "engine/table_runner.h"
#include "project/project.h"

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace ferry {

struct RunRequest {
    bool dryRun = false;
    qint64 rowLimit = -1;   // per table; a dry run on the first N rows
    QString sourcePassword; // overrides the profile's passwordEnv (the wizard prompts)
    QString targetPassword;
    QString outputDirectory; // overrides the project's; empty = project's
    bool writeFiles = true;  // run.log, rejects.csv, summary.json
    BatchCommitHook* commitHook = nullptr;
    int sampleIntervalMs = 250;
};

enum class FailureKind { None, Project, Connection, Run };

class Migration {
public:
    Migration(Project project, RunRequest request = {});

    // Blocking; never throws. Opens its own connections (one per thread).
    RunSummary run(RunObserver* observer = nullptr);
    // Thread-safe; the run stops after the batch in flight, which commits or rolls back whole. Also ends
    // a pause.
    void cancel();
    // Thread-safe. Paused, the writer waits between batches (the batch in flight commits or rolls back
    // whole first; no transaction is held open) and the reader stops once the queues are full. Time
    // spent paused counts neither in the samples' elapsed time and rate nor in the summary.
    void setPaused(bool paused);
    bool isPaused() const { return paused_; }

    FailureKind failureKind() const { return failure_; }

    // A profile that reads a SQLite database's schema without creating the file: a missing file with an
    // init script is built in scratchDir instead. Used by dry runs and validation.
    static ConnectionProfile withoutCreating(const ConnectionProfile& profile, const QString& scratchDir);

    // Resolves the password for a profile (explicit, else its environment variable).
    static QString passwordFor(const ConnectionProfile& profile, const QString& explicitPassword);

    // Opens both sides (the target through targetProfile) and plans the project against them. Throws
    // ferry::Error (a ConnectError with advice) when a side cannot be opened; a project that does not fit
    // the schemas gives std::nullopt and its problems, one per line, in *planErrors.
    struct Opened {
        std::unique_ptr<Connection> source;
        std::unique_ptr<Connection> target;
        Plan plan;
    };
    static std::optional<Opened> openAndPlan(const Project& project, const ConnectionProfile& targetProfile,
                                             const QString& sourcePassword, const QString& targetPassword,
                                             QString* planErrors);

private:
    std::optional<qint64> expectedRows(const TablePlan& table) const;
    // Blocks the writer while paused; returns the milliseconds it waited.
    qint64 waitWhilePaused(RunObserver* observer);

    Project project_;
    RunRequest request_;
    std::atomic<bool> cancelled_{false};
    std::atomic<bool> paused_{false};
    std::mutex pauseMutex_;
    std::condition_variable pauseChanged_;
    FailureKind failure_ = FailureKind::None;
};

} // namespace ferry
