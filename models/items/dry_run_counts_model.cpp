#include "items/dry_run_counts_model.h"

#include <QFont>
#include <QLocale>

namespace ferry {

DryRunCountsModel::DryRunCountsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DryRunCountsModel::setTables(const QList<TableCounts>& tables)
{
    beginResetModel();
    tables_ = tables;
    total_ = TableCounts{};
    for (const TableCounts& t : tables_)
        total_ += t;
    endResetModel();
}

int DryRunCountsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || tables_.isEmpty())
        return 0;
    return int(tables_.size()) + (tables_.size() > 1 ? 1 : 0);
}

int DryRunCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 DryRunCountsModel::countOf(const TableCounts& t, int column)
{
    switch (column) {
    case Read:
        return t.read;
    case Insert:
        return t.inserted;
    case Update:
        return t.updated;
    case Unchanged:
        return t.unchanged;
    case Skip:
        return t.skipped;
    case Reject:
        return t.rejected;
    case Duplicates:
        return t.duplicates;
    case Mismatches:
        return t.mismatches;
    default:
        return 0;
    }
}

QVariant DryRunCountsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const bool totalRow = index.row() == tables_.size();
    const TableCounts& t = totalRow ? total_ : tables_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Table)
            return totalRow ? tr("Total") : tr("%1 → %2").arg(t.source, t.target);
        return QLocale().toString(countOf(t, index.column()));
    case Qt::EditRole: // the plain number, for sorting and tests
        if (index.column() == Table)
            return totalRow ? QString() : t.target;
        return countOf(t, index.column());
    case Qt::TextAlignmentRole:
        return int((index.column() == Table ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (!t.balanced())
            return tr("The counts do not add up: read %1, decided %2")
                .arg(t.read)
                .arg(t.inserted + t.updated + t.unchanged + t.skipped + t.rejected);
        return tr("Every row read is accounted for: %1 read = %2 inserted + %3 updated + %4 unchanged + %5 skipped + "
                  "%6 rejected")
            .arg(t.read)
            .arg(t.inserted)
            .arg(t.updated)
            .arg(t.unchanged)
            .arg(t.skipped)
            .arg(t.rejected);
    default:
        return {};
    }
}

QVariant DryRunCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Table:
        return tr("Table");
    case Read:
        return tr("Rows read");
    case Insert:
        return tr("Would insert");
    case Update:
        return tr("Would update");
    case Unchanged:
        return tr("Unchanged");
    case Skip:
        return tr("Would skip");
    case Reject:
        return tr("Would reject");
    case Duplicates:
        return tr("Duplicates");
    case Mismatches:
        return tr("Mismatches");
    default:
        return {};
    }
}

} // namespace ferry
