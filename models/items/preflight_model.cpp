#include "items/preflight_model.h"

#include "items/mismatches_model.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace ferry {

PreflightModel::PreflightModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PreflightModel::setSummary(const RunSummary& summary)
{
    beginResetModel();
    // What stops the run comes first; stable, so the engine's order holds within each severity.
    all_ = summary.preflight;
    std::stable_sort(all_.begin(), all_.end(),
                     [](const PreflightFinding& a, const PreflightFinding& b) { return a.blocking && !b.blocking; });
    filter_ = -1;
    rebuild();
    endResetModel();
}

void PreflightModel::clear()
{
    setSummary(RunSummary{});
}

void PreflightModel::setTableFilter(int tableIndex)
{
    if (tableIndex == filter_)
        return;
    beginResetModel();
    filter_ = tableIndex;
    rebuild();
    endResetModel();
}

void PreflightModel::rebuild()
{
    rows_.clear();
    for (const PreflightFinding& f : all_)
        if (filter_ < 0 || f.tableIndex == filter_)
            rows_ << &f;
}

int PreflightModel::blockingCount() const
{
    return int(std::count_if(all_.begin(), all_.end(), [](const PreflightFinding& f) { return f.blocking; }));
}

int PreflightModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int PreflightModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant PreflightModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size() || index.column() >= ColumnCount)
        return {};
    const PreflightFinding& f = *rows_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
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
        switch (index.column()) {
        case Severity:
            return f.blocking ? 0 : 1;
        case Check:
            return int(f.kind);
        case Rows:
            return f.rows;
        default:
            return data(index, Qt::DisplayRole);
        }
    case BlockingRole:
        return f.blocking;
    case Qt::ToolTipRole:
        return f.detail;
    case Qt::TextAlignmentRole:
        if (index.column() == Rows)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Severity)
            return QBrush(MismatchesModel::riskBackground(f.blocking ? Risk::WillFail : Risk::MayLose));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Severity)
            return QBrush(MismatchesModel::riskForeground());
        return {};
    default:
        return {};
    }
}

QVariant PreflightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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
