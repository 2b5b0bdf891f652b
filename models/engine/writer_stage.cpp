#include "writer_stage.h"

#include "engine/fault_points.h"
#include "engine/journal_store.h"
#include "engine/run_ledger.h"
#include "engine/stage_guard.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace ferry::pipeline {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::Migration", text);
}

QString tr(const char* text, const char* disambiguation, qint64 n)
{
    return QCoreApplication::translate("ferry::Migration", text, disambiguation, int(n));
}
} // namespace

WriterStage::WriterStage(WriterContext context, WriterSettings settings)
    : context_(context)
    , settings_(settings)
    , recorder_(settings.dryRun ? nullptr : context.output, context.checkpoints, settings.commitHook)
    , throttle_(settings.maxRowsPerSecond)
    , family_(context.target->family())
{
    watch_.emplace(context_.control, *context_.target);
    for (const TablePlan& t : context_.plan.tables)
        for (const FieldPlan& f : t.fields)
            allLookups_ << f.chain->lookups();
}

void WriterStage::run(BoundedQueue<PreparedChunk>& in)
{
    const QString error = guarded([&] { writeAll(in); });
    if (!error.isEmpty() && stopReason_.isEmpty() && !context_.control.cancelled())
        stop(
            tr("writing %1 failed: %2").arg(current_ >= 0 ? context_.plan.tables[current_].label() : QString(), error));
    // A table cut short by a stop or a cancel is reported as not completed.
    const QString closing = guarded([&] {
        const auto holding = holdTarget();
        closeTable(stopReason_.isEmpty() && !context_.control.cancelled());
    });
    if (!closing.isEmpty() && stopReason_.isEmpty())
        stop(closing);
}

std::unique_lock<std::mutex> WriterStage::holdTarget() const
{
    return context_.shared ? std::unique_lock(context_.shared->mutex) : std::unique_lock<std::mutex>();
}

void WriterStage::writeAll(BoundedQueue<PreparedChunk>& in)
{
    for (;;) {
        // Between batches: nothing is held open while the user pauses.
        waitWhilePaused();
        if (context_.control.cancelled())
            return;
        std::optional<PreparedChunk> chunk = in.pop();
        if (!chunk)
            return;
        try {
            const auto holding = holdTarget();
            if (!take(std::move(*chunk)))
                return;
        } catch (const StopRun& s) {
            return stop(s.reason);
        } catch (const DbError& e) {
            if (context_.control.cancelled())
                return; // the cancel interrupted the statement; the batch rolled back whole
            return stop(describe(e));
        }
        if (context_.control.cancelled())
            return;
    }
}

void WriterStage::waitWhilePaused()
{
    pausedMs_ += context_.control.waitWhilePaused([this](bool paused) {
        if (context_.observer)
            context_.observer->pausedChanged(paused);
    });
}

// Waits in slices, so that a pause is honoured (and its time not counted) while the run waits.
bool WriterStage::throttle(qint64 rows)
{
    for (;;) {
        waitWhilePaused();
        const qint64 wait = throttle_.delayBefore(rows, runningMs());
        if (wait <= 0)
            return !context_.control.cancelled();
        if (!context_.control.sleepUnlessCancelled(qMin<qint64>(wait, 100)))
            return false;
    }
}

bool WriterStage::take(PreparedChunk&& chunk)
{
    if (!chunk.error.isEmpty()) {
        stop(chunk.error);
        return false;
    }
    if (chunk.table != current_) {
        closeTable(true);
        openTable(chunk.table, chunk.alreadyDone);
    }
    timing_.readMs += chunk.readMs;
    timing_.prepareMs += chunk.prepareMs;
    if (!chunk.clusters.isEmpty()) {
        QStringList ruleOrder;
        for (const MatchRule& r : context_.plan.tables[chunk.table].dedupe.rules)
            ruleOrder << r.name;
        context_.findings.clusters(chunk.table, chunk.clusters, ruleOrder);
    }
    if (chunk.endOfTable) {
        if (replayLeft_ > 0) {
            stop(tr("cannot resume %1: the source has fewer rows than the interrupted run had already written; "
                    "it changed since. Run the migration again from the start.")
                     .arg(context_.plan.tables[current_].label()));
            return false;
        }
        emitSample(runner_->counts());
        closeTable(true);
        return stopReason_.isEmpty();
    }
    if (replayLeft_ > 0) {
        replay(chunk.batch);
    } else {
        const auto rows = qint64(chunk.batch.source.size());
        if (!throttle(rows))
            return false; // cancelled while waiting: nothing of the batch was written
        writeBatch(chunk.batch);
        throttle_.wrote(rows);
    }
    return stopReason_.isEmpty();
}

