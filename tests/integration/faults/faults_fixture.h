#pragma once
// Shared by the fault suites: the four databases, catching the DbError a statement throws, and
// statements that run for a long time on each database.
#include "common/dbfixture.h"
#include "db/error_scope.h"

#include <QElapsedTimer>
#include <QTest>
#include <functional>
#include <optional>

namespace ferry::test {

inline const QList<Db>& allDbs()
{
    static const QList<Db> dbs{Db::Postgres, Db::MariaDB, Db::SqliteOdbc, Db::SqliteQt};
    return dbs;
}

inline DbFamily familyOf(Db db)
{
    switch (db) {
    case Db::Postgres:
        return DbFamily::PostgreSQL;
    case Db::MariaDB:
        return DbFamily::MariaDB;
    case Db::SqliteOdbc:
    case Db::SqliteQt:
        break;
    }
    return DbFamily::SQLite;
}

inline bool isSqlite(Db db)
{
    return db == Db::SqliteOdbc || db == Db::SqliteQt;
}

// The DbError `f` throws; nullopt when it throws nothing.
inline std::optional<DbError> errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const DbError& e) {
        return e;
    }
    return std::nullopt;
}

// "23505/0 (row) duplicate key value …", for messages and the record of what each driver said.
inline QString describe(const DbError& e, DbFamily family)
{
    return QStringLiteral("%1/%2 (%3) %4")
        .arg(e.sqlState())
        .arg(e.nativeCode())
        .arg(errorScopeName(scopeOf(e, family)), e.message());
}

// A statement that runs far longer than any test waits (about 30 s or more).
inline QString slowQuery(Db db)
{
    switch (db) {
    case Db::Postgres:
        return QStringLiteral("SELECT pg_sleep(30)");
    case Db::MariaDB:
        return QStringLiteral("SELECT SLEEP(30)");
    case Db::SqliteOdbc:
    case Db::SqliteQt:
        break;
    }
    return QStringLiteral("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 2000000000) "
                          "SELECT count(*) FROM r");
}

} // namespace ferry::test
