#pragma once
// Schema printing for `ferry-cli inspect`: an aligned, readable text and a JSON document.
#include "connection.h"
#include "schema.h"

#include <QJsonObject>

namespace ferry {

// One block per table: its name (schema-qualified where it has a schema), then an aligned column list
// (name, database type with length/precision/scale, Ferry type, NULL/NOT NULL, default, notes), then
// primary key, unique keys and foreign keys. Headings are translated.
QString formatSchemaText(const QList<TableInfo>& tables);

// {"server": {...}, "tables": [{"schema", "name", "isView", "rowCountEstimate"?, "columns": [...],
//  "primaryKey": [...], "uniqueKeys": [[...]], "foreignKeys": [...]}]}. Keys are stable, untranslated.
QJsonObject schemaToJson(const QList<TableInfo>& tables, const ServerInfo& server);

// The type as a user would write it: "varchar(80)", "numeric(14,2)", "timestamp(6)", "text".
QString displayType(const ColumnInfo& column);

} // namespace ferry
