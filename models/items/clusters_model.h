#pragma once
// Duplicate clusters of a dry run, one row per cluster: table, the rule that matched, what happens to
// it (translated), the row kept, every member (comma list), the matching target row and the engine's
// one-sentence explanation (also the tooltip of every cell). Shows all tables, or one.
#include "engine/run_types.h"

#include <QAbstractTableModel>

namespace ferry {

class ClustersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Table, Rule, Action, Kept, Members, TargetKey, Explanation, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ClustersModel(QObject* parent = nullptr);

    void setSummary(const RunSummary& summary);
    void clear();
    void setTableFilter(int tableIndex); // index into RunSummary::tables, or -1 for all
    int tableFilter() const { return filter_; }
    int keptCount() const { return int(all_.size()); }
    qint64 totalCount() const { return all_.size() + notKept_; }
    const DuplicateCluster& record(int row) const { return *rows_.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "keep-first" → "Keep the first row", "target-update" → "Update the target row", …; unknown
    // spellings come back as they are.
    static QString actionText(const QString& action);

private:
    void rebuild();

    QList<DuplicateCluster> all_;
    QList<const DuplicateCluster*> rows_;
    qint64 notKept_ = 0;
    int filter_ = -1;
};

} // namespace ferry
