#pragma once
// Values a dry run says would not arrive as they left, one row per value: table, key, column, kind,
// risk, before, after, reason. Kind and risk read as translated words; the risk cell also carries a
// colour (never the colour alone); hovering any cell gives the reason. Shows all tables, or one.
#include "engine/run_types.h"

#include <QAbstractTableModel>
#include <QColor>

namespace ferry {

class MismatchesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Table, Key, TargetColumn, Kind, RiskColumn, Before, After, Reason, ColumnCount };
    // A value that sorts the way a user expects: risk by severity, text as text.
    static constexpr int SortRole = Qt::UserRole + 1;
    // The Risk (as int) of the row, on every cell.
    static constexpr int RiskRole = Qt::UserRole + 2;

    explicit MismatchesModel(QObject* parent = nullptr);

    void setSummary(const RunSummary& summary);
    void clear();
    // Index into RunSummary::tables, or -1 for all tables.
    void setTableFilter(int tableIndex);
    int tableFilter() const { return filter_; }
    // Mismatches kept in memory (all tables) and how many more the run found.
    int keptCount() const { return int(all_.size()); }
    qint64 totalCount() const { return all_.size() + notKept_; }
    const MismatchRecord& record(int row) const { return *rows_.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Words and colours shared by the findings models.
    static QString riskText(Risk risk);         // "Exact", "May lose data", "Will fail"
    static QString kindText(MismatchKind kind); // "Truncated", "Rounded", …
    // A kind by its file spelling (mismatchKindName); unknown spellings come back as they are.
    static QString kindText(const QString& kindName);
    static QColor riskBackground(Risk risk);
    static QColor riskForeground(); // dark text that reads on every risk background, whatever the palette

private:
    void rebuild();

    QList<MismatchRecord> all_;
    QList<const MismatchRecord*> rows_;
    qint64 notKept_ = 0;
    int filter_ = -1;
};

} // namespace ferry
