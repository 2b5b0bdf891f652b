#pragma once
// Runs a project: opens both sides, plans, then wires the three stages of the pipeline — a reader
// thread, a preparer thread and the writer on the calling thread (engine/source_reader.h,
// prepare_stage.h, writer_stage.h) — joined by bounded queues, table by table, parents first. Holds no
// row logic itself. Used the same way by ferry-cli and by the wizard (which calls run() from a worker
// thread), so both give identical results.
#include "engine/plan.h"
#include "engine/retry_policy.h"
#include "engine/run_control.h"
#include "engine/run_types.h"
#include "engine/table_runner.h"
#include "project/project.h"

namespace ferry {

struct RunRequest {
    bool dryRun = false;
    // A dry run rehearses its writes in temporary twins of the target tables, so the database judges
    // every row (engine/rehearsal.h); false, or an account that may not create temporary tables: it
    // predicts with Ferry's own checks instead.
    bool rehearse = true;
    qint64 rowLimit = -1;   // per table; a dry run on the first N rows
    QString sourcePassword; // overrides the profile's passwordEnv (the wizard prompts)
    QString targetPassword;
    QString outputDirectory; // overrides the project's; empty = project's
    bool writeFiles = true;  // run.log, rejects.csv, summary.json (and, for a real run, checkpoints)
    // Continue an interrupted run instead of starting one: the run in resumeDirectory, or the newest
    // run under the output directory. Refused (FailureKind::Project) when it completed or the project
    // changed since.
    bool resume = false;
    QString resumeDirectory;
    BatchCommitHook* commitHook = nullptr;
    RetryPolicy retry; // for faults that may pass (engine/retry_policy.h)
    int sampleIntervalMs = 250;
    qint64 sampleEveryRows = 0; // also a sample every N rows read (WriterSettings::sampleEveryRows)
    // A ceiling on the rate, rows per second (0: none; engine/throttle.h). Batches are then cut to about
    // a quarter of a second's rows; a resume repeats the cut the run was started with (run.json).
    double maxRowsPerSecond = 0;
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
    bool isPaused() const { return control_.paused(); }

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
    struct Started; // what run() has opened so far
    // Opens both sides and plans; false (with the summary failed) when that is not possible.
    bool open(Started& started, RunSummary& summary);
    // A real run holds the target's run locks (engine/target_lock.h); false when another run holds one.
    bool lockTarget(Started& started, RunSummary& summary);
    // Takes the locks on `target`; the reason when it cannot.
    QString takeLocks(Started& started, Connection& target);
    // Creates the run folder and its log; false (with the summary failed) when it cannot.
    bool openOutput(Started& started, RunSummary& summary);
    // A dry run: makes the rehearsal's twins (or says why not) and notes how the dry run judges rows.
    void rehearse(Started& started, RunSummary& summary);
    // Runs the three stages to the end and fills the summary's counts and status.
    void runStages(Started& started, RunSummary& summary, RunObserver* observer);
    void fail(RunSummary& summary, FailureKind kind, const QString& message);

    Project project_;
    RunRequest request_;
    RunControl control_;
    FailureKind failure_ = FailureKind::None;
};

} // namespace ferry
