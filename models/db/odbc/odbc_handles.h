#pragma once
// RAII over ODBC handles plus diagnostics. Everything ODBC in Ferry goes through the standard
// sql.h/sqlext.h API (unixODBC here, the Windows driver manager there); Qt's QODBC is not used on the
// data path because Qt 6.4 mis-binds strings for MariaDB and reads value by value.
#include "core/errors.h"

#include <QString>
#include <sql.h>
#include <sqlext.h>

namespace ferry::odbc {

struct Diagnostic {
    QString sqlState;
    int nativeCode = 0;
    QString message;
};

// All diagnostic records of a handle (SQLGetDiagRec, UTF-8 via the narrow API).
QList<Diagnostic> diagnostics(SQLSMALLINT handleType, SQLHANDLE handle);
// Throws DbError built from the handle's first diagnostic, prefixed with `what`.
[[noreturn]] void throwError(SQLSMALLINT handleType, SQLHANDLE handle, const QString& what);
inline bool succeeded(SQLRETURN rc)
{
    return rc == SQL_SUCCESS || rc == SQL_SUCCESS_WITH_INFO;
}
// Calls throwError unless rc succeeded.
inline void check(SQLRETURN rc, SQLSMALLINT handleType, SQLHANDLE handle, const QString& what)
{
    if (!succeeded(rc))
        throwError(handleType, handle, what);
}

template <SQLSMALLINT Type> class Handle {
public:
    Handle() = default;
    explicit Handle(SQLHANDLE h)
        : h_(h)
    {
    }
    ~Handle() { reset(); }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    Handle(Handle&& o) noexcept
        : h_(o.h_)
    {
        o.h_ = SQL_NULL_HANDLE;
    }
    Handle& operator=(Handle&& o) noexcept
    {
        if (this != &o) {
            reset();
            h_ = o.h_;
            o.h_ = SQL_NULL_HANDLE;
        }
        return *this;
    }
    void reset()
    {
        if (h_ != SQL_NULL_HANDLE) {
            if constexpr (Type == SQL_HANDLE_DBC)
                SQLDisconnect(h_);
            SQLFreeHandle(Type, h_);
            h_ = SQL_NULL_HANDLE;
        }
    }
    SQLHANDLE get() const { return h_; }
    explicit operator bool() const { return h_ != SQL_NULL_HANDLE; }

private:
    SQLHANDLE h_ = SQL_NULL_HANDLE;
};

using EnvHandle = Handle<SQL_HANDLE_ENV>;
using DbcHandle = Handle<SQL_HANDLE_DBC>;
using StmtHandle = Handle<SQL_HANDLE_STMT>;

// The process-wide ODBC 3 environment (created once, thread-safe).
SQLHENV environment();
// A fresh connection handle on environment(); not yet connected.
DbcHandle allocConnection();
// A fresh statement on a connected handle.
StmtHandle allocStatement(SQLHDBC dbc);

// UTF-8 helpers for the narrow ODBC API.
QByteArray toSql(const QString& s);
QString fromSql(const SQLCHAR* s, SQLSMALLINT len = SQL_NTS);
// SQLGetInfo string value.
QString infoString(SQLHDBC dbc, SQLUSMALLINT infoType);

} // namespace ferry::odbc
