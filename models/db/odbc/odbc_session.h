#pragma once
// What a fresh ODBC connection is told before Ferry uses it: the login timeout before connecting; the
// time zone, strict SQL mode and statement timeout after. Each driver takes the timeouts its own way:
//  - login: SQL_ATTR_LOGIN_TIMEOUT for all (psqlODBC passes it to libpq as connect_timeout); MariaDB
//    Connector/ODBC 3.1.15 stores that attribute but never uses it, so CONN_TIMEOUT in the connection
//    string as well.
//  - statement: PostgreSQL SET statement_timeout; MariaDB SET SESSION max_statement_time (3.1.15
//    ignores SQL_ATTR_QUERY_TIMEOUT); SQLite's busy timeout (Timeout=ms in the connection string: how
//    long a statement waits for another connection's lock); other drivers SQL_ATTR_QUERY_TIMEOUT.
#include "db/connection_profile.h"
#include "db/schema.h"

#include <QList>
#include <QPair>
#include <sql.h>

namespace ferry::odbc {

// Connection-string attributes carrying the profile's timeouts, for the drivers that take them there.
QList<QPair<QString, QString>> timeoutAttributes(const ConnectionProfile& profile, DbFamily family);

// Before SQLDriverConnect.
void applyLoginTimeout(SQLHDBC dbc, const ConnectionProfile& profile);

// After connecting: UTC time zone, STRICT_TRANS_TABLES (MariaDB), the statement timeout. Throws
// ConnectError naming the statement that failed.
void prepareSession(SQLHDBC dbc, DbFamily family, const ConnectionProfile& profile);

// After a statement failed: psqlODBC (UseDeclareFetch) runs a query in autocommit mode inside a
// transaction of its own and, with Protocol=7.4-0, leaves that transaction aborted when the statement
// fails — a failed or cancelled SELECT made every later statement fail with 25P02 (measured). In
// autocommit mode on PostgreSQL this rolls it back; anywhere else it does nothing (a transaction the
// caller opened is the caller's to end).
void endFailedImplicitTransaction(SQLHDBC dbc, DbFamily family);

} // namespace ferry::odbc
