// The run page: the real run on the demo ends with the counts of resources/demo/expected.json and the
// target holds them; pause stops progress and resume finishes; cancel mid-run leaves counts that add
// up with exactly the written rows in the target. The charts get titled axes, legends and data.
#include "charts/live_chart.h"
#include "charts/run_charts.h"
#include "run/table_progress_list.h"
#include "run_controller.h"
#include "run_fixture.h"
#include "run_page_driver.h"
#include "stall_monitor.h"
#include "wizard/run_page.h"

#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace ferry;
using namespace ferry::ui;
using namespace ferry::test;

class TestRunPage : public QObject {
    Q_OBJECT

private slots:
    void demoRunEndsWithTheExpectedCounts()
    {
        QTemporaryDir tmp;
        ProjectDocument doc;
        QString error;
        QVERIFY2(doc.load(copyDemo(tmp.path()), &error), qPrintable(error));
        RunPage page(&doc);
        page.resize(1280, 800);
        page.show();
        QVERIFY(!page.isComplete());
        QCOMPARE(page.progressList()->rowCount(), 3);
        QCOMPARE(page.progressList()->statusText(0), QStringLiteral("Waiting"));

        QSignalSpy finished(&page, &RunPage::runFinished);
        QSignalSpy busy(&page, &WizardPage::busyChanged);
        page.start();
        QVERIFY(page.isBusy());
        QVERIFY(!page.isComplete());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("startRunButton"))->isEnabled());
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("cancelRunButton"))->isEnabled());
        const RunSummary s = runToEnd(finished);
        QCOMPARE(busy.size(), 2);
        QVERIFY(!page.isBusy());
        QVERIFY(page.isComplete());
        QVERIFY(!s.dryRun);
        QCOMPARE(s.status, RunSummary::Status::Rejects);

        checkDemoCounts(s, tmp.filePath(QStringLiteral("runs/modern_crm.sqlite")));
        if (QTest::currentTestFailed())
            return;
        for (int i = 0; i < s.tables.size(); ++i) {
            QVERIFY(page.progressList()->statusText(i).startsWith(QStringLiteral("Done")));
            QProgressBar* bar = page.progressList()->progressBar(i);
            QCOMPARE(bar->value(), bar->maximum());
        }
        const qint64 rejected = demoTotal(&ExpectedTable::rejected);
        QVERIFY(doc.lastRun(false));
        QCOMPARE(doc.lastRun(false)->totalRead(), demoTotal(&ExpectedTable::read));
        QVERIFY2(page.statusText().contains(QStringLiteral("%1 rejected").arg(QLocale().toString(rejected))),
                 qPrintable(page.statusText()));

        // The charts drew what the engine sampled.
        RunCharts* charts = page.charts();
        QVERIFY(charts->throughput()->series(0)->count() > 0);
        QCOMPARE(charts->problems()->series(0)->points().last().y(), double(rejected));
        for (LiveChart* c : {charts->throughput(), charts->duplicates(), charts->problems()}) {
            QCOMPARE(c->chart()->animationOptions(), QChart::NoAnimation);
            QVERIFY(!c->chart()->title().isEmpty());
            QVERIFY(!c->xAxis()->titleText().isEmpty());
            QVERIFY(!c->yAxis()->titleText().isEmpty());
            QVERIFY(c->chart()->legend()->isVisible());
        }
        QVERIFY(charts->problems()->yAxis()->max() >= rejected);
        QVERIFY(page.stallMonitor()->ticks() > 0);
        QVERIFY(!page.stallMonitor()->isActive());
        QVERIFY(page.grab().save(screenshotPath(QStringLiteral("run_page.png"))));
    }

    void pauseStopsProgressAndResumeFinishes()
    {
        QTemporaryDir tmp;
        constexpr int kRows = 40000;
        ProjectDocument doc;
        doc.reset(generatedProject(tmp.path(), kRows, 50));
        RunPage page(&doc);
        page.show();
        QSignalSpy finished(&page, &RunPage::runFinished);
        QSignalSpy paused(&page, &RunPage::pausedChanged);
        page.start();
        QVERIFY(waitForRows(page, 1000));

        page.pause();
        auto* pauseButton = page.findChild<QPushButton*>(QStringLiteral("pauseRunButton"));
        QCOMPARE(pauseButton->text(), QStringLiteral("&Resume"));
        QVERIFY(paused.wait(30000));
        QCOMPARE(paused.last().at(0).toBool(), true);
        QVERIFY(page.isPaused());
        QVERIFY(page.isBusy());
        QVERIFY(!page.isComplete());
        QCOMPARE(page.progressList()->statusText(0), QStringLiteral("Paused"));

        auto target = openDb(Db::SqliteQt, tmp.filePath(QStringLiteral("big_target.sqlite")));
        const qint64 landed = countRows(*target, QStringLiteral("person"));
        const QString shown = page.progressList()->rowsText(0);
        QVERIFY(landed > 0 && landed < kRows);
        QTest::qWait(1000);
        QCOMPARE(countRows(*target, QStringLiteral("person")), landed);
        QCOMPARE(page.progressList()->rowsText(0), shown);
        target.reset(); // let the writer have the file to itself

        page.resume();
        QCOMPARE(pauseButton->text(), QStringLiteral("&Pause"));
        const RunSummary s = runToEnd(finished);
        QCOMPARE(s.status, RunSummary::Status::Ok);
        QVERIFY(!s.cancelled);
        QCOMPARE(s.tables.size(), 1);
        QCOMPARE(s.tables[0].read, kRows);
        QCOMPARE(s.tables[0].inserted, kRows);
        QVERIFY(s.tables[0].balanced());
        QVERIFY(!page.isPaused());
        QVERIFY(page.isComplete());
        target = openDb(Db::SqliteQt, tmp.filePath(QStringLiteral("big_target.sqlite")));
        QCOMPARE(countRows(*target, QStringLiteral("person")), kRows);
    }

    void cancelMidRunLeavesCountsThatAddUp()
    {
        QTemporaryDir tmp;
        constexpr int kRows = 40000;
        ProjectDocument doc;
        doc.reset(generatedProject(tmp.path(), kRows, 50));
        RunPage page(&doc);
        page.show();
        QSignalSpy finished(&page, &RunPage::runFinished);
        page.start();
        QVERIFY(waitForRows(page, 2000));
        page.cancel();
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("cancelRunButton"))->isEnabled());
        const RunSummary s = runToEnd(finished);
        QVERIFY(s.cancelled);
        QCOMPARE(s.status, RunSummary::Status::Failed);
        QVERIFY(page.isComplete()); // the finish page explains what a cancelled run did
        QVERIFY(!page.isBusy());
        QCOMPARE(s.tables.size(), 1);
        const TableCounts& t = s.tables[0];
        QVERIFY(t.read >= 2000 && t.read < kRows);
        QCOMPARE(t.read, t.inserted + t.updated + t.skipped + t.rejected);
        QVERIFY(!t.completed);
        auto target = openDb(Db::SqliteQt, tmp.filePath(QStringLiteral("big_target.sqlite")));
        QCOMPARE(countRows(*target, QStringLiteral("person")), t.inserted + t.updated);
        QVERIFY2(page.statusText().startsWith(QStringLiteral("Cancelled")), qPrintable(page.statusText()));
        QCOMPARE(page.progressList()->statusText(0), QStringLiteral("Cancelled"));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("startRunButton"))->isEnabled());
    }
};

QTEST_MAIN(TestRunPage)
#include "tst_run_page.moc"
