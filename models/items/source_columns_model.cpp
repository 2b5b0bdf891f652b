#include "items/source_columns_model.h"

#include "items/mapping_mime.h"

#include <QFont>
#include <QSet>
#include <algorithm>

namespace ferry {

QString columnTypeLabel(const ColumnInfo& column)
{
    QString label = column.nativeType.isEmpty() ? columnTypeName(column.type) : column.nativeType;
    label = label.toUpper();
    if (label.contains(QLatin1Char('(')))
        return label;
    if (column.type == ColumnType::Decimal && column.precision > 0)
        return label + QStringLiteral("(%1,%2)").arg(column.precision).arg(column.scale);
    if ((column.type == ColumnType::Text || column.type == ColumnType::Binary) && column.length > 0)
        return label + QStringLiteral("(%1)").arg(column.length);
    return label;
}

SourceColumnsModel::SourceColumnsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SourceColumnsModel::setColumns(const QString& source, const QList<ColumnInfo>& columns)
{
    beginResetModel();
    source_ = source;
    columns_ = columns;
    endResetModel();
}

void SourceColumnsModel::setUsage(const QHash<QString, QStringList>& targetsBySource)
{
    if (usage_ == targetsBySource)
        return;
    usage_ = targetsBySource;
    if (!columns_.isEmpty())
        emit dataChanged(index(0, MappedToColumn), index(rowCount() - 1, MappedToColumn));
}

int SourceColumnsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(columns_.size());
}

int SourceColumnsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceColumnsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnInfo& c = columns_[index.row()];
    const QStringList targets = usage_.value(c.name.toLower());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case TypeColumn:
            return columnTypeLabel(c);
        case MappedToColumn:
            return targets.join(QStringLiteral(", "));
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("%1: %2").arg(c.name, columnTypeLabel(c));
        tip += QLatin1Char('\n') + (c.nullable ? tr("May be NULL") : tr("Never NULL (NOT NULL)"));
        if (!targets.isEmpty())
            tip += QLatin1Char('\n') + tr("Mapped to %1").arg(targets.join(QStringLiteral(", ")));
        else
            tip += QLatin1Char('\n') + tr("Not mapped yet: drag it onto a target column.");
        return tip;
    }
    case Qt::FontRole:
        if (index.column() == NameColumn && targets.isEmpty()) {
            QFont f;
            f.setBold(true); // still to be placed
            return f;
        }
        break;
    case ColumnNameRole:
        return c.name;
    }
    return {};
}

QVariant SourceColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Source column");
    case TypeColumn:
        return tr("Type");
    case MappedToColumn:
        return tr("Mapped to");
    }
    return {};
}

Qt::ItemFlags SourceColumnsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList SourceColumnsModel::mimeTypes() const
{
    return {mapping_mime::sourceColumnsType()};
}

QMimeData* SourceColumnsModel::mimeData(const QModelIndexList& indexes) const
{
    QList<int> rows;
    for (const QModelIndex& i : indexes)
        if (i.isValid() && i.model() == this && !rows.contains(i.row()))
            rows << i.row();
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    mapping_mime::SourceColumns payload;
    payload.source = source_;
    for (int r : rows)
        payload.columns << columns_[r].name;
    return mapping_mime::encode(payload);
}

Qt::DropActions SourceColumnsModel::supportedDragActions() const
{
    return Qt::CopyAction; // a drag never removes a source column
}

} // namespace ferry
