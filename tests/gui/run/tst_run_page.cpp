// The run page: the real run on the demo ends with the counts of resources/demo/expected.json and the
// target holds them; pause stops progress and resume finishes; cancel mid-run leaves counts that add
// up with exactly the written rows in the target. The charts get titled axes, legends and data, and a
// run of well under a second still draws a curve. Before writing, the page asks, naming the target, the
// tables and the dry run's counts; an unsaved project's runs go under the user's data location.
#include "charts/live_chart.h"
#include "charts/run_charts.h"
#include "charts/run_numbers.h"
#include "engine/run_record.h"
#include "run/location_bar.h"
#include "run/run_folder.h"
#include "run/table_progress_list.h"
#include "run_controller.h"
#include "run_fixture.h"
#include "run_page_driver.h"
#include "stall_monitor.h"
#include "wizard/finish_page.h"
#include "wizard/run_page.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocumentFragment>
#include <QValueAxis>

using namespace ferry;
using namespace ferry::ui;
using namespace ferry::test;

namespace {
// Rows in the demo's target tables, read through a connection of the test's own; 0 while the file
// does not exist (the run creates it).
qint64 demoTargetRows(const QString& file)
{
    if (!QFile::exists(file))
        return 0;
    auto target = openDb(Db::SqliteQt, file);
    qint64 rows = 0;
    for (const ExpectedTable& e : expectedDemoCounts())
        rows += countRows(*target, e.target);
    return rows;
}

bool loadDemo(ProjectDocument& doc, const QTemporaryDir& tmp)
{
    QString error;
    if (!doc.load(copyDemo(tmp.path()), &error))
        qWarning("cannot open the demo: %s", qPrintable(error));
    return error.isEmpty();
}

// The demo's dry run as expected.json predicts it.
RunSummary demoDryRun()
{
    RunSummary dry;
    dry.dryRun = true;
    for (const ExpectedTable& e : expectedDemoCounts()) {
        TableCounts t;
        t.source = e.source;
        t.target = e.target;
        t.read = e.read;
        t.inserted = e.inserted;
        t.updated = e.updated;
        t.skipped = e.skipped;
        t.rejected = e.rejected;
        t.completed = true;
        dry.tables << t;
    }
    return dry;
}
} // namespace

class TestRunPage : public QObject {
    Q_OBJECT

private slots:
    void demoRunEndsWithTheExpectedCounts()
    {
        QTemporaryDir tmp;
        ProjectDocument doc;
        QVERIFY(loadDemo(doc, tmp));
        RunPage page(&doc);
        page.setPrompts(confirmingPrompts());
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
        // The figures beside the charts are the run's outcome, row for row.
        const QLocale locale;
        RunNumbers* numbers = charts->numbers();
        QCOMPARE(numbers->value(RunNumbers::Read), locale.toString(demoTotal(&ExpectedTable::read)));
        QCOMPARE(numbers->value(RunNumbers::Inserted), locale.toString(demoTotal(&ExpectedTable::inserted)));
        QCOMPARE(numbers->value(RunNumbers::Updated), locale.toString(demoTotal(&ExpectedTable::updated)));
        QCOMPARE(numbers->value(RunNumbers::Skipped), locale.toString(demoTotal(&ExpectedTable::skipped)));
        QCOMPARE(numbers->value(RunNumbers::Rejected), locale.toString(rejected));
        QVERIFY(!numbers->value(RunNumbers::Rate).isEmpty());
        // The demo runs in a fraction of a second; samples by rows still give a curve, not a dot.
        QVERIFY2(charts->throughput()->series(0)->count() >= 5,
                 qPrintable(QString::number(charts->throughput()->series(0)->count())));
        QVERIFY(charts->duplicates()->series(0)->count() >= 5);
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

        // Where the time went, per table.
        QCOMPARE(s.timings.size(), s.tables.size());
        double elapsed = 0, reading = 0, writing = 0;
        for (const TableTiming& t : s.timings) {
            elapsed += t.elapsedMs;
            reading += t.readMs;
            writing += t.writeMs;
        }
        QVERIFY(elapsed > 0 && reading > 0 && writing > 0);
        FinishPage finish(&doc);
        finish.resize(1280, 800);
        finish.initializePage();
        finish.show();
        const QString times = finish.timesText();
        for (const TableCounts& t : s.tables)
            QVERIFY2(times.contains(QStringLiteral("%1 → %2").arg(t.source, t.target)), qPrintable(times));
        QVERIFY2(times.contains(QStringLiteral("Writing")) && times.contains(QStringLiteral(" s")), qPrintable(times));
        QVERIFY(finish.grab().save(screenshotPath(QStringLiteral("finish_page.png"))));
        // A file link answers on the page even where nothing opens it.
        finish.setOpener([](const QString&) { return false; });
        auto* files = finish.findChild<QLabel*>(QStringLiteral("finishFiles"));
        emit files->linkActivated(QUrl::fromLocalFile(s.logFile).toString());
        QVERIFY2(finish.linkFeedbackText().contains(QDir::toNativeSeparators(s.logFile)),
                 qPrintable(finish.linkFeedbackText()));
    }

