#pragma once
// Streaming reads over raw ODBC: column-wise block fetch (SQLBindCol + SQL_ATTR_ROW_ARRAY_SIZE) into
// buffers of bounded size, whatever the row width. Values too long for their bound buffer are read
// whole with SQLGetData, never cut:
//  - PostgreSQL: positioned (SQLSetPos SQL_POSITION) inside the block; psqlODBC does this right.
//  - MariaDB and SQLite position wrongly (measured: MariaDB's SQLGetData returns the block's first row,
//    SQLite's skips rows), so results with unbounded columns are fetched one row at a time there,
//    bound columns plus SQLGetData on the truncated ones.
//  - Drivers Ferry does not know: one row at a time; if the driver cannot SQLGetData a bound column,
//    nothing is bound and every value is read with SQLGetData.
#include "db/connection.h"
#include "odbc_binding.h"

#include <QCoreApplication>
#include <memory>

namespace ferry::odbc {

class Canceller;

class OdbcReader : public RowReader {
    Q_DECLARE_TR_FUNCTIONS(OdbcReader)

public:
    enum class Mode { Block, SingleRow, Unbound };

    // Takes over an executed statement. `keepAlive` keeps the connection (and whatever else the
    // statement refers to, such as bound query parameters, and `canceller`) alive as long as the reader;
    // `canceller` (may be null) lets another thread cancel a fetch.
    OdbcReader(std::shared_ptr<const void> keepAlive, StmtHandle stmt, SQLHDBC dbc, DbFamily family,
               Canceller* canceller = nullptr);
    ~OdbcReader() override;

    const QList<ResultColumn>& columns() const override { return columns_; }
    bool fetch(std::vector<Row>& out, int maxRows) override;

    Mode mode() const { return mode_; }
    int rowsetSize() const { return rowsetSize_; }
    // Target size of the bound buffers of one block.
    static constexpr qint64 kBlockBytes = 12 * 1024 * 1024;
    static constexpr int kMaxRowset = 8192;

private:
    void describe(DbFamily family);
    void chooseMode(SQLHDBC dbc, DbFamily family);
    void bindColumns();
    bool fetchBlock();        // false at the end of the result set
    bool fetchBlockOrClose(); // fetchBlock(), closing the result when it throws
    Row convertRow(size_t row);
    Value cell(size_t row, int column);

    std::shared_ptr<const void> keepAlive_;
    Canceller* canceller_ = nullptr;
    SQLHDBC dbc_;
    DbFamily family_;
    QList<ResultColumn> columns_;
    std::vector<FetchSpec> specs_;
    std::vector<std::vector<char>> buffers_;
    std::vector<std::vector<SQLLEN>> indicators_;
    std::vector<SQLUSMALLINT> rowStatus_;
    SQLULEN fetched_ = 0;
    size_t next_ = 0;
    bool done_ = false;
    bool positioned_ = false; // truncated cells in a block are re-read after SQLSetPos(SQL_POSITION)
    Mode mode_ = Mode::Block;
    int rowsetSize_ = 1;
    StmtHandle stmt_; // declared last: freed before the buffers it is bound to
};

} // namespace ferry::odbc
