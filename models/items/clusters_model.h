#pragma once
// Duplicate clusters of a dry run, one row per cluster: table, the rule that matched, what happens to
// it (translated), the row kept, every member (comma list), the matching target row and the engine's
// one-sentence explanation (also the tooltip of every cell). Shows all tables, or one.
#include "items/filtered_records_model.h"

namespace ferry {

class ClustersModel : public FilteredRecordsModel<DuplicateCluster> {
    Q_OBJECT
public:
    enum Column { Table, Rule, Action, Kept, Members, TargetKey, Explanation, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ClustersModel(QObject* parent = nullptr);

    // "keep-first" → "Keep the first row", "target-update" → "Update the target row", …; unknown
    // spellings come back as they are.
    static QString actionText(const QString& action);

protected:
    QVariant cellData(const DuplicateCluster& c, int column, int role) const override;
    QVariant headerText(int section) const override;
};

} // namespace ferry
