// The rate ceiling of `sync --max-rows-per-second`: batches are paid for before they are written, so
// rows written never exceed the limit times the running time since the first batch; batches are cut to
// a quarter of a second's rows. Pure arithmetic on a given clock: no sleeping here.
#include "engine/throttle.h"

#include <QTest>

using namespace ferry;

class TstThrottle : public QObject {
    Q_OBJECT
private slots:
    void unthrottledNeverWaits()
    {
        Throttle t;
        QVERIFY(!t.active());
        QCOMPARE(t.delayBefore(1000000, 0), qint64(0));
        QCOMPARE(Throttle::batchCap(0), 0);
    }

    void paysForEachBatchBeforeWritingIt()
    {
        Throttle t(1000);                               // rows per second
        QCOMPARE(t.delayBefore(250, 500), qint64(250)); // the clock starts at the first batch
        t.wrote(250);
        QCOMPARE(t.delayBefore(250, 750), qint64(250)); // 500 rows are due at 1000 ms
        t.wrote(250);
        QCOMPARE(t.delayBefore(250, 1400), qint64(0)); // a slow write needs no wait
        t.wrote(250);
        QCOMPARE(t.delayBefore(250, 1400), qint64(100)); // but no catching up beyond the rate
    }

    void rateStaysUnderTheLimitWhateverTheWriteTime()
    {
        // Simulated run: 3,000 rows in batches of 250, each write taking 0–40 ms; the writer waits as told.
        Throttle t(1000);
        qint64 now = 100, written = 0;
        for (int batch = 0; batch < 12; ++batch) {
            now += t.delayBefore(250, now);
            now += (batch * 7) % 41; // the write
            t.wrote(250);
            written += 250;
            QVERIFY2(double(written) / double(now - 100) * 1000.0 <= 1000.0 + 1e-9, qPrintable(QString::number(now)));
        }
        QVERIFY2(now - 100 >= 3000 && now - 100 < 3100, qPrintable(QString::number(now)));
    }

    void batchesAreAQuarterSecond()
    {
        QCOMPARE(Throttle::batchCap(1000), 250);
        QCOMPARE(Throttle::batchCap(200), 50);
        QCOMPARE(Throttle::batchCap(2), 1); // at least one row
    }
};

QTEST_GUILESS_MAIN(TstThrottle)
#include "tst_throttle.moc"
