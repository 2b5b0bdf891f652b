#pragma once
// The files a run leaves behind, in <outputDirectory>/<timestamp>-run|dry-run/: run.log, rejects.csv
// (one line per rejected row: table, key, column, reason, SQLSTATE, the source values), dedupe.csv when
// duplicate rules skipped or rewrote rows (engine/run_ledger.h reads both back) and summary.json.
#include "run_types.h"

#include <QFile>
#include <QTextStream>

namespace ferry {

class RunOutput {
public:
    // Creates the run directory; throws Error if it cannot.
    RunOutput(const QString& outputDirectory, bool dryRun);
    ~RunOutput();

    QString directory() const { return dir_; }
    QString logPath() const;
    QString rejectsPath() const;

    void log(const QString& line);
    void reject(const RejectRecord& r);
    // A row the duplicate rules skipped (written == nullptr) or wrote with other values than its own.
    void duplicateDecision(const QString& table, const QString& sourceKey, const QString& sourceValues,
                           const Row* written);
    void flushDecisions() { dedupe_.flush(); }
    void writeSummary(const RunSummary& s);

private:
    QString dir_;
    QFile logFile_;
    QFile rejectsFile_;
    QTextStream log_;
    QTextStream rejects_;
    QFile dedupeFile_; // opened on the first decision
    QTextStream dedupe_;
};

} // namespace ferry
