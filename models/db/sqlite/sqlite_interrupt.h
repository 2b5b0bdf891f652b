#pragma once
// Cancelling the statement a SQLite connection's owning thread runs, from another thread:
// sqlite3_interrupt() on the connection's handle (QSQLITE hands it out as a QVariant of type "sqlite3*"),
// which SQLite allows from any thread while the connection is open. Calls are tracked so an interrupt
// goes out only while one runs: sent between statements it would make the next one fail for as long as a
// reader keeps a statement of the connection open.
#include "db/call_tracker.h"

#include <QSqlError>
#include <QSqlQuery>

struct sqlite3;

class QSqlDatabase;

namespace ferry::sqlite {

// The sqlite3 handle of an open QSQLITE database; null for another driver, or when Qt's plugin runs
// another version of SQLite than the one Ferry links (its own bundled copy).
sqlite3* handleOf(const QSqlDatabase& db);

class Interrupter {
public:
    explicit Interrupter(sqlite3* db)
        : db_(db)
    {
    }

    // Runs `call` (an exec() or next() of `query`) so that cancel() can reach it; returns its result, or
    // throws DbError (scope Cancelled) when an interrupt reached it, whatever it returned.
    template <typename Call> bool run(const QSqlQuery& query, CallTracker::Kind kind, Call&& call)
    {
        CallTracker::Scope scope(tracker_, nullptr, kind);
        const bool ok = call();
        if (scope.finish())
            throwCancelled(ok ? QSqlError() : query.lastError());
        return ok;
    }

    // Like run(), for a call on the raw handle (sqlite_statement.h).
    template <typename Call> bool runRaw(Call&& call)
    {
        CallTracker::Scope scope(tracker_, nullptr, CallTracker::Kind::Execute);
        const bool ok = call();
        if (scope.finish())
            throwCancelled(QSqlError());
        return ok;
    }

    sqlite3* handle() const { return db_; } // null where it must not be used

    // Any thread; does nothing when no call runs.
    void cancel();

private:
    [[noreturn]] static void throwCancelled(const QSqlError& error);

    sqlite3* db_;
    CallTracker tracker_;
};

} // namespace ferry::sqlite
