#include "items/dedupe_preview.h"

#include "engine/migration.h"

namespace ferry {

namespace {

bool feeds(const TableMapping& parent, const TableMapping& child)
{
    for (const FieldMapping& f : child.fields)
        for (const TransformSpec& t : f.transforms)
            if (t.type == QLatin1String("lookup") &&
                t.params.value(QLatin1String("table")).toString().compare(parent.target, Qt::CaseInsensitive) == 0)
                return true;
    return false;
}

} // namespace

Project dedupePreviewProject(const Project& project, int tableIndex, int* previewIndex)
{
    QList<bool> wanted(project.tables.size(), false);
    QList<int> pending{tableIndex};
    wanted[tableIndex] = true;
    while (!pending.isEmpty()) {
        const TableMapping& child = project.tables[pending.takeLast()];
        for (int i = 0; i < project.tables.size(); ++i)
            if (!wanted[i] && feeds(project.tables[i], child)) {
                wanted[i] = true;
                pending << i;
            }
    }
    Project out = project;
    out.tables.clear();
    for (int i = 0; i < project.tables.size(); ++i) {
        if (!wanted[i])
            continue;
        if (i == tableIndex)
            *previewIndex = int(out.tables.size());
        out.tables << project.tables[i];
    }
    return out;
}

RunSummary summaryOfTable(const RunSummary& summary, int summaryIndex)
{
    RunSummary out;
    out.status = summary.status;
    out.dryRun = summary.dryRun;
    out.cancelled = summary.cancelled;
    out.error = summary.error;
    if (summaryIndex < 0 || summaryIndex >= summary.tables.size())
        return out;
    out.tables << summary.tables[summaryIndex];
    for (DuplicateCluster c : summary.clusters)
        if (c.tableIndex == summaryIndex) {
            c.tableIndex = 0;
            out.clusters << c;
        }
    for (DuplicateRuleCount r : summary.duplicateRules)
        if (r.tableIndex == summaryIndex) {
            r.tableIndex = 0;
            out.duplicateRules << r;
        }
    return out;
}

DedupePreviewer::DedupePreviewer(QObject* parent)
    : QObject(parent)
{
}

DedupePreviewer::~DedupePreviewer()
{
    if (running_)
        running_->cancel();
}

void DedupePreviewer::request(const Project& project, int tableIndex, const QString& sourcePassword,
                              const QString& targetPassword, int rowLimit)
{
    if (running_)
        running_->cancel(); // its answer would be stale anyway
    int index = 0;
    Project reduced = dedupePreviewProject(project, tableIndex, &index);
    const TableMapping mapping = reduced.tables[index];
    RunRequest req;
    req.dryRun = true;
    req.rehearse = false; // clusters are found before any write: Ferry's prediction finds the same ones, cheaper
    req.rowLimit = rowLimit;
    req.writeFiles = false;
    req.sourcePassword = sourcePassword;
    req.targetPassword = targetPassword;
    auto migration = std::make_shared<Migration>(std::move(reduced), req);
    running_ = migration;
    if (!busy_) {
        busy_ = true;
        emit busyChanged(true);
    }
    auto work = [migration, mapping] {
        const RunSummary all = migration->run();
        // Tables run parents first; the previewed one is the table with its source (a query's label is
        // translated, so any source) and target.
        int at = -1;
        for (int i = 0; i < all.tables.size() && at < 0; ++i)
            if (all.tables[i].target == mapping.target &&
                (!mapping.query.isEmpty() || all.tables[i].source == mapping.source))
                at = i;
        return summaryOfTable(all, at);
    };
    latest_.start(this, work, [this, migration](const JobResult<RunSummary>& r, bool superseded) {
        if (superseded)
            return;
        running_.reset();
        result_ = r.valueOr([](const QString& error) {
            RunSummary failed;
            failed.status = RunSummary::Status::Failed;
            failed.error = error;
            return failed;
        });
        busy_ = false;
        emit busyChanged(false);
        emit resultReady();
    });
}

} // namespace ferry
