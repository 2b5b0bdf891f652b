#pragma once
// Internal to the ODBC catalog: result sets as text rows, the portable path through the ODBC catalog
// functions, and the per-family queries that correct what a driver reports wrongly.
#include "odbc_catalog.h"

#include <optional>

namespace ferry::odbc::detail {

using TextRow = QList<std::optional<QString>>;

// Every row of the statement's current result set, each value fetched as UTF-8 SQL_C_CHAR.
QList<TextRow> fetchAll(SQLHSTMT st);
// Runs sql with '?' parameters bound as UTF-8 text and returns all rows. Throws DbError.
QList<TextRow> query(SQLHDBC dbc, const QString& sql, const QStringList& params = {});
inline QString str(const TextRow& r, int i)
{
    return i < r.size() && r[i] ? *r[i] : QString();
}
inline bool isNull(const TextRow& r, int i)
{
    return i >= r.size() || !r[i];
}

// Portable path: SQLTables / SQLColumns / SQLPrimaryKeys / SQLStatistics / SQLForeignKeys.
QList<TableRef> genericTables(SQLHDBC dbc, bool includeViews, const QString& schema = {});
TableInfo genericDescribe(SQLHDBC dbc, const TableRef& table);
// The ODBC type codes SQLColumns reports, by column name.
QHash<QString, int> odbcTypes(SQLHDBC dbc, const TableRef& table);

// One column of a unique index as the per-family queries list them: the primary key first, then each
// index's columns together and in key order.
struct IndexColumn {
    QString index;
    QString column;
    bool primary = false;
    bool plain = true; // false for a prefix or an expression: such an index is no row identity
};
// Sets the primary key and appends each unique index whose parts are all plain columns.
void addIndexKeys(TableInfo& info, const QList<IndexColumn>& columns);

// Foreign keys from rows of (constraint, column, referenced schema, referenced table, referenced
// column), each constraint's rows together and in key order. A table in `ownSchema` is named bare.
QList<ForeignKey> foreignKeysFromRows(const QList<TextRow>& rows, const QString& ownSchema);

QList<TableRef> postgresTables(SQLHDBC dbc, bool includeViews, const QString& schema = {});
TableInfo postgresDescribe(SQLHDBC dbc, const TableRef& table);

QList<TableRef> mariadbTables(SQLHDBC dbc, bool includeViews, const QString& schema = {});
TableInfo mariadbDescribe(SQLHDBC dbc, const TableRef& table);

QList<TableRef> sqliteTables(SQLHDBC dbc, bool includeViews);
TableInfo sqliteDescribe(SQLHDBC dbc, const TableRef& table);

// "varchar(80)" → {"varchar", 80, 0}; "numeric(14,2)" → {"numeric", 14, 2}.
struct DeclaredType {
    QString base;
    int first = 0;
    int second = 0;
    bool hasFirst = false;
    bool hasSecond = false;
};
DeclaredType parseDeclaredType(const QString& declared);

} // namespace ferry::odbc::detail
