// Bulk writes through raw ODBC: a bad row anywhere in a batch throws DbError with the database's
// SQLSTATE and leaves nothing after rollback; 10,000 rows land exactly once on every database; updates
// report what they touched; values of an unexpected kind are converted by the driver or refused.
#include "odbc_data_fixture.h"

using namespace ferry;
using namespace ferry::test;

namespace {

QList<ColumnInfo> peopleColumns()
{
    return {column(QStringLiteral("id"), ColumnType::Integer, 10, 0, 0, false),
            column(QStringLiteral("name"), ColumnType::Text, 0, 0, 20, false),
            column(QStringLiteral("code"), ColumnType::Text, 0, 0, 5)};
}

QString peopleDdl(const QString& table)
{
    return QStringLiteral("CREATE TABLE %1 (id int PRIMARY KEY, name varchar(20) NOT NULL, code varchar(5))")
        .arg(table);
}

std::vector<Row> people(int count)
{
    std::vector<Row> rows;
    for (int i = 1; i <= count; ++i)
        rows.push_back({Value::integer(i), Value::text(QStringLiteral("Person %1").arg(i)),
                        Value::text(QByteArray::number(i % 1000))});
    return rows;
}

// The SQLSTATE each database reports for a NOT NULL violation.
QString notNullState(DbFamily f)
{
    switch (f) {
    case DbFamily::PostgreSQL:
        return QStringLiteral("23502");
    case DbFamily::SQLite:
        return QStringLiteral("HY000"); // sqliteodbc reports constraints as HY000
    default:
        return QStringLiteral("23000");
    }
}

} // namespace

class TstOdbcWrites : public QObject {
    Q_OBJECT

private slots:
    void notNullViolationSinksBatch_data() { addOdbcDatabases(); }

