#pragma once
// Shared helpers for the ODBC data-path suites: connections to the three test databases through
// odbc::connect(), column descriptions written out by hand (so these suites test the data path, not
// catalog introspection) and small read helpers.
#include "common/dbfixture.h"
#include "db/odbc/odbc_connection.h"
#include "db/odbc/odbc_reader.h"
#include "db/odbc/odbc_writer.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ferry::test::Db)

namespace ferry::test {

inline ConnectionProfile odbcProfile(Db db, const QString& sqlitePath = {})
{
    ConnectionProfile p = profileFor(db, sqlitePath);
    // Connector/ODBC reports changed rows, not matched rows, unless CLIENT_FOUND_ROWS (OPTION bit 2) is
    // set: an UPDATE that rewrites equal values would look like a missing key. Until odbc::connect sets
    // it by default, the suites ask for it.
    if (db == Db::MariaDB && !p.options.contains(QStringLiteral("OPTION")))
        p.options.insert(QStringLiteral("OPTION"), QStringLiteral("2"));
    return p;
}

inline std::unique_ptr<OdbcConnection> openOdbc(Db db, const QString& sqlitePath = {})
{
    return std::make_unique<OdbcConnection>(odbc::connect(odbcProfile(db, sqlitePath), QStringLiteral("ferry")));
}

inline void addOdbcDatabases()
{
    QTest::addColumn<Db>("db");
    QTest::newRow("postgres") << Db::Postgres;
    QTest::newRow("mariadb") << Db::MariaDB;
    QTest::newRow("sqlite-odbc") << Db::SqliteOdbc;
}

inline ColumnInfo column(const QString& name, ColumnType type, int precision = 0, int scale = 0, qint64 length = 0,
                         bool nullable = true)
{
    ColumnInfo c;
    c.name = name;
    c.type = type;
    c.precision = precision;
    c.scale = scale;
    c.length = length;
    c.nullable = nullable;
    return c;
}

inline std::vector<Row> readAll(Connection& c, const QString& sql, int chunk = 1000)
{
    std::vector<Row> all, part;
    auto reader = c.query(sql);
    while (reader->fetch(part, chunk))
        for (Row& r : part)
            all.push_back(std::move(r));
    return all;
}

inline qint64 scalar(Connection& c, const QString& sql)
{
    const std::vector<Row> rows = readAll(c, sql);
    if (rows.size() != 1 || rows[0].size() != 1)
        qFatal("scalar query returned %d rows", int(rows.size()));
    return rows[0][0].toUtf8().toLongLong();
}

// Drops a table when the test function ends, whatever happened.
class TableGuard {
public:
    TableGuard(Connection& c, QString name)
        : c_(c)
        , name_(std::move(name))
    {
        dropTable(c_, name_);
    }
    ~TableGuard()
    {
        if (c_.inTransaction()) {
            try {
                c_.rollback();
            } catch (const Error&) {
            }
        }
        dropTable(c_, name_);
    }
    const QString& name() const { return name_; }
    TableRef ref() const { return TableRef{QString(), name_}; }
    QString quoted() const { return c_.dialect().quoteIdentifier(name_); }

private:
    Connection& c_;
    QString name_;
};

// SQLite through ODBC needs a file; one per test function.
struct SqliteFile {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("odbc_data.sqlite")); }
};

} // namespace ferry::test
