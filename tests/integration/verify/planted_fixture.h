#pragma once
// The small fixture verify's planted-change test migrates: two tables (people, orders) holding text with
// multibyte characters, NULL next to '', integers, a BIGINT beyond 2^53, booleans, dates, a decimal, a
// double, timestamps and times with microseconds and binary values — as PostgreSQL and SQLite sources
// and as PostgreSQL and MariaDB targets, each created with the database's own SQL.
#include <QString>

namespace ferry::test::planted {

constexpr int kRows = 30;

// %1 people, %2 orders.
inline QString postgresSource()
{
    return QStringLiteral(
        "CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(60), code VARCHAR(20), note TEXT, visits INTEGER, "
        "big BIGINT, active BOOLEAN, born DATE);"
        "INSERT INTO %1 SELECT g, 'Person ' || g || ' Zoë 付', lpad(g::text, 4, '0'), CASE g % 3 WHEN 0 THEN NULL "
        "WHEN 1 THEN '' ELSE 'note ' || g END, g * 7, 9007199254740993 + g, g % 2 = 0, DATE '1980-01-01' + g "
        "FROM generate_series(1, 30) g;"
        "CREATE TABLE %2 (id INTEGER PRIMARY KEY, person_id INTEGER, amount NUMERIC(12,2), ratio DOUBLE PRECISION, "
        "placed TIMESTAMP(6), slot TIME(6), payload BYTEA);"
        "INSERT INTO %2 SELECT g, g, g * 1.25, g / 8.0 + 0.1, TIMESTAMP '2024-01-01' + g * INTERVAL '1 hour "
        "1.000001 second', TIME '08:00' + g * INTERVAL '1.000001 second', decode(lpad(to_hex(g * 77777), 8, '0'), "
        "'hex') FROM generate_series(1, 30) g;\n");
}

// The same rows in SQLite (tables people and orders), where dates and timestamps are text; people has one
// more column, ref, text holding a number — "0832" in row 13, which an integer column would change.
inline QString sqliteSource()
{
    return QStringLiteral(
        "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, code TEXT, note TEXT, visits INTEGER, big INTEGER, "
        "active BOOLEAN, born DATE, ref TEXT);"
        "INSERT INTO people WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < 30) "
        "SELECT g, CASE WHEN g = 17 THEN 'Trailing space ' ELSE 'Person ' || g || ' Zoë 付' END, "
        "substr('0000' || g, -4), CASE g % 3 WHEN 0 THEN NULL WHEN 1 THEN '' ELSE 'note ' || g END, g * 7, "
        "9007199254740993 + g, g % 2 = 0, date('1980-01-01', '+' || g || ' days'), "
        "CASE WHEN g = 13 THEN '0832' ELSE CAST(g * 11 AS TEXT) END FROM s;"
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, person_id INTEGER, amount NUMERIC(12,2), ratio REAL, "
        "placed TIMESTAMP, slot TIME, payload BLOB);"
        "INSERT INTO orders WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < 30) "
        "SELECT g, g, g * 1.25, g / 8.0 + 0.1, printf('2024-01-%02d %02d:%02d:%02d.%06d', g, g % 24, g, g, g * 1001), "
        "printf('08:%02d:%02d.%06d', g, g, g * 3), CAST(printf('%08x', g * 77777) AS BLOB) FROM s;\n");
}

// %1 people, %2 orders; withRef adds people.ref INTEGER (the SQLite source's ref).
inline QString postgresTarget(bool withRef)
{
    return QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(60), code VARCHAR(20), note TEXT, "
                          "visits INTEGER, big BIGINT, active BOOLEAN, born DATE") +
           QLatin1String(withRef ? ", ref INTEGER);" : ");") +
           QStringLiteral("CREATE TABLE %2 (id INTEGER PRIMARY KEY, person_id INTEGER, amount NUMERIC(12,2), ratio "
                          "DOUBLE PRECISION, placed TIMESTAMP(6), slot TIME(6), payload BYTEA);\n");
}

inline QString mariadbTarget()
{
    return QStringLiteral("CREATE TABLE %1 (id INT PRIMARY KEY, name VARCHAR(60), code VARCHAR(20), note TEXT, "
                          "visits INT, big BIGINT, active BOOLEAN, born DATE) CHARACTER SET utf8mb4;"
                          "CREATE TABLE %2 (id INT PRIMARY KEY, person_id INT, amount DECIMAL(12,2), ratio DOUBLE, "
                          "placed DATETIME(6), slot TIME(6), payload VARBINARY(64));\n");
}

} // namespace ferry::test::planted
