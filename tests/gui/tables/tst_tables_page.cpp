// The Tables page on the demo: three mappings shown parents first with the legacy row counts,
// proposals by name for a project without mappings, and the page's own edits (add, remove, a SQL
// query instead of a table, the combo box editor).
#include "common/keys.h"
#include "dedupe/duplicate_rules_dialog.h"
#include "gui/tables/page_fixture.h"
#include "items/table_mapping_list_model.h"
#include "tables_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ferry;
using namespace ferry::ui;
using Model = TableMappingListModel;

namespace {

QStringList column(const Model* model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, col).data(role).toString();
    return out;
}

} // namespace

class TstTablesPage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir;
    ProjectDocument doc;

private slots:
    void init()
    {
        QVERIFY(dir.isValid());
        QString error;
        QVERIFY2(doc.load(test::copyDemo(dir.path()), &error), qPrintable(error));
        // The connection pages read these in the background; here the test reads them directly.
        doc.setSchema(Side::Source, readSchemaSnapshot(doc.profile(Side::Source), {}));
        doc.setSchema(Side::Target, readSchemaSnapshot(doc.profile(Side::Target), {}));
    }
    void cleanup()
    {
        // What copyDemo put there; the SQLite files it created stay for the next test.
        for (const QString& name : QDir(dir.path()).entryList({QStringLiteral("*.json"), QStringLiteral("*.sql")}))
            QFile::remove(dir.filePath(name));
    }

    void demoInParentFirstOrder()
    {
        auto* page = new TablesPage(&doc);
        test::PageHost host(page);
        host.show();
        const Model* model = page->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(column(model, Model::SourceColumn),
                 (QStringList{QStringLiteral("accounts"), QStringLiteral("contacts"), QStringLiteral("activities")}));
        QCOMPARE(column(model, Model::TargetColumn),
                 (QStringList{QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("activity")}));
        QStringList legacyRows; // the demo's tables are in parent-first order in expected.json too
        for (const test::ExpectedTable& t : test::expectedDemoCounts())
            legacyRows << QString::number(t.read);
        QCOMPARE(column(model, Model::SourceColumn, Model::RowCountRole), legacyRows);
        QCOMPARE(column(model, Model::ModeColumn), (QStringList(3, QStringLiteral("Insert or update"))));
        QCOMPARE(column(model, Model::KeysColumn), (QStringList(3, QStringLiteral("legacy_id"))));
        QCOMPARE(model->orderReason(1), QStringLiteral("contact refers to account"));
        QCOMPARE(model->orderReason(2), QStringLiteral("activity refers to contact"));
        QVERIFY(host.next()->isEnabled());
        QVERIFY(!doc.isModified()); // looking is not editing: the demo's mappings stay as they are
        QCOMPARE(doc.tables()[1].fields.size(), 10);
        const QString status = page->findChild<QLabel*>(QStringLiteral("tablesStatus"))->text();
        const QString ready = QStringLiteral("3 table mappings ready, about %1 source rows")
                                  .arg(QLocale().toString(test::demoTotal(&test::ExpectedTable::read)));
        QVERIFY2(status.startsWith(ready), qPrintable(status));
        QCOMPARE(page->view()->currentIndex().row(), 0);
        QVERIFY(host.save(QStringLiteral("tables-page-demo.png")));
    }

    void emptyProjectGetsMatchesByName()
    {
        doc.setTables({});
        auto* page = new TablesPage(&doc);
        test::PageHost host(page);
        QVERIFY(!page->isComplete());
        host.show(); // initializePage proposes
        QCOMPARE(doc.tables().size(), 3);
        QCOMPARE(doc.tables()[0].source, QStringLiteral("accounts"));
        QCOMPARE(doc.tables()[0].target, QStringLiteral("account"));
        QCOMPARE(doc.tables()[1].source, QStringLiteral("activities"));
        QCOMPARE(doc.tables()[1].target, QStringLiteral("activity"));
        QCOMPARE(doc.tables()[2].source, QStringLiteral("contacts"));
        QCOMPARE(doc.tables()[2].target, QStringLiteral("contact"));
        for (const TableMapping& m : doc.tables()) {
            QCOMPARE(m.mode, WriteMode::Upsert);
            QCOMPARE(m.keys, QStringList{QStringLiteral("legacy_id")});
            QVERIFY(m.fields.isEmpty()); // the mapping page fills them
        }
        // Shown parents first whatever the proposal order.
        QCOMPARE(column(page->model(), Model::TargetColumn),
                 (QStringList{QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("activity")}));
        QVERIFY(host.next()->isEnabled());
        QVERIFY(host.save(QStringLiteral("tables-page-proposed.png")));
    }

    void addRemoveAndQuery()
    {
        auto* page = new TablesPage(&doc);
        test::PageHost host(page);
        host.show();
        QTableView* view = page->view();
        const Model* model = page->model();
        // "Add mapping" feeds another target from the selected source table.
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
        QCOMPARE(doc.tables().size(), 4);
        QCOMPARE(doc.tables()[3].source, QStringLiteral("accounts"));
        QCOMPARE(model->projectIndex(view->currentIndex().row()), 3); // the new one is selected
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
        QCOMPARE(doc.tables().size(), 3);

        // A SQL query stands in for the contacts table.
        view->selectRow(1);
        view->setCurrentIndex(model->index(1, Model::TargetColumn));
        auto* check = page->findChild<QCheckBox*>(QStringLiteral("queryCheck"));
        auto* query = page->findChild<QPlainTextEdit*>(QStringLiteral("queryEdit"));
        QVERIFY(!query->isEnabled());
        check->click();
        QVERIFY(query->isEnabled());
        QCOMPARE(doc.tables()[1].query, QStringLiteral("SELECT * FROM contacts"));
        QVERIFY(doc.tables()[1].source.isEmpty());
        query->moveCursor(QTextCursor::End);
        QTest::keyClicks(query, QStringLiteral(" WHERE status <> 'D'"));
        QCOMPARE(doc.tables()[1].query, QStringLiteral("SELECT * FROM contacts WHERE status <> 'D'"));
        QCOMPARE(model->index(1, Model::SourceColumn).data().toString(),
                 QStringLiteral("SQL: SELECT * FROM contacts WHERE status <> 'D'"));
        QVERIFY(host.next()->isEnabled());
        check->click(); // back to the table named like the target
        QCOMPARE(doc.tables()[1].source, QStringLiteral("contacts"));
        QVERIFY(doc.tables()[1].query.isEmpty());
        QVERIFY(!query->isEnabled());
    }

    void contextMenuByKeyboard()
    {
        auto* page = new TablesPage(&doc);
        test::PageHost host(page);
        host.show();
        QVERIFY(QTest::qWaitForWindowActive(&host.wizard));
        QTableView* view = page->view();
        view->setFocus();
        QVERIFY(test::arrowTo(view, Model::SourceColumn, QStringLiteral("contacts")));
        // The context-menu key offers the row's actions: duplicate rules open for the selected mapping.
        QVERIFY(test::pressForMenu(Qt::Key_Menu, TablesPage::tr("Duplicate rules…")));
        auto* dialog = page->findChild<DuplicateRulesDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY2(dialog->windowTitle().contains(QStringLiteral("contacts → contact")),
                 qPrintable(dialog->windowTitle()));
        dialog->close();
        QVERIFY(QTest::qWaitFor([page] { return !page->findChild<DuplicateRulesDialog*>(); }));
        // "Remove mapping" from the same menu removes that mapping, and Ctrl+Z brings it back.
        view->setFocus();
        QVERIFY(test::arrowTo(view, Model::SourceColumn, QStringLiteral("contacts")));
        QVERIFY(test::pressForMenu(Qt::Key_Menu, TablesPage::tr("Remove mapping")));
        QCOMPARE(doc.tables().size(), 2);
        QVERIFY(!column(page->model(), Model::SourceColumn).contains(QStringLiteral("contacts")));
        doc.undoStack()->undo();
        QCOMPARE(doc.tables().size(), 3);
    }

    void comboEditorChangesTheTarget()
    {
        auto* page = new TablesPage(&doc);
        test::PageHost host(page);
        host.show();
        QTableView* view = page->view();
        const QModelIndex mode = page->model()->index(0, Model::ModeColumn);
        view->setCurrentIndex(mode);
        view->edit(mode);
        auto* combo = view->findChild<QComboBox*>(QStringLiteral("tableMappingCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentText(), QStringLiteral("Insert or update"));
        const int skip = combo->findData(int(WriteMode::SkipExisting));
        combo->setCurrentIndex(skip);
        emit combo->activated(skip);
        QCOMPARE(doc.tables()[0].mode, WriteMode::SkipExisting);
        QCOMPARE(doc.tables()[0].keys, QStringList{QStringLiteral("legacy_id")});
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QCOMPARE(doc.tables()[0].mode, WriteMode::Upsert);
    }

    void withoutSchemasNothingIsReady()
    {
        doc.setSchema(Side::Target, std::nullopt);
        auto* page = new TablesPage(&doc);
        test::PageHost host(page);
        host.show();
        QVERIFY(!host.next()->isEnabled());
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("tablesStatus"))->text(),
                 QStringLiteral("Test both connections first: the tables come from the databases."));
        QCOMPARE(doc.tables().size(), 3); // nothing proposed or removed
    }
};

QTEST_MAIN(TstTablesPage)
#include "tst_tables_page.moc"
