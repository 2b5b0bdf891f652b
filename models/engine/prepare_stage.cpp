#include "prepare_stage.h"

#include "engine/stage_guard.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ferry::pipeline {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::Migration", text);
}

PreparedChunk failure(const QString& message)
{
    return PreparedChunk{-1, {}, false, message, {}};
}
} // namespace

void PrepareStage::operator()()
{
    const QString error = guarded([this] { prepareAll(); });
    watch_.reset();
    if (!error.isEmpty() && !control_.cancelled())
        out_.push(failure(tr("preparing rows failed: %1").arg(error)));
    in_.close();
    out_.close();
}

Connection& PrepareStage::target()
{
    if (sides_.shared)
        return *sides_.shared->connection;
    if (!target_) {
        target_ = openConnection(sides_.target, sides_.targetPassword);
        watch_.emplace(control_, *target_);
        family_ = target_->family();
    }
    return *target_;
}

std::unique_lock<std::mutex> PrepareStage::holdTarget() const
{
    return sides_.shared ? std::unique_lock(sides_.shared->mutex) : std::unique_lock<std::mutex>();
}

void PrepareStage::prepareAll()
{
    int current = -1;
    while (std::optional<Chunk> chunk = in_.pop()) {
        if (!chunk->error.isEmpty()) {
            out_.push(failure(tr("reading the source failed: %1").arg(chunk->error)));
            return;
        }
        if (chunk->alreadyDone) {
            if (!out_.push(PreparedChunk{chunk->table, {}, true, {}, {}, true}))
                return;
            continue;
        }
        QElapsedTimer preparing;
        preparing.start();
        gateWaitMs_ = 0;
        if (chunk->table != current) {
            current = chunk->table;
            if (!startTable(current))
                return;
        }
        PreparedChunk out{current, {}, chunk->endOfTable, {}, {}};
        if (!chunk->endOfTable) {
            out.batch = preparer_->prepare(std::move(chunk->rows));
            if (!decisions_.empty())
                for (PreparedRow& row : out.batch.rows)
                    decisions_.apply(out.batch.source[size_t(row.source)], row);
        }
        out.readMs = chunk->readMs;
        out.prepareMs = double(preparing.nsecsElapsed()) / 1e6 - gateWaitMs_;
        if (!out_.push(std::move(out)))
            return;
    }
}

bool PrepareStage::startTable(int table)
{
    const QString what = tr("reading lookups and duplicates");
    for (int attempt = 1;; ++attempt) {
        try {
            return tryStartTable(table);
        } catch (const DbError& e) {
            // Lookups and the duplicate pass read whole tables: after a fault that may pass, read them again
            // (not in a rehearsal: its temporary tables went with the session).
            if (control_.cancelled() || attempt > reports_.retry.attempts || sides_.shared)
                throw;
            if (!isTransient(e, family_) && (!target_ || sessionAnswers(*target_)))
                throw;
            watch_.reset();
            target_.reset();
            announceRetry(reports_.output, reports_.observer, what, e, attempt, reports_.retry);
            if (!control_.sleepUnlessCancelled(reports_.retry.delayMs(attempt)))
                return false;
        }
    }
}

bool PrepareStage::tryStartTable(int table)
{
    QList<LookupSpec> specs;
    for (const FieldPlan& f : plan_.tables[table].fields)
        specs << f.chain->lookups();
    if (!specs.isEmpty()) {
        QElapsedTimer waiting;
        waiting.start();
        const bool open = gate_.waitForTablesBefore(table);
        gateWaitMs_ += double(waiting.nsecsElapsed()) / 1e6;
        if (!open)
            return false;
        const auto holding = holdTarget();
        lookups_.load(target(), specs);
    }
    preparer_.emplace(plan_.tables[table], &lookups_);
    QList<DuplicateCluster> clusters = findDuplicates(table);
    return clusters.isEmpty() || out_.push(PreparedChunk{table, {}, false, {}, std::move(clusters)});
}

QList<DuplicateCluster> PrepareStage::findDuplicates(int table)
{
    decisions_ = {};
    const TablePlan& tp = plan_.tables[table];
    if (!tp.dedupe.enabled())
        return {};
    if (!gate_.waitForTablesBefore(table))
        return {};
    auto source = openConnection(sides_.source, sides_.sourcePassword);
    const RunControl::Watch watching(control_, *source);
    const auto holding = holdTarget();
    DedupeOutcome outcome = runDedupePass(tp, *source, target(), &lookups_, rowLimit_, control_.cancelledFlag());
    decisions_ = std::move(outcome.decisions);
    return outcome.clusters;
}

} // namespace ferry::pipeline
