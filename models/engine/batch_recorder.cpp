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
                                   sourceValuesText(source), skipped ? nullptr : &row.values);
    }
}

void BatchRecorder::beforeCommit(Connection& target, const CommittingBatch& batch)
{
    counted_ = false;
    Checkpoint c = last_;
    if (output_) {
        before_ = output_->flush();
        writeLines(batch);
        recorded_ = true;
        c.files = output_->flush();
    }
    c.batches = batches_ + 1;
    c.rowsRead = batch.totals.read;
    c.counts = batch.totals;
    if (!batch.source.empty())
        c.lastKey = keyText(batch.table, batch.source.back());
    if (store_)
        store_->save(c);
    if (next_)
        next_->beforeCommit(target, batch);
    faultPoint("before-commit", batch.table.target.name, c.batches);
    // Counted as committed from here; afterRollback() takes it back if COMMIT fails.
    previous_ = std::exchange(last_, c);
    ++batches_;
    counted_ = true;
}

void BatchRecorder::afterRollback()
{
    if (output_ && recorded_)
        output_->truncate(before_);
    recorded_ = false;
    if (counted_) {
        last_ = previous_;
        --batches_;
        counted_ = false;
    }
    if (next_)
        next_->afterRollback();
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
        store_->save(c);
}

} // namespace ferry::pipeline
