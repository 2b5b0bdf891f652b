#pragma once
// Reads a table's "dedupe" object (see dedupe_config.h). Throws reading::Failure naming the JSON path
// of the first problem, like the rest of the project reader.
#include "dedupe_config.h"
#include "project.h"

#include <QJsonValue>

namespace ferry::reading {

// `table` is the table mapping read so far (fields and keys are checked against it).
DedupeConfig readDedupe(const QJsonValue& v, const QString& path, const TableMapping& table);

} // namespace ferry::reading
