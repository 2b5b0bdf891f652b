#include "batch_recorder.h"

#include "engine/fault_points.h"
#include "engine/run_ledger.h"

namespace ferry::pipeline {

QString BatchRecorder::keyText(const TablePlan& table, const Row& source)
{
    if (table.sourcePrimaryKey.isEmpty())
        return {};
    Row key;
    for (int k : table.sourcePrimaryKey)
        key.push_back(source[size_t(k)]);
    return encodeRow(key);
}

void BatchRecorder::startTable(const TablePlan& table, qint64 committedBatches)
{
    mapping_ = table.projectIndex;
    batches_ = committedBatches;
    last_ = Checkpoint{};
    last_.mapping = mapping_;
    last_.targetTable = table.target.name;
    last_.batches = committedBatches;
    if (output_)
        last_.files = output_->flush();
    if (store_ && committedBatches == 0)
        store_->open(last_);
}

void BatchRecorder::writeLines(const CommittingBatch& batch)
{
    for (const RejectRecord& r : batch.rejects)
        output_->reject(r);
    if (!batch.table.dedupe.enabled())
        return;
    // Rows the duplicate rules skipped or rewrote, so verification knows what to expect.
    for (const PreparedRow& row : batch.rows) {
        const bool skipped = row.fate == PreparedRow::Fate::SkipDuplicate;
        if (!skipped && !row.rewritten)
            continue;
        const Row& source = batch.source[size_t(row.source)];
        output_->duplicateDecision(batch.table.target.name, sourceKeyText(batch.table, source),
                                   sourceValuesText(source), skipped ? nullptr : &row.values, row.dedupeRules);
    }
}

void BatchRecorder::beforeCommit(Connection& target, const CommittingBatch& batch)
{
    Checkpoint c = last_;
    if (output_) {
        before_ = output_->flush();
        writeLines(batch);
        recorded_ = true;
        linesPending_ = true;
        c.files = output_->flush();
    }
    c.batches = batches_ + 1;
    c.rowsRead = batch.totals.read;
    c.counts = batch.totals;
    if (!batch.source.empty())
        c.lastKey = keyText(batch.table, batch.source.back());
    c.probeKey = batch.inserted ? encodeRow(*batch.inserted) : QString();
    pending_ = c;
    if (store_)
        store_->save(c);
    if (next_)
        next_->beforeCommit(target, batch);
    faultPoint("before-commit", batch.table.target.name, c.batches);
}

void BatchRecorder::afterCommit()
{
    if (!pending_)
        return;
    faultPoint("after-commit-unrecorded", pending_->targetTable, pending_->batches);
    last_ = *std::exchange(pending_, std::nullopt);
    ++batches_;
    if (store_)
        store_->committed(last_);
    linesPending_ = false;
    if (next_)
        next_->afterCommit();
}

void BatchRecorder::afterRollback()
{
    // Undone in resolve(): after a broken connection only the target can say whether COMMIT went through.
    if (next_)
        next_->afterRollback();
}

std::optional<Checkpoint> BatchRecorder::inFlight() const
{
    return pending_;
}

void BatchRecorder::resolve(bool committed)
{
    if (!pending_)
        return;
    if (committed) {
        afterCommit();
        return;
    }
    pending_.reset();
    if (output_ && linesPending_)
        output_->truncate(before_);
    linesPending_ = false;
}

void BatchRecorder::finishTable(const TablePlan& table, const TableCounts& counts)
{
    Checkpoint c = last_;
    c.mapping = table.projectIndex;
    c.targetTable = table.target.name;
    c.counts = counts;
    c.complete = true;
    if (output_)
        c.files = output_->flush();
    if (store_)
        store_->finish(c);
}

} // namespace ferry::pipeline
