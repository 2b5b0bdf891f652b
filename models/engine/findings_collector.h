#pragma once
// Gathers a run's findings into its summary: keeps the first mismatches and clusters in memory (the
// report's CSV files are written from these), sums each column's risk over every value, and turns
// rejects that share a cause (lookups finding no parent) into one pre-flight finding per column.
#include "engine/run_types.h"

#include <QHash>
#include <QMap>

namespace ferry {

class FindingsCollector {
public:
    // summaryTable: index in RunSummary::tables.
    void mismatch(int summaryTable, MismatchRecord m);
    void reject(int summaryTable, const RejectRecord& r);
    // ruleOrder: the table's rule names in project order, the order of its rule counts.
    void clusters(int summaryTable, const QList<DuplicateCluster>& found, const QStringList& ruleOrder);
    // A check constraint a dry run could not evaluate: the database will, when the rows are written.
    void checkNotEvaluated(int summaryTable, const QString& table, const QString& constraint,
                           const QStringList& columns, const QString& why);

    // Moves everything into the summary.
    void finish(RunSummary& summary);

private:
    PreflightFinding& finding(int summaryTable, PreflightFinding::Kind kind, const QString& column,
                              const QString& detail);

    QList<MismatchRecord> mismatches_;
    qint64 mismatchesNotKept_ = 0;
    QList<DuplicateCluster> clusters_;
    qint64 clustersNotKept_ = 0;
    QList<DuplicateRuleCount> ruleCounts_;
    QMap<QPair<int, QString>, ColumnRisk> risks_; // (table, column)
    QList<PreflightFinding> preflight_;
    QHash<QString, int> preflightIndex_; // table/kind/column → position in preflight_
};

} // namespace ferry
