#pragma once
// Connection profiles for the test servers, built from the connection strings testenv.h exports, and
// small raw-ODBC helpers the ODBC integration suites share.
#include "common/dbfixture.h"
#include "db/connection_profile.h"
#include "db/odbc/odbc_connect.h"

#include <QFile>
#include <QStringList>

namespace ferry::test {

// "Driver={X};Server=h;Port=p;Database=d;Uid=u;Pwd=p" → profile (password returned separately).
inline ConnectionProfile profileFrom(const QString& conn, QString* password)
{
    ParsedConnection parsed = parseConnectionArgument(conn);
    if (password)
        *password = parsed.password;
    return parsed.profile;
}

inline ConnectionProfile postgresProfile(QString* password)
{
    return profileFrom(postgresConnectionString(), password);
}
inline ConnectionProfile mariadbProfile(QString* password)
{
    return profileFrom(mariadbConnectionString(), password);
}
inline ConnectionProfile sqliteProfile(const QString& file)
{
    return profileFor(Db::SqliteOdbc, file);
}

// Runs statements on a session; fails the test on error.
inline void exec(SQLHDBC dbc, const QString& sql)
{
    odbc::StmtHandle st = odbc::allocStatement(dbc);
    // Literal text: no ODBC escape processing of {…} inside the statement (passwords in DDL).
    SQLSetStmtAttr(st.get(), SQL_ATTR_NOSCAN, reinterpret_cast<SQLPOINTER>(SQL_NOSCAN_ON), 0);
    const QByteArray text = sql.toUtf8();
    const SQLRETURN rc = SQLExecDirect(st.get(), reinterpret_cast<SQLCHAR*>(const_cast<char*>(text.constData())),
                                       SQLINTEGER(text.size()));
    if (!odbc::succeeded(rc) && rc != SQL_NO_DATA) {
        const auto d = odbc::diagnostics(SQL_HANDLE_STMT, st.get());
        throw DbError(sql + QStringLiteral(": ") + (d.isEmpty() ? QString() : d.first().message));
    }
}

// First column of the first row as text (empty when NULL or no row).
inline QString scalar(SQLHDBC dbc, const QString& sql)
{
    odbc::StmtHandle st = odbc::allocStatement(dbc);
    const QByteArray text = sql.toUtf8();
    odbc::check(SQLExecDirect(st.get(), reinterpret_cast<SQLCHAR*>(const_cast<char*>(text.constData())),
                              SQLINTEGER(text.size())),
                SQL_HANDLE_STMT, st.get(), sql);
    if (SQLFetch(st.get()) != SQL_SUCCESS)
        return {};
    char buf[4096];
    SQLLEN ind = 0;
    SQLGetData(st.get(), 1, SQL_C_CHAR, buf, sizeof buf, &ind);
    return ind == SQL_NULL_DATA ? QString() : QString::fromUtf8(buf, qMin<qsizetype>(ind, sizeof buf - 1));
}

} // namespace ferry::test
