#pragma once
// Everything the wizard needs to know about one side's database, read once in the background: who
// answered (server and driver versions) and every table with its columns, keys and row estimate.
#include "db/connection.h"

namespace ferry {

struct SchemaSnapshot {
    ServerInfo server;
    DbFamily family = DbFamily::Generic;
    QList<TableInfo> tables; // base tables then views, each described

    const TableInfo* table(const QString& name) const; // case-insensitive; "schema.name" or "name"
    QStringList tableNames() const;                    // as a project file names them
};

// The name a project file uses for a table: "name", or "schema.name" outside the default schema.
QString projectTableName(const TableInfo& table);

// Blocking: connect, read server info, list and describe tables. Call it off the GUI thread (for
// example through QtConcurrent::run). A SQLite file that does not exist yet but has an init script is
// built in a scratch folder, so browsing never creates the user's file. Throws ConnectError / DbError.
SchemaSnapshot readSchemaSnapshot(const ConnectionProfile& profile, const QString& password);

} // namespace ferry
