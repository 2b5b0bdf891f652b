#include "items/clusters_model.h"

#include "project/dedupe_config.h"

#include <QLocale>

namespace ferry {

ClustersModel::ClustersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ClustersModel::setSummary(const RunSummary& summary)
{
    beginResetModel();
    all_ = summary.clusters;
    notKept_ = summary.clustersNotKept;
    filter_ = -1;
    rebuild();
    endResetModel();
}

void ClustersModel::clear()
{
    setSummary(RunSummary{});
}

void ClustersModel::setTableFilter(int tableIndex)
{
    if (tableIndex == filter_)
        return;
    beginResetModel();
    filter_ = tableIndex;
    rebuild();
    endResetModel();
}

void ClustersModel::rebuild()
{
    rows_.clear();
    for (const DuplicateCluster& c : all_)
        if (filter_ < 0 || c.tableIndex == filter_)
            rows_ << &c;
}

int ClustersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int ClustersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClustersModel::actionText(const QString& action)
{
    if (action == clusterActionName(ClusterAction::KeepFirst))
        return tr("Keep the first row");
    if (action == clusterActionName(ClusterAction::KeepMostRecent))
        return tr("Keep the most recent row");
    if (action == clusterActionName(ClusterAction::KeepMostComplete))
        return tr("Keep the most complete row");
    if (action == clusterActionName(ClusterAction::Merge))
        return tr("Merge into one row");
    if (action == clusterActionName(ClusterAction::Flag))
        return tr("Flag for review");
    const QString target = QStringLiteral("target-");
    if (action == target + targetActionName(TargetAction::Update))
        return tr("Update the target row");
    if (action == target + targetActionName(TargetAction::Skip))
        return tr("Skip: already in the target");
    if (action == target + targetActionName(TargetAction::Flag))
        return tr("Flag: already in the target");
    return action;
}

QVariant ClustersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size() || index.column() >= ColumnCount)
        return {};
    const DuplicateCluster& c = *rows_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Table:
            return c.table;
        case Rule:
            return c.rule;
        case Action:
            return actionText(c.action);
        case Kept:
            return c.keptKey;
        case Members:
            return c.memberKeys.join(tr(", "));
        case TargetKey:
            return c.targetKey;
        case Explanation:
            return c.explanation;
        default:
            return {};
        }
    case SortRole:
        if (index.column() == Members) // bigger clusters together
            return int(c.memberKeys.size());
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Members)
            return tr("Rows in this cluster (%1): %2")
                .arg(QLocale().toString(c.memberKeys.size()), c.memberKeys.join(tr(", ")));
        return c.explanation;
    default:
        return {};
    }
}

QVariant ClustersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Table:
        return tr("Table");
    case Rule:
        return tr("Rule");
    case Action:
        return tr("Action");
    case Kept:
        return tr("Kept");
    case Members:
        return tr("Rows in cluster");
    case TargetKey:
        return tr("Target row");
    case Explanation:
        return tr("Explanation");
    default:
        return {};
    }
}

} // namespace ferry
