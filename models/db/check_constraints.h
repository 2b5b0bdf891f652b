#pragma once
// CHECK constraints read from SQL text: which of a table's columns an expression refers to (for every
// database), and the CHECK clauses of a SQLite CREATE TABLE statement (SQLite has no catalog of them).
#include "db/schema.h"

namespace ferry {

// The table's columns named in the expression, in table order. Names are matched case-insensitively,
// bare or quoted ("x", `x`, [x]); text inside string literals is not a name.
QStringList columnsReferenced(const QString& expression, const QList<ColumnInfo>& columns);

// Every CHECK of a CREATE TABLE statement, table- and column-level, with its CONSTRAINT name if any.
QList<CheckConstraint> sqliteChecks(const QString& createTableSql, const QList<ColumnInfo>& columns);

} // namespace ferry
