#pragma once
// The risk summary per target column of a dry run: table, column, a risk badge ("Exact", "May lose
// data", "Will fail" — text and colour), how many values may lose data, how many rows would fail,
// and the kinds of change seen. Shows all tables, or one.
#include "engine/run_types.h"

#include <QAbstractTableModel>

namespace ferry {

class ColumnRisksModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Table, TargetColumn, RiskColumn, MayLose, WillFail, Kinds, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int RiskRole = Qt::UserRole + 2; // the Risk (as int) of the row, on every cell

    explicit ColumnRisksModel(QObject* parent = nullptr);

    void setSummary(const RunSummary& summary);
    void clear();
    void setTableFilter(int tableIndex); // index into RunSummary::tables, or -1 for all
    int tableFilter() const { return filter_; }
    int keptCount() const { return int(all_.size()); }
    const ColumnRisk& record(int row) const { return *rows_.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString tooltip(const ColumnRisk& r) const;

    QList<ColumnRisk> all_;
    QList<const ColumnRisk*> rows_;
    int filter_ = -1;
};

} // namespace ferry
