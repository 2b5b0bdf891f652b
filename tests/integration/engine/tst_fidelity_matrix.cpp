// Fidelity: values arrive exactly, for every type, with each database as source and as target, run
// under TZ=America/New_York with timestamps in a daylight-saving gap and overlap. Decimals to the last
// digit, microseconds kept, dates never ±1 day, 4-byte UTF-8 byte-identical, NULL / '' / 'NULL' / ' '
// distinct, binary intact; what a target cannot hold is rejected with a reason, never altered.
#include "common/dbfixture.h"
#include "common/decimal_text.h"
#include "engine/migration.h"

#include <QTemporaryDir>
#include <QTest>
#include <ctime>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::test::Db)

namespace {

const QStringList kColumns{QStringLiteral("id"),  QStringLiteral("d"),        QStringLiteral("money"),
                           QStringLiteral("big"), QStringLiteral("dbl"),      QStringLiteral("flag"),
                           QStringLiteral("dt"),  QStringLiteral("ts"),       QStringLiteral("tm"),
                           QStringLiteral("txt"), QStringLiteral("long_txt"), QStringLiteral("bin")};

QString ddl(DbFamily f, const QString& table)
{
    switch (f) {
    case DbFamily::PostgreSQL:
        return QStringLiteral(
                   "CREATE TABLE %1 (id INTEGER PRIMARY KEY, d NUMERIC(38,10), money NUMERIC(14,2), big BIGINT, "
                   "dbl DOUBLE PRECISION, flag BOOLEAN, dt DATE, ts TIMESTAMP(6), tm TIME(6), "
                   "txt VARCHAR(200), long_txt TEXT, bin BYTEA)")
            .arg(table);
    case DbFamily::MariaDB:
        return QStringLiteral(
                   "CREATE TABLE %1 (id INTEGER PRIMARY KEY, d DECIMAL(38,10), money DECIMAL(14,2), big BIGINT, "
                   "dbl DOUBLE, flag BOOLEAN, dt DATE, ts DATETIME(6), tm TIME(6), "
                   "txt VARCHAR(200), long_txt LONGTEXT, bin LONGBLOB) CHARACTER SET utf8mb4")
            .arg(table);
    default:
        // 28-digit decimals do not fit SQLite's NUMERIC affinity (a 64-bit float): a real SQLite CRM keeps
        // them as TEXT. What Ferry does with a NUMERIC column is pinned in sqliteOdbcRefusesInexactDecimals.
        return QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, d TEXT, money NUMERIC(14,2), big BIGINT, "
                              "dbl DOUBLE, flag BOOLEAN, dt DATE, ts TIMESTAMP, tm TIME, "
                              "txt VARCHAR(200), long_txt TEXT, bin BLOB)")
            .arg(table);
    }
}

qint64 micros(int h, int m, int s, int us)
{
    return ((h * 60LL + m) * 60 + s) * 1000000LL + us;
}

QByteArray longText()
{
    QByteArray t;
    for (int i = 0; t.size() < 100000; ++i)
        t += QByteArray::number(i) + " Ærø ヘ付 😀 ";
    return t;
}

QByteArray allBytes()
{
    QByteArray b;
    for (int i = 0; i < 256; ++i)
        b += char(i);
    return b + QByteArray(3, '\0');
}

QList<Row> fixtureRows()
{
    return {
        {Value::integer(1), Value::decimal("-9999999999999999999999999999.9999999999"),
         Value::decimal("123456789012.34"), Value::integer(std::numeric_limits<qint64>::min()), Value::real(1.5),
         Value::boolean(true), Value::date(QDate(1000, 1, 1)),
         Value::timestamp(QDate(2024, 3, 10), micros(2, 30, 0, 123456)), Value::time(micros(23, 59, 59, 999999)),
         Value::text(QStringLiteral("😀👍🏽 Øystein Ærø ヘ付 Ùlla")), Value::text(longText()),
         Value::binary(allBytes())},
        {Value::integer(2), Value::decimal("0.0000000001"), Value::decimal("-0.01"),
         Value::integer(std::numeric_limits<qint64>::max()), Value::real(-2.25), Value::boolean(false),
         Value::date(QDate(9999, 12, 31)), Value::timestamp(QDate(1970, 1, 1), 0), Value::time(0),
         Value::text(QByteArray("")), Value(), Value::binary(QByteArray())},
        {Value::integer(3), Value(), Value(), Value(), Value(), Value(), Value(), Value(), Value(),
         Value::text(QByteArray("NULL")), Value::text(QByteArray("NULL")), Value()},
        {Value::integer(4), Value::decimal("12345678901234567890.1234567891"), Value::decimal("0.10"),
         Value::integer(0), Value::real(0.1), Value::boolean(true), Value::date(QDate(2024, 2, 29)),
         Value::timestamp(QDate(2024, 11, 3), micros(1, 30, 0, 500000)), Value::time(micros(12, 0, 0, 1)),
         Value::text(QByteArray(" ")), Value::text(QByteArray(" ")), Value::binary(QByteArray("\0\xff\0", 3))},
    };
}

