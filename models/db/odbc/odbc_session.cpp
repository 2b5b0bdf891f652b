#include "odbc_session.h"

#include "core/errors.h"
#include "odbc_handles.h"

#include <QCoreApplication>

namespace ferry::odbc {

namespace {

// Same context as the other connect messages (odbc_connect.cpp).
struct ConnectText {
    Q_DECLARE_TR_FUNCTIONS(ferry::odbc::Connect)
};

// Runs one set-up statement; failures become connect errors naming the statement.
void run(SQLHDBC dbc, const QString& sql)
{
    StmtHandle st = allocStatement(dbc);
    const QByteArray text = toSql(sql);
    const SQLRETURN rc = SQLExecDirect(st.get(), reinterpret_cast<SQLCHAR*>(const_cast<char*>(text.constData())),
                                       static_cast<SQLINTEGER>(text.size()));
    if (!succeeded(rc) && rc != SQL_NO_DATA) {
        const QList<Diagnostic> d = diagnostics(SQL_HANDLE_STMT, st.get());
        throw ConnectError(ConnectFailure::Other,
                           ConnectText::tr("The session could not be prepared (%1): %2")
                               .arg(sql, d.isEmpty() ? QString() : d.first().message),
                           ConnectText::tr("Check that the user may change session settings."),
                           d.isEmpty() ? QString() : d.first().sqlState);
    }
}

} // namespace

QList<QPair<QString, QString>> timeoutAttributes(const ConnectionProfile& profile, DbFamily family)
{
    QList<QPair<QString, QString>> attrs;
    if (family == DbFamily::MariaDB && profile.loginTimeoutSeconds > 0)
        attrs.append({QStringLiteral("CONN_TIMEOUT"), QString::number(profile.loginTimeoutSeconds)});
    if (family == DbFamily::SQLite && profile.queryTimeoutSeconds > 0)
        attrs.append({QStringLiteral("Timeout"), QString::number(qint64(profile.queryTimeoutSeconds) * 1000)});
    return attrs;
}

void applyLoginTimeout(SQLHDBC dbc, const ConnectionProfile& profile)
{
    // Not every driver knows the attribute; those that do not simply keep their own limit.
    SQLSetConnectAttr(dbc, SQL_ATTR_LOGIN_TIMEOUT,
                      reinterpret_cast<SQLPOINTER>(SQLULEN(qMax(0, profile.loginTimeoutSeconds))), 0);
}

void prepareSession(SQLHDBC dbc, DbFamily family, const ConnectionProfile& profile)
{
    const int timeout = qMax(0, profile.queryTimeoutSeconds);
    switch (family) {
    case DbFamily::PostgreSQL:
        run(dbc, QStringLiteral("SET TIME ZONE 'UTC'"));
        if (timeout > 0)
            run(dbc, QStringLiteral("SET statement_timeout = %1").arg(qint64(timeout) * 1000));
        break;
    case DbFamily::MariaDB:
        run(dbc, QStringLiteral("SET time_zone = '+00:00'"));
        // Connector/ODBC rejects SET NAMES ("not allowed"): utf8mb4 comes from CHARSET=utf8mb4 in the
        // connection string, which the tests check through @@character_set_client/results.
        // Without STRICT_TRANS_TABLES MariaDB truncates silently; keep every other mode (e.g.
        // NO_BACKSLASH_ESCAPES) as the server has it.
        run(dbc, QStringLiteral("SET SESSION sql_mode = IF(FIND_IN_SET('STRICT_TRANS_TABLES', "
                                "@@SESSION.sql_mode) > 0, @@SESSION.sql_mode, CONCAT_WS(',', "
                                "NULLIF(@@SESSION.sql_mode, ''), 'STRICT_TRANS_TABLES'))"));
        if (timeout > 0)
            run(dbc, QStringLiteral("SET SESSION max_statement_time = %1").arg(timeout));
        break;
    case DbFamily::SQLite:
        break; // the busy timeout travels in the connection string
    case DbFamily::Generic:
        if (timeout > 0) // a connection-level default for its statements, where the driver takes one
            SQLSetConnectAttr(dbc, SQL_ATTR_QUERY_TIMEOUT, reinterpret_cast<SQLPOINTER>(SQLULEN(timeout)), 0);
        break;
    }
}

void endFailedImplicitTransaction(SQLHDBC dbc, DbFamily family)
{
    if (family != DbFamily::PostgreSQL)
        return;
    SQLULEN autocommit = SQL_AUTOCOMMIT_OFF;
    if (!succeeded(SQLGetConnectAttr(dbc, SQL_ATTR_AUTOCOMMIT, &autocommit, 0, nullptr)) ||
        autocommit != SQL_AUTOCOMMIT_ON)
        return;
    try {
        StmtHandle st = allocStatement(dbc);
        char sql[] = "ROLLBACK"; // outside a transaction only a warning
        SQLExecDirect(st.get(), reinterpret_cast<SQLCHAR*>(sql), SQL_NTS);
    } catch (const Error&) {
        // The connection is gone: the next statement says so.
    }
}

} // namespace ferry::odbc
