#pragma once
// Runs a project: plan, then a reader thread streaming source rows through a bounded queue to the
// writer (the calling thread), table by table, parents first. Used the same way by ferry-cli and by the
// wizard (which calls run() from a worker thread), so both give identical results.
#include "engine/plan.h"
#include "engine/run_types.h"
#include "engine/table_runner.h"
#include "project/project.h"

#include <atomic>

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
    // Thread-safe; the run stops after the batch in flight, which commits or rolls back whole.
    void cancel() { cancelled_ = true; }

    FailureKind failureKind() const { return failure_; }

    // A profile that reads a SQLite database's schema without creating the file: a missing file with an
    // init script is built in scratchDir instead. Used by dry runs and validation.
    static ConnectionProfile withoutCreating(const ConnectionProfile& profile, const QString& scratchDir);

    // Resolves the password for a profile (explicit, else its environment variable).
    static QString passwordFor(const ConnectionProfile& profile, const QString& explicitPassword);

private:
    std::optional<qint64> expectedRows(const TablePlan& table) const;

    Project project_;
    RunRequest request_;
    std::atomic<bool> cancelled_{false};
    FailureKind failure_ = FailureKind::None;
};

} // namespace ferry
