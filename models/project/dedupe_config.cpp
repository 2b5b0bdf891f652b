#include "dedupe_config.h"

namespace ferry {

QString matchKindName(MatchKind k)
{
    switch (k) {
    case MatchKind::Exact:
        return QStringLiteral("exact");
    case MatchKind::Email:
        return QStringLiteral("email");
    case MatchKind::Phone:
        return QStringLiteral("phone");
    case MatchKind::Name:
        return QStringLiteral("name");
    case MatchKind::Company:
        break;
    }
    return QStringLiteral("company");
}

QString clusterActionName(ClusterAction a)
{
    switch (a) {
    case ClusterAction::KeepFirst:
        return QStringLiteral("keep-first");
    case ClusterAction::KeepMostRecent:
        return QStringLiteral("keep-most-recent");
    case ClusterAction::KeepMostComplete:
        return QStringLiteral("keep-most-complete");
    case ClusterAction::Merge:
        return QStringLiteral("merge");
    case ClusterAction::Flag:
        break;
    }
    return QStringLiteral("flag");
}

QString survivorshipName(Survivorship s)
{
    switch (s) {
    case Survivorship::FirstNonEmpty:
        return QStringLiteral("first-non-empty");
    case Survivorship::MostRecent:
        return QStringLiteral("most-recent");
    case Survivorship::Longest:
        return QStringLiteral("longest");
    case Survivorship::Survivor:
        break;
    }
    return QStringLiteral("survivor");
}

QString targetActionName(TargetAction a)
{
    switch (a) {
    case TargetAction::None:
        return QStringLiteral("none");
    case TargetAction::Update:
        return QStringLiteral("update");
    case TargetAction::Skip:
        return QStringLiteral("skip");
    case TargetAction::Flag:
        break;
    }
    return QStringLiteral("flag");
}

} // namespace ferry
