#include "recent_projects.h"

#include <QFileInfo>
#include <QSettings>

namespace ferry::ui::RecentProjects {

namespace {
const QString kKey = QStringLiteral("recentProjects");
}

QStringList list()
{
    QStringList out;
    for (const QString& p : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(p))
            out << p;
    return out;
}

void add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList l = QSettings().value(kKey).toStringList();
    l.removeAll(absolute);
    l.prepend(absolute);
    while (l.size() > kMax)
        l.removeLast();
    QSettings().setValue(kKey, l);
}

} // namespace ferry::ui::RecentProjects
