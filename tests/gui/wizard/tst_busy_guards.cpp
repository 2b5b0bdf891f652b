// The window while a run, dry run or verification is in progress: File ▸ New, Open, Open the demo and
// Recent projects (and the start page's buttons) are off and come back when it ends; closing asks
// first, "no" leaves the run going, "yes" cancels it and the window closes only once the run has
// stopped — close() itself returns at once.
#include "dry_run_page.h"
#include "finish_page.h"
#include "gui/run/run_fixture.h"
#include "main_window.h"
#include "recent_projects.h"
#include "run/run_confirmation.h"
#include "run_page.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace ferry;
using namespace ferry::test;
using namespace ferry::ui;

namespace {

// Answers "quit while busy?" as the test says and keeps the questions.
class QuitPrompts : public UserPrompts {
public:
    bool confirmRun(QWidget*, const RunPreview&) override { return true; } // these tests are not about it
    bool answer = false;
    QStringList asked;
    bool confirmQuitWhileBusy(QWidget*, const QString& question) override
    {
        asked << question;
        return answer;
    }
    Unsaved askUnsaved(QWidget*, const QString&) override { return Unsaved::Discard; }
};

} // namespace

class TestBusyGuards : public QObject {
    Q_OBJECT

    struct Window {
        QTemporaryDir tmp;
        MainWindow window;
        QuitPrompts* prompts = new QuitPrompts;
        Window()
        {
            window.setPrompts(std::unique_ptr<UserPrompts>(prompts));
            window.wizard()->document()->reset(generatedProject(tmp.path(), 30000, 50));
            window.show();
        }
        template <typename Page> Page* page(PageId id) const { return qobject_cast<Page*>(window.wizard()->page(id)); }
        QAction* action(const char* name) const { return window.findChild<QAction*>(QLatin1String(name)); }
        // Every way to open another project, in the menu and on the start page.
        QList<bool> openers() const
        {
            QList<bool> on;
            for (const char* name : {"newProjectAction", "openProjectAction", "openDemoAction", "recentProjectsAction"})
                on << action(name)->isEnabled();
            for (const char* name : {"newProjectButton", "openProjectButton", "openDemoButton"})
                on << window.findChild<QCommandLinkButton*>(QLatin1String(name))->isEnabled();
            on << window.findChild<QListWidget*>(QStringLiteral("recentProjects"))->isEnabled();
            return on;
        }
    };

    static QList<bool> all(bool on) { return QList<bool>(8, on); }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings_.path());
        // A recent project that exists, so Recent projects has something to offer.
        QFile earlier(QDir(settings_.path()).filePath(QStringLiteral("earlier.ferry.json")));
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.close();
        RecentProjects::add(earlier.fileName());
    }

    void openingIsOffWhileARunDryRunOrVerifyIsInProgress()
    {
        Window w;
        QCOMPARE(w.openers(), all(true));

        auto* run = w.page<RunPage>(RunPageId);
        QSignalSpy ran(run, &RunPage::runFinished);
        run->start();
        QCOMPARE(w.openers(), all(false));
        QVERIFY(!w.window.openProject(QStringLiteral("elsewhere.ferry.json"))); // refused, not even tried
        QVERIFY(!w.window.newProject());
        QVERIFY(ran.wait(180000));
        QCOMPARE(w.openers(), all(true));

        auto* dry = w.page<DryRunPage>(DryRunPageId);
        QSignalSpy dried(dry, &DryRunPage::dryRunFinished);
        dry->setRowLimit(-1);
        dry->startDryRun();
        QCOMPARE(w.openers(), all(false));
        QVERIFY(dried.wait(180000));
        QCOMPARE(w.openers(), all(true));

        auto* finish = w.page<FinishPage>(FinishPageId);
        QSignalSpy verified(finish, &WizardPage::busyChanged);
        finish->startVerify();
        QCOMPARE(w.openers(), all(false));
        QTRY_VERIFY_WITH_TIMEOUT(!finish->isBusy(), 180000);
        QCOMPARE(w.openers(), all(true));
        QVERIFY2(finish->verifyStatusText().startsWith(QStringLiteral("Verified")),
                 qPrintable(finish->verifyStatusText()));
    }

    void closingWhileARunIsInProgressAsksFirst()
    {
        Window w;
        auto* run = w.page<RunPage>(RunPageId);
        QSignalSpy ran(run, &RunPage::runFinished);
        run->start();

        // No: the run goes on.
        QVERIFY(!w.window.close());
        QCOMPARE(w.prompts->asked.size(), 1);
        QVERIFY2(w.prompts->asked.first().startsWith(QStringLiteral("A run is in progress. Cancel it and quit?")),
                 qPrintable(w.prompts->asked.first()));
        QVERIFY(w.window.isVisible());
        QTest::qWait(300);
        QVERIFY(run->isBusy());
        QVERIFY(w.window.findChild<QPushButton*>(QStringLiteral("cancelRunButton"))->isEnabled()); // not cancelling
        QVERIFY(ran.isEmpty());

        // Yes: cancelled at once, closed when the run has stopped — and not before.
        w.prompts->answer = true;
        bool visibleWhenStopped = false;
        connect(run, &RunPage::runFinished, this, [&] { visibleWhenStopped = w.window.isVisible(); });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!w.window.close()); // the window stays until the run reports back
        QVERIFY2(clock.elapsed() < 1000, "close() waited for the run");
        QCOMPARE(w.prompts->asked.size(), 2);
        QVERIFY(w.window.isVisible());
        QCOMPARE(run->statusText(), QStringLiteral("Cancelling after the batch in flight…"));
        QVERIFY(!w.window.close()); // asked once is enough
        QCOMPARE(w.prompts->asked.size(), 2);
        QVERIFY(ran.wait(180000));
        QVERIFY(visibleWhenStopped);
        QVERIFY(ran.last().at(0).value<RunSummary>().cancelled);
        QTRY_VERIFY(!w.window.isVisible());
        QVERIFY(!run->isBusy());
    }

    void closingWhenIdleAsksNothing()
    {
        Window w;
        QVERIFY(w.window.close());
        QVERIFY(w.prompts->asked.isEmpty());
    }

private:
    QTemporaryDir settings_;
};

QTEST_MAIN(TestBusyGuards)
#include "tst_busy_guards.moc"
