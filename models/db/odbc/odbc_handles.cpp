#include "odbc_handles.h"

#include <QList>
#include <algorithm>
#include <iterator>
#include <mutex>

namespace ferry::odbc {

QList<Diagnostic> diagnostics(SQLSMALLINT handleType, SQLHANDLE handle)
{
    QList<Diagnostic> out;
    for (SQLSMALLINT rec = 1;; ++rec) {
        SQLCHAR state[6] = {};
        SQLINTEGER native = 0;
        SQLCHAR text[2048];
        SQLSMALLINT len = 0;
        const SQLRETURN rc = SQLGetDiagRec(handleType, handle, rec, state, &native, text, sizeof text, &len);
        if (!succeeded(rc))
            break;
        Diagnostic d;
        d.sqlState = QString::fromLatin1(reinterpret_cast<const char*>(state), 5);
        d.nativeCode = native;
        d.message =
            QString::fromUtf8(reinterpret_cast<const char*>(text), qMin<int>(len, static_cast<int>(sizeof text) - 1))
                .trimmed();
        // MariaDB Connector/ODBC reports a broken link as HY000 with the client library's code (server
        // gone away, lost during query, read or write error on the socket): name it as the link failure it is.
        static constexpr int kLinkGone[] = {2006, 2013, 2055, 5013, 5014};
        if (d.sqlState == QLatin1String("HY000") && d.message.startsWith(QLatin1String("[ma-")) &&
            std::find(std::begin(kLinkGone), std::end(kLinkGone), d.nativeCode) != std::end(kLinkGone))
            d.sqlState = QStringLiteral("08S01");
        out << d;
    }
    return out;
}

void throwError(SQLSMALLINT handleType, SQLHANDLE handle, const QString& what)
{
    const QList<Diagnostic> diags = diagnostics(handleType, handle);
    if (diags.isEmpty())
        throw DbError(what + QStringLiteral(": the ODBC driver reported an error without details"));
    const Diagnostic& d = diags.first();
    throw DbError(what.isEmpty() ? d.message : what + QStringLiteral(": ") + d.message, d.sqlState, d.nativeCode);
}

SQLHENV environment()
{
    static SQLHENV env = [] {
        SQLHENV h = SQL_NULL_HANDLE;
        if (!succeeded(SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &h)))
            throw DbError(QStringLiteral("Cannot initialise ODBC: is an ODBC driver manager installed?"));
        SQLSetEnvAttr(h, SQL_ATTR_ODBC_VERSION, reinterpret_cast<SQLPOINTER>(SQL_OV_ODBC3), 0);
        return h;
    }();
    return env;
}

DbcHandle allocConnection()
{
    SQLHDBC dbc = SQL_NULL_HANDLE;
    const SQLRETURN rc = SQLAllocHandle(SQL_HANDLE_DBC, environment(), &dbc);
    check(rc, SQL_HANDLE_ENV, environment(), QStringLiteral("Cannot allocate an ODBC connection"));
    return DbcHandle(dbc);
}

StmtHandle allocStatement(SQLHDBC dbc)
{
    SQLHSTMT st = SQL_NULL_HANDLE;
    check(SQLAllocHandle(SQL_HANDLE_STMT, dbc, &st), SQL_HANDLE_DBC, dbc,
          QStringLiteral("Cannot allocate an ODBC statement"));
    return StmtHandle(st);
}

QByteArray toSql(const QString& s)
{
    return s.toUtf8();
}

QString fromSql(const SQLCHAR* s, SQLSMALLINT len)
{
    const char* p = reinterpret_cast<const char*>(s);
    return len == SQL_NTS ? QString::fromUtf8(p) : QString::fromUtf8(p, len);
}

QString infoString(SQLHDBC dbc, SQLUSMALLINT infoType)
{
    SQLCHAR buf[512] = {};
    SQLSMALLINT len = 0;
    if (!succeeded(SQLGetInfo(dbc, infoType, buf, sizeof buf, &len)))
        return {};
    return fromSql(buf, qMin<SQLSMALLINT>(len, sizeof buf - 1));
}

} // namespace ferry::odbc
