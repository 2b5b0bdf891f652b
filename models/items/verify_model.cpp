#include "verify_model.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ferry {

void VerifyModel::setResult(const VerifyResult& result)
{
    beginResetModel();
    tables_ = result.tables;
    endResetModel();
}

void VerifyModel::clear()
{
    beginResetModel();
    tables_.clear();
    endResetModel();
}

int VerifyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(tables_.size());
}

int VerifyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerifyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= tables_.size())
        return {};
    const VerifyTableResult& t = tables_[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Table: // the source too: two mappings may write one target table
            return QStringLiteral("%1 → %2").arg(t.source, t.target);
        case Expected:
            return locale.toString(t.expected);
        case Matched:
            return locale.toString(t.matched);
        case Missing:
            return locale.toString(t.missing);
        case Extra:
            return locale.toString(t.extra);
        case Different:
            return locale.toString(t.different);
        case Columns: {
            if (t.clean())
                return tr("Matches");
            QStringList cols;
            for (auto it = t.differentColumns.begin(); it != t.differentColumns.end(); ++it)
                cols << tr("%1 (%2 rows)").arg(it.key(), locale.toString(it.value()));
            return cols.isEmpty() ? tr("Rows missing or extra") : cols.join(QStringLiteral(", "));
        }
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() > Table && index.column() < Columns)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Columns)
        return QBrush(t.clean() ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x24, 0x18));
    if (role == Qt::ToolTipRole) {
        QStringList lines = t.notes;
        for (const VerifySample& s : t.samples.mid(0, 5))
            lines << tr("%1 %2: %3").arg(VerifySample::kindName(s.kind), s.key, s.columns.join(QStringLiteral(", ")));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    return {};
}

QVariant VerifyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Table:
        return tr("Source → target table");
    case Expected:
        return tr("Expected");
    case Matched:
        return tr("Matched");
    case Missing:
        return tr("Missing");
    case Extra:
        return tr("Extra");
    case Different:
        return tr("Different");
    case Columns:
        return tr("Differing columns");
    default:
        break;
    }
    return {};
}

} // namespace ferry
