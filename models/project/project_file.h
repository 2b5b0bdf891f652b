#pragma once
// Loading, validating and saving *.ferry.json project files (format described in
// docs/project-format.md).
#include "project.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace ferry {

// The first problem found in a project file: where (a JSON path such as
// "tables[2].fields[5].transforms[0].region", empty for the file as a whole) and what is wrong.
struct ProjectError {
    QString path;
    QString message;
    QString toString() const; // "path: message", or just the message when path is empty
};

class ProjectFile {
    Q_DECLARE_TR_FUNCTIONS(ferry::ProjectFile)
public:
    // Reads and validates. On failure returns std::nullopt and fills *error (when not null). File paths
    // inside the project (source/target "file" and "initSql", options.outputDirectory) are resolved
    // against the project file's directory and stored absolute; Project::filePath is set to the
    // absolute path of the file.
    static std::optional<Project> load(const QString& path, ProjectError* error);
    // The same from text; relative paths resolve against baseDir. Project::filePath stays empty.
    static std::optional<Project> fromJson(const QByteArray& json, const QString& baseDir, ProjectError* error);

    // Writes atomically (QSaveFile). Paths inside baseDir or one folder above it are written relative,
    // others absolute. Never writes a password. Does not change project.filePath: the caller does.
    static bool save(const Project& project, const QString& path, QString* error);
    // The canonical text: keys in a fixed logical order, defaults left out, 2-space indent, UTF-8.
    static QByteArray toJson(const Project& project, const QString& baseDir);
};

} // namespace ferry
