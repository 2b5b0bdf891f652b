#pragma once
// Runs one table of the plan batch by batch against the target: transform and coerce each row, decide
// insert / update / skip by the match keys, then write the batch in one transaction. A row the
// database refuses is found by splitting the batch under savepoints and rejected alone; every good
// row of the batch still lands. Counts are added only when a batch commits, so they always add up.
#include "engine/check_evaluator.h"
#include "engine/foreign_key_checker.h"
#include "engine/lookup_cache.h"
#include "engine/plan.h"
#include "engine/row_preparer.h"
#include "engine/run_types.h"
#include "engine/unique_checker.h"

#include <functional>
#include <unordered_set>

namespace ferry {

// A batch about to commit, as a commit hook sees it.
struct CommittingBatch {
    const TablePlan& table;
    const TableCounts& totals;                // the table's counts once this batch commits
    const std::vector<Row>& source;           // the batch's source rows, as read
    const std::vector<PreparedRow>& rows;     // as prepared (duplicate decisions)
    const std::vector<RejectRecord>& rejects; // every row of the batch that is rejected
    const Row* inserted;                      // the match-key values of one row it inserted, if any
};

// Called inside each batch's transaction, after its rows are written and before COMMIT, so a
// checkpoint written through `target` commits atomically with the rows it describes. afterRollback()
// follows when the batch did not commit after all (beforeCommit threw, or COMMIT failed).
class BatchCommitHook {
public:
    virtual ~BatchCommitHook() = default;
    virtual void beforeCommit(Connection& target, const CommittingBatch& batch) = 0;
    // COMMIT returned: the batch is in.
    virtual void afterCommit() {}
    // The batch did not commit — or, when the connection broke during COMMIT, nobody knows yet.
    virtual void afterRollback() {}
};

// Thrown when the table's error policy ends the run (stop at first error, too many rejects).
struct StopRun {
    QString reason;
};

// How a runner treats the target.
enum class TargetMode {
    Write,    // a run
    Rehearse, // a dry run writing into temporary twins of the target tables (engine/rehearsal.h)
    Predict,  // a dry run that writes nothing: Ferry's own checks stand in for the database's
};

class TableRunner {
public:
    using RejectSink = std::function<void(const RejectRecord&)>;
    using MismatchSink = std::function<void(const MismatchRecord&)>;

    // lookups: only used in Predict mode, to make rows it would insert visible to later tables' lookups.
    // foreignKeys (Rehearse): the target refuses rows whose foreign key finds no parent; the twins cannot.
    TableRunner(const TablePlan& plan, Connection& target, LookupCache& lookups, TargetMode mode, RejectSink onReject,
                BatchCommitHook* hook = nullptr, bool foreignKeys = true);

    // Prepares the writers. Throws DbError.
    void start();
    // Writes one prepared batch. Throws StopRun or DbError; on DbError nothing of the batch is committed
    // and the runner is as it was before the batch, so the batch may be given again.
    void processBatch(const PreparedBatch& batch);
    // A new connection to the target after the old one was lost: writers are prepared again on it; counts
    // and remembered keys stay.
    void reattach(Connection& target);
    // A resumed run: the counts the table had when the interrupted run last committed.
    void seedCounts(const TableCounts& counts);
    // A resumed run: a batch the interrupted run committed. Nothing is written or counted; the keys are
    // remembered, as if it had been written now, so later duplicates are found as before.
    void replayCommitted(const PreparedBatch& batch);
    // Receives the values a batch changes or refuses, once the batch is decided.
    void setMismatchSink(MismatchSink sink) { onMismatch_ = std::move(sink); }
    // Predict: lookups into this table that later tables will ask for (rows it would insert stand in).
    void setDownstreamLookups(QList<LookupSpec> specs) { downstream_ = std::move(specs); }

    const TableCounts& counts() const { return counts_; }
    // Predict: the target's checks the dry run could not evaluate, and why.
    QList<CheckEvaluator::NotEvaluated> checksNotEvaluated() const
    {
        return checks_ ? checks_->notEvaluated() : QList<CheckEvaluator::NotEvaluated>();
    }

private:
    using Prepared = PreparedRow;
    enum class Op { Insert, Update };
    struct Decided {
        std::vector<const Prepared*> inserts, updates;
    };

    // Each row's fate by its match key and the write mode; skips and duplicates counted in `batch`.
    // lookInTarget: ask the target which keys exist (not for batches replayed on resume).
    Decided decide(const std::vector<Prepared>& rows, TableCounts& batch, bool lookInTarget);
    void route(const Prepared& p, bool exists, Decided& out, TableCounts& batch) const;
    // Writes the decided rows in one transaction (with the commit hook before COMMIT).
    void writeDecided(const Decided& decided, const PreparedBatch& prepared, TableCounts& batch);
    // Rolls the transaction back and forgets the keys the batch added.
    void rollbackBatch(bool hooked);
    // Hands the batch's rejects and mismatches to the sinks.
    void flushBatchOutput(const std::vector<MismatchRecord>& mismatches);

    QByteArray keyOf(const Row& values) const;
    // The batch's keys the target holds, each with the fingerprint of the row's values when the mode
    // compares them (engine/row_fingerprint.h), else an empty one.
    QHash<QByteArray, QByteArray> existingRows(const std::vector<Prepared>& rows);
    bool comparesValues() const;
    qint64 writeIsolated(Op op, const std::vector<const Prepared*>& rows, int depth, const std::vector<Row>& sourceRows,
                         TableCounts& batch);
    Row updateRow(const Row& values) const;
    void rejectRow(const RejectRecord& r, TableCounts& batch);
    void notePending(const Row& values);
    void countStopped(const TableCounts& batch);
    QString checkColumn(const QString& reason) const; // first column of the check a refusal names
    // The one column whose value is `quoted` (a PostgreSQL input error quotes the value, not the column).
    QString columnHolding(const Row& values, const QString& quoted) const;
    // Predict: drops from `rows` (and rejects) what the database would refuse at a unique key or a check.
    void predictRefusals(std::vector<const Prepared*>& rows, bool inserting, const std::vector<Row>& sourceRows,
                         TableCounts& batch);
    // Rehearse: drops from `rows` (and rejects) what a foreign key of the target would refuse.
    void refuseOrphans(std::vector<const Prepared*>& rows, bool updating, const std::vector<Row>& sourceRows,
                       TableCounts& batch);

    const TablePlan& plan_;
    Connection* target_;
    LookupCache& lookups_;
    TargetMode mode_;
    bool foreignKeys_;
    RejectSink onReject_;
    MismatchSink onMismatch_;
    BatchCommitHook* hook_;
    std::unique_ptr<BatchWriter> inserter_;
    std::unique_ptr<BatchWriter> updater_;
    std::unique_ptr<UniqueChecker> unique_;      // Predict only
    std::unique_ptr<CheckEvaluator> checks_;     // Predict only
    std::unique_ptr<ForeignKeyChecker> orphans_; // Rehearse only
    QList<LookupSpec> downstream_;
    std::unordered_set<quint64> seenKeys_; // 64-bit hashes of keys already handled in this run
    std::optional<Row> insertedKey_;       // of one row the batch in flight inserted (a journal probes it)
    std::vector<quint64> batchSeen_;       // of them, added by the batch in flight (undone on rollback)
    std::vector<RejectRecord> batchRejects_;
    qint64 pendingId_ = 0; // stand-in ids of rows a prediction would insert
    TableCounts counts_;
};

} // namespace ferry
