#pragma once
// The ferry-cli subcommands. Each returns an exit code from exit_codes.h.
#include <QString>

namespace ferry::cli {

struct Options {
    bool json = false;
    qint64 limit = -1; // dry-run: first N rows per table
    QString side;      // inspect a project: "source", "target" or both when empty
    QString outputDirectory;
    QString report;       // dry-run / run: write the HTML report (and CSVs beside it) here
    bool mask = false;    // mask personal values in the report
    bool predict = false; // dry-run: Ferry's prediction, no rehearsal in temporary tables
};

int validateCommand(const QString& projectPath, const Options& o);
int inspectCommand(const QString& what, const Options& o);
enum class RunMode { DryRun, Run, Resume };
int migrateCommand(const QString& projectPath, RunMode mode, const Options& o);
int driversCommand(const Options& o);

} // namespace ferry::cli
