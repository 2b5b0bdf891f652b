// Exact round trips through the raw ODBC writer and reader on PostgreSQL, MariaDB and SQLite-ODBC:
// decimals at their extremes, 64-bit bounds, doubles, booleans, dates from 0001 to 9999, times and
// timestamps with microseconds (one inside America/New_York's DST gap, with TZ set to that zone),
// emoji / accents / Japanese text, 4,000- and 100,000-character text, NULL vs '' vs 'NULL' vs ' ',
// and binary with NUL and 0xFF bytes. Each database also runs through the generic-driver paths.
#include "odbc_data_fixture.h"

#include <clocale>
#include <cstdlib>
#include <ctime>
#include <limits>

using namespace ferry;
using namespace ferry::test;

namespace {

#ifdef Q_OS_WIN
void resetTimeZone()
{
    _tzset();
}
#else
void resetTimeZone()
{
    tzset();
}
#endif

constexpr qint64 kSecond = 1000000;

qint64 micros(int h, int m, int s, int us)
{
    return ((h * 3600LL + m * 60LL + s) * kSecond) + us;
}

// n code points cycling through 1-, 2-, 3- and 4-byte UTF-8 sequences.
QByteArray mixedText(int codePoints)
{
    static const QString unit = QStringLiteral("aØヘ😀"); // 4 code points, 5 UTF-16 units
    QString s;
    for (int i = 0; i < codePoints / 4; ++i)
        s += unit;
    s += QStringLiteral("xyz").left(codePoints % 4);
    return s.toUtf8();
}

QByteArray binaryBlob(int size)
{
    QByteArray b(size, '\0');
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 7) & 0xFF); // every byte value, NULs and 0xFF included
    return b;
}

Value dec(const char* digits)
{
    return Value::decimal(QByteArray(digits));
}
Value txt(const QByteArray& utf8)
{
    return Value::text(utf8);
}

QString ddl(DbFamily f, const QString& table)
{
    switch (f) {
    case DbFamily::PostgreSQL:
        return QStringLiteral("CREATE TABLE %1 (id bigint PRIMARY KEY, big bigint, dec38 numeric(38,10), dec14 "
                              "numeric(14,2), dbl double precision, flag boolean, d date, t time(6), ts "
                              "timestamp(6), txt text, bin bytea)")
            .arg(table);
    case DbFamily::MariaDB:
        return QStringLiteral("CREATE TABLE %1 (id bigint PRIMARY KEY, big bigint, dec38 decimal(38,10), dec14 "
                              "decimal(14,2), dbl double, flag boolean, d date, t time(6), ts datetime(6), txt "
                              "longtext, bin longblob) CHARACTER SET utf8mb4")
            .arg(table);
    default:
        // SQLite would turn NUMERIC text into an inexact REAL: exact decimals live in TEXT columns there.
        return QStringLiteral("CREATE TABLE %1 (id integer PRIMARY KEY, big bigint, dec38 text, dec14 text, dbl "
                              "double, flag boolean, d date, t time, ts timestamp, txt text, bin blob)")
            .arg(table);
    }
}

QList<ColumnInfo> columns()
{
    return {column(QStringLiteral("id"), ColumnType::Integer, 19, 0, 0, false),
            column(QStringLiteral("big"), ColumnType::Integer, 19),
            column(QStringLiteral("dec38"), ColumnType::Decimal, 38, 10),
            column(QStringLiteral("dec14"), ColumnType::Decimal, 14, 2),
            column(QStringLiteral("dbl"), ColumnType::Double),
            column(QStringLiteral("flag"), ColumnType::Boolean),
            column(QStringLiteral("d"), ColumnType::Date),
            column(QStringLiteral("t"), ColumnType::Time, 0, 6),
            column(QStringLiteral("ts"), ColumnType::Timestamp, 0, 6),
            column(QStringLiteral("txt"), ColumnType::Text),
            column(QStringLiteral("bin"), ColumnType::Binary)};
}

