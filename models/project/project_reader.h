#pragma once
// JSON text -> Project with strict validation; the first problem found becomes a ProjectError that
// names the JSON path and says what was expected.
#include "project_file.h"

namespace ferry {

std::optional<Project> readProjectJson(const QByteArray& json, const QString& baseDir, ProjectError* error);

} // namespace ferry
