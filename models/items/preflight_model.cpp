#include "items/preflight_model.h"

#include "items/mismatches_model.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace ferry {

PreflightModel::PreflightModel(QObject* parent)
    : FilteredRecordsModel(&RunSummary::preflight, nullptr, ColumnCount, parent)
{
}

void PreflightModel::adopt(const RunSummary&, QList<PreflightFinding>& findings)
{
    // What stops the run comes first; stable, so the engine's order holds within each severity.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const PreflightFinding& a, const PreflightFinding& b) { return a.blocking && !b.blocking; });
}

int PreflightModel::blockingCount() const
{
    return int(std::count_if(records().begin(), records().end(), [](const PreflightFinding& f) { return f.blocking; }));
}

QString PreflightModel::checkText(PreflightFinding::Kind kind)
{
    switch (kind) {
    case PreflightFinding::Kind::RequiredUnmapped:
        return tr("Required column not mapped");
    case PreflightFinding::Kind::UniqueWithinLoad:
        return tr("Duplicate unique value in the load");
    case PreflightFinding::Kind::UniqueAgainstTarget:
        return tr("Unique value already in the target");
    case PreflightFinding::Kind::MissingParent:
        return tr("Missing parent row");
    case PreflightFinding::Kind::CheckConstraint:
        break;
    }
    return tr("Check constraint");
}

QVariant PreflightModel::cellData(const PreflightFinding& f, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Severity:
            return f.blocking ? tr("Blocking") : tr("Warning");
        case Check:
            return checkText(f.kind);
        case Table:
            return f.table;
        case Columns:
            return f.columns.join(tr(", "));
        case Constraint:
            return f.constraint;
        case Rows:
            return QLocale().toString(f.rows);
        case SampleKeys:
            return f.sampleKeys.join(tr(", "));
        case Detail:
            return f.detail;
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case Severity:
            return f.blocking ? 0 : 1;
        case Check:
            return int(f.kind);
        case Rows:
            return f.rows;
        default:
            return cellData(f, column, Qt::DisplayRole);
        }
    case BlockingRole:
        return f.blocking;
    case Qt::ToolTipRole:
        return f.detail;
    case Qt::TextAlignmentRole:
        if (column == Rows)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (column == Severity)
            return QBrush(MismatchesModel::riskBackground(f.blocking ? Risk::WillFail : Risk::MayLose));
        return {};
    case Qt::ForegroundRole:
        if (column == Severity)
            return QBrush(MismatchesModel::riskForeground());
        return {};
    default:
        return {};
    }
}

QVariant PreflightModel::headerText(int section) const
{
    switch (section) {
    case Severity:
        return tr("Severity");
    case Check:
        return tr("Check");
    case Table:
        return tr("Table");
    case Columns:
        return tr("Columns");
    case Constraint:
        return tr("Constraint");
    case Rows:
        return tr("Rows");
    case SampleKeys:
        return tr("Sample keys");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace ferry
