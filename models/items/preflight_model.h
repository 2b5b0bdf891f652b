#pragma once
// Pre-flight findings against the target, one row each: severity ("Blocking" / "Warning", text and
// colour), the check (translated), table, columns, constraint, rows affected, sample keys and the
// engine's sentence (also the tooltip). Blocking findings first, in the engine's order otherwise.
#include "engine/run_types.h"

#include <QAbstractTableModel>

namespace ferry {

class PreflightModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Check, Table, Columns, Constraint, Rows, SampleKeys, Detail, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int BlockingRole = Qt::UserRole + 2; // bool, on every cell

    explicit PreflightModel(QObject* parent = nullptr);

    void setSummary(const RunSummary& summary);
    void clear();
    void setTableFilter(int tableIndex); // index into RunSummary::tables, or -1 for all
    int tableFilter() const { return filter_; }
    int keptCount() const { return int(all_.size()); }
    int blockingCount() const; // over all tables
    const PreflightFinding& record(int row) const { return *rows_.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString checkText(PreflightFinding::Kind kind); // "Required column not mapped", …

private:
    void rebuild();

    QList<PreflightFinding> all_;
    QList<const PreflightFinding*> rows_;
    int filter_ = -1;
};

} // namespace ferry
