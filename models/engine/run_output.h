#pragma once
// The files a run leaves behind, in <outputDirectory>/<timestamp>-run|dry-run/: run.log, rejects.csv
// (one line per rejected row: table, key, column, reason, SQLSTATE, the source values), dedupe.csv when
// duplicate rules skipped or rewrote rows (engine/run_ledger.h reads both back), run.json (what the run
// is and how far it got, engine/run_record.h) and summary.json.
//
// A real run writes a batch's reject and decision lines before the batch commits and records the
// files' sizes in the batch's checkpoint; a resume cuts the files back to the sizes its checkpoint
// names, so lines of a batch that never committed are dropped and none of a committed batch is lost.
#include "run_types.h"

#include <QFile>
#include <QTextStream>
#include <memory>
#include <mutex>

namespace ferry {

class RunOutput {
public:
    // Where the reject and decision files end: recorded with each checkpoint.
    struct Offsets {
        qint64 rejects = 0;
        qint64 dedupe = 0;
        bool operator==(const Offsets&) const = default;
    };

    // Creates a new run folder (never one another run created, even in the same second); throws Error
    // if it cannot.
    RunOutput(const QString& outputDirectory, bool dryRun);
    // Continues the run folder `directory` (a resume): run.log is appended to, rejects.csv and
    // dedupe.csv are cut back to `keep`. Throws Error if the folder cannot be written.
    static std::unique_ptr<RunOutput> reopen(const QString& directory, const Offsets& keep);
    ~RunOutput();

    QString directory() const { return dir_; }
    QString logPath() const;
    QString rejectsPath() const;

    void log(const QString& line); // thread-safe: every stage may log
    void reject(const RejectRecord& r);
    // A row the duplicate rules skipped (written == nullptr) or wrote with other values than its own;
    // `rules`: the rules that matched its cluster.
    void duplicateDecision(const QString& table, const QString& sourceKey, const QString& sourceValues,
                           const Row* written, const QString& rules);
    // Everything written so far reaches the files; returns their sizes.
    Offsets flush();
    // Cuts both files back (a batch that rolled back after its lines were written).
    void truncate(const Offsets& to);
    void writeSummary(const RunSummary& s);

private:
    struct Existing {};
    RunOutput(Existing, const QString& directory);
    void openFiles(QIODevice::OpenMode mode);
    void openDedupe();

    QString dir_;
    QFile logFile_;
    QFile rejectsFile_;
    QTextStream log_;
    std::mutex logMutex_;
    QTextStream rejects_;
    QFile dedupeFile_; // opened on the first decision
    QTextStream dedupe_;
};

} // namespace ferry
