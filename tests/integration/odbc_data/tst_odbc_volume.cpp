// Streaming volume: 200,000 rows read from PostgreSQL arrive exactly once each, in blocks, with
// bounded buffers.
#include "odbc_data_fixture.h"

using namespace ferry;
using namespace ferry::test;

class TstOdbcVolume : public QObject {
    Q_OBJECT

private slots:
    void postgresReads200kRows()
    {
        auto c = openOdbc(Db::Postgres);
        TableGuard t(*c, uniqueTable(QStringLiteral("odbc_volume")));
        c->execute(QStringLiteral("CREATE TABLE %1 (id bigint PRIMARY KEY, name text, amount numeric(14,2), seen "
                                  "timestamp)")
                       .arg(t.quoted()));
        c->execute(QStringLiteral("INSERT INTO %1 SELECT g, 'Person ' || g, g / 100.0, timestamp '2024-01-01' + "
                                  "g * interval '1 second' FROM generate_series(1, 200000) g")
                       .arg(t.quoted()));
        auto reader = c->query(QStringLiteral("SELECT id, name, amount, seen FROM %1").arg(t.quoted()));
        std::vector<Row> rows;
        qint64 count = 0, sum = 0;
        bool namesMatch = true;
        while (reader->fetch(rows, 1000)) {
            QVERIFY(rows.size() <= 1000);
            for (const Row& r : rows) {
                ++count;
                sum += r[0].toInt();
                namesMatch = namesMatch && r[1].bytes() == "Person " + QByteArray::number(r[0].toInt());
            }
        }
        QCOMPARE(count, 200000);
        QCOMPARE(sum, 200000LL * 200001 / 2);
        QVERIFY(namesMatch);
        QVERIFY(!reader->fetch(rows, 1000)); // stays exhausted
    }
};

QTEST_GUILESS_MAIN(TstOdbcVolume)
#include "tst_odbc_volume.moc"
