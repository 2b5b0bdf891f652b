#include "items/dedupe_preview.h"

#include "engine/migration.h"

#include "project/project_file.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

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

Project dedupePreviewProject(const Project& project, int tableIndex, QList<int>* kept)
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
    kept->clear();
    for (int i = 0; i < project.tables.size(); ++i)
        if (wanted[i]) {
            out.tables << project.tables[i];
            *kept << i;
        }
    return out;
}

QString withProjectIndexes(QString message, const QList<int>& kept)
{
    static const QRegularExpression path(QStringLiteral("tables\\[(\\d+)\\]"));
    QString out;
    qsizetype from = 0;
    for (auto it = path.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += message.mid(from, m.capturedStart() - from);
        out += QStringLiteral("tables[%1]").arg(kept.value(m.captured(1).toInt(), m.captured(1).toInt()));
        from = m.capturedEnd();
    }
    return out + message.mid(from);
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
    QList<int> kept;
    const Project reduced = dedupePreviewProject(project, tableIndex, &kept);
    const TableMapping mapping = project.tables[tableIndex];
    // Through the file format and back: the preview refuses what ferry-cli would refuse in the saved file
    // (a rule that keeps the most recent row but names no column), and runs what it would run.
    const QString baseDir =
        project.filePath.isEmpty() ? QDir::currentPath() : QFileInfo(project.filePath).absolutePath();
    ProjectError invalid;
    std::optional<Project> checked = ProjectFile::fromJson(ProjectFile::toJson(reduced, baseDir), baseDir, &invalid);
    RunRequest req;
    req.dryRun = true;
    req.rehearse = false; // clusters are found before any write: Ferry's prediction finds the same ones, cheaper
    req.rowLimit = rowLimit;
    req.writeFiles = false;
    req.sourcePassword = sourcePassword;
    req.targetPassword = targetPassword;
    std::shared_ptr<Migration> migration;
    if (checked)
        migration = std::make_shared<Migration>(std::move(*checked), req);
    running_ = migration;
    if (!busy_) {
        busy_ = true;
        emit busyChanged(true);
    }
    auto work = [migration, mapping, kept, problem = invalid.toString()] {
        if (!migration) {
            RunSummary failed;
            failed.status = RunSummary::Status::Failed;
            failed.error = withProjectIndexes(problem, kept);
            return failed;
        }
        const RunSummary all = migration->run();
        // Tables run parents first; the previewed one is the table with its source (a query's label is
        // translated, so any source) and target.
        int at = -1;
        for (int i = 0; i < all.tables.size() && at < 0; ++i)
            if (all.tables[i].target == mapping.target &&
                (!mapping.query.isEmpty() || all.tables[i].source == mapping.source))
                at = i;
        RunSummary one = summaryOfTable(all, at);
        one.error = withProjectIndexes(one.error, kept);
        return one;
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
