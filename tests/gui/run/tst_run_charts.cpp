// The live charts keep a run's whole history in bounded memory, evenly thinned, and draw it with
// round axis ranges.
#include "charts/live_chart.h"
#include "charts/rate_window.h"
#include "charts/series_history.h"
#include "stall_monitor.h"

#include <QEventLoop>
#include <QLineSeries>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

using namespace ferry::ui;

class TestRunCharts : public QObject {
    Q_OBJECT

private slots:
    void historyStaysBounded()
    {
        SeriesHistory rate(SeriesHistory::Merge::Mean, 100);
        SeriesHistory total(SeriesHistory::Merge::Last, 100);
        // Four samples a second for ten hours.
        constexpr int kSamples = 4 * 3600 * 10;
        for (int i = 1; i <= kSamples; ++i) {
            rate.add(QPointF(i / 4.0, i % 2 ? 1000 : 3000));
            total.add(QPointF(i / 4.0, i));
        }
        QVERIFY(rate.points().size() <= 100);
        QVERIFY(rate.points().size() >= 50);
        QCOMPARE(total.lastX(), kSamples / 4.0);
        QCOMPARE(total.points().last().y(), double(kSamples)); // a running total ends at its last value
        // Merged rates average out: 1000 and 3000 alternate.
        for (const QPointF& p : rate.points().mid(0, rate.points().size() - 1))
            QCOMPARE(p.y(), 2000.0);
        QCOMPARE(rate.maxY(), 3000.0);
        // Evenly spaced: every stored point covers the same number of samples.
        const QList<QPointF> pts = total.points();
        const double step = pts[1].x() - pts[0].x();
        for (int i = 1; i + 1 < pts.size(); ++i)
            QCOMPARE(pts[i].x() - pts[i - 1].x(), step);
    }

    void niceRanges_data()
    {
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("top");
        QTest::addColumn<int>("ticks");
        QTest::newRow("empty") << 0.0 << 10.0 << 6;
        QTest::newRow("ten") << 10.0 << 10.0 << 6;
        QTest::newRow("37") << 37.0 << 40.0 << 5;
        QTest::newRow("rate") << 55123.0 << 60000.0 << 4;
        QTest::newRow("small") << 3.0 << 3.0 << 4;
    }

    void niceRanges()
    {
        QFETCH(double, max);
        QFETCH(double, top);
        QFETCH(int, ticks);
        double gotTop = 0;
        int gotTicks = 0;
        LiveChart::niceRange(max, &gotTop, &gotTicks);
        QCOMPARE(gotTop, top);
        QCOMPARE(gotTicks, ticks);
    }

    void shortRunsGetFractionalTime()
    {
        double top = 0;
        int ticks = 0;
        LiveChart::niceRange(0.55, &top, &ticks, true);
        QCOMPARE(top, 0.6);
        QCOMPARE(ticks, 4);
    }

    void throughputIsSmoothedOverAWindow()
    {
        // 20 ms samples while rows arrive 1,000 at a time every 40 ms: a steady 25,000 rows/s that a
        // per-interval rate would draw as 0 and 50,000 in turn.
        RateWindow window;
        qint64 read = 0;
        for (int i = 1; i <= 100; ++i) {
            if (i % 2 == 0)
                read += 1000;
            const double rate = window.add(i * 0.02, read);
            if (i >= 20) // past the first quarter second
                QVERIFY2(rate > 22500 && rate < 27500, qPrintable(QStringLiteral("%1 at %2").arg(rate).arg(i)));
        }
        // A real stall (no rows for longer than the window) reaches zero.
        double rate = -1;
        for (int i = 101; i <= 200; ++i)
            rate = window.add(i * 0.02, read);
        QCOMPARE(rate, 0.0);
        // The first sample is measured from the start of the run, not dropped.
        RateWindow fresh;
        QCOMPARE(fresh.add(0.1, 400), 4000.0);
        QCOMPARE(fresh.add(0.15, 400), 400 / 0.15);
    }

    void refreshReplacesAndRescales()
    {
        LiveChart chart(QStringLiteral("Throughput"), QStringLiteral("Rows per second"));
        const int s = chart.addSeries(QStringLiteral("Rows/s"), SeriesHistory::Merge::Mean, Qt::blue);
        QCOMPARE(chart.chart()->animationOptions(), QChart::NoAnimation);
        for (int i = 1; i <= 120; ++i)
            chart.append(s, i * 0.25, 40000 + i);
        QCOMPARE(chart.series(s)->count(), 0); // drawn on the timer's tick, not per sample
        chart.refresh();
        QCOMPARE(chart.series(s)->count(), 120);
        QCOMPARE(chart.xAxis()->max(), 30.0);
        QCOMPARE(chart.yAxis()->max(), 50000.0);
        QCOMPARE(chart.yAxis()->min(), 0.0);
        chart.clear();
        QCOMPARE(chart.series(s)->count(), 0);
        QCOMPARE(chart.xAxis()->max(), 10.0);
    }

    void stallMonitorSeesABlockedLoop()
    {
        // A real event loop (QTest::qWait sleeps between its own passes, so the tick count would depend on
        // how busy the machine is): one slot blocks it for 120 ms, the loop runs until both ticks around the
        // block have been seen.
        StallMonitor monitor;
        QEventLoop loop;
        monitor.start();
        QTimer::singleShot(30, &loop, [] { QTest::qSleep(120); });
        QTimer::singleShot(250, &loop, &QEventLoop::quit);
        loop.exec();
        monitor.stop();
        QVERIFY2(monitor.longestStallMs() >= 100, qPrintable(QString::number(monitor.longestStallMs())));
        QVERIFY2(monitor.longestStallMs() < 5000, qPrintable(QString::number(monitor.longestStallMs())));
        QVERIFY(monitor.noticeableStalls() >= 1);
        QVERIFY2(monitor.ticks() >= 2, qPrintable(QString::number(monitor.ticks()))); // before and after the block
        const qint64 ticks = monitor.ticks();
        QTest::qWait(30);
        QCOMPARE(monitor.ticks(), ticks); // stopped means stopped
    }
};

QTEST_MAIN(TestRunCharts)
#include "tst_run_charts.moc"
