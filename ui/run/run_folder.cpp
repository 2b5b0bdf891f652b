#include "run_folder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ferry::ui {

namespace {
// A folder name from the project's name: letters, digits, '-' and '_' only, so any file system takes it.
QString folderName(const QString& projectName)
{
    QString name;
    for (const QChar c : projectName.trimmed())
        name += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ? c : QLatin1Char('_');
    return name.isEmpty() ? QStringLiteral("untitled") : name;
}
} // namespace

QString runFolder(const Project& project)
{
    const QString out = project.options.outputDirectory;
    if (!out.isEmpty() && QDir::isAbsolutePath(out))
        return QDir::cleanPath(out);
    if (!project.filePath.isEmpty())
        return QDir::cleanPath(QFileInfo(project.filePath).absoluteDir().filePath(out));
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir::cleanPath(QDir(data).filePath(QStringLiteral("runs/") + folderName(project.name)));
}

Project withRunFolder(Project project)
{
    project.options.outputDirectory = runFolder(project);
    return project;
}

} // namespace ferry::ui
