#include "odbc_reader.h"

#include "odbc_cancel.h"
#include "odbc_session.h"

#include <algorithm>

namespace ferry::odbc {

OdbcReader::OdbcReader(std::shared_ptr<const void> keepAlive, StmtHandle stmt, SQLHDBC dbc, DbFamily family,
                       Canceller* canceller)
    : keepAlive_(std::move(keepAlive))
    , canceller_(canceller)
    , dbc_(dbc)
    , family_(family)
    , stmt_(std::move(stmt))
{
    describe(family);
    if (columns_.isEmpty()) { // a statement without a result set
        done_ = true;
        return;
    }
    chooseMode(dbc, family);
    bindColumns();
}

OdbcReader::~OdbcReader() = default;

void OdbcReader::describe(DbFamily family)
{
    SQLHSTMT st = stmt_.get();
    SQLSMALLINT count = 0;
    check(SQLNumResultCols(st, &count), SQL_HANDLE_STMT, st, tr("Cannot describe the query result"));
    for (SQLUSMALLINT c = 1; c <= count; ++c) {
        SQLCHAR name[512] = {};
        SQLSMALLINT nameLen = 0, sqlType = 0, digits = 0, nullable = 0;
        SQLULEN size = 0;
        check(SQLDescribeCol(st, c, name, sizeof name, &nameLen, &sqlType, &size, &digits, &nullable), SQL_HANDLE_STMT,
              st, tr("Cannot describe column %1 of the query result").arg(c));
        SQLLEN isUnsigned = SQL_FALSE;
        if (sqlType == SQL_BIGINT)
            SQLColAttribute(st, c, SQL_DESC_UNSIGNED, nullptr, 0, nullptr, &isUnsigned);
        const FetchSpec spec = fetchSpecFor(family, sqlType, size, isUnsigned == SQL_TRUE);
        ResultColumn rc;
        rc.name = fromSql(name, qMin<SQLSMALLINT>(nameLen, sizeof name - 1));
        rc.type = spec.type;
        rc.odbcType = sqlType;
        rc.length = static_cast<qint64>(size);
        rc.scale = digits;
        columns_ << rc;
        specs_.push_back(spec);
    }
}

void OdbcReader::chooseMode(SQLHDBC dbc, DbFamily family)
{
    bool anyLong = false;
    qint64 rowBytes = 0;
    for (const FetchSpec& s : specs_) {
        anyLong = anyLong || s.longData;
        rowBytes += s.width + qint64(sizeof(SQLLEN));
    }
    switch (family) {
    case DbFamily::PostgreSQL:
        mode_ = Mode::Block;
        positioned_ = true;
        break;
    case DbFamily::MariaDB:
    case DbFamily::SQLite:
        mode_ = anyLong ? Mode::SingleRow : Mode::Block;
        break;
    case DbFamily::Generic: {
        SQLUINTEGER gd = 0;
        SQLGetInfo(dbc, SQL_GETDATA_EXTENSIONS, &gd, sizeof gd, nullptr);
        mode_ = (gd & SQL_GD_BOUND) ? Mode::SingleRow : Mode::Unbound;
        break;
    }
    }

    SQLHSTMT st = stmt_.get();
    rowsetSize_ = 1;
    if (mode_ == Mode::Block) {
        const qint64 rows = std::clamp<qint64>(kBlockBytes / qMax<qint64>(rowBytes, 1), 1, kMaxRowset);
        SQLSetStmtAttr(st, SQL_ATTR_ROW_BIND_TYPE, reinterpret_cast<SQLPOINTER>(SQLULEN(SQL_BIND_BY_COLUMN)), 0);
        if (succeeded(SQLSetStmtAttr(st, SQL_ATTR_ROW_ARRAY_SIZE, reinterpret_cast<SQLPOINTER>(SQLULEN(rows)), 0))) {
            SQLULEN actual = 0;
            SQLGetStmtAttr(st, SQL_ATTR_ROW_ARRAY_SIZE, &actual, 0, nullptr);
            rowsetSize_ = static_cast<int>(std::clamp<SQLULEN>(actual, 1, SQLULEN(kMaxRowset)));
        }
        if (rowsetSize_ == 1 && rows > 1)
            mode_ = Mode::SingleRow; // the driver refused blocks
    }
    rowStatus_.assign(static_cast<size_t>(rowsetSize_), SQL_ROW_NOROW);
    SQLSetStmtAttr(st, SQL_ATTR_ROWS_FETCHED_PTR, &fetched_, 0);
    SQLSetStmtAttr(st, SQL_ATTR_ROW_STATUS_PTR, rowStatus_.data(), 0);
}

void OdbcReader::bindColumns()
{
    if (mode_ == Mode::Unbound)
        return;
    SQLHSTMT st = stmt_.get();
    const size_t rows = static_cast<size_t>(rowsetSize_);
    buffers_.resize(specs_.size());
    indicators_.resize(specs_.size());
    for (size_t c = 0; c < specs_.size(); ++c) {
        const FetchSpec& s = specs_[c];
        buffers_[c].assign(rows * static_cast<size_t>(s.width), 0);
        indicators_[c].assign(rows, 0);
        check(SQLBindCol(st, static_cast<SQLUSMALLINT>(c + 1), s.cType, buffers_[c].data(), s.width,
                         indicators_[c].data()),
              SQL_HANDLE_STMT, st, tr("Cannot bind column %1 of the query result").arg(columns_[int(c)].name));
    }
}

bool OdbcReader::fetchBlock()
{
    SQLHSTMT st = stmt_.get();
    fetched_ = 0;
    next_ = 0;
    const SQLRETURN rc =
        canceller_ ? canceller_->run(st, CallTracker::Kind::Fetch, [st] { return SQLFetch(st); }) : SQLFetch(st);
    if (rc == SQL_NO_DATA) {
        done_ = true;
        return false;
    }
    if (!succeeded(rc))
        throwError(SQL_HANDLE_STMT, st, tr("Reading rows failed"));
    if (rc == SQL_SUCCESS_WITH_INFO) {
        // Truncated long values are recovered cell by cell; anything that changed a value is an error.
        for (const Diagnostic& d : diagnostics(SQL_HANDLE_STMT, st)) {
            if (d.sqlState.startsWith(QLatin1String("22")) || d.sqlState == QLatin1String("01S07"))
                throw DbError(tr("Reading rows failed: %1").arg(d.message), d.sqlState, d.nativeCode);
        }
    }
    if (fetched_ == 0 && rowsetSize_ == 1)
        fetched_ = 1; // drivers that ignore SQL_ATTR_ROWS_FETCHED_PTR for single rows
    return fetched_ > 0;
}

bool OdbcReader::fetch(std::vector<Row>& out, int maxRows)
{
    out.clear();
    const size_t limit = static_cast<size_t>(qMax(maxRows, 1));
    while (out.size() < limit) {
        if (next_ >= fetched_) {
            if (done_ || !fetchBlockOrClose())
                break;
        }
        for (; next_ < fetched_ && out.size() < limit; ++next_) {
            const SQLUSMALLINT status = rowStatus_[next_];
            if (status == SQL_ROW_NOROW || status == SQL_ROW_DELETED)
                continue;
            if (status == SQL_ROW_ERROR)
                throwError(SQL_HANDLE_STMT, stmt_.get(), tr("Reading row failed"));
            out.push_back(convertRow(next_));
        }
    }
    return !out.empty();
}

bool OdbcReader::fetchBlockOrClose()
{
    try {
        return fetchBlock();
    } catch (const DbError&) {
        // A failed (or cancelled) fetch ends the result; the connection must stay usable.
        done_ = true;
        SQLFreeStmt(stmt_.get(), SQL_CLOSE);
        endFailedImplicitTransaction(dbc_, family_);
        throw;
    }
}

Row OdbcReader::convertRow(size_t row)
{
    Row r;
    r.reserve(specs_.size());
    for (int c = 0; c < int(specs_.size()); ++c)
        r.push_back(cell(row, c));
    return r;
}

Value OdbcReader::cell(size_t row, int column)
{
    const FetchSpec& spec = specs_[size_t(column)];
    SQLHSTMT st = stmt_.get();
    const auto col = static_cast<SQLUSMALLINT>(column + 1);
    auto fromLong = [&](const std::optional<QByteArray>& bytes) {
        return bytes ? valueFromCell(spec, bytes->constData(), bytes->size()) : Value();
    };

    if (mode_ == Mode::Unbound) {
        if (spec.cType == SQL_C_CHAR || spec.cType == SQL_C_BINARY)
            return fromLong(readLongData(st, col, spec.cType));
        alignas(8) char buf[64];
        SQLLEN ind = 0;
        if (!succeeded(SQLGetData(st, col, spec.cType, buf, sizeof buf, &ind)))
            throwError(SQL_HANDLE_STMT, st, tr("Cannot read column %1").arg(columns_[column].name));
        return ind == SQL_NULL_DATA ? Value() : valueFromCell(spec, buf, ind);
    }

    const SQLLEN ind = indicators_[size_t(column)][row];
    if (ind == SQL_NULL_DATA)
        return {};
    if (isTruncated(spec, ind)) {
        if (mode_ == Mode::Block) {
            if (!positioned_) // only psqlODBC positions inside a block correctly; elsewhere the driver lied
                throw DbError(tr("Column %1 holds a value longer than the driver announced (%2 bytes); "
                                 "Ferry will not cut it")
                                  .arg(columns_[column].name)
                                  .arg(spec.width));
            check(SQLSetPos(st, static_cast<SQLSETPOSIROW>(row + 1), SQL_POSITION, SQL_LOCK_NO_CHANGE), SQL_HANDLE_STMT,
                  st, tr("Cannot position on a row to read column %1").arg(columns_[column].name));
        }
        return fromLong(readLongData(st, col, spec.cType));
    }
    const char* data = buffers_[size_t(column)].data() + row * static_cast<size_t>(spec.width);
    const bool variable = spec.cType == SQL_C_CHAR || spec.cType == SQL_C_BINARY;
    return valueFromCell(spec, data, variable ? ind : spec.width);
}

} // namespace ferry::odbc
