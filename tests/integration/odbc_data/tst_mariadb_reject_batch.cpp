// A whole migration into MariaDB where the database refuses one row of a 1,000-row batch (UNIQUE
// violation): the engine splits the batch under savepoints into ever smaller parameter arrays through
// the same ODBC writer. The run must finish (it once corrupted the heap: the driver wrote per-row
// statuses through a pointer left over from a larger array), reject exactly that row, write the rest,
// and a rerun in upsert mode must update every written row without duplicating any.
#include "common/csv.h"
#include "common/dbfixture.h"
#include "engine/migration.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::WriteMode)

namespace {

constexpr int kRows = 25000;
constexpr int kDuplicate = 500; // repeats row 499's e-mail

void writeSource(const QString& path)
{
    QFile::remove(path);
    auto c = openDb(Db::SqliteQt, path);
    c->execute(QStringLiteral("CREATE TABLE src (id INTEGER PRIMARY KEY, name TEXT, email TEXT, amount TEXT)"));
    c->begin();
    std::vector<Row> data;
    data.reserve(kRows);
    for (int i = 1; i <= kRows; ++i) {
        const int mail = i == kDuplicate ? kDuplicate - 1 : i;
        data.push_back({Value::integer(i), Value::text(QStringLiteral("Person %1").arg(i)),
                        Value::text(QStringLiteral("p%1@example.com").arg(mail)),
                        Value::text(QStringLiteral("%1.%2").arg(i % 1000).arg(i % 100, 2, 10, QLatin1Char('0')))});
    }
    const TableRef src{QString(), QStringLiteral("src")};
    c->insertWriter(src, c->describe(src).columns)->insert(data);
    c->commit();
}

FieldMapping field(const QString& name)
{
    FieldMapping f;
    f.target = name;
    f.sources = {name};
    return f;
}

// Reject records without the header: table, source_key, column, reason, sqlstate, source_values.
QList<QStringList> rejectRecords(const RunSummary& s)
{
    QFile f(s.rejectsFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> records = parseCsv(QString::fromUtf8(f.readAll()));
    if (!records.isEmpty())
        records.removeFirst();
    return records;
}

} // namespace

class TestMariadbRejectBatch : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    Project project(const QString& table, WriteMode mode) const
    {
        Project p;
        p.name = QStringLiteral("mariadb reject batch");
        p.source = profileFor(Db::SqliteQt, tmp_.filePath(QStringLiteral("source.sqlite")));
        p.target = profileFor(Db::MariaDB);
        p.options.outputDirectory = tmp_.filePath(QStringLiteral("runs"));
        TableMapping t;
        t.source = QStringLiteral("src");
        t.target = table;
        t.mode = mode;
        t.keys = {QStringLiteral("id")};
        t.batchSize = 1000;
        t.fields = {field(QStringLiteral("id")), field(QStringLiteral("name")), field(QStringLiteral("email")),
                    field(QStringLiteral("amount"))};
        p.tables = {t};
        return p;
    }

    // One real run; checks the counts add up and the only reject is row 500's e-mail.
    static TableCounts runOnce(const Project& p)
    {
        Migration m(p);
        const RunSummary s = m.run();
        if (!s.error.isEmpty())
            qWarning("run error: %s", qPrintable(s.error));
        if (s.tables.size() != 1)
            return {};
        const QList<QStringList> rejects = rejectRecords(s);
        if (rejects.size() != 1 || rejects[0].value(1) != QString::number(kDuplicate) ||
            rejects[0].value(2) != QLatin1String("email") || !rejects[0].value(4).startsWith(QLatin1String("23")))
            qWarning("unexpected rejects: %s",
                     qPrintable(rejects.isEmpty() ? QStringLiteral("none") : rejects[0].join(QLatin1Char('|'))));
        else if (s.status != RunSummary::Status::Rejects)
            qWarning("unexpected status");
        else
            return s.tables[0];
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        writeSource(tmp_.filePath(QStringLiteral("source.sqlite")));
    }

    void oneRefusedRowInABatch_data()
    {
        QTest::addColumn<WriteMode>("mode");
        QTest::newRow("insert") << WriteMode::Insert;
        QTest::newRow("upsert") << WriteMode::Upsert;
    }

