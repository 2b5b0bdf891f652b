#include "pipeline_stages.h"

#include <QCoreApplication>

namespace ferry::pipeline {

QList<DuplicateCluster> PrepareStage::findDuplicates(int table, std::unique_ptr<Connection>& target)
{
    decisions_ = {};
    const TablePlan& tp = plan_.tables[table];
    if (!tp.dedupe.enabled())
        return {};
    if (!gate_.waitForTablesBefore(table))
        return {};
    if (!target)
        target = openConnection(target_, password_);
    auto source = openConnection(project_.source, Migration::passwordFor(project_.source, request_.sourcePassword));
    DedupeOutcome outcome = runDedupePass(tp, *source, *target, &lookups_, request_.rowLimit, cancelled_);
    decisions_ = std::move(outcome.decisions);
    return outcome.clusters;
}

void PrepareStage::operator()()
{
    std::unique_ptr<Connection> target; // opened only if a table looks values up
    int current = -1;
    std::optional<RowPreparer> preparer;
    try {
        while (std::optional<Chunk> chunk = in_.pop()) {
            if (!chunk->error.isEmpty()) {
                out_.push(PreparedChunk{
                    -1,
                    {},
                    false,
                    QCoreApplication::translate("ferry::Migration", "reading the source failed: %1").arg(chunk->error),
                    {}});
                break;
            }
            if (chunk->table != current) {
                current = chunk->table;
                QList<LookupSpec> specs;
                for (const FieldPlan& f : plan_.tables[current].fields)
                    specs << f.chain->lookups();
                if (!specs.isEmpty()) {
                    if (!gate_.waitForTablesBefore(current))
                        break;
                    if (!target)
                        target = openConnection(target_, password_);
                    lookups_.load(*target, specs);
                }
                preparer.emplace(plan_.tables[current], &lookups_);
                QList<DuplicateCluster> clusters = findDuplicates(current, target);
                if (!clusters.isEmpty() && !out_.push(PreparedChunk{current, {}, false, {}, std::move(clusters)}))
                    break;
            }
            PreparedChunk out{current, {}, chunk->endOfTable, {}, {}};
            if (!chunk->endOfTable) {
                out.batch = preparer->prepare(std::move(chunk->rows));
                if (!decisions_.empty())
                    for (PreparedRow& row : out.batch.rows)
                        decisions_.apply(out.batch.source[size_t(row.source)], row);
            }
            if (!out_.push(std::move(out)))
                break;
        }
    } catch (const Error& e) {
        out_.push(
            PreparedChunk{-1,
                          {},
                          false,
                          QCoreApplication::translate("ferry::Migration", "preparing rows failed: %1").arg(e.message()),
                          {}});
    }
    in_.close();
    out_.close();
}

} // namespace ferry::pipeline
