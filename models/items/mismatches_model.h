#pragma once
// Values a dry run says would not arrive as they left, one row per value: table, key, column, kind,
// risk, before, after, reason. Kind and risk read as translated words; the risk cell also carries a
// colour (never the colour alone); hovering any cell gives the reason. Shows all tables, or one.
#include "items/filtered_records_model.h"

#include <QColor>

namespace ferry {

class MismatchesModel : public FilteredRecordsModel<MismatchRecord> {
    Q_OBJECT
public:
    enum Column { Table, Key, TargetColumn, Kind, RiskColumn, Before, After, Reason, ColumnCount };
    // A value that sorts the way a user expects: risk by severity, text as text.
    static constexpr int SortRole = Qt::UserRole + 1;
    // The Risk (as int) of the row, on every cell.
    static constexpr int RiskRole = Qt::UserRole + 2;

    explicit MismatchesModel(QObject* parent = nullptr);

    // Words and colours shared by the findings models.
    static QString riskText(Risk risk);         // "Exact", "May lose data", "Will fail"
    static QString kindText(MismatchKind kind); // "Truncated", "Rounded", …
    // A kind by its file spelling (mismatchKindName); unknown spellings come back as they are.
    static QString kindText(const QString& kindName);
    static QColor riskBackground(Risk risk);
    static QColor riskForeground(); // dark text that reads on every risk background, whatever the palette

protected:
    QVariant cellData(const MismatchRecord& m, int column, int role) const override;
    QVariant headerText(int section) const override;
};

} // namespace ferry