    void confirmationComesBeforeAnyRowIsWritten()
    {
        QTemporaryDir tmp;
        ProjectDocument doc;
        QVERIFY(loadDemo(doc, tmp));
        RunPage page(&doc);
        page.show();
        doc.setLastRun(demoDryRun());
        RunPrompts prompts;
        page.setPrompts(&prompts);
        const QString targetFile = tmp.filePath(QStringLiteral("runs/modern_crm.sqlite"));
        qint64 rowsWhenAsked = -1;
        bool busyWhenAsked = true;
        prompts.whileAsked = [&] {
            rowsWhenAsked = demoTargetRows(targetFile);
            busyWhenAsked = page.isBusy();
        };
        QSignalSpy finished(&page, &RunPage::runFinished);
        page.start();
        QCOMPARE(prompts.shown.size(), 1);
        QCOMPARE(rowsWhenAsked, 0);
        QVERIFY(!busyWhenAsked);

        const RunPreview& preview = prompts.shown[0];
        const QString text = QTextDocumentFragment::fromHtml(preview.html()).toPlainText();
        QVERIFY2(text.contains(QStringLiteral("modern_crm.sqlite")), qPrintable(text)); // the target's server
        if (!doc.project().target.name.isEmpty())
            QVERIFY2(text.contains(doc.project().target.name), qPrintable(text));
        const QLocale locale;
        for (const ExpectedTable& e : expectedDemoCounts()) {
            QVERIFY2(text.contains(e.target), qPrintable(e.target));
            QVERIFY2(text.contains(locale.toString(e.inserted)), qPrintable(text));
        }
        QVERIFY2(text.contains(QStringLiteral("insert")), qPrintable(text)); // the mode
        QVERIFY(!preview.changedSinceDryRun);
        QVERIFY2(text.contains(QDir::toNativeSeparators(runFolder(doc.project()))), qPrintable(text));

        // The dialog a user sees.
        std::unique_ptr<QMessageBox> box(runConfirmationBox(&page, preview));
        box->show();
        QVERIFY(QTest::qWaitForWindowExposed(box.get()));
        QVERIFY(box->grab().save(screenshotPath(QStringLiteral("run_confirmation.png"))));
        box->close();

        checkDemoCounts(runToEnd(finished), targetFile);
    }

