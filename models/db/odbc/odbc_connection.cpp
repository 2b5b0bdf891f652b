#include "odbc_connection.h"

#include "odbc_cancel.h"
#include "odbc_catalog.h"
#include "odbc_params.h"
#include "odbc_reader.h"
#include "odbc_session.h"
#include "odbc_writer.h"

namespace ferry {

namespace {

QString usableQuote(const QString& q)
{
    // SQLGetInfo answers " " when the driver does not quote identifiers; ANSI double quotes then.
    const QString t = q.trimmed();
    return t.isEmpty() ? QStringLiteral("\"") : t;
}

// Statement parameters plus the connection they depend on, kept alive by the reader.
struct QueryState {
    std::shared_ptr<odbc::Session> session;
    std::vector<odbc::ParamColumn> params;
};

} // namespace

OdbcConnection::OdbcConnection(odbc::Session session)
    : session_(std::make_shared<odbc::Session>(std::move(session)))
    , dialect_(session_->family, usableQuote(session_->identifierQuote))
{
}

OdbcConnection::~OdbcConnection()
{
    if (inTransaction_ && session_->dbc) {
        // An unfinished transaction is rolled back, never committed by the driver's disconnect.
        SQLEndTran(SQL_HANDLE_DBC, session_->dbc.get(), SQL_ROLLBACK);
    }
}

void OdbcConnection::execute(const QString& sql)
{
    try {
        executeStatement(sql);
    } catch (const DbError&) {
        odbc::endFailedImplicitTransaction(handle(), family());
        throw;
    }
}

void OdbcConnection::executeStatement(const QString& sql)
{
    odbc::StmtHandle stmt = odbc::allocStatement(handle());
    const QByteArray text = odbc::toSql(sql);
    const SQLRETURN rc = session_->canceller->run(stmt.get(), CallTracker::Kind::Execute, [&] {
        return SQLExecDirect(stmt.get(), reinterpret_cast<SQLCHAR*>(const_cast<char*>(text.constData())),
                             SQLINTEGER(text.size()));
    });
    if (rc != SQL_NO_DATA) // SQL_NO_DATA: a searched UPDATE/DELETE that matched no row
        odbc::check(rc, SQL_HANDLE_STMT, stmt.get(), tr("The statement failed"));
}

std::unique_ptr<RowReader> OdbcConnection::query(const QString& sql, const std::vector<Value>& params)
{
    try {
        return runQuery(sql, params);
    } catch (const DbError&) {
        odbc::endFailedImplicitTransaction(handle(), family());
        throw;
    }
}

std::unique_ptr<RowReader> OdbcConnection::runQuery(const QString& sql, const std::vector<Value>& params)
{
    auto state = std::make_shared<QueryState>();
    state->session = session_;
    odbc::StmtHandle stmt = odbc::allocStatement(handle());
    SQLHSTMT st = stmt.get();
    const QByteArray text = odbc::toSql(sql);
    odbc::check(
        SQLPrepare(st, reinterpret_cast<SQLCHAR*>(const_cast<char*>(text.constData())), SQLINTEGER(text.size())),
        SQL_HANDLE_STMT, st, tr("The query failed"));
    state->params.resize(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
        state->params[i].fillOne(params[i], session_->family);
        odbc::check(state->params[i].bindElement(st, SQLUSMALLINT(i + 1), 0), SQL_HANDLE_STMT, st,
                    tr("Cannot bind query parameter %1").arg(i + 1));
    }
    const SQLRETURN rc = session_->canceller->run(st, CallTracker::Kind::Execute, [st] { return SQLExecute(st); });
    if (rc != SQL_NO_DATA)
        odbc::check(rc, SQL_HANDLE_STMT, st, tr("The query failed"));
    return std::make_unique<odbc::OdbcReader>(std::move(state), std::move(stmt), handle(), session_->family,
                                              session_->canceller.get());
}

void OdbcConnection::cancel()
{
    session_->canceller->cancel();
}

void OdbcConnection::begin()
{
    if (inTransaction_)
        throw DbError(tr("A transaction is already open on this connection"));
    odbc::check(SQLSetConnectAttr(handle(), SQL_ATTR_AUTOCOMMIT,
                                  reinterpret_cast<SQLPOINTER>(SQLULEN(SQL_AUTOCOMMIT_OFF)), SQL_IS_UINTEGER),
                SQL_HANDLE_DBC, handle(), tr("Cannot start a transaction"));
    inTransaction_ = true;
}

void OdbcConnection::endTransaction(SQLSMALLINT completion, const QString& what)
{
    if (!inTransaction_)
        throw DbError(tr("No transaction is open on this connection"));
    // SQLite ends the transaction itself when a statement in it is interrupted (cancel()) or runs out of
    // disk; sqliteodbc then answers both the rollback and the return to autocommit with "cannot commit -
    // no transaction is active". Nothing is left to undo.
    auto alreadyEnded = [&](SQLRETURN rc) {
        if (odbc::succeeded(rc) || completion != SQL_ROLLBACK || family() != DbFamily::SQLite)
            return false;
        const QList<odbc::Diagnostic> d = odbc::diagnostics(SQL_HANDLE_DBC, handle());
        return !d.isEmpty() && d.first().message.contains(QLatin1String("no transaction is active"));
    };
    SQLRETURN rc = SQLEndTran(SQL_HANDLE_DBC, handle(), completion);
    if (alreadyEnded(rc))
        rc = SQL_SUCCESS;
    // Back to autocommit whatever happened, so the next statement does not open a stray transaction.
    inTransaction_ = false;
    SQLRETURN rcAuto = SQLSetConnectAttr(handle(), SQL_ATTR_AUTOCOMMIT,
                                         reinterpret_cast<SQLPOINTER>(SQLULEN(SQL_AUTOCOMMIT_ON)), SQL_IS_UINTEGER);
    if (alreadyEnded(rcAuto))
        rcAuto = SQL_SUCCESS;
    odbc::check(rc, SQL_HANDLE_DBC, handle(), what);
    odbc::check(rcAuto, SQL_HANDLE_DBC, handle(), what);
    // psqlODBC answers COMMIT with success without sending it when it has already marked the session
    // dead (the server went away mid-transaction and the loss surfaced nowhere else): the batch did not
    // commit. Asking costs no round trip — the driver answers from its own state.
    if (completion == SQL_COMMIT && family() == DbFamily::PostgreSQL) {
        SQLUINTEGER dead = SQL_CD_FALSE;
        if (odbc::succeeded(SQLGetConnectAttr(handle(), SQL_ATTR_CONNECTION_DEAD, &dead, SQL_IS_UINTEGER, nullptr)) &&
            dead == SQL_CD_TRUE)
            throw DbError(tr("%1: the connection to the server was lost, so the transaction did not commit").arg(what),
                          QStringLiteral("08S01"));
    }
}

void OdbcConnection::commit()
{
    endTransaction(SQL_COMMIT, tr("Commit failed"));
}

void OdbcConnection::rollback()
{
    endTransaction(SQL_ROLLBACK, tr("Rollback failed"));
}

QList<TableRef> OdbcConnection::tables(bool includeViews)
{
    return odbc::Catalog(handle(), session_->family).tables(includeViews);
}

TableInfo OdbcConnection::describe(const TableRef& table)
{
    return odbc::Catalog(handle(), session_->family).describe(table);
}

std::optional<TableRef> OdbcConnection::findTable(const QString& name)
{
    return odbc::Catalog(handle(), session_->family).findTable(name);
}

std::unique_ptr<BatchWriter> OdbcConnection::insertWriter(const TableRef& table, const QList<ColumnInfo>& columns)
{
    return odbc::OdbcWriter::forInsert(session_, handle(), *session_->canceller, dialect_, table, columns);
}

std::unique_ptr<BatchWriter> OdbcConnection::updateWriter(const TableRef& table, const QList<ColumnInfo>& setColumns,
                                                          const QList<ColumnInfo>& keyColumns)
{
    return odbc::OdbcWriter::forUpdate(session_, handle(), *session_->canceller, dialect_, table, setColumns,
                                       keyColumns);
}

std::unique_ptr<Connection> openOdbcConnection(const ConnectionProfile& profile, const QString& password)
{
    return std::make_unique<OdbcConnection>(odbc::connect(profile, password));
}

} // namespace ferry