std::vector<Row> fidelityRows()
{
    const Value null;
    const qint64 maxInt = std::numeric_limits<qint64>::max();
    const qint64 minInt = std::numeric_limits<qint64>::min();
    std::vector<Row> rows;
    rows.push_back({Value::integer(1), Value::integer(maxInt), dec("99999999999999999999999999.9999999999"),
                    dec("999999999999.99"), Value::real(1.7976931348623157e308), Value::boolean(true),
                    Value::date(QDate(9999, 12, 31)), Value::time(micros(23, 59, 59, 999999)),
                    Value::timestamp(QDate(9999, 12, 31), micros(23, 59, 59, 999999)), txt("😀👍🏽"),
                    Value::binary(QByteArray("\x00\xff\x00\x41", 4))});
    // 02:30 on 2024-03-10 does not exist in America/New_York: it must not move.
    rows.push_back({Value::integer(2), Value::integer(minInt), dec("-99999999999999999999999999.9999999999"),
                    dec("-999999999999.99"), Value::real(-2.2250738585072014e-308), Value::boolean(false),
                    Value::date(QDate(1, 1, 1)), Value::time(micros(0, 0, 0, 1)),
                    Value::timestamp(QDate(2024, 3, 10), micros(2, 30, 0, 123456)), txt("Øystein Ærø"),
                    Value::binary(binaryBlob(256))});
    rows.push_back({Value::integer(3), Value::integer(0), dec("0.0000000001"), dec("0.10"), Value::real(0.1),
                    Value::boolean(true), Value::date(QDate(1970, 1, 1)), Value::time(micros(12, 0, 0, 0)),
                    Value::timestamp(QDate(1970, 1, 1), 0), txt("ヘ付"), Value::binary(QByteArray())});
    rows.push_back({Value::integer(4), null, null, null, null, null, null, null, null, null, null});
    rows.push_back({Value::integer(5), Value::integer(-1), dec("-1.5000000000"), dec("0.00"), Value::real(0.1 + 0.2),
                    Value::boolean(false), Value::date(QDate(2024, 2, 29)), Value::time(micros(13, 45, 30, 123456)),
                    Value::timestamp(QDate(2024, 2, 29), micros(23, 59, 59, 500000)), txt(""), null});
    rows.push_back({Value::integer(6), null, null, null, null, null, null, null, null, txt("NULL"), null});
    rows.push_back({Value::integer(7), null, null, null, null, null, null, null, null, txt(" "), null});
    rows.push_back({Value::integer(8), null, null, null, null, null, null, null, null, txt(mixedText(4000)),
                    Value::binary(binaryBlob(4000))});
    rows.push_back({Value::integer(9), null, null, null, null, null, null, null, null, txt(mixedText(100000)),
                    Value::binary(binaryBlob(100000))});
    return rows;
}

// What each database gives back for a written value, where it differs by design.
Value expectedRead(DbFamily f, int column, const Value& written)
{
    if (written.isNull())
        return written;
    // MariaDB's BOOLEAN is TINYINT(1), reported as SQL_TINYINT: it reads back as 0/1.
    if (f == DbFamily::MariaDB && column == 5)
        return Value::integer(written.toBool() ? 1 : 0);
    // SQLite keeps exact decimals as TEXT.
    if (f == DbFamily::SQLite && (column == 2 || column == 3))
        return Value::text(written.bytes());
    // sqliteodbc 0.9998 hands doubles out through SQLite's 15-digit text form, whatever C type is asked
    // for (1.7976931348623157e308 even becomes inf). The stored value is exact: see fidelity().
    if (f == DbFamily::SQLite && column == 4)
        return Value::real(std::strtod(QByteArray::number(written.toDouble(), 'g', 15).constData(), nullptr));
    return written;
}

QString describeValue(const Value& v)
{
    QString s = v.display();
    if (s.size() > 80)
        s = s.left(80) + QStringLiteral("… (%1 bytes)").arg(v.bytes().size());
    return QStringLiteral("%1 %2").arg(QLatin1String(Value::kindName(v.kind())), s);
}

