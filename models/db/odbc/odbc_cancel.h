#pragma once
// Cancelling the statement an ODBC connection's owning thread is blocked in, from another thread. Each
// driver needs its own way (read in the drivers' sources, measured by tests/integration/faults/
// tst_cancel.cpp):
//  - MariaDB Connector/ODBC 3.1.15: SQLCancel opens a connection and sends KILL QUERY, but then leaves a
//    critical section the blocked thread holds (ma_api_internal.c, MA_SQLCancel). Ferry sends
//    KILL QUERY <CONNECTION_ID()> itself over a short-lived side connection made with the same profile.
//  - psqlODBC 13.02: SQLCancel sends a cancel request only while the statement is inside
//    SQLExecute/SQLExecDirect (PGAPI_Cancel checks STMT_EXECUTING); a FETCH of the declared cursor
//    (UseDeclareFetch) blocked in SQLFetch is not reached. Ferry sends pg_cancel_backend(<pid>) over a
//    side connection instead, which reaches both.
//  - sqliteodbc 0.9998: SQLCancel calls sqlite3_interrupt and then, outside Windows, closes the
//    statement from the calling thread without any lock while the owner is still stepping it. Ferry
//    captures the driver's sqlite3 handle while connecting (sqlite3_auto_extension: the driver links the
//    same system libsqlite3 as Ferry) and calls sqlite3_interrupt, which SQLite allows from any thread.
//    Where no handle is captured (a driver with its own copy of SQLite): SQLCancel on Windows, where the
//    driver locks, nothing elsewhere.
//  - Any other driver: SQLCancel, which ODBC defines as callable from another thread.
// A cancel that reaches a call makes it throw DbError with scopeOf() == Cancelled, whatever the call
// returned (MariaDB's SLEEP() or a statement that finished at that moment may report success).
#include "db/call_tracker.h"
#include "db/connection_profile.h"
#include "db/schema.h"
#include "odbc_handles.h"

#include <QCoreApplication>

struct sqlite3;

namespace ferry::odbc {

class Canceller {
    Q_DECLARE_TR_FUNCTIONS(ferry::odbc::Canceller)

public:
    // For a connected `dbc` of `family`, opened with `profile` and `password` (kept for the side
    // connection, never logged); `sqlite` is the handle captured while connecting, if any. Asks the
    // server for its session id where the side connection needs it.
    Canceller(SQLHDBC dbc, DbFamily family, const ConnectionProfile& profile, const QString& password, sqlite3* sqlite);

    // Runs one blocking ODBC call on `stmt` so that cancel() can reach it; returns what the call returned,
    // or throws DbError (scope Cancelled) when a cancel reached it.
    template <typename Call> SQLRETURN run(SQLHSTMT stmt, CallTracker::Kind kind, Call&& call)
    {
        CallTracker::Scope scope(tracker_, stmt, kind);
        const SQLRETURN rc = call();
        if (scope.finish())
            throwCancelled(stmt, rc);
        return rc;
    }

    // Any thread. Returns once the cancel is sent (a side connection: within its login timeout, at most
    // a few seconds); does nothing when no call runs. Never throws: a cancel that cannot be sent leaves
    // the call to finish by itself.
    void cancel();

    // Server session id the side connection names (MariaDB CONNECTION_ID(), PostgreSQL
    // pg_backend_pid()); 0 where it is not used.
    qint64 sessionId() const { return sessionId_; }

private:
    bool deliver(SQLHSTMT stmt);
    bool runOnSideConnection(const QString& sql) const;
    [[noreturn]] void throwCancelled(SQLHSTMT stmt, SQLRETURN rc) const;

    CallTracker tracker_;
    DbFamily family_;
    qint64 sessionId_ = 0;
    QByteArray sideConnection_; // connection string with the password: never logged
    int sideLoginTimeout_ = 0;
    sqlite3* sqlite_ = nullptr;
};

// While alive, remembers the sqlite3 handle an SQLite ODBC driver opens on this thread (see above).
class SqliteHandleCapture {
public:
    SqliteHandleCapture();
    ~SqliteHandleCapture();
    SqliteHandleCapture(const SqliteHandleCapture&) = delete;
    SqliteHandleCapture& operator=(const SqliteHandleCapture&) = delete;
    // The last handle opened on this thread since construction; null when none.
    sqlite3* handle() const { return handle_; }

private:
    sqlite3* handle_ = nullptr;
    sqlite3** previous_ = nullptr;
};

} // namespace ferry::odbc
