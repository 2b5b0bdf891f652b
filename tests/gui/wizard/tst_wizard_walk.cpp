// The wizard driven as a user would, offscreen: open the demo, pass every page, run, and compare the
// finish page's numbers with `ferry-cli run --json` on an identical copy of the demo. Also the rules
// around the walk: Next only when a project is chosen, the unsaved-changes prompt, no password saved.
#include "common/dbfixture.h"
#include "finish_page.h"
#include "items/summary_model.h"
#include "items/verify_model.h"
#include "main_window.h"
#include "run/run_confirmation.h"
#include "walk_checks.h"
#include "wizard_page.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;
using namespace ferry::ui;

namespace {

// Answers the window's questions as a test tells it to, and remembers what was asked.
class ScriptedPrompts : public UserPrompts {
public:
    bool confirmRun(QWidget*, const RunPreview&) override { return true; } // these tests are not about it
    QString savePath;
    Unsaved unsavedAnswer = Unsaved::Cancel;
    int unsavedAsked = 0;
    QStringList warnings;
    QString openProjectPath(QWidget*) override { return {}; }
    QString saveProjectPath(QWidget*, const QString&) override { return savePath; }
    Unsaved askUnsaved(QWidget*, const QString&) override
    {
        ++unsavedAsked;
        return unsavedAnswer;
    }
    void warn(QWidget*, const QString& title, const QString& text) override
    {
        warnings << title + QLatin1Char(':') + text;
    }
    QStringList informed;
    void inform(QWidget*, const QString&, const QString& text) override { informed << text; }
};

} // namespace