    void cancellingTheConfirmationWritesNothing()
    {
        QTemporaryDir tmp;
        ProjectDocument doc;
        QVERIFY(loadDemo(doc, tmp));
        RunPage page(&doc);
        page.show();
        RunPrompts prompts;
        prompts.confirm = false;
        page.setPrompts(&prompts);
        QSignalSpy busy(&page, &WizardPage::busyChanged);
        page.start();
        QCOMPARE(prompts.shown.size(), 1);
        QVERIFY(!prompts.shown[0].hasDryRun);
        QVERIFY(!page.isBusy());
        QTest::qWait(300);
        QCOMPARE(busy.size(), 0);
        QVERIFY(!page.isComplete());
        QCOMPARE(demoTargetRows(tmp.filePath(QStringLiteral("runs/modern_crm.sqlite"))), 0);
        QVERIFY(runDirectories(runFolder(doc.project())).isEmpty());
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("startRunButton"))->isEnabled());
    }

    void changesSinceTheDryRunAreSaid()
    {
        QTemporaryDir tmp;
        ProjectDocument doc;
        QVERIFY(loadDemo(doc, tmp));
        RunPage page(&doc);
        doc.setLastRun(demoDryRun());
        QVERIFY(page.preview().hasDryRun);
        QVERIFY(!page.preview().changedSinceDryRun);
        TableMapping t = doc.tables()[0];
        t.fields.removeLast();
        doc.setTable(0, t);
        QVERIFY(page.preview().changedSinceDryRun);
        QVERIFY(page.preview().html().contains(QStringLiteral("changed since the last dry run")));
    }

    void unsavedProjectRunsUnderTheDataLocation()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir tmp;
        Project p = generatedProject(tmp.path(), 3000, 500);
        p.options.outputDirectory = RunOptions().outputDirectory; // "runs": relative to a file it does not have
        p.name = QStringLiteral("unsaved cutover");
        ProjectDocument doc;
        doc.reset(p);
        QVERIFY(doc.filePath().isEmpty());
        RunPage page(&doc);
        page.setPrompts(confirmingPrompts());
        page.show();
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        LocationBar* bar = page.runFolderBar();
        QVERIFY2(bar->path().startsWith(data + QLatin1Char('/')), qPrintable(bar->path()));
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QDir::toNativeSeparators(bar->path())), qPrintable(bar->text()));
        QDir(bar->path()).removeRecursively(); // an earlier run of this test

        QSignalSpy finished(&page, &RunPage::runFinished);
        page.start();
        const RunSummary s = runToEnd(finished);
        QCOMPARE(s.status, RunSummary::Status::Ok);
        QVERIFY2(s.runDirectory.startsWith(bar->path()), qPrintable(s.runDirectory));
        QVERIFY(!QDir(QDir::currentPath()).exists(QStringLiteral("runs/") + QFileInfo(s.runDirectory).fileName()));

        // Open and copy always answer on the page.
        bar->setOpener([](const QString&) { return false; });
        bar->findChild<QPushButton*>(QStringLiteral("openRunFolderButton"))->click();
        QVERIFY2(bar->feedbackText().contains(QDir::toNativeSeparators(bar->path())), qPrintable(bar->feedbackText()));
        QString opened;
        bar->setOpener([&](const QString& path) {
            opened = path;
            return true;
        });
        bar->openFolder();
        QCOMPARE(opened, bar->path());
        QVERIFY(bar->feedbackText().startsWith(QStringLiteral("Opened")));
        bar->findChild<QPushButton*>(QStringLiteral("copyRunFolderButton"))->click();
        QCOMPARE(QApplication::clipboard()->text(), QDir::toNativeSeparators(bar->path()));
        QVERIFY(!bar->feedbackText().isEmpty());
        QVERIFY(page.grab().save(screenshotPath(QStringLiteral("run_page_unsaved.png"))));
        QDir(bar->path()).removeRecursively();
    }

    void pauseStopsProgressAndResumeFinishes()
    {
        QTemporaryDir tmp;
        constexpr int kRows = 40000;
        ProjectDocument doc;
        doc.reset(generatedProject(tmp.path(), kRows, 50));
        RunPage page(&doc);
        page.setPrompts(confirmingPrompts());
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
        page.setPrompts(confirmingPrompts());
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
