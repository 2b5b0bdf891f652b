#include "items/column_risks_model.h"

#include "items/mismatches_model.h"

#include <QBrush>
#include <QLocale>

namespace ferry {

ColumnRisksModel::ColumnRisksModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ColumnRisksModel::setSummary(const RunSummary& summary)
{
    beginResetModel();
    all_ = summary.columnRisks;
    filter_ = -1;
    rebuild();
    endResetModel();
}

void ColumnRisksModel::clear()
{
    setSummary(RunSummary{});
}

void ColumnRisksModel::setTableFilter(int tableIndex)
{
    if (tableIndex == filter_)
        return;
    beginResetModel();
    filter_ = tableIndex;
    rebuild();
    endResetModel();
}

void ColumnRisksModel::rebuild()
{
    rows_.clear();
    for (const ColumnRisk& r : all_)
        if (filter_ < 0 || r.tableIndex == filter_)
            rows_ << &r;
}

int ColumnRisksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int ColumnRisksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ColumnRisksModel::tooltip(const ColumnRisk& r) const
{
    const QLocale locale;
    const QString column = tr("%1.%2").arg(r.table, r.column);
    switch (r.risk) {
    case Risk::Exact:
        return tr("Every value of %1 arrives as it left.").arg(column);
    case Risk::MayLose:
        return tr("Values of %1 that would be written changed: %2.").arg(column, locale.toString(r.mayLose));
    case Risk::WillFail:
        break;
    }
    return tr("Rows rejected because of %1: %2. Further values written changed: %3.")
        .arg(column, locale.toString(r.willFail), locale.toString(r.mayLose));
}

QVariant ColumnRisksModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size() || index.column() >= ColumnCount)
        return {};
    const ColumnRisk& r = *rows_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Table:
            return r.table;
        case TargetColumn:
            return r.column;
        case RiskColumn:
            return MismatchesModel::riskText(r.risk);
        case MayLose:
            return QLocale().toString(r.mayLose);
        case WillFail:
            return QLocale().toString(r.willFail);
        case Kinds: {
            QStringList words;
            for (const QString& k : r.kinds)
                words << MismatchesModel::kindText(k);
            return words.join(tr(", "));
        }
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case RiskColumn:
            return int(r.risk);
        case MayLose:
            return r.mayLose;
        case WillFail:
            return r.willFail;
        default:
            return data(index, Qt::DisplayRole);
        }
    case RiskRole:
        return int(r.risk);
    case Qt::ToolTipRole:
        return tooltip(r);
    case Qt::TextAlignmentRole:
        if (index.column() == MayLose || index.column() == WillFail)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == RiskColumn)
            return QBrush(MismatchesModel::riskBackground(r.risk));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == RiskColumn)
            return QBrush(MismatchesModel::riskForeground());
        return {};
    default:
        return {};
    }
}

QVariant ColumnRisksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Table:
        return tr("Table");
    case TargetColumn:
        return tr("Column");
    case RiskColumn:
        return tr("Risk");
    case MayLose:
        return tr("May lose data");
    case WillFail:
        return tr("Will fail");
    case Kinds:
        return tr("Kinds of change");
    default:
        return {};
    }
}

} // namespace ferry