class TestWizardWalk : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings_.path());
    }

    void nextNeedsAProject()
    {
        MainWindow window;
        window.show();
        FerryWizard* w = window.wizard();
        QCOMPARE(w->currentId(), int(StartPageId));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        window.newProject();
        QCOMPARE(w->currentId(), int(SourcePageId));
        // A new project has no connection yet: Next waits for a working one.
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    }

    void walkTheDemoFromStartToFinish()
    {
        QTemporaryDir wizardDir, cliDir;
        const QString wizardProject = copyDemo(wizardDir.path());
        const QString cliProject = copyDemo(cliDir.path());

        MainWindow window;
        window.setPrompts(std::make_unique<ScriptedPrompts>()); // confirms the run
        window.resize(1280, 800);
        window.show();
        FerryWizard* w = window.wizard();
        QVERIFY(window.openProject(wizardProject));
        for (PageId id : {SourcePageId, TargetPageId, TablesPageId, MappingPageId}) {
            QTRY_VERIFY_WITH_TIMEOUT(pageReady(w, id), 60000);
            QVERIFY(w->button(QWizard::NextButton)->isEnabled());
            w->next();
        }
        QCOMPARE(w->currentId(), int(DryRunPageId));
        QVERIFY(QMetaObject::invokeMethod(w->wizardPage(DryRunPageId), "startDryRun"));
        QTRY_VERIFY_WITH_TIMEOUT(pageReady(w, DryRunPageId), 120000);
        QVERIFY(w->document()->lastRun(true));
        QVERIFY(!QFile::exists(QDir(wizardDir.path()).filePath(QStringLiteral("runs/modern_crm.sqlite"))));
        w->next();
        QCOMPARE(w->currentId(), int(RunPageId));
        QVERIFY(QMetaObject::invokeMethod(w->wizardPage(RunPageId), "start"));
        QVERIFY(w->wizardPage(RunPageId)->isBusy() || w->document()->lastRun(false));
        QTRY_VERIFY_WITH_TIMEOUT(pageReady(w, RunPageId), 180000);
        w->next();
        QCOMPARE(w->currentId(), int(FinishPageId));

        auto* table = w->findChild<QTableView*>(QStringLiteral("finishSummary"));
        QVERIFY(table);
        const QAbstractItemModel* m = table->model();
        compareSummaryWithCli(m, cliProject);
        if (QTest::currentTestFailed())
            return;
        const QList<ExpectedTable> planted = expectedDemoCounts();

        // Verify from the finish page: the target holds exactly what the run should have left there.
        auto* finish = qobject_cast<FinishPage*>(w->wizardPage(FinishPageId));
        QVERIFY(finish);
        auto* verifyButton = w->findChild<QAbstractButton*>(QStringLiteral("verifyButton"));
        QVERIFY(verifyButton && verifyButton->isEnabled());
        verifyButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(finish->hasVerifyResult() && !finish->isBusy(), 120000);
        // Every row written is in the target, as the UI's locale writes the numbers.
        const QLocale locale;
        QCOMPARE(finish->verifyStatusText(), QStringLiteral("Verified: all %1 rows in the target match the source.")
                                                 .arg(locale.toString(demoTotal(&ExpectedTable::inserted))));
        auto* verifyTable = w->findChild<QTableView*>(QStringLiteral("verifyTable"));
        QVERIFY(verifyTable && verifyTable->isVisibleTo(w));
        QCOMPARE(verifyTable->model()->rowCount(), 3);
        QCOMPARE(verifyTable->model()->index(1, VerifyModel::Matched).data().toString(),
                 locale.toString(planted[1].inserted));
        window.wizard()->document()->setModified(false);
    }

    void closingAsksAboutUnsavedChangesAndNeverSavesPasswords()
    {
        QTemporaryDir dir;
        const QString project = copyDemo(dir.path());
        MainWindow window;
        auto* prompts = new ScriptedPrompts;
        window.setPrompts(std::unique_ptr<UserPrompts>(prompts));
        window.show();
        QVERIFY(window.openProject(project));
        ProjectDocument* doc = window.wizard()->document();
        QVERIFY(!doc->isModified());
        QVERIFY(window.close()); // nothing changed: no question
        QCOMPARE(prompts->unsavedAsked, 0);

        window.show();
        doc->setName(QStringLiteral("Renamed for the test"));
        doc->setPassword(Side::Source, QStringLiteral("s3cret-typed-in-wizard"));
        QVERIFY(doc->isModified());
        prompts->unsavedAnswer = UserPrompts::Unsaved::Cancel;
        QVERIFY(!window.close()); // Cancel keeps the window and the changes
        QCOMPARE(prompts->unsavedAsked, 1);
        QVERIFY(doc->isModified());

        prompts->unsavedAnswer = UserPrompts::Unsaved::Save;
        prompts->savePath = QDir(dir.path()).filePath(QStringLiteral("saved.ferry.json"));
        doc->reset(doc->project()); // as if it were a new, never-saved project
        doc->setName(QStringLiteral("Saved from the test"));
        doc->setPassword(Side::Source, QStringLiteral("s3cret-typed-in-wizard"));
        // A project that was loaded keeps its path, so Save writes there; make it a Save As.
        QVERIFY(window.saveAs());
        QFile saved(prompts->savePath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY(text.contains("Saved from the test"));
        QVERIFY(!text.contains("s3cret"));
        QVERIFY(!doc->isModified());
        QVERIFY(window.close());
        QVERIFY(prompts->warnings.isEmpty());
    }

    // A project whose logins only have passwords typed into the wizard: Save names a variable for each
    // and says so; ferry-cli, given those variables, runs the saved file against the real server.
    void savedProjectRunsInTheCliWithTheProposedVariables()
    {
        QTemporaryDir dir;
        const QString source = QStringLiteral("wiz_save_src"), target = QStringLiteral("wiz_save_dst");
        {
            auto c = openDb(Db::MariaDB);
            dropTable(*c, source);
            dropTable(*c, target);
            c->execute(QStringLiteral("CREATE TABLE wiz_save_src (id INT PRIMARY KEY, name VARCHAR(20))"));
            c->execute(QStringLiteral("CREATE TABLE wiz_save_dst (id INT PRIMARY KEY, name VARCHAR(20))"));
            c->execute(QStringLiteral("INSERT INTO wiz_save_src VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Edsger')"));
        }
        Project p;
        p.name = QStringLiteral("Cut-over rehearsal");
        p.source = p.target = profileFor(Db::MariaDB);
        p.source.passwordEnv.clear();
        p.target.passwordEnv.clear();
        TableMapping m;
        m.source = source;
        m.target = target;
        m.fields = identityFields({QStringLiteral("id"), QStringLiteral("name")});
        p.tables = {m};
        MainWindow window;
        auto* prompts = new ScriptedPrompts;
        window.setPrompts(std::unique_ptr<UserPrompts>(prompts));
        ProjectDocument* doc = window.wizard()->document();
        doc->reset(p);
        doc->setPassword(Side::Source, QStringLiteral("ferry"));
        doc->setPassword(Side::Target, QStringLiteral("ferry"));
        prompts->savePath = QDir(dir.path()).filePath(QStringLiteral("cutover.ferry.json"));
        QVERIFY(window.saveAs());
        QCOMPARE(prompts->informed.size(), 1);
        QVERIFY2(prompts->informed[0].contains(QLatin1String("source: FERRY_CUT_OVER_REHEARSAL_SOURCE_PASSWORD")) &&
                     prompts->informed[0].contains(QLatin1String("target: FERRY_CUT_OVER_REHEARSAL_TARGET_PASSWORD")),
                 qPrintable(prompts->informed[0]));
        QFile saved(prompts->savePath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY(text.contains("\"passwordEnv\": \"FERRY_CUT_OVER_REHEARSAL_SOURCE_PASSWORD\""));
        QVERIFY(!text.contains("\"ferry\"\n") && !text.contains("Pwd"));

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FERRY_CUT_OVER_REHEARSAL_SOURCE_PASSWORD"), QStringLiteral("ferry"));
        env.insert(QStringLiteral("FERRY_CUT_OVER_REHEARSAL_TARGET_PASSWORD"), QStringLiteral("ferry"));
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry-cli"),
                  {QStringLiteral("run"), prompts->savePath, QStringLiteral("--json")});
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QCOMPARE(countRows(*openDb(Db::MariaDB), target), qint64(3));
        QVERIFY(prompts->warnings.isEmpty());
    }

private:
    QTemporaryDir settings_;
};

QTEST_MAIN(TestWizardWalk)
#include "tst_wizard_walk.moc"
