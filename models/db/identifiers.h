#pragma once
// How each database compares the names Ferry quotes. PostgreSQL keeps a quoted name's case, so a table
// may hold both "Code" and code and only the exact spelling names each; MariaDB compares column names
// without case (tables are resolved to their stored spelling first); SQLite ignores case everywhere.
// Everything that resolves a name a user typed goes through here, so it finds the column the database
// itself would use — never a namesake that differs in case.
#include "schema.h"

namespace ferry {

// Qt::CaseSensitive for PostgreSQL; Qt::CaseInsensitive for MariaDB, SQLite and other ODBC databases.
Qt::CaseSensitivity identifierCase(DbFamily family);

// Position of `wanted` in `names`: the exact spelling first, else (CaseInsensitive) the first name equal
// without case; -1 when the database would not find it.
qsizetype findIdentifier(const QStringList& names, const QString& wanted, Qt::CaseSensitivity cs);

// Whether `typed` ("contacts", "crm.contacts") names `table` under `cs`.
bool namesTable(const TableRef& table, const QString& typed, Qt::CaseSensitivity cs);

// "schema.name", or the name alone where there is no schema.
QString tableLabel(const TableRef& table);

} // namespace ferry
