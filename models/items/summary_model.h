#pragma once
// A finished run's per-table counts as a table (the finish page): the same numbers as
// `ferry-cli run --json`, with a totals row when there is more than one table.
#include "engine/run_types.h"

#include <QAbstractTableModel>

namespace ferry {

class SummaryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Source,
        Target,
        Read,
        Inserted,
        Updated,
        Unchanged,
        Skipped,
        Rejected,
        Duplicates,
        Mismatches,
        Check,
        ColumnCount
    };

    explicit SummaryModel(QObject* parent = nullptr);
    void setSummary(const RunSummary& summary);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const TableCounts& countsAt(int row) const;
    QList<TableCounts> tables_;
    TableCounts total_;
};

} // namespace ferry
