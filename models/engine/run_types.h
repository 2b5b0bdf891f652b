#pragma once
// What a run reports: per-table counts (which must add up), rejects with reasons, and small samples
// for whoever watches (the CLI's progress line, the wizard's charts). The engine never knows which.
#include "core/findings.h"
#include "core/value.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ferry {

struct TableCounts {
    QString source;
    QString target;
    qint64 read = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; // matched a target row that already holds exactly these values: not written
    qint64 skipped = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0; // source rows matching an earlier row (match keys or dedupe rules) or a target row
    qint64 mismatches = 0; // values that would not arrive as they left (see MismatchRecord)
    qint64 flagged = 0;    // duplicates written anyway and listed for review
    bool completed = false;

    // The promise: every row read ends in exactly one place.
    bool balanced() const { return read == inserted + updated + unchanged + skipped + rejected; }
    TableCounts& operator+=(const TableCounts& o);
    QJsonObject toJson() const;
    static TableCounts fromJson(const QJsonObject& o);
};

struct RejectRecord {
    QString table;     // target table
    QString sourceKey; // value of the source key column, as text
    QString column;    // target column at fault, empty when the database did not say
    QString reason;
    QString sqlState;    // empty for rejects decided before writing
    QStringList values;  // the source row, for the reject file
    QList<int> cells;    // positions in values of the source columns feeding `column` (the problem cells)
    int tableIndex = -1; // position of its table in RunSummary::tables (set by the run)
    // Who refused the row: "transform", "lookup", "coerce" (the rules: a dry run predicts these exactly),
    // "unique-within-load" / "unique-against-target" (a dry run's prediction of what the database will
    // refuse), "foreign-key" (a rehearsal's query of the parent table) or "database".
    QString origin;
};

// Where one table's time went (for the finish page): its wall time while the writer had it, and the time
// each stage spent working on it. The stages overlap, so the three may add up to more than elapsedMs.
struct TableTiming {
    // Milliseconds with fractions: a batch of a fast source takes well under one.
    double elapsedMs = 0; // from its first batch to its last, paused time excluded
    double readMs = 0;    // fetching source rows
    double prepareMs = 0; // lookups, duplicate pass, transforms, coercion
    double writeMs = 0;   // writing batches into the target (or rehearsing them)
};

struct RunSample {
    qint64 elapsedMs = 0; // time running, paused time excluded
    int table = 0;        // index in the plan
    qint64 tableRead = 0;
    qint64 totalRead = 0;
    double rowsPerSecond = 0; // over the last sample interval
    qint64 duplicates = 0;    // run totals so far
    qint64 rejected = 0;
    qint64 mismatches = 0;
};

struct RunSummary {
    enum class Status { Ok, Rejects, Failed };
    Status status = Status::Ok;
    bool dryRun = false;
    // A dry run: whether the database judged each row in a rehearsal (engine/rehearsal.h) or Ferry
    // predicted, and in sentences for the user how, and what it could not rehearse.
    bool rehearsed = false;
    QStringList dryRunNotes;
    bool cancelled = false;
    QString error; // why the run failed, if it did
    QList<TableCounts> tables;
    QList<TableTiming> timings;       // per entry of tables
    QList<QStringList> sourceColumns; // per entry of tables: names of its source row's columns (reject values)
    QString runDirectory;
    QString logFile;
    QString rejectsFile;
    double elapsedSeconds = 0; // excludes time spent paused
    // The first kKeptRejects rejects of the run, in memory for whoever shows them (the reject file has
    // them all); rejectsNotKept counts the rest.
    static constexpr int kKeptRejects = 1000;
    QList<RejectRecord> rejects;
    qint64 rejectsNotKept = 0;
    // Findings, the first kKeptFindings of each kind in memory (the report's CSV files have them all).
    static constexpr int kKeptFindings = 5000;
    QList<MismatchRecord> mismatches;
    qint64 mismatchesNotKept = 0;
    QList<ColumnRisk> columnRisks; // every column that is not exact
    QList<DuplicateCluster> clusters;
    qint64 clustersNotKept = 0;
    QList<DuplicateRuleCount> duplicateRules; // every cluster counted, kept in memory or not
    QList<PreflightFinding> preflight;

    qint64 totalRead() const;
    QJsonObject toJson() const;
    static QString statusName(Status s);
};

class RunObserver {
public:
    virtual ~RunObserver() = default;
    // Called on the engine's worker thread; implementations forward (queued) to their own thread.
    // expectedRows: the source's row estimate where introspection has one (for progress and ETA).
    virtual void tableStarted(int /*index*/, const QString& /*source*/, const QString& /*target*/,
                              std::optional<qint64> /*expectedRows*/)
    {
    }
    virtual void sample(const RunSample&) {}
    virtual void tableFinished(int /*index*/, const TableCounts&) {}
    virtual void message(const QString&) {}
    // The writer stopped between batches because the run was paused (true), or went on (false).
    virtual void pausedChanged(bool /*paused*/) {}
    // A connection failed in a way that may pass (lost, restarted, deadlock); the run waits delayMs and
    // tries again (attempt of maxAttempts). recovered() follows once it works again.
    virtual void retrying(const QString& /*what*/, const QString& /*error*/, int /*attempt*/, int /*maxAttempts*/,
                          qint64 /*delayMs*/)
    {
    }
    virtual void recovered(const QString& /*what*/) {}
};

} // namespace ferry
