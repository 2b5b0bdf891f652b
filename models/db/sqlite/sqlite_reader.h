#pragma once
// Streams a QSQLITE result set forward-only in blocks, turning each value into an exact Value by the
// column's declared type (see sqlite_types.h).
#include "db/connection.h"
#include "sqlite_types.h"

#include <QSqlQuery>

namespace ferry::sqlite {

class SqliteRowReader : public RowReader {
public:
    // `query` has been executed; columns and types describe its result columns in order.
    SqliteRowReader(QSqlQuery query, QList<ResultColumn> columns, std::vector<DeclaredType> types);

    const QList<ResultColumn>& columns() const override { return columns_; }
    bool fetch(std::vector<Row>& out, int maxRows) override;

private:
    QSqlQuery query_;
    QList<ResultColumn> columns_;
    std::vector<DeclaredType> types_;
    bool done_ = false;
};

} // namespace ferry::sqlite