// One spelling per meaning, so values read back from different databases compare by meaning only
// where representation legitimately differs (12.50 vs 12.5; a boolean stored as 1).
QByteArray canonical(const Value& v, const QString& column)
{
    if (v.isNull())
        return "<null>";
    if (column == QLatin1String("flag")) {
        if (v.kind() == Value::Kind::Bool)
            return v.toBool() ? "1" : "0";
        return v.toUtf8();
    }
    if (column == QLatin1String("d") || column == QLatin1String("money")) {
        return testCanonicalDecimal(v.toUtf8()); // same number, one spelling
    }
    if (column == QLatin1String("bin"))
        return (v.kind() == Value::Kind::Binary ? v.bytes() : v.toUtf8()).toHex();
    return v.toUtf8();
}

void createSource(Connection& c, const QString& table)
{
    c.execute(ddl(c.family(), table));
    const TableRef ref{QString(), table};
    const TableInfo info = c.describe(ref);
    c.begin();
    std::vector<Row> rows;
    for (const Row& r : fixtureRows())
        rows.push_back(r);
    c.insertWriter(ref, info.columns)->insert(rows);
    c.commit();
}

QMap<qint64, Row> readAll(Connection& c, const QString& table)
{
    QMap<qint64, Row> out;
    const Dialect& d = c.dialect();
    auto r = c.query(QStringLiteral("SELECT ") + d.columnList(kColumns) + QStringLiteral(" FROM ") +
                     d.quoteIdentifier(table));
    std::vector<Row> rows;
    while (r->fetch(rows, 100))
        for (Row& row : rows)
            out.insert(row[0].toUtf8().toLongLong(), row);
    return out;
}

// A project copying `columns` one to one from srcTable to dstTable.
Project copyProject(Db from, Db to, const QString& sqliteFile, const QString& srcTable, const QString& dstTable,
                    const QStringList& columns, const QString& outputDirectory)
{
    Project p;
    p.source = profileFor(from, sqliteFile);
    p.target = profileFor(to, sqliteFile);
    p.options.outputDirectory = outputDirectory;
    TableMapping t;
    t.source = srcTable;
    t.target = dstTable;
    t.fields = identityFields(columns);
    p.tables = {t};
    return p;
}

} // namespace

