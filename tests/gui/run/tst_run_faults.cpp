// The run page when runs meet faults: a run killed half-way (a real ferry-cli process killing itself at a
// fault point) is offered for resuming, and Resume finishes it with the counts of a clean run; starting
// over instead asks first and says what happens to the rows already written; while the engine waits to
// reconnect, the page says so, counts down and marks the moment on the throughput chart, and the state
// clears when the connection is back. Resume has a keyboard mnemonic no other control of its page uses,
// in English and in Chinese.
#include "charts/live_chart.h"
#include "charts/run_charts.h"
#include "main_window.h"
#include "run/interrupted_run_notice.h"
#include "run/reconnect_banner.h"
#include "run_controller.h"
#include "run_fixture.h"
#include "run_page_driver.h"
#include "translation_loader.h"
#include "wizard/finish_page.h"
#include "wizard/run_page.h"

#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace ferry;
using namespace ferry::ui;
using namespace ferry::test;

namespace {

// Answers "start over?" as the test says and keeps what it was told.
class StartOverPrompts : public RunPrompts {
public:
    bool answer = false;
    QStringList asked;
    bool confirmStartOver(QWidget*, const QString& consequences) override
    {
        asked << consequences;
        return answer;
    }
};

QChar mnemonic(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(?:^|[^&])&([A-Za-z])"));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).at(0).toUpper() : QChar();
}

QPushButton* button(const QWidget& page, const char* name)
{
    return page.findChild<QPushButton*>(QLatin1String(name));
}

// The demo in `dir`, with a run that ferry-cli started and that died after the second batch of
// contacts committed. Returns the project's path.
QString demoWithKilledRun(const QString& dir)
{
    const QString project = copyDemo(dir);
    const QString problem = killedCliRun(project, QStringLiteral("after-commit:contact:2"));
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return problem.isEmpty() ? project : QString();
}

void showAtTourSize(QWidget& page)
{
    page.resize(1280, 800);
    page.show();
}

// A big generated project in small batches, running on a shown page: long enough that the engine's
// part can be played while it goes.
struct LongRun {
    QTemporaryDir tmp;
    ProjectDocument doc;
    RunPage page{&doc};
    QSignalSpy finished{&page, &RunPage::runFinished};

    bool start(qint64 rowsFirst)
    {
        doc.reset(generatedProject(tmp.path(), 200000, 20));
        page.setPrompts(confirmingPrompts());
        showAtTourSize(page);
        page.start();
        return waitForRows(page, rowsFirst);
    }
};

// The demo with a killed run in a folder of its own, and a shown run page over an empty document;
// open() opens the project as a user would, so the page finds the run.
struct OfferedPage {
    QTemporaryDir tmp;
    QString project = demoWithKilledRun(tmp.path());
    ProjectDocument doc;
    RunPage page{&doc};

    bool open()
    {
        page.setPrompts(confirmingPrompts());
        showAtTourSize(page);
        QString error;
        if (project.isEmpty() || !doc.load(project, &error))
            qWarning("cannot open the demo: %s", qPrintable(error));
        return page.interruptedRun().has_value();
    }
};

} // namespace

class TestRunFaults : public QObject {
    Q_OBJECT

