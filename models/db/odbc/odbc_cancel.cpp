#include "odbc_cancel.h"

#include "db/error_scope.h"
#include "odbc_connect.h"

#include <mutex>
#include <sqlite3.h>

namespace ferry::odbc {

namespace {

// The side connection must not keep a cancel waiting for long on a server that does not answer.
constexpr int kSideLoginTimeoutSeconds = 5;

thread_local sqlite3** tCaptureSlot = nullptr;

int captureSqliteHandle(sqlite3* db, char**, const sqlite3_api_routines*)
{
    if (tCaptureSlot)
        *tCaptureSlot = db;
    return SQLITE_OK;
}

void registerCapture()
{
    static std::once_flag once;
    // The entry point is called with (sqlite3*, char**, const sqlite3_api_routines*); SQLite's API
    // takes it as void(*)(void).
    std::call_once(once, [] { sqlite3_auto_extension(reinterpret_cast<void (*)(void)>(&captureSqliteHandle)); });
}

// First column of the first row as a number; 0 when the statement fails or returns nothing.
qint64 scalarNumber(SQLHDBC dbc, const char* sql)
{
    StmtHandle st = allocStatement(dbc);
    if (!succeeded(SQLExecDirect(st.get(), reinterpret_cast<SQLCHAR*>(const_cast<char*>(sql)), SQL_NTS)) ||
        !succeeded(SQLFetch(st.get())))
        return 0;
    SQLBIGINT value = 0;
    SQLLEN ind = 0;
    if (!succeeded(SQLGetData(st.get(), 1, SQL_C_SBIGINT, &value, sizeof value, &ind)) || ind == SQL_NULL_DATA)
        return 0;
    return value;
}

} // namespace

Canceller::Canceller(SQLHDBC dbc, DbFamily family, const ConnectionProfile& profile, const QString& password,
                     sqlite3* sqlite)
    : family_(family)
    , sqlite_(sqlite)
{
    const char* idQuery = family == DbFamily::MariaDB      ? "SELECT CONNECTION_ID()"
                          : family == DbFamily::PostgreSQL ? "SELECT pg_backend_pid()"
                                                           : nullptr;
    if (!idQuery)
        return;
    sessionId_ = scalarNumber(dbc, idQuery);
    ConnectionProfile side = profile;
    side.loginTimeoutSeconds = profile.loginTimeoutSeconds > 0
                                   ? qMin(profile.loginTimeoutSeconds, kSideLoginTimeoutSeconds)
                                   : kSideLoginTimeoutSeconds;
    sideLoginTimeout_ = side.loginTimeoutSeconds;
    sideConnection_ = toSql(connectionString(side, password));
}

void Canceller::cancel()
{
    tracker_.cancel([this](void* stmt, CallTracker::Kind) { return deliver(static_cast<SQLHSTMT>(stmt)); });
}

bool Canceller::deliver(SQLHSTMT stmt)
{
    switch (family_) {
    case DbFamily::MariaDB:
        return sessionId_ > 0 && runOnSideConnection(QStringLiteral("KILL QUERY %1").arg(sessionId_));
    case DbFamily::PostgreSQL:
        return sessionId_ > 0 && runOnSideConnection(QStringLiteral("SELECT pg_cancel_backend(%1)").arg(sessionId_));
    case DbFamily::SQLite:
        if (sqlite_) {
            sqlite3_interrupt(sqlite_);
            return true;
        }
#ifdef _WIN32
        return succeeded(SQLCancel(stmt));
#else
        return false;
#endif
    case DbFamily::Generic:
        break;
    }
    return succeeded(SQLCancel(stmt));
}

bool Canceller::runOnSideConnection(const QString& sql) const
{
    try {
        DbcHandle dbc = allocConnection();
        SQLSetConnectAttr(dbc.get(), SQL_ATTR_LOGIN_TIMEOUT, reinterpret_cast<SQLPOINTER>(SQLULEN(sideLoginTimeout_)),
                          0);
        QByteArray conn = sideConnection_;
        const SQLRETURN rc = SQLDriverConnect(dbc.get(), nullptr, reinterpret_cast<SQLCHAR*>(conn.data()),
                                              SQLSMALLINT(conn.size()), nullptr, 0, nullptr, SQL_DRIVER_NOPROMPT);
        conn.fill('\0');
        if (!succeeded(rc))
            return false;
        StmtHandle st = allocStatement(dbc.get());
        const QByteArray text = toSql(sql);
        return succeeded(SQLExecDirect(st.get(), reinterpret_cast<SQLCHAR*>(const_cast<char*>(text.constData())),
                                       SQLINTEGER(text.size())));
    } catch (const Error&) {
        return false;
    }
}

void Canceller::throwCancelled(SQLHSTMT stmt, SQLRETURN rc) const
{
    if (!succeeded(rc) && rc != SQL_NO_DATA) {
        const QList<Diagnostic> diags = diagnostics(SQL_HANDLE_STMT, stmt);
        if (!diags.isEmpty()) {
            const Diagnostic& d = diags.first();
            // The driver's own report where it says "cancelled" (PostgreSQL 57014, MariaDB 1317, SQLite 9).
            if (scopeOf(DbError(d.message, d.sqlState, d.nativeCode), family_) == ErrorScope::Cancelled)
                throw DbError(tr("The statement was cancelled: %1").arg(d.message), d.sqlState, d.nativeCode);
        }
    }
    throw DbError(tr("The statement was cancelled"), QStringLiteral("HY008"));
}

SqliteHandleCapture::SqliteHandleCapture()
    : previous_(tCaptureSlot)
{
    registerCapture();
    tCaptureSlot = &handle_;
}

SqliteHandleCapture::~SqliteHandleCapture()
{
    tCaptureSlot = previous_;
}

} // namespace ferry::odbc
