#pragma once
// Project -> ordered JSON tree in the canonical layout of docs/project-format.md.
#include "json_writer.h"
#include "project.h"

namespace ferry {

json::Node projectToJsonNode(const Project& project, const QString& baseDir);

} // namespace ferry