void WriterStage::replay(const PreparedBatch& batch)
{
    runner_->replayCommitted(batch);
    replayedRows_ += qint64(batch.source.size());
    if (!batch.source.empty())
        replayedKey_ = BatchRecorder::keyText(context_.plan.tables[current_], batch.source.back());
    if (--replayLeft_ > 0)
        return;
    const Checkpoint* c = checkpoint();
    if (c && (replayedRows_ != c->rowsRead || replayedKey_ != c->lastKey))
        stop(tr("cannot resume %1: the first %2 source rows are not the ones the interrupted run wrote (its last "
                "row had the key %3, the source now has %4 there); the source changed since. Run the migration "
                "again from the start.")
                 .arg(context_.plan.tables[current_].label())
                 .arg(c->rowsRead)
                 .arg(c->lastKey.isEmpty() ? tr("(none)") : c->lastKey,
                      replayedKey_.isEmpty() ? tr("(none)") : replayedKey_));
}

void WriterStage::openTable(int table, bool alreadyDone)
{
    current_ = table;
    currentDone_ = alreadyDone;
    timing_ = {};
    tableStartedMs_ = runningMs();
    const TablePlan& tp = context_.plan.tables[table];
    runner_.emplace(
        tp, *context_.target, context_.lookups, settings_.dryRun ? settings_.dryRunMode : TargetMode::Write,
        [this](const RejectRecord& r) {
            // A committed batch's rejects went to the file before COMMIT (BatchRecorder).
            if (context_.output && !recorder_.rejectsRecorded())
                context_.output->reject(r);
            keepReject(r);
            context_.findings.reject(current_, r);
            ++sample_.rejected;
        },
        settings_.dryRun ? nullptr : &recorder_, settings_.foreignKeys);
    runner_->setMismatchSink([this](const MismatchRecord& m) {
        context_.findings.mismatch(current_, m);
        ++sample_.mismatches;
    });
    runner_->setDownstreamLookups(allLookups_);
    const Checkpoint* c = checkpoint();
    replayLeft_ = c && !alreadyDone ? c->batches : 0;
    replayedRows_ = 0;
    replayedKey_.clear();
    if (c)
        runner_->seedCounts(c->counts);
    if (!settings_.dryRun)
        recorder_.startTable(tp, c ? c->batches : 0);
    if (alreadyDone)
        log(tr("Table %1: completed by the interrupted run").arg(tp.label()));
    else if (replayLeft_ > 0)
        log(tr("Table %1: resuming after %2 rows in %3 committed batches")
                .arg(tp.label())
                .arg(c->rowsRead)
                .arg(c->batches));
    else
        log(tr("Table %1").arg(tp.label()));
    if (!alreadyDone) {
        runner_->start();
        if (!settings_.dryRun)
            faultPoint("table-start", tp.target.name);
    }
    if (context_.observer) {
        std::optional<qint64> expected = tp.sourceRowEstimate;
        if (expected && settings_.rowLimit >= 0)
            expected = qMin(*expected, settings_.rowLimit);
        context_.observer->tableStarted(table, tp.sourceLabel, tp.target.name, expected);
    }
}

void WriterStage::closeTable(bool completed)
{
    if (!runner_)
        return;
    const TablePlan& tp = context_.plan.tables[current_];
    TableCounts counts = runner_->counts();
    counts.completed = completed;
    if (completed && !settings_.dryRun && !currentDone_) {
        faultPoint("table-done", tp.target.name);
        recorder_.finishTable(tp, counts);
    }
    for (const CheckEvaluator::NotEvaluated& c : runner_->checksNotEvaluated()) {
        context_.findings.checkNotEvaluated(current_, tp.target.name, c.constraint, c.columns, c.why);
        log(tr("%1: the check %2 was not evaluated: %3").arg(tp.label(), c.constraint, c.why));
    }
    context_.summary.tables << counts;
    timing_.elapsedMs = double(runningMs() - tableStartedMs_);
    context_.summary.timings << timing_;
    context_.summary.sourceColumns << tp.sourceColumns;
    log(tr("%1: read %2, inserted %3, updated %4, unchanged %5, skipped %6, rejected %7, duplicates %8")
            .arg(tp.label())
            .arg(counts.read)
            .arg(counts.inserted)
            .arg(counts.updated)
            .arg(counts.unchanged)
            .arg(counts.skipped)
            .arg(counts.rejected)
            .arg(counts.duplicates));
    if (!counts.balanced())
        stop(tr("the counts for %1 do not add up: read %2 but inserted + updated + unchanged + skipped + rejected = %3")
                 .arg(tp.label())
                 .arg(counts.read)
                 .arg(counts.inserted + counts.updated + counts.unchanged + counts.skipped + counts.rejected));
    if (context_.observer)
        context_.observer->tableFinished(current_, counts);
    context_.gate.finished(current_);
    runner_.reset();
}

