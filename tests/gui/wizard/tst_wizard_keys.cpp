// The demo walked with the keyboard alone, offscreen: every key goes to the focus widget (or the open
// popup), focus moves only by Tab, Shift+Tab and mnemonics, and no mouse event is sent. It opens the
// demo, passes every page (Alt+N and Ctrl+Enter), changes and restores a mapping through both keyboard
// paths, runs the dry run and the migration, and compares the finish page's counts with
// `ferry-cli run --json` on an identical copy.
#include "common/keys.h"
#include "items/field_mapping_model.h"
#include "items/source_columns_model.h"
#include "main_window.h"
#include "mapping_page.h"
#include "run/run_confirmation.h"
#include "user_prompts.h"
#include "walk_checks.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

using namespace ferry;
using namespace ferry::test;
using namespace ferry::ui;

namespace {

// The file dialog and the run's confirmation are seams: the keyboard reaches "Open a project…" and
// "Start run", the test answers the dialogs.
class OpenPrompts : public UserPrompts {
public:
    QString path;
    QString openProjectPath(QWidget*) override { return path; }
    bool confirmRun(QWidget*, const RunPreview&) override { return true; }
    Unsaved askUnsaved(QWidget*, const QString&) override { return Unsaved::Discard; }
};

QString S(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

class TestWizardKeys : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings_.path());
    }

    void walkTheDemoByKeys()
    {
        QTemporaryDir wizardDir, cliDir;
        const QString cliProject = copyDemo(cliDir.path());
        MainWindow window;
        auto* prompts = new OpenPrompts;
        prompts->path = copyDemo(wizardDir.path());
        window.setPrompts(std::unique_ptr<UserPrompts>(prompts));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        FerryWizard* w = window.wizard();

        // Start: Tab to "Open a project…", Space presses it.
        QVERIFY(tabTo(w->findChild<QCommandLinkButton*>(S("openProjectButton"))));
        QVERIFY(press(Qt::Key_Space));
        QTRY_COMPARE(w->currentId(), int(SourcePageId));

        // The connections are tested on arrival; Alt+N on one, Ctrl+Enter on the other.
        QTRY_VERIFY_WITH_TIMEOUT(pageReady(w, SourcePageId), 60000);
        QVERIFY(press(Qt::Key_N, Qt::AltModifier));
        QTRY_VERIFY_WITH_TIMEOUT(pageReady(w, TargetPageId), 60000);
        QVERIFY(press(Qt::Key_Return, Qt::ControlModifier));
        QTRY_VERIFY_WITH_TIMEOUT(pageReady(w, TablesPageId), 60000);
        // Tables: Enter edits the current cell, Escape leaves it unchanged; neither leaves the page.
        auto* tables = w->findChild<QTableView*>(S("tablesView"));
        const QList<TableMapping> tablesBefore = w->document()->tables();
        QVERIFY(tabTo(tables));
        QVERIFY(press(Qt::Key_Right));
        QVERIFY(press(Qt::Key_Return));
        QTRY_VERIFY(QApplication::focusWidget() && tables->viewport()->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(press(Qt::Key_Escape));
        QTRY_COMPARE(QApplication::focusWidget(), tables);
        QCOMPARE(w->currentId(), int(TablesPageId));
        QCOMPARE(w->document()->tables(), tablesBefore);
        QVERIFY(press(Qt::Key_N, Qt::AltModifier));
        QTRY_VERIFY_WITH_TIMEOUT(pageReady(w, MappingPageId), 60000);

        // Mapping: a stray Enter on a button-less pane leaves the page alone.
        auto* mapping = qobject_cast<MappingPage*>(w->wizardPage(MappingPageId));
        QVERIFY(press(Qt::Key_O, Qt::AltModifier)); // "S&ource columns": its filter
        QCOMPARE(QApplication::focusWidget(), mapping->findChild<QLineEdit*>(S("sourceFilter")));
        QVERIFY(press(Qt::Key_Return));
        QCOMPARE(w->currentId(), int(MappingPageId));
        // Alt+T reaches the table mapping, arrows choose contacts → contact.
        QVERIFY(press(Qt::Key_T, Qt::AltModifier));
        QCOMPARE(QApplication::focusWidget(), mapping->findChild<QComboBox*>(S("tableCombo")));
        QVERIFY(press(Qt::Key_Down));
        QTRY_VERIFY_WITH_TIMEOUT(pageReady(w, MappingPageId), 20000);
        const QList<FieldMapping> before = w->document()->tables()[1].fields;
        // job_title from country through the target's Source list...
        QVERIFY(tabTo(mapping->targetView()));
        QVERIFY(arrowTo(mapping->targetView(), FieldMappingModel::TargetColumn, S("job_title")));
        QVERIFY(press(Qt::Key_Return));
        QTRY_VERIFY(QApplication::focusWidget() != mapping->targetView());
        QVERIFY(pickCompletion(S("ntr")));
        QTRY_COMPARE(QApplication::focusWidget(), mapping->targetView());
        QVERIFY(w->document()->tables()[1].fields != before);
        QVERIFY(press(Qt::Key_Return)); // the stray Enter: the editor again, never Next
        QTRY_VERIFY(QApplication::focusWidget() != mapping->targetView());
        QVERIFY(press(Qt::Key_Escape));
        QTRY_COMPARE(QApplication::focusWidget(), mapping->targetView());
        QCOMPARE(w->currentId(), int(MappingPageId));
        // ...and back to title from the source table, transforms kept.
        QVERIFY(tabTo(mapping->sourceView(), true));
        QVERIFY(arrowTo(mapping->sourceView(), SourceColumnsModel::NameColumn, S("title")));
        QVERIFY(press(Qt::Key_Return));
        QCOMPARE(w->document()->tables()[1].fields, before);
        QVERIFY(window.grab().save(QDir(qEnvironmentVariable("FERRY_BINARY_DIR")).filePath(S("keys_mapping.png"))));
        QVERIFY(press(Qt::Key_N, Qt::AltModifier));
        QTRY_COMPARE(w->currentId(), int(DryRunPageId));

        // Dry run and run: Alt+S starts each.
        QVERIFY(press(Qt::Key_S, Qt::AltModifier));
        QTRY_VERIFY_WITH_TIMEOUT(pageReady(w, DryRunPageId), 120000);
        QVERIFY(w->document()->lastRun(true));
        QVERIFY(press(Qt::Key_N, Qt::AltModifier));
        QTRY_COMPARE(w->currentId(), int(RunPageId));
        QVERIFY(press(Qt::Key_S, Qt::AltModifier));
        QTRY_VERIFY_WITH_TIMEOUT(pageReady(w, RunPageId), 180000);
        QVERIFY(press(Qt::Key_Return, Qt::ControlModifier));
        QTRY_COMPARE(w->currentId(), int(FinishPageId));

        auto* table = w->findChild<QTableView*>(S("finishSummary"));
        QVERIFY(table);
        compareSummaryWithCli(table->model(), cliProject);
        w->document()->setModified(false);
    }

private:
    QTemporaryDir settings_;
};

QTEST_MAIN(TestWizardKeys)
#include "tst_wizard_keys.moc"
