#pragma once
// Pre-flight findings against the target, one row each: severity ("Blocking" / "Warning", text and
// colour), the check (translated), table, columns, constraint, rows affected, sample keys and the
// engine's sentence (also the tooltip). Blocking findings first, in the engine's order otherwise.
#include "items/filtered_records_model.h"

namespace ferry {

class PreflightModel : public FilteredRecordsModel<PreflightFinding> {
    Q_OBJECT
public:
    enum Column { Severity, Check, Table, Columns, Constraint, Rows, SampleKeys, Detail, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int BlockingRole = Qt::UserRole + 2; // bool, on every cell

    explicit PreflightModel(QObject* parent = nullptr);

    int blockingCount() const; // over all tables

    static QString checkText(PreflightFinding::Kind kind); // "Required column not mapped", …

protected:
    QVariant cellData(const PreflightFinding& f, int column, int role) const override;
    QVariant headerText(int section) const override;
    void adopt(const RunSummary& summary, QList<PreflightFinding>& findings) override;
};

} // namespace ferry
