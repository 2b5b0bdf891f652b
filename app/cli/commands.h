#pragma once
// The ferry-cli subcommands. Each returns an exit code from exit_codes.h.
#include "engine/migration.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace ferry::cli {

struct Options {
    bool json = false;
    qint64 limit = -1; // dry-run: first N rows per table
    QString side;      // inspect a project: "source", "target" or both when empty
    QString outputDirectory;
    QString report;               // dry-run / run: write the HTML report (and CSVs beside it) here
    bool mask = false;            // mask personal values in the report
    bool predict = false;         // dry-run: Ferry's prediction, no rehearsal in temporary tables
    double maxRowsPerSecond = 0;  // run / sync: a ceiling on the rate (0: none)
    qint64 watchSeconds = 0;      // sync: sync again this long after each sync ends (0: once)
    bool allowMassDelete = false; // sync: reserved for delete propagation; accepted, not used yet
};

int validateCommand(const QString& projectPath, const Options& o);
int inspectCommand(const QString& what, const Options& o);
enum class RunMode { DryRun, Run, Resume };
int migrateCommand(const QString& projectPath, RunMode mode, const Options& o);

// A project with its passwords, asked once (a watch syncs it again and again without asking).
struct LoadedProject {
    Project project;
    QString sourcePassword, targetPassword;
    // Where its runs go: --output, else the project's outputDirectory.
    QString outputDirectory;
};
// Loads the project and gets its passwords; std::nullopt after printing why not, *exitCode 2 or 3.
// *outputDirectory is set as soon as the project loaded, so a run refused for want of a password is
// recorded in its history too.
std::optional<LoadedProject> loadForRun(const QString& projectPath, const Options& o, int* exitCode,
                                        QString* outputDirectory);

// One run as `run` makes and prints it. `attach`, when set, is called with the migration before it runs
// and with nullptr after, and the caller handles Ctrl+C; otherwise Ctrl+C cancels the run.
struct RunOutcome {
    int exitCode = 0;
    RunSummary summary;
    QDateTime started; // UTC
};
RunOutcome runLoaded(const LoadedProject& loaded, RunMode mode, const Options& o,
                     const std::function<void(Migration*)>& attach = {});

// A run that ended before it started (no password, the lock held by another sync): its history entry.
RunOutcome notStarted(int exitCode, const QDateTime& started, const QString& error);

// Adds the command's line to history.jsonl in the output folder (engine/run_history.h); says on stderr
// when it cannot, which does not change the exit code. status: empty = from the summary.
void recordHistory(const QString& outputDirectory, const QString& command, const RunOutcome& outcome,
                   const QString& status = {});
int driversCommand(const Options& o);

} // namespace ferry::cli
