// The field mapping page on the demo: the demo's mappings shown and checked, the live sample read in
// the background, drag-and-drop through the views' own (filtered) models, the Source combo by
// keyboard, auto-map of a cleared table accepted as one undo step, transforms applied and undone.
#include "gui/mapping/mapping_fixture.h"
#include "items/field_mapping_model.h"
#include "items/mapping_mime.h"
#include "items/source_columns_model.h"
#include "items/transform_preview.h"
#include "mapping/transform_editor.h"
#include "mapping_page.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace ferry;
using namespace ferry::ui;

using ferry::test::S;

class TestMappingPage : public QObject {
    Q_OBJECT

    test::MappingFixture fixture;
    ProjectDocument* doc = nullptr;
    test::PageHost* host = nullptr;
    MappingPage* page = nullptr;
    std::unique_ptr<QSignalSpy> busy;

    FieldMappingModel* fields() const { return page->fieldModel(); }
    int row(const char* target) const { return fields()->rowOfTarget(S(target)); }
    const TableMapping& table(int i) const { return doc->tables()[i]; }
    void waitForSample() { fixture.waitForSample(); }
    // Layouts show widgets they were given with a queued call; let that happen before a screenshot.
    bool screenshot(const char* name)
    {
        QTest::qWait(50);
        return host->save(S(name));
    }

private slots:
    void init()
    {
        fixture.open([this](MappingPage* p) { busy = std::make_unique<QSignalSpy>(p, &WizardPage::busyChanged); });
        doc = fixture.doc.get();
        host = fixture.host.get();
        page = fixture.page;
    }
    void cleanup()
    {
        busy.reset();
        fixture.close();
    }

    void demoMappingShown()
    {
        // busyChanged(true) then (false) around the background sample read.
        QVERIFY(busy->count() >= 2);
        QCOMPARE(busy->first().first().toBool(), true);
        QCOMPARE(busy->last().first().toBool(), false);

        auto* combo = page->findChild<QComboBox*>(S("tableCombo"));
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(0), S("accounts → account"));
        QCOMPARE(combo->itemText(1), S("contacts → contact"));
        QCOMPARE(fields()->rowCount(), 8); // account's columns
        QCOMPARE(page->sourceModel()->rowCount(), 7);
        QVERIFY(page->isComplete());
        QVERIFY(host->next()->isEnabled());
        QVERIFY(page->unmappedRequired().isEmpty());
        QVERIFY(
            page->findChild<QLabel*>(S("mappingStatus"))->text().startsWith(S("7 of 8 target columns are mapped.")));
        // The first mapped column is selected, so its transforms and sample show at once.
        QCOMPARE(fields()->targetName(page->targetView()->currentIndex().row()), S("legacy_id"));
        QCOMPARE(page->preview()->rowCount(), TransformPreview::kSampleRows);