    // Resume's mnemonic is used by no other control of the run page, the wizard's buttons or the menus.
    static void checkResumeMnemonic()
    {
        QTemporaryDir tmp;
        const QString project = demoWithKilledRun(tmp.path());
        QVERIFY(!project.isEmpty());
        MainWindow window;
        QVERIFY(window.openProject(project));
        auto* page = qobject_cast<RunPage*>(window.wizard()->page(RunPageId));
        QVERIFY(page->interruptedRun());
        QPushButton* resume = button(*page, "resumeInterruptedButton");
        QVERIFY(resume->isVisibleTo(page));
        QVERIFY(!resume->accessibleName().isEmpty());
        const QChar letter = mnemonic(resume->text());
        QVERIFY2(!letter.isNull(), qPrintable(resume->text()));

        QStringList texts;
        for (const QAction* a : window.menuBar()->actions())
            texts << a->text();
        for (QWizard::WizardButton b :
             {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CustomButton1})
            texts << window.wizard()->buttonText(b);
        QStringList own;
        for (const QAbstractButton* b : page->findChildren<QAbstractButton*>())
            if (b->isVisibleTo(page))
                own << b->text();
        QCOMPARE(own.size(), 6); // resume, start over, pause, cancel, open folder, copy path
        texts += own;
        QStringList same;
        for (const QString& t : std::as_const(texts))
            if (mnemonic(t) == letter)
                same << t;
        QVERIFY2(same.size() == 1, qPrintable(same.join(QStringLiteral(" | "))));
        // The page's own buttons do not share letters either.
        QSet<QChar> letters;
        for (const QString& t : std::as_const(own)) {
            QVERIFY2(!mnemonic(t).isNull(), qPrintable(t));
            letters.insert(mnemonic(t));
        }
        QCOMPARE(letters.size(), own.size());
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings_.path());
    }

    void killedRunIsOfferedAndResumeFinishesIt()
    {
        OfferedPage offered;
        RunPage& page = offered.page;
        StartOverPrompts prompts;
        page.setPrompts(&prompts);
        QVERIFY(!page.interruptedRun());
        QVERIFY(offered.open()); // opening a project looks for one
        const RunRecord record = page.interruptedRun()->record;
        const QString runDirectory = page.interruptedRun()->directory;
        QCOMPARE(record.status, RunRecord::Status::Running); // killed: never said how it ended
        InterruptedRunNotice* notice = page.interruptedNotice();
        QVERIFY(notice->isVisible());
        const QString said = notice->text();
        QVERIFY2(said.contains(QLocale().toString(record.started.toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("never finished")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("rows it committed are kept in the target")), qPrintable(said));
        QPushButton* resume = button(page, "resumeInterruptedButton");
        QPushButton* start = button(page, "startRunButton");
        QVERIFY(resume->isVisible());
        QVERIFY(resume->isEnabled());
        QCOMPARE(start->text(), QStringLiteral("Start &over…"));
        QVERIFY(!start->accessibleName().isEmpty());
        QTest::qWait(50); // let the layout settle before the picture
        QVERIFY(page.grab().save(screenshotPath(QStringLiteral("run_page_resume_offered.png"))));

        QSignalSpy finished(&page, &RunPage::runFinished);
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(page.isBusy());
        QVERIFY(!resume->isVisible());
        QVERIFY(!notice->isVisible());
        QVERIFY(!start->isEnabled());
        const RunSummary s = runToEnd(finished);
        QVERIFY(prompts.asked.isEmpty()); // resuming asks nothing
        QCOMPARE(page.controller()->failureKind(), FailureKind::None);
        QCOMPARE(s.status, RunSummary::Status::Rejects);
        // It went on in the interrupted run's own folder.
        QCOMPARE(QFileInfo(s.runDirectory).canonicalFilePath(), QFileInfo(runDirectory).canonicalFilePath());
        QString problem;
        const std::optional<RunRecord> after = RunRecord::load(runDirectory, &problem);
        QVERIFY2(after, qPrintable(problem));
        QCOMPARE(after->status, RunRecord::Status::Completed);
        QCOMPARE(after->resumed.size(), 1);

        // The whole run's counts, as a clean run gives them, and the target holds each row once.
        checkDemoCounts(s, offered.tmp.filePath(QStringLiteral("runs/modern_crm.sqlite")));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(page.statusText().contains(QStringLiteral("cover the whole run")), qPrintable(page.statusText()));
        QVERIFY(!page.interruptedRun()); // completed: nothing left to resume
        QVERIFY(!notice->isVisible());
        QVERIFY(!resume->isVisible());
        QCOMPARE(start->text(), QStringLiteral("&Run again"));

        // The finish page shows the same whole-run numbers and says the run was resumed.
        FinishPage finish(&offered.doc);
        finish.initializePage();
        const QString headline = finish.findChild<QLabel*>(QStringLiteral("finishHeadline"))->text();
        QVERIFY2(headline.contains(QLocale().toString(demoTotal(&ExpectedTable::read))), qPrintable(headline));
        QVERIFY2(headline.contains(QStringLiteral("resumed 1 time")), qPrintable(headline));
    }

    void startingOverAsksFirst()
    {
        QTemporaryDir tmp;
        constexpr int kRows = 20000;
        Project generated = generatedProject(tmp.path(), kRows, 50);
        generated.tables[0].mode = WriteMode::Insert; // the mode in which starting over hurts
        ProjectDocument doc;
        doc.reset(generated);
        RunPage page(&doc);
        StartOverPrompts prompts;
        page.setPrompts(&prompts);
        page.show();
        QSignalSpy finished(&page, &RunPage::runFinished);
        page.start();
        QVERIFY(prompts.asked.isEmpty()); // nothing to resume yet: no question
        QVERIFY(waitForRows(page, 2000));
        page.cancel();
        const RunSummary cancelled = runToEnd(finished);
        QVERIFY(cancelled.cancelled);
        const qint64 written = cancelled.tables.value(0).inserted;
        QVERIFY(written > 0 && written < kRows);

        // The cancelled run is now the one on offer.
        QVERIFY(page.interruptedRun());
        QCOMPARE(page.interruptedRun()->record.status, RunRecord::Status::Cancelled);
        QVERIFY2(page.interruptedNotice()->text().contains(QStringLiteral("was cancelled")),
                 qPrintable(page.interruptedNotice()->text()));
        QVERIFY2(page.statusText().contains(QStringLiteral("Resume continues")), qPrintable(page.statusText()));

        // No: nothing starts.
        page.start();
        QCOMPARE(prompts.asked.size(), 1);
        QVERIFY(!page.isBusy());
        QVERIFY(page.interruptedRun());
        const QString consequences = prompts.asked.first();
        QVERIFY2(consequences.contains(QStringLiteral("stay in the target")), qPrintable(consequences));
        QVERIFY2(consequences.contains(QStringLiteral("person write in insert mode")), qPrintable(consequences));

        // Yes: a new run, which refuses the rows the cancelled one wrote (legacy_id is unique).
        prompts.answer = true;
        QTest::mouseClick(button(page, "startRunButton"), Qt::LeftButton);
        QCOMPARE(prompts.asked.size(), 2);
        QVERIFY(page.isBusy());
        const RunSummary again = runToEnd(finished);
        QVERIFY(!again.cancelled);
        QCOMPARE(again.tables.value(0).read, kRows);
        QCOMPARE(again.tables.value(0).rejected, written);
        QCOMPARE(again.tables.value(0).inserted, kRows - written);
        QVERIFY(!page.interruptedRun());
    }

    void reconnectingIsShownAndClears()
    {
        LongRun run;
        QVERIFY(run.start(4000));
        RunPage& page = run.page;
        QTest::qWait(600); // a little history on the charts

        ReconnectBanner* banner = page.reconnectBanner();
        LiveChart* throughput = page.charts()->throughput();
        QVERIFY(!banner->isVisible());
        QCOMPARE(throughput->markerCount(), 0);
        const QString lost = QStringLiteral("server closed the connection unexpectedly");
        asTheEngine(page, [&](RunObserver& engine) { engine.retrying(QStringLiteral("target"), lost, 2, 5, 4000); });
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("Reconnecting to the target… (attempt 2 of 5, next try in 4 s)"));
        QVERIFY2(banner->detailText().contains(lost), qPrintable(banner->detailText()));
        QCOMPARE(banner->toolTip(), lost);
        QCOMPARE(page.statusText(), QStringLiteral("Waiting for the connection…"));
        // The moment is marked on the throughput chart: a line across the plot, in the legend, explained.
        QCOMPARE(throughput->markerCount(), 1);
        QLineSeries* marker = throughput->marker(0);
        QCOMPARE(marker->name(), QStringLiteral("Reconnecting"));
        QVERIFY(marker->points().first().x() > 0);
        QVERIFY(throughput->markerToolTip(0).contains(lost));

        QTRY_COMPARE_WITH_TIMEOUT(
            banner->text(), QStringLiteral("Reconnecting to the target… (attempt 2 of 5, next try in 3 s)"), 3000);
        QTest::qWait(2 * RunCharts::kRefreshMs);
        QCOMPARE(marker->points().last().y(), throughput->yAxis()->max()); // spans the rescaled plot
        QVERIFY(page.grab().save(screenshotPath(QStringLiteral("run_page_reconnecting.png"))));
        QVERIFY(throughput->chart()->legend()->markers(marker).value(0)->isVisible()); // laid out by now

        // Another attempt of the same outage: the banner counts on, the chart keeps one marker.
        asTheEngine(page, [&](RunObserver& engine) { engine.retrying(QStringLiteral("target"), lost, 3, 5, 8000); });
        QTRY_VERIFY(banner->text().contains(QStringLiteral("attempt 3 of 5, next try in 8 s")));
        QCOMPARE(throughput->markerCount(), 1);

        asTheEngine(page, [](RunObserver& engine) { engine.recovered(QStringLiteral("target")); });
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY(!banner->isReconnecting());
        QTRY_COMPARE(page.statusText(), QStringLiteral("Running…"));
        QCOMPARE(throughput->markerCount(), 1); // the history keeps it

        // The banner never outlives the run.
        asTheEngine(page, [&](RunObserver& engine) { engine.retrying(QStringLiteral("source"), lost, 1, 5, 60000); });
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QStringLiteral("Reconnecting to the source…")));
        QCOMPARE(throughput->markerCount(), 2);
        page.cancel();
        QVERIFY(runToEnd(run.finished).cancelled);
        QVERIFY(!banner->isVisible());
    }

    void resumeHasAUniqueMnemonicInEnglish() { checkResumeMnemonic(); }

    // Last (with the screenshots below): the translator stays installed.
    void resumeHasAUniqueMnemonicInChinese()
    {
        QVERIFY(installTranslations(QLocale(QStringLiteral("zh_CN"))));
        checkResumeMnemonic();
    }

    // The same states in Chinese, for a person to look at: longer lines must wrap, not cut off.
    void chineseScreenshots()
    {
        OfferedPage offered;
        QVERIFY(offered.open());
        QVERIFY(offered.page.interruptedNotice()->isVisible());
        QTest::qWait(50); // let the layout settle before the picture
        QVERIFY(offered.page.grab().save(screenshotPath(QStringLiteral("run_page_resume_offered_zh_CN.png"))));

        LongRun run;
        QVERIFY(run.start(2000));
        asTheEngine(run.page, [](RunObserver& engine) {
            engine.retrying(QStringLiteral("target"), QStringLiteral("连接被服务器关闭"), 2, 5, 4000);
        });
        QTRY_VERIFY(run.page.reconnectBanner()->isVisible());
        QTest::qWait(2 * RunCharts::kRefreshMs);
        QVERIFY(run.page.grab().save(screenshotPath(QStringLiteral("run_page_reconnecting_zh_CN.png"))));
        run.page.cancel();
        QVERIFY(run.finished.wait(180000));
    }

private:
    QTemporaryDir settings_;
};

QTEST_MAIN(TestRunFaults)
#include "tst_run_faults.moc"
