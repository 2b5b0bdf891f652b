#include "items/reject_rows_model.h"

#include <QBrush>
#include <QColor>

namespace ferry {

RejectRowsModel::RejectRowsModel(QObject* parent)
    : FilteredRecordsModel(&RunSummary::rejects, nullptr, FirstValue, parent)
{
}

void RejectRowsModel::adopt(const RunSummary& summary, QList<RejectRecord>&)
{
    columns_ = summary.sourceColumns;
}

void RejectRowsModel::rowsRebuilt()
{
    valueColumns_ = 0;
    for (const RejectRecord* r : rows())
        valueColumns_ = qMax(valueColumns_, int(r->values.size()));
}

QStringList RejectRowsModel::valueNames() const
{
    int table = tableFilter();
    if (table < 0) {
        // All rows from one table share its column names too.
        for (const RejectRecord* r : rows()) {
            if (table >= 0 && r->tableIndex != table)
                return {};
            table = r->tableIndex;
        }
    }
    return columns_.value(table);
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

QVariant RejectRowsModel::cellData(const RejectRecord& r, int column, int role) const
{
    const int value = column - FirstValue;
    const bool problem = (value >= 0 && r.cells.contains(value)) || (column == TargetColumn && !r.column.isEmpty());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
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

QVariant RejectRowsModel::headerText(int section) const
{
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
