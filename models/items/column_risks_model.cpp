#include "items/column_risks_model.h"

#include "items/mismatches_model.h"

#include <QBrush>
#include <QLocale>

namespace ferry {

ColumnRisksModel::ColumnRisksModel(QObject* parent)
    : FilteredRecordsModel(&RunSummary::columnRisks, nullptr, ColumnCount, parent)
{
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

QVariant ColumnRisksModel::cellData(const ColumnRisk& r, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
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
        switch (column) {
        case RiskColumn:
            return int(r.risk);
        case MayLose:
            return r.mayLose;
        case WillFail:
            return r.willFail;
        default:
            return cellData(r, column, Qt::DisplayRole);
        }
    case RiskRole:
        return int(r.risk);
    case Qt::ToolTipRole:
        return tooltip(r);
    case Qt::TextAlignmentRole:
        if (column == MayLose || column == WillFail)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (column == RiskColumn)
            return QBrush(MismatchesModel::riskBackground(r.risk));
        return {};
    case Qt::ForegroundRole:
        if (column == RiskColumn)
            return QBrush(MismatchesModel::riskForeground());
        return {};
    default:
        return {};
    }
}

QVariant ColumnRisksModel::headerText(int section) const
{
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
