#include "items/mismatches_model.h"

#include <QBrush>

namespace ferry {

MismatchesModel::MismatchesModel(QObject* parent)
    : FilteredRecordsModel(&RunSummary::mismatches, &RunSummary::mismatchesNotKept, ColumnCount, parent)
{
}

QString MismatchesModel::riskText(Risk risk)
{
    switch (risk) {
    case Risk::Exact:
        return tr("Exact");
    case Risk::MayLose:
        return tr("May lose data");
    case Risk::WillFail:
        break;
    }
    return tr("Will fail");
}

QString MismatchesModel::kindText(MismatchKind kind)
{
    switch (kind) {
    case MismatchKind::Truncation:
        return tr("Truncated");
    case MismatchKind::Rounding:
        return tr("Rounded");
    case MismatchKind::Encoding:
        return tr("Encoding");
    case MismatchKind::TimeZone:
        return tr("Time zone");
    case MismatchKind::Range:
        return tr("Out of range");
    case MismatchKind::Conversion:
        return tr("Conversion");
    case MismatchKind::MappedToDefault:
        return tr("Mapped to default");
    case MismatchKind::NullRequired:
        break;
    }
    return tr("Required but empty");
}

QString MismatchesModel::kindText(const QString& kindName)
{
    for (MismatchKind k :
         {MismatchKind::Truncation, MismatchKind::Rounding, MismatchKind::Encoding, MismatchKind::TimeZone,
          MismatchKind::Range, MismatchKind::Conversion, MismatchKind::MappedToDefault, MismatchKind::NullRequired})
        if (mismatchKindName(k) == kindName)
            return kindText(k);
    return kindName;
}

QColor MismatchesModel::riskBackground(Risk risk)
{
    switch (risk) {
    case Risk::Exact:
        return QColor(0xd4, 0xef, 0xd4);
    case Risk::MayLose:
        return QColor(0xff, 0xe9, 0xb3);
    case Risk::WillFail:
        break;
    }
    return QColor(0xff, 0xd0, 0xc8);
}

QColor MismatchesModel::riskForeground()
{
    return QColor(0x20, 0x20, 0x20);
}

QVariant MismatchesModel::cellData(const MismatchRecord& m, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Table:
            return m.table;
        case Key:
            return m.sourceKey;
        case TargetColumn:
            return m.column;
        case Kind:
            return kindText(m.kind);
        case RiskColumn:
            return riskText(m.risk);
        case Before:
            return m.before;
        case After:
            // A rejected row writes nothing: say so rather than show an empty cell.
            return m.risk == Risk::WillFail && m.after.isEmpty() ? tr("(row rejected)") : m.after;
        case Reason:
            return m.reason;
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case Kind:
            return int(m.kind);
        case RiskColumn:
            return int(m.risk);
        default:
            return cellData(m, column, Qt::DisplayRole);
        }
    case RiskRole:
        return int(m.risk);
    case Qt::ToolTipRole:
        return m.reason;
    case Qt::BackgroundRole:
        if (column == RiskColumn)
            return QBrush(riskBackground(m.risk));
        return {};
    case Qt::ForegroundRole:
        if (column == RiskColumn)
            return QBrush(riskForeground());
        return {};
    default:
        return {};
    }
}

QVariant MismatchesModel::headerText(int section) const
{
    switch (section) {
    case Table:
        return tr("Table");
    case Key:
        return tr("Key");
    case TargetColumn:
        return tr("Column");
    case Kind:
        return tr("Kind");
    case RiskColumn:
        return tr("Risk");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace ferry
