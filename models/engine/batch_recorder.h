#pragma once
// What a real run records with each batch, inside the batch's transaction (a BatchCommitHook): the
// batch's reject and duplicate-decision lines go to the run folder and are flushed, then the checkpoint
// — counts, the last source key, where the files end — is written to the target. If the batch does not
// commit after all, the lines are cut off again. So the run folder and the target always agree on which
// batches happened, whatever moment a crash picks.
#include "engine/checkpoint_store.h"
#include "engine/table_runner.h"

#include <optional>

namespace ferry::pipeline {

class BatchRecorder : public BatchCommitHook {
public:
    // Any of output, store and next may be null; next is the caller's own hook (tests), called last.
    BatchRecorder(RunOutput* output, StateStore* store, BatchCommitHook* next)
        : output_(output)
        , store_(store)
        , next_(next)
    {
    }

    // A table starts: its mapping, and how many of its batches an interrupted run committed already.
    void startTable(const TablePlan& table, qint64 committedBatches);
    // The table's last batch went through: its checkpoint says so (outside any transaction).
    void finishTable(const TablePlan& table, const TableCounts& counts);

    void beforeCommit(Connection& target, const CommittingBatch& batch) override;
    void afterCommit() override;
    void afterRollback() override;

    // The checkpoint of a batch whose COMMIT failed or was never confirmed, until resolve().
    std::optional<Checkpoint> inFlight() const;
    // Settles the batch in flight: committed after all (the target's checkpoint says so), or not — then
    // its lines are cut off the files again.
    void resolve(bool committed);
    void setStore(StateStore* store) { store_ = store; }

    // Batches of the current table committed, the interrupted run's included.
    qint64 committedBatches() const { return batches_; }
    // True from beforeCommit() until clear(): the batch's rejects are in the reject file already.
    bool rejectsRecorded() const { return recorded_; }
    void clear() { recorded_ = false; }

    // The source key of a row as a checkpoint keeps it; empty when the table has no source key.
    static QString keyText(const TablePlan& table, const Row& source);

private:
    void writeLines(const CommittingBatch& batch);

    RunOutput* output_;
    StateStore* store_;
    BatchCommitHook* next_;
    int mapping_ = -1;
    qint64 batches_ = 0;                // committed in this table, the interrupted run's included
    RunOutput::Offsets before_;         // where the files ended before the batch in flight
    Checkpoint last_;                   // of the last batch that committed
    std::optional<Checkpoint> pending_; // of the batch in flight, until it commits or is resolved
    bool recorded_ = false;             // the batch's rejects are in the file (the writer then does not add them)
    bool linesPending_ = false;         // lines of the batch in flight, to cut off if it does not commit
    bool counted_ = false;
};

} // namespace ferry::pipeline
