#pragma once
// File paths inside a project are relative to the project file's folder on disk, so a project folder
// can be copied or shared as a whole, and absolute in memory, so nothing else needs to know the folder.
#include <QString>

namespace ferry {

// `path` made absolute against `baseDir` (itself made absolute against the working directory).
// Empty stays empty; separators become '/'.
QString resolveProjectPath(const QString& path, const QString& baseDir);

// How `path` is written into a project saved in `baseDir`: relative when it lies inside baseDir or
// at most one level above it ("../shared/crm.sqlite"), absolute otherwise (another drive, or
// further away). A path that is already relative is kept as it is.
QString portableProjectPath(const QString& path, const QString& baseDir);

} // namespace ferry