void compareRows(const std::vector<Row>& actual, const std::vector<Row>& written, DbFamily f)
{
    QCOMPARE(actual.size(), written.size());
    const QList<ColumnInfo> cols = columns();
    for (size_t r = 0; r < written.size(); ++r) {
        QCOMPARE(actual[r].size(), written[r].size());
        for (int c = 0; c < int(written[r].size()); ++c) {
            const Value expected = expectedRead(f, c, written[r][size_t(c)]);
            if (actual[r][size_t(c)] != expected)
                QFAIL(qPrintable(QStringLiteral("row id %1, column %2: read %3, expected %4")
                                     .arg(written[r][0].toInt())
                                     .arg(cols[c].name, describeValue(actual[r][size_t(c)]), describeValue(expected))));
        }
    }
}

} // namespace

class TstOdbcRoundtrip : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Nothing on the data path may consult the local zone: run in one with a DST gap.
        qputenv("TZ", "America/New_York");
        resetTimeZone();
    }

    void fidelity_data()
    {
        QTest::addColumn<Db>("db");
        QTest::addColumn<bool>("generic");
        QTest::newRow("postgres") << Db::Postgres << false;
        QTest::newRow("mariadb") << Db::MariaDB << false;
        QTest::newRow("sqlite-odbc") << Db::SqliteOdbc << false;
        // The paths for drivers Ferry does not know (row-at-a-time reads, SQLGetInfo-chosen writes).
        QTest::newRow("postgres-as-generic") << Db::Postgres << true;
        QTest::newRow("mariadb-as-generic") << Db::MariaDB << true;
    }

    void fidelity()
    {
        QFETCH(Db, db);
        QFETCH(bool, generic);
        SqliteFile file;
        odbc::Session session = odbc::connect(odbcProfile(db, file.path()), QStringLiteral("ferry"));
        const DbFamily family = session.family;
        if (generic)
            session.family = DbFamily::Generic;
        OdbcConnection c(std::move(session));
        TableGuard t(c, uniqueTable(QStringLiteral("odbc_rt")));
        c.execute(ddl(family, t.quoted()));

        const std::vector<Row> rows = fidelityRows();
        c.begin();
        try {
            c.insertWriter(t.ref(), columns())->insert(rows);
        } catch (const DbError& e) {
            QFAIL(qPrintable(e.sqlState() + QLatin1Char(' ') + e.message()));
        }
        c.commit();

        const std::vector<Row> read =
            readAll(c,
                    QStringLiteral("SELECT id, big, dec38, dec14, dbl, flag, d, t, ts, txt, bin FROM %1 ORDER BY id")
                        .arg(t.quoted()),
                    3);
        compareRows(read, rows, family);
        // Doubles are stored exactly, even where a driver cannot read them back exactly (SQLite).
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE dbl = 0.30000000000000004 OR dbl = "
                                          "1.7976931348623157e308 OR dbl = 0.1")
                               .arg(t.quoted())),
                 3);

        // The same rows once more through the update writer (keys last), then read again.
        std::vector<Row> updates;
        for (const Row& r : rows) {
            Row u(r.begin() + 1, r.end());
            u.push_back(r[0]);
            updates.push_back(u);
        }
        c.execute(QStringLiteral("UPDATE %1 SET big = NULL, dec38 = NULL, txt = NULL, bin = NULL").arg(t.quoted()));
        const QList<ColumnInfo> all = columns();
        c.begin();
        const qint64 affected = c.updateWriter(t.ref(), all.mid(1), all.mid(0, 1))->update(updates);
        c.commit();
        QCOMPARE(affected, qint64(rows.size()));
        compareRows(readAll(c, QStringLiteral("SELECT id, big, dec38, dec14, dbl, flag, d, t, ts, txt, bin FROM %1 "
                                              "ORDER BY id")
                                   .arg(t.quoted())),
                    rows, family);
    }

    // psqlODBC's Unicode driver and MariaDB hand out UTF-8 for SQL_C_CHAR whatever the process locale.
    void textIsUtf8UnderCLocale_data()
    {
        QTest::addColumn<Db>("db");
        QTest::newRow("postgres") << Db::Postgres;
        QTest::newRow("mariadb") << Db::MariaDB;
    }

    void textIsUtf8UnderCLocale()
    {
        QFETCH(Db, db);
        const QByteArray saved = std::setlocale(LC_ALL, nullptr);
        std::setlocale(LC_ALL, "C");
        const QByteArray text("ヘ付 Øystein Ærø 😀👍🏽");
        std::vector<Row> rows;
        try {
            auto c = openOdbc(db);
            TableGuard t(*c, uniqueTable(QStringLiteral("odbc_c_locale")));
            c->execute(QStringLiteral("CREATE TABLE %1 (id int, txt varchar(100))").arg(t.quoted()));
            c->insertWriter(t.ref(), {column(QStringLiteral("id"), ColumnType::Integer),
                                      column(QStringLiteral("txt"), ColumnType::Text, 0, 0, 100)})
                ->insert({{Value::integer(1), Value::text(text)}});
            // The literal travels through the narrow API too.
            rows = readAll(*c, QStringLiteral("SELECT txt, '%1' FROM %2").arg(QString::fromUtf8(text), t.quoted()));
        } catch (...) {
            std::setlocale(LC_ALL, saved.constData());
            throw;
        }
        std::setlocale(LC_ALL, saved.constData());
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0][0], Value::text(text));
        QCOMPARE(rows[0][1], Value::text(text));
    }

    // Long values scattered through many rows: recovering them must neither drop nor reorder rows
    // (MariaDB's and SQLite's drivers get positioned reads inside a block wrong).
    void longValuesAmongShortOnes_data() { addOdbcDatabases(); }

    void longValuesAmongShortOnes()
    {
        QFETCH(Db, db);
        SqliteFile file;
        auto c = openOdbc(db, file.path());
        TableGuard t(*c, uniqueTable(QStringLiteral("odbc_long")));
        const QString textType =
            c->family() == DbFamily::MariaDB ? QStringLiteral("mediumtext") : QStringLiteral("text");
        c->execute(QStringLiteral("CREATE TABLE %1 (id int PRIMARY KEY, note %2, code varchar(10))")
                       .arg(t.quoted(), textType));
        std::vector<Row> rows;
        for (int i = 1; i <= 3000; ++i) {
            const QByteArray note = i % 7 == 0 ? mixedText(9000 + i) : QByteArray("short ") + QByteArray::number(i);
            rows.push_back({Value::integer(i), Value::text(note), Value::text(QByteArray::number(i % 1000))});
        }
        c->begin();
        c->insertWriter(t.ref(), {column(QStringLiteral("id"), ColumnType::Integer),
                                  column(QStringLiteral("note"), ColumnType::Text),
                                  column(QStringLiteral("code"), ColumnType::Text, 0, 0, 10)})
            ->insert(rows);
        c->commit();
        const std::vector<Row> read =
            readAll(*c, QStringLiteral("SELECT id, note, code FROM %1 ORDER BY id").arg(t.quoted()), 257);
        QCOMPARE(read.size(), rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(read[i][0], rows[i][0]);
            QCOMPARE(read[i][1].bytes().size(), rows[i][1].bytes().size());
            QCOMPARE(read[i][1], rows[i][1]);
            QCOMPARE(read[i][2], rows[i][2]);
        }
    }

    // The fetch strategy each driver gets, and block sizes that keep buffers bounded.
    void readerModes()
    {
        auto pg = openOdbc(Db::Postgres);
        auto r = pg->query(QStringLiteral("SELECT g AS id, repeat('x', 20) AS note FROM generate_series(1, 10) g"));
        auto* reader = dynamic_cast<odbc::OdbcReader*>(r.get());
        QVERIFY(reader);
        QCOMPARE(reader->mode(), odbc::OdbcReader::Mode::Block);
        QVERIFY2(reader->rowsetSize() >= 300, qPrintable(QString::number(reader->rowsetSize())));
        QCOMPARE(reader->columns().size(), 2);
        QCOMPARE(reader->columns()[0].type, ColumnType::Integer);
        QCOMPARE(reader->columns()[1].type, ColumnType::Text);

        auto maria = openOdbc(Db::MariaDB);
        r = maria->query(QStringLiteral("SELECT 1 AS id, CAST('x' AS CHAR(20)) AS code"));
        reader = dynamic_cast<odbc::OdbcReader*>(r.get());
        QCOMPARE(reader->mode(), odbc::OdbcReader::Mode::Block);
        QVERIFY(reader->rowsetSize() > 1000);
        r = maria->query(QStringLiteral("SELECT 1 AS id, CAST('x' AS CHAR(20000)) AS note"));
        QCOMPARE(dynamic_cast<odbc::OdbcReader*>(r.get())->mode(), odbc::OdbcReader::Mode::SingleRow);
        std::vector<Row> rows;
        QVERIFY(r->fetch(rows, 10));
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0][1], Value::text(QByteArray("x")));
        QVERIFY(!r->fetch(rows, 10));
        QVERIFY(rows.empty());
    }

    // Values with no ordinary form keep the database's own: numeric NaN as PostgreSQL's token, TIME
    // beyond a day as a signed duration — never NULL, never rounded.
    void unusualValuesKeepTheirForm()
    {
        auto pg = openOdbc(Db::Postgres);
        const std::vector<Row> rows = readAll(
            *pg, QStringLiteral("SELECT 'NaN'::numeric, 12345678901234567890.123456789012345678901234567890::numeric, "
                                "'24:00:00'::time, NULL::numeric"));
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0][0], Value::special(Value::Kind::Decimal, QByteArray("NaN")));
        QCOMPARE(rows[0][1], Value::decimal(QByteArray("12345678901234567890.123456789012345678901234567890")));
        QCOMPARE(rows[0][2], Value::time(86400LL * kSecond));
        QVERIFY(rows[0][3].isNull());

        auto maria = openOdbc(Db::MariaDB);
        const std::vector<Row> m = readAll(
            *maria, QStringLiteral("SELECT CAST(18446744073709551615 AS UNSIGNED), CAST('-838:59:59' AS TIME)"));
        QCOMPARE(m[0][0], Value::decimal(QByteArray("18446744073709551615")));
        QCOMPARE(m[0][1], Value::time(-(838LL * 3600 + 59 * 60 + 59) * kSecond));
        QCOMPARE(m[0][1].toUtf8(), QByteArray("-838:59:59"));
    }

    void queryParameters_data() { addOdbcDatabases(); }

    void queryParameters()
    {
        QFETCH(Db, db);
        SqliteFile file;
        auto c = openOdbc(db, file.path());
        TableGuard t(*c, uniqueTable(QStringLiteral("odbc_params")));
        c->execute(QStringLiteral("CREATE TABLE %1 (id int, name varchar(40))").arg(t.quoted()));
        c->insertWriter(t.ref(), {column(QStringLiteral("id"), ColumnType::Integer),
                                  column(QStringLiteral("name"), ColumnType::Text, 0, 0, 40)})
            ->insert({{Value::integer(1), Value::text(QByteArray("Øystein"))},
                      {Value::integer(2), Value::text(QByteArray("NULL"))},
                      {Value::integer(3), Value()}});
        const auto byName = [&](const Value& v) {
            std::vector<Row> out, part;
            auto r = c->query(QStringLiteral("SELECT id FROM %1 WHERE name = ? OR id = ? ORDER BY id").arg(t.quoted()),
                              {v, Value::integer(-1)});
            while (r->fetch(part, 10))
                out.insert(out.end(), part.begin(), part.end());
            return out;
        };
        QCOMPARE(byName(Value::text(QByteArray("Øystein"))).size(), size_t(1));
        QCOMPARE(byName(Value::text(QByteArray("NULL"))).at(0).at(0), Value::integer(2));
        QCOMPARE(byName(Value()).size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TstOdbcRoundtrip)
#include "tst_odbc_roundtrip.moc"