    void oneRefusedRowInABatch()
    {
        QFETCH(WriteMode, mode);
        auto target = openDb(Db::MariaDB);
        const QString table = uniqueTable(QStringLiteral("crash"));
        target->execute(QStringLiteral("CREATE TABLE %1 (id INT PRIMARY KEY, name VARCHAR(100), "
                                       "email VARCHAR(100) UNIQUE, amount DECIMAL(10,2))")
                            .arg(table));
        auto cleanup = qScopeGuard([&] { dropTable(*target, table); });

        const TableCounts first = runOnce(project(table, mode));
        QCOMPARE(first.read, kRows);
        QCOMPARE(first.rejected, 1);
        QCOMPARE(first.inserted, kRows - 1);
        QCOMPARE(first.updated, 0);
        QVERIFY(first.balanced());
        QCOMPARE(countRows(*target, table), kRows - 1);

        // Rerun as upsert after every target row was edited: each written row is updated (rows that still
        // held the source's values would be left unchanged), row 500 is refused again, nothing doubles.
        target->execute(QStringLiteral("UPDATE %1 SET name = CONCAT(name, ' (edited)')").arg(table));
        const TableCounts second = runOnce(project(table, WriteMode::Upsert));
        QCOMPARE(second.read, kRows);
        QCOMPARE(second.inserted, 0);
        QCOMPARE(second.updated, kRows - 1);
        QCOMPARE(second.unchanged, 0);
        QCOMPARE(second.rejected, 1);
        QVERIFY(second.balanced());
        QCOMPARE(countRows(*target, table), kRows - 1);

        // Values arrive exactly, including the neighbours of the refused row.
        auto r = target->query(
            QStringLiteral("SELECT email, amount FROM %1 WHERE id IN (499, 501, 25000) ORDER BY id").arg(table));
        std::vector<Row> rows;
        r->fetch(rows, 10);
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0][0].toString(), QStringLiteral("p499@example.com"));
        QCOMPARE(rows[0][1].toUtf8(), QByteArray("499.99"));
        QCOMPARE(rows[1][0].toString(), QStringLiteral("p501@example.com"));
        QCOMPARE(rows[1][1].toUtf8(), QByteArray("501.01"));
        QCOMPARE(rows[2][1].toUtf8(), QByteArray("0.00"));
    }

    void singleRowThenArrayOnOneWriter()
    {
        // The same sequence without the engine: one row, then a 1,000-row parameter array through the
        // same writer. Before the fix the array sent pointer bytes as the text values (22007) and wrote
        // past the 6-byte-wide code buffer.
        auto target = openDb(Db::MariaDB);
        const QString table = uniqueTable(QStringLiteral("crash_w"));
        target->execute(
            QStringLiteral("CREATE TABLE %1 (id INT PRIMARY KEY, code VARCHAR(6), amount DECIMAL(10,2))").arg(table));
        auto cleanup = qScopeGuard([&] { dropTable(*target, table); });
        const TableRef ref{QString(), table};
        auto writer = target->insertWriter(ref, target->describe(ref).columns);
        auto rowFor = [](int i) {
            return Row{Value::integer(i), Value::text(QStringLiteral("c%1").arg(i, 5, 10, QLatin1Char('0'))),
                       Value::decimal(QByteArrayLiteral("1.") + QByteArray::number(10 + i % 90))};
        };
        auto insertRange = [&](int from, int to) {
            std::vector<Row> rows;
            for (int i = from; i <= to; ++i)
                rows.push_back(rowFor(i));
            writer->insert(rows);
        };
        try {
            insertRange(0, 0);
            insertRange(1, 1000);
            insertRange(1001, 1001);
            insertRange(1002, 1500);
        } catch (const DbError& e) {
            QFAIL(qPrintable(e.message()));
        }
        QCOMPARE(countRows(*target, table), 1501);
        auto r = target->query(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE code = CONCAT('c', LPAD(id, 5, '0')) "
                                              "AND amount = 1 + (10 + MOD(id, 90)) / 100")
                                   .arg(table));
        std::vector<Row> out;
        r->fetch(out, 1);
        QCOMPARE(out.at(0).at(0).toUtf8(), QByteArray("1501"));
    }
};

QTEST_GUILESS_MAIN(TestMariadbRejectBatch)
#include "tst_mariadb_reject_batch.moc"
