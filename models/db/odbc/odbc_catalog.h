#pragma once
// Schema introspection through ODBC catalog functions (SQLTables, SQLColumns, SQLPrimaryKeys,
// SQLStatistics, SQLForeignKeys), with per-family queries where a driver's catalog is weak.
#include "db/schema.h"
#include "odbc_handles.h"

#include <optional>

namespace ferry::odbc {

class Catalog {
public:
    Catalog(SQLHDBC dbc, DbFamily family)
        : dbc_(dbc)
        , family_(family)
    {
    }
    QList<TableRef> tables(bool includeViews = true);
    TableInfo describe(const TableRef& table);
    std::optional<TableRef> findTable(const QString& name);

private:
    TableInfo describeColumns(const TableRef& table);
    SQLHDBC dbc_;
    DbFamily family_;
};

// Maps an ODBC SQL_* type code (and the native name, for drivers that report VARCHAR for
// everything) to Ferry's logical type.
ColumnType columnTypeFromOdbc(int sqlType, const QString& nativeType);

} // namespace ferry::odbc
