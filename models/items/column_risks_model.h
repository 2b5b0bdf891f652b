#pragma once
// The risk summary per target column of a dry run: table, column, a risk badge ("Exact", "May lose
// data", "Will fail" — text and colour), how many values may lose data, how many rows would fail,
// and the kinds of change seen. Shows all tables, or one.
#include "items/filtered_records_model.h"

namespace ferry {

class ColumnRisksModel : public FilteredRecordsModel<ColumnRisk> {
    Q_OBJECT
public:
    enum Column { Table, TargetColumn, RiskColumn, MayLose, WillFail, Kinds, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int RiskRole = Qt::UserRole + 2; // the Risk (as int) of the row, on every cell

    explicit ColumnRisksModel(QObject* parent = nullptr);

protected:
    QVariant cellData(const ColumnRisk& r, int column, int role) const override;
    QVariant headerText(int section) const override;

private:
    QString tooltip(const ColumnRisk& r) const;
};

} // namespace ferry
