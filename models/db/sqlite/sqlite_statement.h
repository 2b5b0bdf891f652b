#pragma once
// A prepared statement on SQLite's own handle. QSQLITE binds and reads text as UTF-16: SQLite takes a
// leading U+FEFF or U+FFFE of UTF-16 text for a byte-order mark and drops it, and bytes that are not
// UTF-8 come back as U+FFFD. Here text goes in and comes out as the UTF-8 bytes it is. Used by the
// writers and readers whenever the connection's handle is usable (sqlite_interrupt.h handleOf), with
// QSQLITE as the fallback.
#include "sqlite_types.h"

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace ferry::sqlite {

class Interrupter;

class RawStatement {
public:
    RawStatement(sqlite3* db, Interrupter& interrupter);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    void prepare(const QString& sql, const QString& what);               // throws DbError
    void bind(int position, const Value& v, const DeclaredType& column); // position from 0
    void exec(const QString& what);                                      // runs, resets; throws DbError
    qint64 changes() const;

    // Reading: the next row (true) or the end (false, the statement reset); throws DbError.
    bool step(const QString& what);
    void reset();
    int columnCount() const;
    QString columnName(int column) const;
    QString declaredType(int column) const;                  // empty for an expression
    ColumnType storageType(int column) const;                // of the current row's value
    Value value(int column, const DeclaredType& type) const; // of the current row, exactly

private:
    [[noreturn]] void fail(int rc, const QString& what) const;

    sqlite3* db_;
    Interrupter& interrupter_;
    sqlite3_stmt* stmt_ = nullptr;
};

} // namespace ferry::sqlite
