#include "items/reject_rows_model.h"

#include <QBrush>
#include <QColor>

namespace ferry {

RejectRowsModel::RejectRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RejectRowsModel::setSummary(const RunSummary& summary)
{
    beginResetModel();
    all_ = summary.rejects;
    columns_ = summary.sourceColumns;
    filter_ = -1;
    rebuild();
    endResetModel();
}

void RejectRowsModel::clear()
{
    setSummary(RunSummary{});
}

void RejectRowsModel::setTableFilter(int tableIndex)
{
    if (tableIndex == filter_)
        return;
    beginResetModel();
    filter_ = tableIndex;
    rebuild();
    endResetModel();
}

void RejectRowsModel::rebuild()
{
    rows_.clear();
    valueColumns_ = 0;
    for (const RejectRecord& r : all_) {
        if (filter_ >= 0 && r.tableIndex != filter_)
            continue;
        rows_ << &r;
        valueColumns_ = qMax(valueColumns_, int(r.values.size()));
    }
}

QStringList RejectRowsModel::valueNames() const
{
    int table = filter_;
    if (table < 0) {
        // All rows from one table share its column names too.
        for (const RejectRecord* r : rows_) {
            if (table >= 0 && r->tableIndex != table)
                return {};
            table = r->tableIndex;
        }
    }
    return columns_.value(table);
}

int RejectRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int RejectRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstValue + valueColumns_;
}

QString RejectRowsModel::reasonText(const RejectRecord& r) const
{
    if (r.column.isEmpty())
        return r.reason;
    return tr("%1: %2").arg(r.column, r.reason);
}

QVariant RejectRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size() || index.column() >= columnCount())
        return {};
    const RejectRecord& r = *rows_[index.row()];
    const int value = index.column() - FirstValue;
    const bool problem =
        (value >= 0 && r.cells.contains(value)) || (index.column() == TargetColumn && !r.column.isEmpty());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Key:
            return r.sourceKey;
        case Table:
            return r.table;
        case TargetColumn:
            return r.column;
        case Reason:
            return r.reason;
        case SqlState:
            return r.sqlState;
        default:
            return value < r.values.size() ? r.values[value] : QString();
        }
    case Qt::ToolTipRole: {
        const QStringList names = columns_.value(r.tableIndex);
        if (value >= 0 && value < names.size())
            return problem ? tr("%1 (source column %2)").arg(reasonText(r), names[value])
                           : tr("Source column %1. Row rejected: %2").arg(names[value], reasonText(r));
        return reasonText(r);
    }
    case Qt::BackgroundRole:
        if (problem)
            return QBrush(QColor(0xff, 0xd6, 0xd0));
        return {};
    case Qt::ForegroundRole:
        if (problem) // dark text on the light marker whatever the palette
            return QBrush(QColor(0x20, 0x20, 0x20));
        return {};
    case ProblemCellRole:
        return problem;
    default:
        return {};
    }
}

QVariant RejectRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case Table:
        return tr("Table");
    case TargetColumn:
        return tr("Column");
    case Reason:
        return tr("Reason");
    case SqlState:
        return tr("SQL state");
    default: {
        const int value = section - FirstValue;
        const QStringList names = valueNames();
        if (value < names.size())
            return names[value];
        return tr("Value %1").arg(value + 1);
    }
    }
}

} // namespace ferry