void WriterStage::writeBatch(const PreparedBatch& batch)
{
    const TablePlan& tp = context_.plan.tables[current_];
    const qint64 before = runner_->counts().read;
    const qint64 duplicatesBefore = runner_->counts().duplicates;
    // A real run's decisions are written with the batch's checkpoint (BatchRecorder).
    if (context_.output && settings_.dryRun && tp.dedupe.enabled())
        recordDecisions(batch);
    QElapsedTimer writing;
    writing.start();
    const auto timed = qScopeGuard([&] { timing_.writeMs += double(writing.nsecsElapsed()) / 1e6; });
    for (int attempt = 1;; ++attempt) {
        try {
            const auto cleared = qScopeGuard([this] { recorder_.clear(); });
            runner_->processBatch(batch);
            break;
        } catch (const DbError& e) {
            if (context_.control.cancelled())
                throw; // the cancel interrupted the statement
            const bool lost = !isTransient(e, family_) && !settings_.dryRun && !sessionAnswers(*context_.target);
            if (settings_.dryRun || (!isTransient(e, family_) && !lost)) {
                recorder_.resolve(false); // the connection works: the batch certainly rolled back
                throw;
            }
            const std::optional<bool> committed = recoverTarget(e, attempt, lost);
            if (!committed)
                return; // cancelled while waiting; a resume settles the batch in flight
            if (*committed) {
                adoptCommitted(batch, *recorder_.inFlight());
                break;
            }
            recorder_.resolve(false);
        }
    }
    if (!settings_.dryRun)
        faultPoint("after-commit", tp.target.name, recorder_.committedBatches());
    totalRead_ += runner_->counts().read - before;
    sample_.duplicates += runner_->counts().duplicates - duplicatesBefore;
    // By rows at most every 20 ms, so small batches cannot flood whoever watches.
    const bool rowsDue = settings_.sampleEveryRows > 0 && totalRead_ - lastSampleRead_ >= settings_.sampleEveryRows &&
                         runningMs() - lastSampleMs_ >= 20;
    if (rowsDue || runningMs() - lastSampleMs_ >= settings_.sampleIntervalMs)
        emitSample(runner_->counts());
}

std::optional<bool> WriterStage::recoverTarget(const DbError& first, int& attempt, bool lost)
{
    const QString what = tr("the connection to the target");
    if (!lost && !needsReconnect(first, family_)) {
        // A deadlock or a timeout: the session is fine and rolled the batch back; try it again on it.
        if (attempt > settings_.retry.attempts)
            throw first;
        announceRetry(context_.output, context_.observer, what, first, attempt, settings_.retry);
        if (!context_.control.sleepUnlessCancelled(settings_.retry.delayMs(attempt)))
            return std::nullopt;
        return false;
    }
    // Close what is left of the old session first, so whatever it still holds (its locks) is released.
    watch_.reset();
    context_.target.reset();
    std::optional<DbError> last = first;
    for (; attempt <= settings_.retry.attempts; ++attempt) {
        announceRetry(context_.output, context_.observer, what, *last, attempt, settings_.retry);
        if (!context_.control.sleepUnlessCancelled(settings_.retry.delayMs(attempt)))
            return std::nullopt;
        try {
            context_.target = context_.reconnectTarget();
        } catch (const DbError& e) {
            if (!isTransient(e, family_))
                throw;
            last = e;
            continue;
        }
        watch_.emplace(context_.control, *context_.target);
        if (context_.checkpoints)
            context_.checkpoints->reattach(*context_.target);
        runner_->reattach(*context_.target);
        announceRecovery(context_.output, context_.observer, what);
        return committedAfterAll();
    }
    throw *last;
}