        // Every column but the generated id is mapped; the industry map fits VARCHAR(40) exactly.
        QCOMPARE(fields()->index(row("id"), FieldMappingModel::SourceColumn).data().toString(), S("(not mapped)"));
        QCOMPARE(fields()->index(row("industry"), FieldMappingModel::SourceColumn).data().toString(), S("industry_cd"));
        QCOMPARE(fields()->index(row("industry"), FieldMappingModel::CheckColumn).data().toString(), S("Exact"));
        // company TEXT → trim → VARCHAR(60) NOT NULL: may lose (length, NULL), with both reasons.
        const QModelIndex name = fields()->index(row("name"), FieldMappingModel::CheckColumn);
        QCOMPARE(name.data().toString(), S("May lose data"));
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(S("longer than 60 characters")));
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(S("required (NOT NULL)")));
        QCOMPARE(fields()->index(row("created_on"), FieldMappingModel::TransformsColumn).data().toString(),
                 S("Parse date (dd/MM/yyyy)"));
        QVERIFY(screenshot("mapping_page_accounts.png"));
    }

    void sampleShowsBeforeAndAfter()
    {
        page->selectTable(1);
        waitForSample();
        QCOMPARE(table(1).target, S("contact"));
        page->selectTarget(S("first_name"));
        TransformPreview* preview = page->preview();
        QCOMPARE(preview->rowCount(), TransformPreview::kSampleRows);
        QCOMPARE(preview->index(0, TransformPreview::BeforeColumn).data().toString(), S("\"Dr Isla Edwards\""));
        QCOMPARE(preview->index(0, TransformPreview::AfterColumn).data().toString(), S("\"Isla\""));
        QVERIFY(page->transformEditor()->findChild<QLabel*>(S("transformTitle"))->text().contains(S("first_name")));

        page->selectTarget(S("created_at"));
        QCOMPARE(preview->index(0, TransformPreview::BeforeColumn).data().toString(), S("\"16/11/2013 16:24\""));
        QCOMPARE(preview->index(0, TransformPreview::AfterColumn).data().toString(), S("2013-11-16 16:24:00"));

        page->selectTarget(S("account_id"));
        QCOMPARE(preview->index(0, TransformPreview::AfterColumn).data().toString(),
                 S("1468, looked up in account at run time"));
        QCOMPARE(preview->index(0, 1).data(TransformPreview::StateRole).toInt(), int(PreviewRow::State::AtRunTime));

        // Row 1's email has spaces and capitals; the email transform cleans it.
        page->selectTarget(S("email"));
        QCOMPARE(preview->index(1, TransformPreview::AfterColumn).data().toString(),
                 S("\"pablo.ortega@gonzalez-construcciones.example\""));
        QVERIFY(screenshot("mapping_page.png"));
    }

    void clearedTableAutoMappedAsOneStep()
    {
        page->selectTable(1);
        waitForSample();
        TableMapping cleared = table(1);
        cleared.fields.clear();
        doc->setTable(1, cleared);
        doc->undoStack()->clear();
        QCOMPARE(fields()->requiredUnmapped(), QStringList({S("legacy_id"), S("last_name"), S("status")}));
        auto* status = page->findChild<QLabel*>(S("mappingStatus"));
        QVERIFY2(status->text().contains(S("contact: legacy_id, last_name, status")), qPrintable(status->text()));
        // A run would be refused: Next waits, and the status line says why.
        QVERIFY(!page->isComplete());
        QVERIFY(!page->validatePage());
        QVERIFY(!host->next()->isEnabled());

        auto* autoMap = page->findChild<QPushButton*>(S("autoMapButton"));
        auto* acceptAll = page->findChild<QPushButton*>(S("acceptAllButton"));
        QVERIFY(autoMap->isEnabled());
        QVERIFY(!acceptAll->isEnabled());
        QTest::mouseClick(autoMap, Qt::LeftButton);
        QVERIFY(acceptAll->isEnabled());
        QCOMPARE(table(1), cleared); // proposals only
        const struct {
            const char* target;
            const char* source;
        } expected[] = {{"legacy_id", "cont_id"},   {"account_id", "acct_id"}, {"first_name", "full_name"},
                        {"last_name", "full_name"}, {"email", "e_mail"},       {"phone", "phone"},
                        {"country", "country"},     {"job_title", "title"},    {"status", "status"},
                        {"created_at", "created"}};
        for (const auto& e : expected) {
            const auto s = fields()->suggestion(row(e.target));
            QVERIFY2(s, e.target);
            QCOMPARE(s->source, S(e.source));
        }
        QVERIFY(!fields()->suggestion(row("id")));
        QVERIFY(screenshot("mapping_page_proposals.png"));

        QTest::mouseClick(acceptAll, Qt::LeftButton);
        QCOMPARE(table(1).fields.size(), 10);
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(fields()->requiredUnmapped().isEmpty());
        QVERIFY(page->isComplete());
        QVERIFY(!acceptAll->isEnabled());
        const TableMapping mapped = table(1);

        auto* undo = page->findChild<QToolButton*>(S("undoButton"));
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(table(1), cleared);
        QTest::mouseClick(page->findChild<QToolButton*>(S("redoButton")), Qt::LeftButton);
        QCOMPARE(table(1), mapped);
    }

    void dragThroughTheViewsModels()
    {
        page->selectTable(1);
        waitForSample();
        TableMapping cleared = table(1);
        cleared.fields.clear();
        doc->setTable(1, cleared);

        // Filter both sides as a user with long lists would, then drag what is left.
        page->findChild<QLineEdit*>(S("sourceFilter"))->setText(S("e_"));
        page->findChild<QLineEdit*>(S("targetFilter"))->setText(S("mail"));
        QAbstractItemModel* sourceView = page->sourceView()->model();
        QAbstractItemModel* targetView = page->targetView()->model();
        QCOMPARE(sourceView->rowCount(), 1);
        QCOMPARE(targetView->rowCount(), 1);
        std::unique_ptr<QMimeData> data(sourceView->mimeData({sourceView->index(0, 0)}));
        QVERIFY(data);
        const QModelIndex email = targetView->index(0, FieldMappingModel::SourceColumn);
        QCOMPARE(email.data(FieldMappingModel::TargetNameRole).toString(), S("email"));
        QVERIFY(targetView->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, email));
        QVERIFY(targetView->dropMimeData(data.get(), Qt::CopyAction, -1, -1, email));
        QCOMPARE(table(1).fields.size(), 1);
        QCOMPARE(table(1).fields[0].target, S("email"));
        QCOMPARE(table(1).fields[0].sources, QStringList{S("e_mail")});
        QCOMPARE(sourceView->index(0, SourceColumnsModel::MappedToColumn).data().toString(), S("email"));

        // Columns of another table are refused.
        std::unique_ptr<QMimeData> foreign(mapping_mime::encode({S("accounts"), {S("company")}}));
        QVERIFY(!targetView->canDropMimeData(foreign.get(), Qt::CopyAction, -1, -1, email));
        doc->undoStack()->undo();
        QCOMPARE(table(1), cleared);
    }

    void sourceComboByKeyboard()
    {
        page->selectTable(1);
        waitForSample();
        QTableView* view = page->targetView();
        page->selectTarget(S("phone"));
        view->setFocus();
        view->edit(view->currentIndex());
        auto* editor = view->findChild<QComboBox*>(S("sourceColumnEditor"));
        QVERIFY(editor);
        QCOMPARE(editor->currentText(), S("phone"));
        QCOMPARE(editor->itemText(0), S("(not mapped)"));
        QTest::keyClick(editor, Qt::Key_Down); // the next column after phone: country
        QTRY_COMPARE(table(1).fields[5].sources, QStringList{S("country")});
        QCOMPARE(table(1).fields[5].target, S("phone"));
        QCOMPARE(table(1).fields[5].transforms.size(), 1); // the phone transform stays
        doc->undoStack()->undo();
        QCOMPARE(table(1).fields[5].sources, QStringList{S("phone")});
    }

    void querySourceColumnsProbed()
    {
        // A query has no snapshot entry: its mapped fields show at once, its columns once its sample is read.
        QList<TableMapping> tables = doc->tables();
        TableMapping q;
        q.query = S("SELECT cont_id, e_mail AS mail FROM contacts;");
        q.target = S("contact");
        FieldMapping legacy;
        legacy.target = S("legacy_id");
        legacy.sources = {S("cont_id")};
        q.fields = {legacy};
        tables << q;
        doc->setTables(tables);
        page->selectTable(3);
        QCOMPARE(page->findChild<QComboBox*>(S("tableCombo"))->currentText(), S("query → contact"));
        QCOMPARE(fields()->index(row("legacy_id"), FieldMappingModel::SourceColumn).data().toString(), S("cont_id"));
        waitForSample();
        QVERIFY(fields()->sourceColumnsKnown());
        QCOMPARE(page->sourceModel()->rowCount(), 2);
        QCOMPARE(page->sourceModel()->index(1, 0).data().toString(), S("mail"));
        QCOMPARE(fields()->suggest(), 1);
        QCOMPARE(fields()->suggestion(row("email"))->source, S("mail"));
        std::unique_ptr<QMimeData> data(page->sourceModel()->mimeData({page->sourceModel()->index(1, 0)}));
        QVERIFY(fields()->dropMimeData(data.get(), Qt::CopyAction, -1, -1, fields()->index(row("email"), 0)));
        QCOMPARE(table(3).fields.size(), 2);
        QCOMPARE(table(3).fields[1].sources, QStringList{S("mail")});
    }

    void transformsAppliedAndUndone()
    {
        page->selectTable(1);
        waitForSample();
        page->selectTarget(S("job_title"));
        TransformEditor* editor = page->transformEditor();
        auto* apply = editor->findChild<QPushButton*>(S("applyTransformsButton"));
        QVERIFY(!apply->isEnabled());
        const TableMapping before = table(1);

        // An invalid draft cannot be applied and says why.
        editor->setDraft({TransformSpec{S("truncate"), {}}});
        QVERIFY(!editor->isDraftValid());
        QVERIFY(!apply->isEnabled());
        QVERIFY(editor->findChild<QLabel*>(S("transformStatus"))->text().contains(S("length")));

        const QList<TransformSpec> chain = {TransformSpec{S("upper"), {}},
                                            TransformSpec{S("truncate"), QJsonObject{{S("length"), 5}}}};
        editor->setDraft(chain);
        QVERIFY(apply->isEnabled());
        // The sample follows the draft before it is applied.
        QCOMPARE(page->preview()->index(0, TransformPreview::AfterColumn).data().toString(), S("\"HEAD \""));
        QCOMPARE(table(1), before);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(table(1).fields[7].transforms, chain);
        QCOMPARE(doc->undoStack()->undoText(), S("Change the transforms of job_title"));
        QCOMPARE(fields()->index(row("job_title"), FieldMappingModel::TransformsColumn).data().toString(),
                 S("Upper case → Truncate (5)"));
        doc->undoStack()->undo();
        QCOMPARE(table(1), before);
        QCOMPARE(editor->draft(), before.fields[7].transforms); // the editor follows the undo

        // The status chain's map step: its values are edited as From → To pairs.
        page->selectTarget(S("status"));
        auto* steps = editor->findChild<QListWidget*>(S("transformSteps"));
        QCOMPARE(steps->count(), 4);
        steps->setCurrentRow(3);
        auto* values = editor->findChild<QTableWidget*>(S("param_values"));
        QVERIFY(values);
        QCOMPARE(values->rowCount(), 4); // A, I, L and an empty row for a new pair
        QCOMPARE(values->item(0, 0)->text(), S("A"));
        QCOMPARE(values->item(0, 1)->text(), S("active"));
        values->item(2, 1)->setText(S("prospect")); // L → prospect
        QVERIFY(editor->hasChanges());
        QCOMPARE(editor->draft()[3].params.value(S("values")).toObject().value(S("L")).toString(), S("prospect"));
        QVERIFY(screenshot("mapping_page_transforms.png"));
    }
};

QTEST_MAIN(TestMappingPage)
#include "tst_mapping_page.moc"
