#pragma once
// Batch writers over QSQLITE. Each call runs inside its own SAVEPOINT, so a batch is written whole or
// not at all even outside a transaction; the DbError carries SQLite's message and an SQLSTATE-like code.
#include "db/connection.h"

#include <QSqlDatabase>

namespace ferry::sqlite {

class Interrupter;

// Rows per multi-row INSERT: as many as fit in SQLite's historical 999-parameter limit.
int defaultRowsPerStatement(int columnCount);

// rowsPerStatement 0 picks defaultRowsPerStatement(); 1 gives a prepared single-row INSERT (kept for
// the benchmark that chose the multi-row form). `interrupter` is the connection's (cancel()); it
// outlives the writer.
std::unique_ptr<BatchWriter> makeInsertWriter(const QSqlDatabase& db, Interrupter& interrupter, const Dialect& dialect,
                                              const TableRef& table, const QList<ColumnInfo>& columns,
                                              int rowsPerStatement = 0);
std::unique_ptr<BatchWriter> makeUpdateWriter(const QSqlDatabase& db, Interrupter& interrupter, const Dialect& dialect,
                                              const TableRef& table, const QList<ColumnInfo>& setColumns,
                                              const QList<ColumnInfo>& keyColumns);

} // namespace ferry::sqlite