// After a reconnect the target's checkpoint says whether the batch in flight committed.
bool WriterStage::committedAfterAll()
{
    if (!context_.checkpoints)
        return false;
    const std::optional<Checkpoint> pending = recorder_.inFlight();
    const int mapping = context_.plan.tables[current_].projectIndex;
    qint64 stored = 0;
    for (const Checkpoint& c : settleCheckpoints(context_.checkpoints->load(), *context_.target, context_.plan))
        if (c.mapping == mapping)
            stored = c.batches;
    // A server that acknowledges commits it does not keep through a crash (synchronous_commit or fsync
    // off, a disk cache that lies) loses batches Ferry saw commit. Going on would leave a hole: stop, and
    // let a resume start again from what the target really holds.
    if (stored < recorder_.committedBatches())
        throw Error(tr("the target lost %n batch(es) of %1 it had confirmed as committed (it does not keep commits "
                       "through a crash); resume the run to write them again",
                       nullptr, recorder_.committedBatches() - stored)
                        .arg(context_.plan.tables[current_].label()));
    return pending && stored == pending->batches;
}

void WriterStage::adoptCommitted(const PreparedBatch& batch, const Checkpoint& checkpoint)
{
    recorder_.resolve(true);
    runner_->seedCounts(checkpoint.counts);
    runner_->replayCommitted(batch);
    log(tr("%1: the batch in flight had committed before the connection broke; it is not written again")
            .arg(context_.plan.tables[current_].label()));
}

void WriterStage::emitSample(const TableCounts& current)
{
    const qint64 now = runningMs();
    sample_.elapsedMs = now;
    sample_.table = current_;
    sample_.tableRead = current.read;
    sample_.totalRead = totalRead_;
    // A sample forced soon after the last one (a table's end) keeps the last rate: a rate over a few
    // milliseconds is noise, and would draw a dip in the throughput chart at every table boundary.
    // A sample due by rows covers enough rows for a meaningful rate however short its interval.
    const bool enoughRows = settings_.sampleEveryRows > 0 && totalRead_ - lastSampleRead_ >= settings_.sampleEveryRows;
    if (now > lastSampleMs_ && (enoughRows || now - lastSampleMs_ >= qMax(1, settings_.sampleIntervalMs / 2))) {
        sample_.rowsPerSecond = double(totalRead_ - lastSampleRead_) * 1000.0 / double(now - lastSampleMs_);
        lastSampleMs_ = now;
        lastSampleRead_ = totalRead_;
    }
    if (context_.observer)
        context_.observer->sample(sample_);
}

// Keeps the first rejects in memory, each with its table and the source cells that feed its column.
void WriterStage::keepReject(const RejectRecord& r)
{
    RunSummary& summary = context_.summary;
    if (summary.rejects.size() >= RunSummary::kKeptRejects) {
        ++summary.rejectsNotKept;
        return;
    }
    RejectRecord kept = r;
    kept.tableIndex = current_;
    for (const FieldPlan& f : context_.plan.tables[current_].fields)
        if (!r.column.isEmpty() && f.target.name.compare(r.column, Qt::CaseInsensitive) == 0)
            kept.cells = f.sourceIndexes;
    summary.rejects << kept;
}

// Rows the duplicate rules skipped or rewrote go to the run folder, so verification knows what to expect.
void WriterStage::recordDecisions(const PreparedBatch& batch)
{
    const TablePlan& tp = context_.plan.tables[current_];
    for (const PreparedRow& row : batch.rows) {
        const bool skipped = row.fate == PreparedRow::Fate::SkipDuplicate;
        if (!skipped && !row.rewritten)
            continue;
        const Row& source = batch.source[size_t(row.source)];
        context_.output->duplicateDecision(tp.target.name, sourceKeyText(tp, source), sourceValuesText(source),
                                           skipped ? nullptr : &row.values, row.dedupeRules);
    }
    context_.output->flush();
}

void WriterStage::log(const QString& message)
{
    if (context_.output)
        context_.output->log(message);
    if (context_.observer)
        context_.observer->message(message);
}

void WriterStage::stop(const QString& reason)
{
    if (stopReason_.isEmpty())
        stopReason_ = reason;
}

QString WriterStage::describe(const DbError& e) const
{
    const QString table = current_ >= 0 ? context_.plan.tables[current_].label() : QString();
    if (!e.isConnectionLost())
        return tr("writing %1 failed: %2").arg(table, e.message());
    return tr("the connection to the target was lost while writing %1 (%2) and could not be made again. Every row "
              "counted above is committed; resume the run to continue where it stopped (ferry-cli resume).")
        .arg(table, e.message());
}

} // namespace ferry::pipeline
