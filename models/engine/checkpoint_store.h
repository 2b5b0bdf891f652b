#pragma once
// Checkpoints: how far a run got, per table mapping, kept in a small table in the target and written in
// the same transaction as the rows they describe — so after a crash the target says exactly which
// batches committed, and a resume continues after them, losing nothing and writing nothing twice.
//
// The table (default "ferry_checkpoints", project option "stateTable") is created on first use:
//   run_id VARCHAR(40), mapping INTEGER        the run (RunRecord::runId) and the table mapping's index
//   project VARCHAR(200), target_table …      for people reading it
//   batches, rows_read BIGINT                 batches committed and the source rows they consumed
//   last_key TEXT                             the last consumed row's source key (typed JSON), if any
//   counts TEXT                               the table's counts after those batches (JSON)
//   rejects_offset, dedupe_offset BIGINT      where rejects.csv / dedupe.csv ended (RunOutput::Offsets)
//   complete INTEGER, updated_at VARCHAR(40)
// A run's rows are removed once a later run of the same project completes (forgetEarlierRuns).
#include "db/connection.h"
#include "engine/run_output.h"
#include "engine/run_types.h"

#include <QSet>

namespace ferry {

struct Checkpoint {
    int mapping = -1; // index in Project::tables
    QString targetTable;
    qint64 batches = 0;  // committed
    qint64 rowsRead = 0; // source rows those batches consumed
    QString lastKey;     // encodeRow() of the last consumed row's source key; empty without one
    TableCounts counts;  // after those batches
    RunOutput::Offsets files;
    bool complete = false;
};

class CheckpointStore {
public:
    static QString defaultTable() { return QStringLiteral("ferry_checkpoints"); }

    CheckpointStore(Connection& target, QString table, QString runId, QString project);

    // Creates the table when it is missing. Outside any transaction. Throws DbError.
    void ensureTable();
    // Makes sure the mapping has its row (inserting `c` when it has none). Outside any transaction,
    // before the mapping's first batch. Throws DbError.
    void open(const Checkpoint& c);
    // Updates the mapping's row: inside the batch's transaction, so it commits with the rows it
    // describes. Throws DbError.
    void save(const Checkpoint& c);
    // This run's checkpoints, by mapping. Throws DbError.
    QList<Checkpoint> load();
    // Removes the checkpoints of this project's earlier runs (this run completed). Throws DbError.
    void forgetEarlierRuns();

    const QString& table() const { return table_; }
    // A new connection to the target after the old one was lost.
    void reattach(Connection& target) { target_ = &target; }

private:
    QString qualifiedTable() const;
    QString createStatement() const;
    static std::vector<Value> valuesOf(const Checkpoint& c); // the columns after project, in order

    Connection* target_;
    QString table_;
    QString runId_;
    QString project_;
    QSet<int> saved_; // mappings whose row exists: later saves only update it
};

} // namespace ferry