    void notNullViolationSinksBatch()
    {
        QFETCH(Db, db);
        SqliteFile file;
        auto c = openOdbc(db, file.path());
        TableGuard t(*c, uniqueTable(QStringLiteral("odbc_notnull")));
        c->execute(peopleDdl(t.quoted()));
        std::vector<Row> rows = people(50);
        rows[36][1] = Value(); // id 37: NULL name
        c->begin();
        try {
            c->insertWriter(t.ref(), peopleColumns())->insert(rows);
            QFAIL("a NULL in a NOT NULL column was accepted");
        } catch (const DbError& e) {
            QCOMPARE(e.sqlState(), notNullState(c->family()));
            if (c->family() == DbFamily::SQLite) // sqliteodbc reports constraint failures as HY000
                QVERIFY2(e.message().contains(QLatin1String("NOT NULL constraint failed")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("name"), Qt::CaseInsensitive) ||
                         e.message().contains(QLatin1String("null"), Qt::CaseInsensitive),
                     qPrintable(e.message()));
        }
        c->rollback();
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.quoted())), 0);
    }

    void tooLongValueIsRefused_data()
    {
        QTest::addColumn<Db>("db");
        QTest::newRow("postgres") << Db::Postgres;
        QTest::newRow("mariadb") << Db::MariaDB;
    }

    void tooLongValueIsRefused()
    {
        QFETCH(Db, db);
        auto c = openOdbc(db);
        TableGuard t(*c, uniqueTable(QStringLiteral("odbc_toolong")));
        c->execute(peopleDdl(t.quoted()));
        std::vector<Row> rows = people(20);
        rows[12][2] = Value::text(QByteArray("abcdef")); // six characters into varchar(5)
        c->begin();
        try {
            c->insertWriter(t.ref(), peopleColumns())->insert(rows);
            QFAIL("a six-character value was accepted by varchar(5)");
        } catch (const DbError& e) {
            QCOMPARE(e.sqlState(), QStringLiteral("22001"));
        }
        c->rollback();
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.quoted())), 0);
    }

    // Five characters that take more than five bytes still fit varchar(5): lengths are bytes, limits
    // are characters, and no NUL is counted.
    void multibyteValueAtTheLimitFits_data() { addOdbcDatabases(); }

    void multibyteValueAtTheLimitFits()
    {
        QFETCH(Db, db);
        SqliteFile file;
        auto c = openOdbc(db, file.path());
        TableGuard t(*c, uniqueTable(QStringLiteral("odbc_limit")));
        c->execute(peopleDdl(t.quoted()) +
                   (c->family() == DbFamily::MariaDB ? QStringLiteral(" CHARACTER SET utf8mb4") : QString()));
        const QByteArray code("Ø😀ヘ付é");
        c->insertWriter(t.ref(), peopleColumns())
            ->insert({{Value::integer(1), Value::text(QByteArray("x")), Value::text(code)}});
        const std::vector<Row> rows = readAll(*c, QStringLiteral("SELECT code FROM %1").arg(t.quoted()));
        QCOMPARE(rows.at(0).at(0), Value::text(code));
    }

    void tenThousandRowsLandExactly_data() { addOdbcDatabases(); }

    void tenThousandRowsLandExactly()
    {
        QFETCH(Db, db);
        SqliteFile file;
        auto c = openOdbc(db, file.path());
        TableGuard t(*c, uniqueTable(QStringLiteral("odbc_10k")));
        c->execute(peopleDdl(t.quoted()));
        auto writer = c->insertWriter(t.ref(), peopleColumns());
        const auto* odbcWriter = dynamic_cast<odbc::OdbcWriter*>(writer.get());
        QVERIFY(odbcWriter);
        if (c->family() == DbFamily::PostgreSQL) {
            QCOMPARE(odbcWriter->strategy(), odbc::OdbcWriter::Strategy::MultiRowValues);
            QCOMPARE(odbcWriter->rowsPerExecute(), 7000 / 3); // parameters per statement stay under 7,000
        } else {
            QCOMPARE(odbcWriter->strategy(), odbc::OdbcWriter::Strategy::ParamArray);
        }
        c->begin();
        writer->insert(people(10000)); // 4 full statements and a remainder on PostgreSQL
        c->commit();
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.quoted())), 10000);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT SUM(id) FROM %1").arg(t.quoted())), 10000LL * 10001 / 2);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE name = 'Person 9999' AND code = '999'")
                                .arg(t.quoted())),
                 1);

        // A second batch through the same writer reuses its prepared statements.
        std::vector<Row> more;
        for (int i = 10001; i <= 10500; ++i)
            more.push_back({Value::integer(i), Value::text(QByteArray("late")), Value()});
        writer->insert(more);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.quoted())), 10500);
    }

    void updateReportsAffectedRows_data() { addOdbcDatabases(); }

    void updateReportsAffectedRows()
    {
        QFETCH(Db, db);
        SqliteFile file;
        auto c = openOdbc(db, file.path());
        TableGuard t(*c, uniqueTable(QStringLiteral("odbc_update")));
        c->execute(peopleDdl(t.quoted()));
        c->insertWriter(t.ref(), peopleColumns())->insert(people(3000));
        const QList<ColumnInfo> cols = peopleColumns();
        auto writer = c->updateWriter(t.ref(), {cols[1], cols[2]}, {cols[0]});
        std::vector<Row> updates;
        for (int i = 1; i <= 3000; i += 2)
            updates.push_back({Value::text(QStringLiteral("Renamed %1").arg(i)), Value(), Value::integer(i)});
        updates.push_back({Value::text(QByteArray("nobody")), Value(), Value::integer(999999)}); // no such key
        QCOMPARE(writer->update(updates), 1500);
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE name LIKE 'Renamed %%' AND code IS NULL")
                                .arg(t.quoted())),
                 1500);
        try {
            writer->insert(people(1));
            QFAIL("an update writer inserted");
        } catch (const DbError&) {
        }
    }

    // The engine coerces values first; should a text value still reach an integer column, the driver
    // converts digits and refuses anything else with an error, never a silent 0.
    void textForNumericColumns_data() { addOdbcDatabases(); }

    void textForNumericColumns()
    {
        QFETCH(Db, db);
        SqliteFile file;
        auto c = openOdbc(db, file.path());
        TableGuard t(*c, uniqueTable(QStringLiteral("odbc_coerce")));
        c->execute(peopleDdl(t.quoted()));
        auto writer = c->insertWriter(t.ref(), peopleColumns());
        writer->insert({{Value::text(QByteArray("42")), Value::text(QByteArray("Text id")), Value::integer(7)}});
        const std::vector<Row> rows = readAll(*c, QStringLiteral("SELECT id, code FROM %1").arg(t.quoted()));
        QCOMPARE(rows.at(0).at(0), Value::integer(42));
        QCOMPARE(rows.at(0).at(1), Value::text(QByteArray("7")));
        if (c->family() != DbFamily::SQLite) { // SQLite stores anything anywhere
            QVERIFY_THROWS_EXCEPTION(
                DbError, writer->insert({{Value::text(QByteArray("abc")), Value::text(QByteArray("x")), Value()}}));
        }
        QVERIFY_THROWS_EXCEPTION(DbError, writer->insert({{Value::integer(1)}})); // one value for three columns
        QCOMPARE(scalar(*c, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.quoted())), 1);
    }

    // MariaDB without strict mode truncates with a warning; the writer still refuses.
    void mariadbWarningsAreErrors()
    {
        auto c = openOdbc(Db::MariaDB);
        TableGuard t(*c, uniqueTable(QStringLiteral("odbc_warn")));
        c->execute(peopleDdl(t.quoted()));
        c->execute(QStringLiteral("SET SESSION sql_mode = ''"));
        std::vector<Row> rows = people(10);
        rows[4][2] = Value::text(QByteArray("abcdefgh"));
        c->begin();
        QVERIFY_THROWS_EXCEPTION(DbError, c->insertWriter(t.ref(), peopleColumns())->insert(rows));
        c->rollback();
    }
};

QTEST_GUILESS_MAIN(TstOdbcWrites)
#include "tst_odbc_writes.moc"
