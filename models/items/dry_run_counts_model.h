#pragma once
// A dry run's per-table counts in its own words: rows that would be inserted, updated, skipped or
// rejected, duplicates and mismatches; a total row when there is more than one table.
#include "engine/run_types.h"

#include <QAbstractTableModel>

namespace ferry {

class DryRunCountsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Table, Read, Insert, Update, Unchanged, Skip, Reject, Duplicates, Mismatches, ColumnCount };

    explicit DryRunCountsModel(QObject* parent = nullptr);
    void setTables(const QList<TableCounts>& tables);
    const QList<TableCounts>& tables() const { return tables_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static qint64 countOf(const TableCounts& t, int column);

private:
    QList<TableCounts> tables_;
    TableCounts total_;
};

} // namespace ferry
