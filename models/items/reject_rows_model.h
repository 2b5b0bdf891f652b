#pragma once
// Rejected rows of a run as a table: key, table, column, reason, SQL state, then the source row's
// values. The cells that fed the rejected column are highlighted and every cell explains the reason
// on hover. Shows all tables, or one (then the value columns are headed by its source column names).
#include "items/filtered_records_model.h"

namespace ferry {

class RejectRowsModel : public FilteredRecordsModel<RejectRecord> {
    Q_OBJECT
public:
    enum Column { Key, Table, TargetColumn, Reason, SqlState, FirstValue };
    // True on cells that are the reason of the reject (for views and tests; the background marks them).
    static constexpr int ProblemCellRole = Qt::UserRole + 1;

    explicit RejectRowsModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    QVariant cellData(const RejectRecord& r, int column, int role) const override;
    QVariant headerText(int section) const override;
    void adopt(const RunSummary& summary, QList<RejectRecord>& records) override;
    void rowsRebuilt() override;

private:
    QStringList valueNames() const; // names of the value columns when they are one table's
    QString reasonText(const RejectRecord& r) const;

    QList<QStringList> columns_; // per table of the summary
    int valueColumns_ = 0;
};

} // namespace ferry
