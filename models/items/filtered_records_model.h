#pragma once
// What every findings table of a run shares: it copies one list of a RunSummary (rejects, mismatches,
// clusters, …), shows all of it or one table's rows, and counts what was kept. Subclasses add only
// their columns, headers and cell data. A template so record() keeps each model's record type.
#include "engine/run_types.h"

#include <QAbstractTableModel>

namespace ferry {

template <typename Record> class FilteredRecordsModel : public QAbstractTableModel {
public:
    void setSummary(const RunSummary& summary)
    {
        beginResetModel();
        all_ = summary.*records_;
        notKept_ = notKeptField_ ? summary.*notKeptField_ : 0;
        filter_ = -1;
        adopt(summary, all_);
        rebuild();
        endResetModel();
    }
    void clear() { setSummary(RunSummary{}); }
    // Index into RunSummary::tables, or -1 for all tables.
    void setTableFilter(int tableIndex)
    {
        if (tableIndex == filter_)
            return;
        beginResetModel();
        filter_ = tableIndex;
        rebuild();
        endResetModel();
    }
    int tableFilter() const { return filter_; }
    // Records kept in memory (all tables) and how many more the run found.
    int keptCount() const { return int(all_.size()); }
    qint64 totalCount() const { return all_.size() + notKept_; }
    const Record& record(int row) const { return *rows_.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(rows_.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : columns_; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= rows_.size() || index.column() >= columnCount())
            return {};
        return cellData(*rows_[index.row()], index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        return headerText(section);
    }

protected:
    // records: the summary's list this model shows; notKept: its count of records not kept, or nullptr;
    // columns: the column count (a model with a varying count overrides columnCount).
    FilteredRecordsModel(QList<Record> RunSummary::*records, qint64 RunSummary::*notKept, int columns, QObject* parent)
        : QAbstractTableModel(parent)
        , records_(records)
        , notKeptField_(notKept)
        , columns_(columns)
    {
    }

    virtual QVariant cellData(const Record& record, int column, int role) const = 0;
    virtual QVariant headerText(int section) const = 0;
    // Inside the reset of setSummary, before filtering: take more of the summary, or reorder records.
    virtual void adopt(const RunSummary& summary, QList<Record>& records)
    {
        Q_UNUSED(summary);
        Q_UNUSED(records);
    }
    // Inside a reset, after the shown rows changed.
    virtual void rowsRebuilt() {}

    const QList<Record>& records() const { return all_; }
    const QList<const Record*>& rows() const { return rows_; }

private:
    void rebuild()
    {
        rows_.clear();
        for (const Record& r : all_)
            if (filter_ < 0 || r.tableIndex == filter_)
                rows_ << &r;
        rowsRebuilt();
    }

    QList<Record> RunSummary::*records_;
    qint64 RunSummary::*notKeptField_;
    int columns_;
    QList<Record> all_;
    QList<const Record*> rows_;
    qint64 notKept_ = 0;
    int filter_ = -1;
};

} // namespace ferry
