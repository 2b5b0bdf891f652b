#include "odbc_writer.h"

#include "odbc_cancel.h"

#include <algorithm>

namespace ferry::odbc {

namespace {

// The cast for one column's array parameter, or empty when the type is not a plain built-in one
// (then the writer uses multi-row VALUES). "character" alone would mean char(1) and cut values: bpchar
// keeps them whole; the column's own type (and length limit) applies on insert.
QString postgresArrayCast(const QString& nativeType)
{
    static const QStringList plain{QStringLiteral("bigint"),
                                   QStringLiteral("integer"),
                                   QStringLiteral("smallint"),
                                   QStringLiteral("numeric"),
                                   QStringLiteral("real"),
                                   QStringLiteral("double precision"),
                                   QStringLiteral("boolean"),
                                   QStringLiteral("date"),
                                   QStringLiteral("timestamp without time zone"),
                                   QStringLiteral("timestamp with time zone"),
                                   QStringLiteral("time without time zone"),
                                   QStringLiteral("character varying"),
                                   QStringLiteral("text"),
                                   QStringLiteral("bytea"),
                                   QStringLiteral("uuid")};
    const QString t = nativeType.toLower();
    if (t == QLatin1String("character"))
        return QStringLiteral("bpchar");
    return plain.contains(t) ? t : QString();
}

// Appends `v` as one quoted element of a PostgreSQL array literal: backslash and double quote escaped,
// bytea in hex input form. NULL is the bare word; "NULL" the text stays quoted and distinct.
void appendArrayElement(QByteArray& out, const Value& v)
{
    if (v.isNull()) {
        out += "NULL";
        return;
    }
    out += '"';
    auto escaped = [&out](const char* p, qsizetype n) {
        for (qsizetype i = 0; i < n; ++i) {
            if (p[i] == '"' || p[i] == '\\')
                out += '\\';
            out += p[i];
        }
    };
    switch (v.kind()) {
    case Value::Kind::Text:
    case Value::Kind::Decimal:
        escaped(v.bytes().constData(), v.bytes().size());
        break;
    case Value::Kind::Binary:
        out += "\\\\x"; // \x inside the quoted element is bytea's \x prefix
        out += v.bytes().toHex();
        break;
    case Value::Kind::Bool:
        out += v.toBool() ? 't' : 'f';
        break;
    default: {
        const QByteArray text = v.toUtf8();
        escaped(text.constData(), text.size());
        break;
    }
    }
    out += '"';
}

void appendArrayLiteral(QByteArray& out, const std::vector<Row>& rows, size_t first, size_t count, size_t column)
{
    out.clear();
    out += '{';
    for (size_t r = first; r < first + count; ++r) {
        if (r != first)
            out += ',';
        appendArrayElement(out, rows[r][column]);
    }
    out += '}';
}

constexpr int kMaxArrayRows = 5000; // parameter-array rows per execute (buffers permitting)

// Warnings that mean a value did not arrive as sent; MariaDB reports some data errors this way.
bool changesData(const Diagnostic& d)
{
    const QString& s = d.sqlState;
    if (s.isEmpty() || s == QLatin1String("00000"))
        return false;
    if (s == QLatin1String("01004") || s == QLatin1String("01S07") || s == QLatin1String("01S01"))
        return true;                           // right truncation, fractional truncation, error in row
    return !s.startsWith(QLatin1String("01")); // anything not a plain warning is an error
}

QStringList namesOf(const QList<ColumnInfo>& columns)
{
    QStringList names;
    for (const ColumnInfo& c : columns)
        names << c.name;
    return names;
}

} // namespace

OdbcWriter::OdbcWriter(std::shared_ptr<const void> keepAlive, SQLHDBC dbc, Canceller& canceller, const Dialect& dialect,
                       const TableRef& table, bool isInsert)
    : keepAlive_(std::move(keepAlive))
    , dbc_(dbc)
    , canceller_(canceller)
    , dialect_(dialect)
    , table_(table)
    , isInsert_(isInsert)
{
}

std::unique_ptr<OdbcWriter> OdbcWriter::forInsert(std::shared_ptr<const void> keepAlive, SQLHDBC dbc,
                                                  Canceller& canceller, const Dialect& dialect, const TableRef& table,
                                                  const QList<ColumnInfo>& columns)
{
    if (columns.isEmpty())
        throw DbError(tr("Cannot insert into %1 without columns").arg(dialect.qualified(table)));
    std::unique_ptr<OdbcWriter> w(new OdbcWriter(std::move(keepAlive), dbc, canceller, dialect, table, true));
    w->columns_ = columns;
    w->setNames_ = namesOf(columns);
    w->setUp();
    return w;
}

std::unique_ptr<OdbcWriter> OdbcWriter::forUpdate(std::shared_ptr<const void> keepAlive, SQLHDBC dbc,
                                                  Canceller& canceller, const Dialect& dialect, const TableRef& table,
                                                  const QList<ColumnInfo>& setColumns,
                                                  const QList<ColumnInfo>& keyColumns)
{
    if (setColumns.isEmpty() || keyColumns.isEmpty())
        throw DbError(tr("Updating %1 needs columns to set and key columns").arg(dialect.qualified(table)));
    std::unique_ptr<OdbcWriter> w(new OdbcWriter(std::move(keepAlive), dbc, canceller, dialect, table, false));
    w->columns_ = setColumns + keyColumns;
    w->setNames_ = namesOf(setColumns);
    w->keyNames_ = namesOf(keyColumns);
    w->setUp();
    return w;
}

void OdbcWriter::setUp()
{
    const int ncols = int(columns_.size());
    params_.resize(size_t(ncols));
    switch (dialect_.family()) {
    case DbFamily::PostgreSQL:
        // psqlODBC executes parameter arrays row by row; one statement with many VALUES groups is ~10x
        // faster, and one array per column faster still. Updates stay row by row (keys differ per row).
        strategy_ = isInsert_ ? Strategy::MultiRowValues : Strategy::RowByRow;
        if (isInsert_) {
            for (const ColumnInfo& c : columns_)
                arrayTypes_ << postgresArrayCast(c.nativeType);
            if (!arrayTypes_.contains(QString()))
                strategy_ = Strategy::UnnestArrays;
        }
        break;
    case DbFamily::MariaDB:
    case DbFamily::SQLite:
        strategy_ = Strategy::ParamArray;
        break;
    case DbFamily::Generic: {
        SQLUINTEGER counts = 0;
        const bool known = succeeded(SQLGetInfo(dbc_, SQL_PARAM_ARRAY_ROW_COUNTS, &counts, sizeof counts, nullptr));
        strategy_ = known && (counts == SQL_PARC_BATCH || counts == SQL_PARC_NO_BATCH) ? Strategy::ParamArray
                                                                                       : Strategy::RowByRow;
        break;
    }
    }
    switch (strategy_) {
    case Strategy::UnnestArrays:
        maxRows_ = kMaxArrayRows;
        literals_.resize(size_t(ncols));
        break;
    case Strategy::MultiRowValues:
        maxRows_ = qMax(1, dialect_.maxParameters() / ncols);
        break;
    case Strategy::ParamArray:
        maxRows_ = kMaxArrayRows;
        statuses_.reserve(size_t(maxRows_)); // one address for the status array, whatever the run length
        break;
    case Strategy::RowByRow:
        maxRows_ = 1000;
        break; // rows encoded per buffer fill
    }
}

QString OdbcWriter::action() const
{
    return isInsert_ ? tr("Inserting into %1").arg(dialect_.qualified(table_))
                     : tr("Updating %1").arg(dialect_.qualified(table_));
}

void OdbcWriter::insert(const std::vector<Row>& rows)
{
    if (!isInsert_)
        throw DbError(tr("This writer updates %1; it cannot insert").arg(dialect_.qualified(table_)));
    write(rows);
}

qint64 OdbcWriter::update(const std::vector<Row>& rows)
{
    if (isInsert_)
        throw DbError(tr("This writer inserts into %1; it cannot update").arg(dialect_.qualified(table_)));
    return write(rows);
}

qint64 OdbcWriter::write(const std::vector<Row>& rows)
{
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].size() != size_t(columns_.size()))
            throw DbError(tr("%1: row %2 has %3 values for %4 columns")
                              .arg(action())
                              .arg(i + 1)
                              .arg(rows[i].size())
                              .arg(columns_.size()));
    }
    qint64 affected = 0;
    for (size_t first = 0; first < rows.size();) {
        const size_t count = planRun(rows, first);
        affected += executeRun(rows, first, count);
        first += count;
    }
    return affected;
}

