// 100,000 rows through the SQLite writer and reader: exact counts, bounded blocks, and the throughput
// of the multi-row INSERT the writer uses against prepared single-row statements.
#include "db/sqlite/sqlite_connection.h"
#include "db/sqlite/sqlite_writer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

constexpr int kRows = 100000;
constexpr int kBatch = 1000;

Row contactRow(int i)
{
    return {Value::integer(i),
            Value::text(QStringLiteral("user%1@example.org").arg(i)),
            i % 10 == 0 ? Value::null() : Value::text(QStringLiteral("Zoë Ørsted %1 😀").arg(i)),
            Value::decimal(QByteArray::number(i) + ".25"),
            Value::timestamp(QDate(2024, 1, 1).addDays(i % 365), qint64(i) * 1000 + 1),
            Value::boolean(i % 2 == 0)};
}

} // namespace

class TstSqliteBulk : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<Connection> c_;
    QList<ColumnInfo> columns_;

    // Inserts kRows rows in engine-sized batches inside one transaction; returns rows per second of
    // writing alone (the rows are made beforehand).
    double timedInsert(BatchWriter& writer)
    {
        std::vector<std::vector<Row>> batches(kRows / kBatch);
        for (int i = 0; i < kRows; ++i)
            batches[size_t(i / kBatch)].push_back(contactRow(i + 1));
        QElapsedTimer timer;
        timer.start();
        c_->begin();
        for (const std::vector<Row>& batch : batches)
            writer.insert(batch);
        c_->commit();
        return kRows * 1000.0 / qMax<qint64>(1, timer.elapsed());
    }

    qint64 count(const QString& table)
    {
        std::vector<Row> rows;
        auto reader = c_->query(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        reader->fetch(rows, 1);
        return rows.at(0).at(0).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const QString script = dir_.filePath(QStringLiteral("bulk.sql"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (const char* table : {"contacts", "contacts_single"})
            f.write(QByteArray("CREATE TABLE ") + table +
                    " (id INTEGER PRIMARY KEY, email VARCHAR(120) NOT NULL, name TEXT, balance NUMERIC(14,2), "
                    "created DATETIME, active BOOLEAN);\n");
        f.close();
        ConnectionProfile p;
        p.kind = ConnectionProfile::Kind::Sqlite;
        p.file = dir_.filePath(QStringLiteral("bulk.db"));
        p.initSql = script;
        c_ = openSqliteConnection(p);
        columns_ = c_->describe({{}, QStringLiteral("contacts")}).columns;
        QCOMPARE(columns_.size(), 6);
    }

    void cleanupTestCase() { c_.reset(); }

    void insertsHundredThousandRowsExactly()
    {
        auto* sqlite = dynamic_cast<SqliteConnection*>(c_.get());
        QVERIFY(sqlite);
        // The alternative the writer was measured against: one prepared single-row INSERT per row.
        auto single = sqlite->insertWriterWithStatementSize({{}, QStringLiteral("contacts_single")}, columns_, 1);
        const double singleRow = timedInsert(*single);
        QCOMPARE(count(QStringLiteral("contacts_single")), qint64(kRows));

        auto writer = c_->insertWriter({{}, QStringLiteral("contacts")}, columns_);
        const double multiRow = timedInsert(*writer);
        QCOMPARE(count(QStringLiteral("contacts")), qint64(kRows));
        QCOMPARE(count(QStringLiteral("contacts WHERE name IS NULL")), qint64(kRows / 10));

        qInfo("single-row prepared INSERT: %.0f rows/s; multi-row INSERT (%d rows per statement): %.0f rows/s",
              singleRow, sqlite::defaultRowsPerStatement(6), multiRow);
    }

    void streamsInBlocksOfThousand()
    {
        QElapsedTimer timer;
        timer.start();
        auto reader = c_->query(QStringLiteral("SELECT id, email, name, balance, created, active FROM contacts "
                                               "ORDER BY id"));
        std::vector<Row> block;
        int blocks = 0;
        qint64 next = 1;
        while (reader->fetch(block, kBatch)) {
            ++blocks;
            QCOMPARE(block.size(), size_t(kBatch));
            for (const Row& row : block) {
                if (row[0] != Value::integer(next))
                    QFAIL(qPrintable(QStringLiteral("expected id %1, read %2").arg(next).arg(row[0].display())));
                ++next;
            }
            if (blocks == 42) {
                const Row& r = block[499]; // id 41,500
                QCOMPARE(r, contactRow(41500));
            }
        }
        QVERIFY(block.empty());
        QCOMPARE(blocks, kRows / kBatch);
        QCOMPARE(next - 1, qint64(kRows));
        QVERIFY(!reader->fetch(block, kBatch)); // stays exhausted
        qInfo("reader: %.0f rows/s", kRows * 1000.0 / qMax<qint64>(1, timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TstSqliteBulk)
#include "tst_sqlite_bulk.moc"
