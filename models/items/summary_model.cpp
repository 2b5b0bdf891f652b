#include "items/summary_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace ferry {

SummaryModel::SummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SummaryModel::setSummary(const RunSummary& summary)
{
    beginResetModel();
    tables_ = summary.tables;
    total_ = TableCounts{};
    total_.source = tr("Total");
    total_.completed = true;
    for (const TableCounts& t : tables_) {
        total_ += t;
        total_.completed = total_.completed && t.completed;
    }
    endResetModel();
}

void SummaryModel::clear()
{
    beginResetModel();
    tables_.clear();
    endResetModel();
}

int SummaryModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || tables_.isEmpty())
        return 0;
    return int(tables_.size()) + (tables_.size() > 1 ? 1 : 0);
}

int SummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TableCounts& SummaryModel::countsAt(int row) const
{
    return row < tables_.size() ? tables_[row] : total_;
}

QVariant SummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const TableCounts& t = countsAt(index.row());
    const bool totalRow = index.row() == tables_.size();
    auto number = [](qint64 n) { return QLocale().toString(n); };
    const qint64 counts[] = {t.read,    t.inserted, t.updated,    t.unchanged,
                             t.skipped, t.rejected, t.duplicates, t.mismatches};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Source:
            return t.source;
        case Target:
            return totalRow ? QString() : t.target;
        case Check:
            if (!t.balanced())
                return tr("Counts do not add up");
            return t.completed ? tr("All rows accounted for") : tr("Stopped early; committed rows counted");
        default:
            return number(counts[index.column() - Read]);
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Read && index.column() <= Mismatches)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Check)
            return tr("Read %1 = inserted %2 + updated %3 + unchanged %4 + skipped %5 + rejected %6")
                .arg(number(t.read), number(t.inserted), number(t.updated), number(t.unchanged), number(t.skipped),
                     number(t.rejected));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Rejected && t.rejected > 0)
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        if (index.column() == Check && !t.balanced())
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        return {};
    case Qt::FontRole:
        if (totalRow) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::UserRole: // raw numbers for tests and sorting
        if (index.column() >= Read && index.column() <= Mismatches)
            return counts[index.column() - Read];
        return {};
    default:
        return {};
    }
}

QVariant SummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Source:
        return tr("Source");
    case Target:
        return tr("Target");
    case Read:
        return tr("Read");
    case Inserted:
        return tr("Inserted");
    case Updated:
        return tr("Updated");
    case Unchanged:
        return tr("Unchanged");
    case Skipped:
        return tr("Skipped");
    case Rejected:
        return tr("Rejected");
    case Duplicates:
        return tr("Duplicates");
    case Mismatches:
        return tr("Mismatches");
    case Check:
        return tr("Check");
    default:
        return {};
    }
}

} // namespace ferry
