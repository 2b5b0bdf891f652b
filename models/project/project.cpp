#include "project.h"

namespace ferry {

QString writeModeName(WriteMode m)
{
    switch (m) {
    case WriteMode::Insert:
        return QStringLiteral("insert");
    case WriteMode::Upsert:
        return QStringLiteral("upsert");
    case WriteMode::UpdateOnly:
        return QStringLiteral("update");
    case WriteMode::SkipExisting:
        return QStringLiteral("skip-existing");
    }
    return {};
}

} // namespace ferry
