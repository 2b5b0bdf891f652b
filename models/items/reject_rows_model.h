#pragma once
// Rejected rows of a run as a table: key, table, column, reason, SQL state, then the source row's
// values. The cells that fed the rejected column are highlighted and every cell explains the reason
// on hover. Shows all tables, or one (then the value columns are headed by its source column names).
#include "engine/run_types.h"

#include <QAbstractTableModel>

namespace ferry {

class RejectRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Key, Table, TargetColumn, Reason, SqlState, FirstValue };
    // True on cells that are the reason of the reject (for views and tests; the background marks them).
    static constexpr int ProblemCellRole = Qt::UserRole + 1;

    explicit RejectRowsModel(QObject* parent = nullptr);

    void setSummary(const RunSummary& summary);
    void clear();
    // Index into RunSummary::tables, or -1 for all tables.
    void setTableFilter(int tableIndex);
    int tableFilter() const { return filter_; }
    const RejectRecord& record(int row) const { return *rows_.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QStringList valueNames() const; // names of the value columns when they are one table's
    QString reasonText(const RejectRecord& r) const;

    QList<RejectRecord> all_;
    QList<QStringList> columns_; // per table of the summary
    QList<const RejectRecord*> rows_;
    int filter_ = -1;
    int valueColumns_ = 0;
};

} // namespace ferry
