#pragma once
// The source side of the mapping page: one row per source column of the current table mapping, dragged
// onto target columns. Drags carry column names (mapping_mime.h), never row numbers, so sorting and
// filtering the view cannot map the wrong column.
#include "db/schema.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ferry {

// "VARCHAR(60)", "NUMERIC(14,2)", "TEXT": how the mapping page names a column's type.
QString columnTypeLabel(const ColumnInfo& column);

class SourceColumnsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, MappedToColumn, ColumnCount };
    enum Role { ColumnNameRole = Qt::UserRole + 1 };

    explicit SourceColumnsModel(QObject* parent = nullptr);

    // `source` names where the columns come from (the table mapping's source); it travels in drags.
    void setColumns(const QString& source, const QList<ColumnInfo>& columns);
    // Which target columns each source column feeds (keys compared without case).
    void setUsage(const QHash<QString, QStringList>& targetsBySource);

    QString source() const { return source_; }
    const QList<ColumnInfo>& columns() const { return columns_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QString source_;
    QList<ColumnInfo> columns_;
    QHash<QString, QStringList> usage_;
};

} // namespace ferry
