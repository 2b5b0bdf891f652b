#include "project_file.h"

#include "json_writer.h"
#include "project_reader.h"
#include "project_writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ferry {

QString ProjectError::toString() const
{
    return path.isEmpty() ? message : path + QLatin1String(": ") + message;
}

std::optional<Project> ProjectFile::load(const QString& path, ProjectError* error)
{
    const QFileInfo info(path);
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    auto failWith = [&](const QString& message) -> std::optional<Project> {
        if (error)
            *error = ProjectError{{}, message};
        return std::nullopt;
    };
    if (!info.exists())
        return failWith(tr("project file \"%1\" does not exist").arg(QDir::toNativeSeparators(absolute)));
    if (info.isDir())
        return failWith(tr("\"%1\" is a folder, not a project file").arg(QDir::toNativeSeparators(absolute)));
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(
            tr("cannot read project file \"%1\": %2").arg(QDir::toNativeSeparators(absolute), file.errorString()));
    std::optional<Project> project = readProjectJson(file.readAll(), info.absolutePath(), error);
    if (project)
        project->filePath = absolute;
    return project;
}

std::optional<Project> ProjectFile::fromJson(const QByteArray& json, const QString& baseDir, ProjectError* error)
{
    return readProjectJson(json, baseDir, error);
}

QByteArray ProjectFile::toJson(const Project& project, const QString& baseDir)
{
    return json::write(projectToJsonNode(project, baseDir));
}

bool ProjectFile::save(const Project& project, const QString& path, QString* error)
{
    const QFileInfo info(path);
    QSaveFile file(info.absoluteFilePath());
    const QByteArray text = toJson(project, info.absolutePath());
    if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit())
        return true;
    if (error)
        *error = tr("cannot save the project to \"%1\": %2")
                     .arg(QDir::toNativeSeparators(info.absoluteFilePath()), file.errorString());
    return false;
}

} // namespace ferry
