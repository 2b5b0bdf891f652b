#pragma once
// Streams a QSQLITE result set forward-only in blocks, turning each value into an exact Value by the
// column's declared type (see sqlite_types.h). Only where SQLite's own handle is not usable (Qt's plugin
// runs another SQLite than Ferry's): QSQLITE reads text as UTF-16, which turns bytes that are not UTF-8
// into U+FFFD — sqlite_raw_reader.h reads the bytes themselves and is used whenever it can be.
#include "db/connection.h"
#include "sqlite_types.h"

#include <QSqlQuery>

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

    QSqlQuery query_;
    QList<ResultColumn> columns_;
    std::vector<DeclaredType> types_;
    Interrupter* interrupter_;
    bool done_ = false;
};

} // namespace ferry::sqlite
