#pragma once
// Connection profiles for the real test databases, built from the environment scripts/test-databases.sh
// exports. Passwords travel through an environment variable, as they do for users.
#include "db/connection.h"
#include "db/connection_string.h"
#include "project/project.h"
#include "testenv.h"

#include <QDir>
#include <QUuid>

namespace ferry::test {

enum class Db { Postgres, MariaDB, SqliteOdbc, SqliteQt };

inline QString dbName(Db db)
{
    switch (db) {
    case Db::Postgres:
        return QStringLiteral("postgres");
    case Db::MariaDB:
        return QStringLiteral("mariadb");
    case Db::SqliteOdbc:
        return QStringLiteral("sqlite-odbc");
    case Db::SqliteQt:
        return QStringLiteral("sqlite-qt");
    }
    return {};
}

// sqlitePath: file for the SQLite kinds (created on first connect).
inline ConnectionProfile profileFor(Db db, const QString& sqlitePath = {})
{
    qputenv("FERRY_TEST_DB_PASSWORD", "ferry");
    ConnectionProfile p;
    switch (db) {
    case Db::Postgres:
        p = parseConnectionArgument(postgresConnectionString()).profile;
        break;
    case Db::MariaDB:
        p = parseConnectionArgument(mariadbConnectionString()).profile;
        break;
    case Db::SqliteOdbc:
        p.kind = ConnectionProfile::Kind::Odbc;
        p.driver = QStringLiteral("SQLite3");
        p.database = sqlitePath;
        return p;
    case Db::SqliteQt:
        p.kind = ConnectionProfile::Kind::Sqlite;
        p.file = sqlitePath;
        // Qt's driver refuses a missing file without an init script: give it an empty one.
        p.initSql = QDir::temp().filePath(QStringLiteral("ferry-empty-init.sql"));
        if (!QFile::exists(p.initSql)) {
            QFile f(p.initSql);
            if (f.open(QIODevice::WriteOnly))
                f.write("SELECT 1;\n");
        }
        return p;
    }
    p.passwordEnv = QStringLiteral("FERRY_TEST_DB_PASSWORD");
    return p;
}

inline std::unique_ptr<Connection> openDb(Db db, const QString& sqlitePath = {})
{
    return openConnection(profileFor(db, sqlitePath), QStringLiteral("ferry"));
}

// A table name unique to this process, so parallel suites never collide.
inline QString uniqueTable(const QString& prefix)
{
    return prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

inline void dropTable(Connection& c, const QString& name)
{
    try {
        c.execute(QStringLiteral("DROP TABLE IF EXISTS ") + c.dialect().quoteIdentifier(name));
    } catch (const Error&) {
    }
}

inline qint64 countRows(Connection& c, const QString& table)
{
    auto r = c.query(QStringLiteral("SELECT COUNT(*) FROM ") + c.dialect().quoteIdentifier(table));
    std::vector<Row> rows;
    r->fetch(rows, 1);
    return rows.at(0).at(0).toUtf8().toLongLong();
}

// A field mapping from one source column, through `transforms`.
inline FieldMapping mapField(const QString& target, const QString& source, QList<TransformSpec> transforms = {})
{
    FieldMapping f;
    f.target = target;
    f.sources = {source};
    f.transforms = std::move(transforms);
    return f;
}

// Field mappings that copy each named source column into the target column of the same name.
inline QList<FieldMapping> identityFields(const QStringList& columns)
{
    QList<FieldMapping> fields;
    for (const QString& c : columns) {
        FieldMapping f;
        f.target = c;
        f.sources = {c};
        fields << f;
    }
    return fields;
}

// Creates `table` (id INTEGER PRIMARY KEY, name TEXT) holding ids 1..rows named "Person <id>".
inline void seedPeople(Connection& c, const QString& table, int rows)
{
    c.execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT)").arg(table));
    std::vector<Row> data;
    for (int i = 1; i <= rows; ++i)
        data.push_back({Value::integer(i), Value::text(QStringLiteral("Person %1").arg(i))});
    const TableRef ref{QString(), table};
    c.begin();
    c.insertWriter(ref, c.describe(ref).columns)->insert(data);
    c.commit();
}

} // namespace ferry::test
