#include "project_paths.h"

#include <QDir>

namespace ferry {

QString resolveProjectPath(const QString& path, const QString& baseDir)
{
    if (path.isEmpty())
        return path;
    const QDir base(QDir(baseDir).absolutePath());
    return QDir::cleanPath(base.absoluteFilePath(QDir::fromNativeSeparators(path)));
}

QString portableProjectPath(const QString& path, const QString& baseDir)
{
    if (path.isEmpty())
        return path;
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path));
    if (QDir::isRelativePath(clean))
        return clean;
    const QString relative = QDir(QDir(baseDir).absolutePath()).relativeFilePath(clean);
    if (QDir::isAbsolutePath(relative))
        return clean; // another drive: nothing relative exists
    if (relative == QLatin1String(".."))
        return relative;
    // One "../" reaches a folder beside the project's; more would tie the project to a directory tree
    // that rarely travels with it.
    const QString rest = relative.startsWith(QLatin1String("../")) ? relative.mid(3) : relative;
    if (rest == QLatin1String("..") || rest.startsWith(QLatin1String("../")))
        return clean;
    return relative;
}

} // namespace ferry