size_t OdbcWriter::planRun(const std::vector<Row>& rows, size_t first) const
{
    // Column-wise buffers are as wide as the widest value of the run: stop before they outgrow the budget.
    std::vector<qsizetype> widest(size_t(columns_.size()), 0);
    size_t count = 0;
    while (first + count < rows.size() && count < size_t(maxRows_)) {
        qint64 rowBytes = 0;
        const Row& row = rows[first + count];
        for (size_t c = 0; c < widest.size(); ++c) {
            widest[c] = qMax(widest[c], ParamColumn::cellBytes(row[c]));
            rowBytes += widest[c] + qint64(sizeof(SQLLEN));
        }
        if (count > 0 && qint64(count + 1) * rowBytes > kBufferBytes)
            break;
        ++count;
    }
    return qMax<size_t>(count, 1);
}

QString OdbcWriter::sqlFor(int rowGroups) const
{
    if (strategy_ == Strategy::UnnestArrays) {
        QStringList arrays;
        for (const QString& t : arrayTypes_)
            arrays << QStringLiteral("?::") + t + QStringLiteral("[]");
        return QStringLiteral("INSERT INTO ") + dialect_.qualified(table_) + QStringLiteral(" (") +
               dialect_.columnList(setNames_) + QStringLiteral(") SELECT * FROM unnest(") +
               arrays.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (isInsert_)
        return dialect_.insertStatement(table_, setNames_, rowGroups == kSingleRowStatement ? 1 : rowGroups);
    return dialect_.updateStatement(table_, setNames_, keyNames_);
}

SQLHSTMT OdbcWriter::statementFor(int rowGroups)
{
    auto it = statements_.find(rowGroups);
    if (it != statements_.end())
        return it->second.get();
    // Keep the full-size statement and the latest remainder; psqlODBC holds each one on the server.
    while (statements_.size() >= 3) {
        auto victim = statements_.begin();
        if (victim->first == maxRows_)
            ++victim;
        statements_.erase(victim);
    }
    // A fresh statement has no bindings; evicted ones keep none.
    bound_.erase(rowGroups);
    for (auto b = bound_.begin(); b != bound_.end();)
        b = statements_.count(b->first) ? std::next(b) : bound_.erase(b);
    StmtHandle stmt = allocStatement(dbc_);
    const QByteArray sql = toSql(sqlFor(rowGroups));
    check(
        SQLPrepare(stmt.get(), reinterpret_cast<SQLCHAR*>(const_cast<char*>(sql.constData())), SQLINTEGER(sql.size())),
        SQL_HANDLE_STMT, stmt.get(), action());
    return statements_.emplace(rowGroups, std::move(stmt)).first->second.get();
}

qint64 OdbcWriter::executeUnnest(const std::vector<Row>& rows, size_t first, size_t count)
{
    SQLHSTMT st = statementFor(0);
    std::vector<SQLLEN> lengths(literals_.size());
    for (size_t c = 0; c < literals_.size(); ++c) {
        appendArrayLiteral(literals_[c], rows, first, count, c);
        lengths[c] = SQLLEN(literals_[c].size());
        bound(SQLBindParameter(st, SQLUSMALLINT(c + 1), SQL_PARAM_INPUT, SQL_C_CHAR, SQL_LONGVARCHAR,
                               SQLULEN(qMax<qsizetype>(literals_[c].size(), 1)), 0, literals_[c].data(), lengths[c],
                               &lengths[c]),
              st);
    }
    const qint64 n = finish(st, execute(st), first, count, false);
    requireAllWritten(n, count);
    return n;
}

SQLRETURN OdbcWriter::execute(SQLHSTMT st)
{
    return canceller_.run(st, CallTracker::Kind::Execute, [st] { return SQLExecute(st); });
}

void OdbcWriter::requireAllWritten(qint64 written, size_t count) const
{
    if (written != qint64(count))
        throw DbError(tr("%1: the database reported %2 of %3 rows written").arg(action()).arg(written).arg(count));
}

qint64 OdbcWriter::executeRun(const std::vector<Row>& rows, size_t first, size_t count)
{
    if (strategy_ == Strategy::UnnestArrays)
        return executeUnnest(rows, first, count);
    for (size_t c = 0; c < params_.size(); ++c)
        params_[c].fill(columns_[int(c)], dialect_.family(), rows, first, count, c);

    // sqliteodbc 0.9998 applies the first row's length to every SQL_C_BINARY element of a parameter
    // array (measured: 4-, 256- and 10-byte blobs all stored as 4 bytes): blobs go row by row there.
    const bool binaryArrayBug =
        dialect_.family() == DbFamily::SQLite &&
        std::any_of(params_.begin(), params_.end(), [](const ParamColumn& p) { return p.cType() == SQL_C_BINARY; });
    if (strategy_ == Strategy::ParamArray && !binaryArrayBug && count > 1)
        return executeArray(rows, first, count);
    if (strategy_ == Strategy::MultiRowValues)
        return executeMultiRow(first, count);
    return executeRowByRow(first, count);
}

qint64 OdbcWriter::executeArray(const std::vector<Row>& rows, size_t first, size_t count)
{
    SQLHSTMT st = statementFor(1);
    statuses_.assign(count, SQL_PARAM_UNUSED);
    processed_ = 0;
    SQLSetStmtAttr(st, SQL_ATTR_PARAM_BIND_TYPE, reinterpret_cast<SQLPOINTER>(SQLULEN(SQL_PARAM_BIND_BY_COLUMN)), 0);
    const SQLRETURN rc = SQLSetStmtAttr(st, SQL_ATTR_PARAMSET_SIZE, reinterpret_cast<SQLPOINTER>(SQLULEN(count)), 0);
    SQLULEN actual = 0;
    SQLGetStmtAttr(st, SQL_ATTR_PARAMSET_SIZE, &actual, 0, nullptr);
    if (!succeeded(rc) || actual != count) {
        if (dialect_.family() != DbFamily::Generic)
            fail(st, action());
        // A driver that claimed arrays but refuses them: fall back for good.
        SQLSetStmtAttr(st, SQL_ATTR_PARAMSET_SIZE, reinterpret_cast<SQLPOINTER>(SQLULEN(1)), 0);
        strategy_ = Strategy::RowByRow;
        maxRows_ = 1000;
        return executeRun(rows, first, count);
    }
    SQLSetStmtAttr(st, SQL_ATTR_PARAM_STATUS_PTR, statuses_.data(), 0);
    SQLSetStmtAttr(st, SQL_ATTR_PARAMS_PROCESSED_PTR, &processed_, 0);
    for (size_t c = 0; c < params_.size(); ++c)
        bound(params_[c].bindArray(st, SQLUSMALLINT(c + 1)), st);
    const qint64 n = finish(st, execute(st), first, count, true);
    if (isInsert_)
        requireAllWritten(n, count);
    return n;
}

qint64 OdbcWriter::executeMultiRow(size_t first, size_t count)
{
    const size_t ncols = params_.size();
    SQLHSTMT st = statementFor(int(count));
    std::vector<quint64> generations(ncols);
    for (size_t c = 0; c < ncols; ++c)
        generations[c] = params_[c].generation();
    std::vector<quint64>& last = bound_[int(count)];
    if (last != generations) {
        for (size_t r = 0; r < count; ++r)
            for (size_t c = 0; c < ncols; ++c)
                bound(params_[c].bindElement(st, SQLUSMALLINT(r * ncols + c + 1), r), st);
        last = generations;
    }
    const qint64 n = finish(st, execute(st), first, count, false);
    requireAllWritten(n, count);
    return n;
}

qint64 OdbcWriter::executeRowByRow(size_t first, size_t count)
{
    // Single rows of an array writer run on a statement of their own. MariaDB Connector/ODBC 3.1.15
    // executes a one-row parameter set outside its bulk path and leaves its MYSQL_BINDs pointing at our
    // value buffers; the next array execute on that statement then takes a text column's buffer for its
    // own array of 8-byte pointers and writes them into it: pointer bytes arrive as text (22007) and a
    // column narrower than 8 bytes per row overflows its buffer (heap corruption). Splitting a failing
    // batch under savepoints always ends in such single rows, followed by full batches.
    SQLHSTMT st = statementFor(strategy_ == Strategy::ParamArray ? kSingleRowStatement : 1);
    SQLSetStmtAttr(st, SQL_ATTR_PARAMSET_SIZE, reinterpret_cast<SQLPOINTER>(SQLULEN(1)), 0);
    SQLSetStmtAttr(st, SQL_ATTR_PARAM_STATUS_PTR, nullptr, 0);
    SQLSetStmtAttr(st, SQL_ATTR_PARAMS_PROCESSED_PTR, nullptr, 0);
    qint64 total = 0;
    for (size_t r = 0; r < count; ++r) {
        for (size_t c = 0; c < params_.size(); ++c)
            bound(params_[c].bindElement(st, SQLUSMALLINT(c + 1), r), st);
        const qint64 n = finish(st, execute(st), first + r, 1, false);
        if (isInsert_ && n != 1)
            throw DbError(
                tr("%1: the database reported %2 of 1 row written (row %3)").arg(action()).arg(n).arg(first + r + 1));
        total += n;
    }
    return total;
}

void OdbcWriter::bound(SQLRETURN rc, SQLHSTMT stmt)
{
    if (!succeeded(rc)) // the message is built only on failure: this runs for every parameter
        fail(stmt, action());
}

void OdbcWriter::fail(SQLHSTMT stmt, const QString& where)
{
    const QList<Diagnostic> diags = diagnostics(SQL_HANDLE_STMT, stmt);
    SQLFreeStmt(stmt, SQL_CLOSE);
    for (const Diagnostic& d : diags)
        if (changesData(d))
            throw DbError(where + QStringLiteral(": ") + d.message, d.sqlState, d.nativeCode);
    if (!diags.isEmpty())
        throw DbError(where + QStringLiteral(": ") + diags.first().message, diags.first().sqlState,
                      diags.first().nativeCode);
    throw DbError(tr("%1: the ODBC driver reported an error without details").arg(where));
}

qint64 OdbcWriter::finish(SQLHSTMT stmt, SQLRETURN rc, size_t first, size_t count, bool arrays)
{
    auto where = [&]() {
        if (arrays) {
            for (size_t i = 0; i < count && i < statuses_.size(); ++i)
                if (statuses_[i] == SQL_PARAM_ERROR)
                    return tr("%1 (row %2 of the batch)").arg(action()).arg(first + i + 1);
        } else if (count == 1) {
            return tr("%1 (row %2 of the batch)").arg(action()).arg(first + 1);
        }
        return action();
    };
    if (rc == SQL_NEED_DATA || (!succeeded(rc) && rc != SQL_NO_DATA))
        fail(stmt, where());
    if (rc == SQL_SUCCESS_WITH_INFO) {
        for (const Diagnostic& d : diagnostics(SQL_HANDLE_STMT, stmt))
            if (changesData(d))
                fail(stmt, where());
    }
    if (arrays) {
        for (size_t i = 0; i < count; ++i)
            if (statuses_[i] == SQL_PARAM_ERROR)
                fail(stmt, where());
    }
    qint64 affected = 0;
    if (rc != SQL_NO_DATA) { // SQL_NO_DATA: an UPDATE that matched nothing
        for (;;) {
            SQLLEN n = 0;
            if (succeeded(SQLRowCount(stmt, &n)) && n > 0)
                affected += n;
            const SQLRETURN more = SQLMoreResults(stmt);
            if (more == SQL_NO_DATA)
                break;
            if (!succeeded(more))
                fail(stmt, where());
        }
    }
    SQLFreeStmt(stmt, SQL_CLOSE);
    if (dialect_.family() == DbFamily::MariaDB)
        checkServerWarnings(first, count);
    return affected;
}

void OdbcWriter::checkServerWarnings(size_t first, size_t count)
{
    // MariaDB outside strict mode truncates or zeroes bad values with a server warning that Connector/ODBC
    // never turns into SQL_SUCCESS_WITH_INFO. One extra round trip per execute finds them.
    StmtHandle probe = allocStatement(dbc_);
    SQLHSTMT st = probe.get();
    char sql[] = "SHOW WARNINGS";
    check(SQLExecDirect(st, reinterpret_cast<SQLCHAR*>(sql), SQL_NTS), SQL_HANDLE_STMT, st, action());
    char level[32] = {}, message[1024] = {};
    SQLINTEGER code = 0;
    SQLLEN levelInd = 0, codeInd = 0, messageInd = 0;
    SQLBindCol(st, 1, SQL_C_CHAR, level, sizeof level, &levelInd);
    SQLBindCol(st, 2, SQL_C_SLONG, &code, 0, &codeInd);
    SQLBindCol(st, 3, SQL_C_CHAR, message, sizeof message, &messageInd);
    while (succeeded(SQLFetch(st))) {
        if (qstrcmp(level, "Note") == 0)
            continue;
        const QString where = count == 1 ? tr("%1 (row %2 of the batch)").arg(action()).arg(first + 1) : action();
        // 1265 "Data truncated", 1406 "Data too long": the SQLSTATE strict mode would have raised.
        const QString state = code == 1406 || code == 1265 ? QStringLiteral("22001")
                              : code == 1264               ? QStringLiteral("22003")
                                                           : QStringLiteral("01000");
        throw DbError(where + QStringLiteral(": ") + QString::fromUtf8(message), state, int(code));
    }
}

} // namespace ferry::odbc
