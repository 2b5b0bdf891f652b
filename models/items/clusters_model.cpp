#include "items/clusters_model.h"

#include "project/dedupe_config.h"

#include <QLocale>

namespace ferry {

ClustersModel::ClustersModel(QObject* parent)
    : FilteredRecordsModel(&RunSummary::clusters, &RunSummary::clustersNotKept, ColumnCount, parent)
{
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

QVariant ClustersModel::cellData(const DuplicateCluster& c, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Table:
            return c.table;
        case Rule:
            return c.rules.join(tr(", "));
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
        if (column == Members) // bigger clusters together
            return int(c.memberKeys.size());
        return cellData(c, column, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (column == Members)
            return tr("Rows in this cluster (%1): %2")
                .arg(QLocale().toString(c.memberKeys.size()), c.memberKeys.join(tr(", ")));
        return c.explanation;
    default:
        return {};
    }
}

QVariant ClustersModel::headerText(int section) const
{
    switch (section) {
    case Table:
        return tr("Table");
    case Rule:
        return tr("Rules");
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
