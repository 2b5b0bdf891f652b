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
    QString probeKey;     // journal: encodeRow() of the match key of one row the last batch inserted
    bool pending = false; // journal: written before COMMIT; whether it committed is for the target to say
};

// Where a run's checkpoints live. The target-table store writes them inside each batch's transaction;
// the journal (engine/journal_store.h) beside the project, before and after COMMIT.
class StateStore {
public:
    virtual ~StateStore() = default;
    // Creates the table when it is missing. Outside any transaction. Throws DbError.
    virtual void ensureTable() = 0;
    // Before a mapping's first batch, outside any transaction. Throws DbError.
    virtual void open(const Checkpoint& c) = 0;
    // Inside the batch's transaction, before COMMIT. Throws DbError.
    virtual void save(const Checkpoint& c) = 0;
    // COMMIT returned for the batch `c` describes.
    virtual void committed(const Checkpoint& /*c*/) {}
    // The table is complete; outside any transaction. Throws DbError.
    virtual void finish(const Checkpoint& c) = 0;
    // This run's checkpoints (the journal's last pending ones too, marked). Throws DbError.
    virtual QList<Checkpoint> load() = 0;
    // Removes the checkpoints of this project's earlier runs (this run completed). Throws DbError.
    virtual void forgetEarlierRuns() = 0;
    // A new connection to the target after the old one was lost.
    virtual void reattach(Connection& /*target*/) {}
};

class CheckpointStore : public StateStore {
public:
    static QString defaultTable() { return QStringLiteral("ferry_checkpoints"); }

    CheckpointStore(Connection& target, QString table, QString runId, QString project);

    void ensureTable() override;
    // Makes sure the mapping has its row (inserting `c` when it has none).
    void open(const Checkpoint& c) override;
    // Updates the mapping's row, so it commits with the rows it describes.
    void save(const Checkpoint& c) override;
    void finish(const Checkpoint& c) override { save(c); }
    QList<Checkpoint> load() override;
    void forgetEarlierRuns() override;
    void reattach(Connection& target) override { target_ = &target; }

    const QString& table() const { return table_; }

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
