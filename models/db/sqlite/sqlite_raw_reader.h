#pragma once
// Streams a result set read on SQLite's own handle (sqlite_statement.h) forward-only in blocks: each
// value exactly as SQLite stores it — text as its UTF-8 bytes, never through QSQLITE's UTF-16 — turned
// into a Value by the column's declared type (sqlite_types.h).
#include "db/connection.h"
#include "sqlite_statement.h"

#include <memory>

namespace ferry::sqlite {

class RawRowReader : public RowReader {
public:
    // `statement` has been stepped once; `hasRow` says whether that gave a row.
    RawRowReader(std::unique_ptr<RawStatement> statement, bool hasRow, QList<ResultColumn> columns,
                 std::vector<DeclaredType> types);

    const QList<ResultColumn>& columns() const override { return columns_; }
    bool fetch(std::vector<Row>& out, int maxRows) override;

private:
    std::unique_ptr<RawStatement> statement_;
    bool unread_; // the statement stands on a row not yet returned
    bool done_;
    QList<ResultColumn> columns_;
    std::vector<DeclaredType> types_;
};

} // namespace ferry::sqlite
