#pragma once
// Streams a QSQLITE result set forward-only in blocks, turning each value into an exact Value by the
// column's declared type (see sqlite_types.h). Text is taken as SQLite's own UTF-8 bytes where the
// statement handle is usable: QSQLITE reads it as UTF-16, which turns bytes that are not UTF-8 into
// U+FFFD and U+FFFE into something else, so Ferry could no longer say what the source held.
#include "db/connection.h"
#include "sqlite_types.h"

#include <QSqlQuery>

struct sqlite3_stmt;

namespace ferry::sqlite {

class Interrupter;

class SqliteRowReader : public RowReader {
public:
    // `query` has been executed; columns and types describe its result columns in order. `interrupter`
    // (the connection's, which outlives the reader; may be null) lets another thread cancel a fetch.
    SqliteRowReader(QSqlQuery query, QList<ResultColumn> columns, std::vector<DeclaredType> types,
                    Interrupter* interrupter = nullptr);

    const QList<ResultColumn>& columns() const override { return columns_; }
    bool fetch(std::vector<Row>& out, int maxRows) override;

private:
    bool next(); // query_.next(), cancellable
    Value cell(int column) const;

    QSqlQuery query_;
    QList<ResultColumn> columns_;
    std::vector<DeclaredType> types_;
    Interrupter* interrupter_;
    sqlite3_stmt* stmt_ = nullptr; // QSQLITE's statement, where SQLite's own handle is usable
    bool done_ = false;
};

} // namespace ferry::sqlite