class TestFidelityMatrix : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private slots:
    void initTestCase()
    {
        // Every value must survive a local time zone with daylight saving.
        qputenv("TZ", "America/New_York");
        tzset();
    }

    void matrix_data()
    {
        QTest::addColumn<Db>("from");
        QTest::addColumn<Db>("to");
        const QList<Db> dbs{Db::Postgres, Db::MariaDB, Db::SqliteOdbc, Db::SqliteQt};
        for (Db a : dbs)
            for (Db b : dbs)
                QTest::newRow(qPrintable(dbName(a) + QStringLiteral(" -> ") + dbName(b))) << a << b;
    }

    void matrix()
    {
        QFETCH(Db, from);
        QFETCH(Db, to);
        const QString srcFile = tmp_.filePath(
            QStringLiteral("src-%1.sqlite")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        const QString dstFile = tmp_.filePath(
            QStringLiteral("dst-%1.sqlite")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        auto source = openDb(from, srcFile);
        auto target = openDb(to, dstFile);
        const QString srcTable = uniqueTable(QStringLiteral("fid_src")),
                      dstTable = uniqueTable(QStringLiteral("fid_dst"));
        createSource(*source, srcTable);
        target->execute(ddl(target->family(), dstTable));
        auto cleanup = qScopeGuard([&] {
            dropTable(*source, srcTable);
            dropTable(*target, dstTable);
        });

        // The source's own read-back is the reference: the migration must not change it.
        const QMap<qint64, Row> reference = readAll(*source, srcTable);
        QCOMPARE(reference.size(), 4);

        Project p = copyProject(from, to, {}, srcTable, dstTable, kColumns, tmp_.filePath(QStringLiteral("runs")));
        p.source = profileFor(from, srcFile);
        p.target = profileFor(to, dstFile);
        Migration m(p);
        const RunSummary s = m.run();
        if (s.status != RunSummary::Status::Ok) {
            QFile rejects(s.rejectsFile);
            rejects.open(QIODevice::ReadOnly);
            QFAIL(qPrintable(s.error + QLatin1Char('\n') + QString::fromUtf8(rejects.readAll().left(3000))));
        }
        QCOMPARE(s.tables[0].inserted, 4);

        const QMap<qint64, Row> landed = readAll(*target, dstTable);
        const QList<Row> planted = fixtureRows();
        for (const Row& want : planted) {
            const qint64 id = want[0].toInt();
            QVERIFY(landed.contains(id));
            for (int c = 1; c < kColumns.size(); ++c) {
                const QByteArray expected = canonical(want[c], kColumns[c]);
                const QByteArray fromSource = canonical(reference[id][c], kColumns[c]);
                const QByteArray got = canonical(landed[id][c], kColumns[c]);
                const QString where = QStringLiteral("row %1 column %2").arg(id).arg(kColumns[c]);
                QVERIFY2(fromSource == expected, qPrintable(where + QStringLiteral(": source read back %1, planted %2")
                                                                        .arg(QString::fromUtf8(fromSource.left(80)),
                                                                             QString::fromUtf8(expected.left(80)))));
                QVERIFY2(got == expected, qPrintable(where + QStringLiteral(": target holds %1, planted %2")
                                                                 .arg(QString::fromUtf8(got.left(80)),
                                                                      QString::fromUtf8(expected.left(80)))));
            }
        }
    }

    void sqliteOdbcRefusesInexactDecimals()
    {
        auto source = openDb(Db::Postgres);
        const QString file = tmp_.filePath(QStringLiteral("inexact.sqlite"));
        auto target = openDb(Db::SqliteOdbc, file);
        const QString srcTable = uniqueTable(QStringLiteral("fid_inexact")),
                      dstTable = uniqueTable(QStringLiteral("fid_inexact"));
        source->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, d NUMERIC(38,10))").arg(srcTable));
        source->execute(
            QStringLiteral("INSERT INTO %1 VALUES (1, 1234.5), (2, 12345678901234567890.1234567891)").arg(srcTable));
        target->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, d NUMERIC(38,10))").arg(dstTable));
        auto cleanup = qScopeGuard([&] { dropTable(*source, srcTable); });
        Migration m(copyProject(Db::Postgres, Db::SqliteOdbc, file, srcTable, dstTable,
                                {QStringLiteral("id"), QStringLiteral("d")}, tmp_.filePath(QStringLiteral("runs"))));
        const RunSummary s = m.run();
        QCOMPARE(s.tables[0].inserted, 1);
        QCOMPARE(s.tables[0].rejected, 1);
        QFile rejects(s.rejectsFile);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(rejects.readAll()).contains(QLatin1String("30 significant digits")));
    }

    void valuesATargetCannotHoldAreRejected()
    {
        // MariaDB utf8mb3 columns cannot store emoji; a DATETIME without fraction cannot keep microseconds.
        auto source = openDb(Db::Postgres);
        auto target = openDb(Db::MariaDB);
        const QString srcTable = uniqueTable(QStringLiteral("fid_cannot")),
                      dstTable = uniqueTable(QStringLiteral("fid_cannot"));
        source->execute(
            QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT, ts TIMESTAMP(6))").arg(srcTable));
        source->execute(QStringLiteral("INSERT INTO %1 VALUES (1, 'plain', '2024-01-01 10:00:00'), "
                                       "(2, 'smile 😀', '2024-01-01 10:00:00'), (3, 'plain', '2024-01-01 10:00:00.25')")
                            .arg(srcTable));
        target->execute(
            QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(50) CHARACTER SET utf8mb3, "
                           "ts DATETIME)")
                .arg(dstTable));
        auto cleanup = qScopeGuard([&] {
            dropTable(*source, srcTable);
            dropTable(*target, dstTable);
        });
        Migration m(copyProject(Db::Postgres, Db::MariaDB, {}, srcTable, dstTable,
                                {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("ts")},
                                tmp_.filePath(QStringLiteral("runs"))));
        const RunSummary s = m.run();
        QCOMPARE(s.tables[0].inserted, 1);
        QCOMPARE(s.tables[0].rejected, 2);
        QFile rejects(s.rejectsFile);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(rejects.readAll());
        QVERIFY2(text.contains(QLatin1String(",2,name,")) && text.contains(QLatin1String("4-byte")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String(",3,ts,")) && text.contains(QLatin1String("fractional seconds")),
                 qPrintable(text));
        QCOMPARE(countRows(*target, dstTable), 1);
    }
};

QTEST_GUILESS_MAIN(TestFidelityMatrix)
#include "tst_fidelity_matrix.moc"
