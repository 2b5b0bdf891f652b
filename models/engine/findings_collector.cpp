#include "findings_collector.h"

#include "engine/db_message.h"

#include <QCoreApplication>
#include <algorithm>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::FindingsCollector", text);
}

constexpr int kSampleKeys = 20;

} // namespace

void FindingsCollector::mismatch(int summaryTable, MismatchRecord m)
{
    m.tableIndex = summaryTable;
    ColumnRisk& risk = risks_[{summaryTable, m.column}];
    risk.tableIndex = summaryTable;
    risk.table = m.table;
    risk.column = m.column;
    if (m.risk == Risk::WillFail)
        ++risk.willFail;
    else
        ++risk.mayLose;
    if (int(m.risk) > int(risk.risk))
        risk.risk = m.risk;
    const QString kind = mismatchKindName(m.kind);
    if (!risk.kinds.contains(kind))
        risk.kinds << kind;
    if (mismatches_.size() >= RunSummary::kKeptFindings) {
        ++mismatchesNotKept_;
        return;
    }
    mismatches_ << std::move(m);
}

PreflightFinding& FindingsCollector::finding(int summaryTable, PreflightFinding::Kind kind, const QString& column,
                                             const QString& detail)
{
    const QString id = QStringLiteral("%1/%2/%3").arg(summaryTable).arg(int(kind)).arg(column);
    const auto it = preflightIndex_.constFind(id);
    if (it != preflightIndex_.constEnd())
        return preflight_[*it];
    PreflightFinding f;
    f.tableIndex = summaryTable;
    f.kind = kind;
    if (!column.isEmpty())
        f.columns << column;
    f.detail = detail;
    preflightIndex_.insert(id, int(preflight_.size()));
    preflight_ << f;
    return preflight_.last();
}

void FindingsCollector::reject(int summaryTable, const RejectRecord& r)
{
    PreflightFinding::Kind kind;
    QString detail;
    if (r.origin == QLatin1String("lookup")) {
        kind = PreflightFinding::Kind::MissingParent;
        detail = tr("rows whose parent row will not exist in the target (the lookup finds nothing); they are "
                    "rejected");
    } else if (r.origin == QLatin1String("foreign-key")) {
        kind = PreflightFinding::Kind::MissingParent;
        detail = r.reason;
    } else if (r.origin == QLatin1String("unique-within-load")) {
        kind = PreflightFinding::Kind::UniqueWithinLoad;
        detail = r.reason;
    } else if (r.origin == QLatin1String("unique-against-target")) {
        kind = PreflightFinding::Kind::UniqueAgainstTarget;
        detail = r.reason;
    } else if (r.origin == QLatin1String("check")) {
        kind = PreflightFinding::Kind::CheckConstraint;
        detail = r.reason;
    } else if (r.origin == QLatin1String("database") && r.sqlState.startsWith(QLatin1String("23")) &&
               violatedCheck(r.reason).isEmpty()) {
        // An integrity constraint the database enforced during a real run (SQLSTATE class 23).
        kind = r.sqlState == QLatin1String("23503")   ? PreflightFinding::Kind::MissingParent
               : r.sqlState == QLatin1String("23514") ? PreflightFinding::Kind::CheckConstraint
                                                      : PreflightFinding::Kind::UniqueAgainstTarget;
        detail = r.reason;
    } else if (r.origin == QLatin1String("database") && !violatedCheck(r.reason).isEmpty()) {
        kind = PreflightFinding::Kind::CheckConstraint; // MariaDB (23000) and SQLite (HY000) say it in words
        detail = r.reason;
    } else {
        return;
    }
    PreflightFinding& f = finding(summaryTable, kind, r.column, detail);
    f.table = r.table;
    ++f.rows;
    if (f.sampleKeys.size() < kSampleKeys)
        f.sampleKeys << r.sourceKey;
}

void FindingsCollector::checkNotEvaluated(int summaryTable, const QString& table, const QString& constraint,
                                          const QStringList& columns, const QString& why)
{
    PreflightFinding f;
    f.tableIndex = summaryTable;
    f.table = table;
    f.kind = PreflightFinding::Kind::CheckConstraint;
    f.blocking = false;
    f.constraint = constraint;
    f.columns = columns;
    f.detail = tr("%1 was not evaluated by the dry run: %2. The database enforces it when the rows are written.")
                   .arg(constraint, why);
    preflight_ << f;
}

void FindingsCollector::clusters(int summaryTable, const QList<DuplicateCluster>& found, const QStringList& ruleOrder)
{
    const auto firstOfTable = std::find_if(ruleCounts_.begin(), ruleCounts_.end(),
                                           [&](const DuplicateRuleCount& r) { return r.tableIndex == summaryTable; });
    const qsizetype start = firstOfTable - ruleCounts_.begin();
    for (DuplicateCluster c : found) {
        for (const QString& rule : c.rules) {
            auto it = std::find_if(ruleCounts_.begin(), ruleCounts_.end(), [&](const DuplicateRuleCount& r) {
                return r.tableIndex == summaryTable && r.rule == rule;
            });
            if (it == ruleCounts_.end())
                it = ruleCounts_.insert(ruleCounts_.end(), DuplicateRuleCount{summaryTable, c.table, rule, 0});
            ++it->clusters;
        }
        if (clusters_.size() >= RunSummary::kKeptFindings) {
            ++clustersNotKept_;
            continue;
        }
        c.tableIndex = summaryTable;
        clusters_ << std::move(c);
    }
    // One table's counts are contiguous (its clusters arrive at once): order them as the project lists its rules.
    std::stable_sort(ruleCounts_.begin() + start, ruleCounts_.end(),
                     [&](const DuplicateRuleCount& a, const DuplicateRuleCount& b) {
                         return ruleOrder.indexOf(a.rule) < ruleOrder.indexOf(b.rule);
                     });
}

void FindingsCollector::finish(RunSummary& summary)
{
    summary.mismatches = std::move(mismatches_);
    summary.mismatchesNotKept = mismatchesNotKept_;
    summary.clusters = std::move(clusters_);
    summary.clustersNotKept = clustersNotKept_;
    summary.duplicateRules = std::move(ruleCounts_);
    summary.columnRisks = risks_.values();
    summary.preflight = std::move(preflight_);
}

} // namespace ferry
