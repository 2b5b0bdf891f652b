// The mapping page without a mouse: Tab stops once per pane (a table is one stop, arrows move inside
// it), Enter/F2/Ctrl+M in the target table open the Source list, Enter in the source table maps the
// selected source onto the selected target, and no Enter meant for a view or its editor presses Next.
// Also the honest checks: sample values decide the colour as well as the types.
#include "common/keys.h"
#include "gui/mapping/mapping_fixture.h"
#include "items/field_mapping_model.h"
#include "items/sample_risk.h"
#include "items/source_columns_model.h"
#include "mapping/transform_editor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace ferry;
using namespace ferry::test;
using namespace ferry::ui;

class TestMappingKeys : public QObject {
    Q_OBJECT

    MappingFixture fixture;
    ProjectDocument* doc = nullptr;
    PageHost* host = nullptr;
    MappingPage* page = nullptr;

    FieldMappingModel* fields() const { return page->fieldModel(); }
    const TableMapping& table(int i) const { return doc->tables()[i]; }
    int field(int table, const char* target) const
    {
        const QList<FieldMapping>& f = doc->tables()[table].fields;
        for (int i = 0; i < f.size(); ++i)
            if (f[i].target == S(target))
                return i;
        return -1;
    }
    void waitForSample() { fixture.waitForSample(); }
private slots:
    void init()
    {
        fixture.open();
        doc = fixture.doc.get();
        host = fixture.host.get();
        page = fixture.page;
        QVERIFY(QTest::qWaitForWindowActive(&host->wizard));
    }
    void cleanup() { fixture.close(); }

    void tabStopsOncePerPane()
    {
        auto* sourceFilter = page->findChild<QLineEdit*>(S("sourceFilter"));
        sourceFilter->setFocus();
        QList<QWidget*> stops;
        for (int i = 0; i < 40; ++i) {
            QVERIFY(press(Qt::Key_Tab));
            stops << QApplication::focusWidget();
        }
        // Each table is passed in one press, and the panes after them are reached.
        QCOMPARE(stops.count(page->sourceView()), 1 * stops.count(sourceFilter));
        QCOMPARE(stops.count(page->targetView()), stops.count(sourceFilter));
        QVERIFY(stops.contains(page->findChild<QLineEdit*>(S("targetFilter"))));
        QVERIFY(stops.contains(page->transformEditor()->findChild<QListWidget*>()));
        QVERIFY(stops.contains(host->next()));
        // Shift+Tab walks back the same way.
        QVERIFY(tabTo(page->targetView()));
        QVERIFY(tabTo(page->sourceView(), true, 3));
    }

    void targetRowMappedFromTheSourceList()
    {
        page->selectTable(1); // contacts → contact
        waitForSample();
        page->sourceView()->setFocus();
        QVERIFY(tabTo(page->targetView()));
        QTableView* view = page->targetView();
        QVERIFY(arrowTo(view, FieldMappingModel::TargetColumn, S("job_title")));
        QVERIFY(press(Qt::Key_Return)); // opens the Source cell's editor: typing filters the list
        QTRY_VERIFY(view->isAncestorOf(QApplication::focusWidget()) && QApplication::focusWidget() != view);
        QVERIFY(pickCompletion(S("ntr"))); // country, found by a part of its name
        QTRY_COMPARE(table(1).fields[field(1, "job_title")].sources, QStringList{S("country")});
        QTRY_COMPARE(QApplication::focusWidget(), view);
        // One more Enter opens the editor again; it never presses Next. Escape leaves it unchanged.
        QVERIFY(press(Qt::Key_Return));
        QTRY_VERIFY(QApplication::focusWidget() != view);
        QVERIFY(press(Qt::Key_Escape));
        QTRY_COMPARE(QApplication::focusWidget(), view);
        QCOMPARE(host->wizard.currentId(), 0);
        QCOMPARE(table(1).fields[field(1, "job_title")].sources, QStringList{S("country")});
        // F2 opens it as well; "(not mapped)" unmaps.
        QVERIFY(press(Qt::Key_F2));
        QTRY_VERIFY(QApplication::focusWidget() != view);
        QVERIFY(pickCompletion(S("not")));
        QTRY_COMPARE(field(1, "job_title"), -1);
        QVERIFY(host->save(S("mapping_keys_target.png")));
        doc->undoStack()->undo();
        QCOMPARE(table(1).fields[field(1, "job_title")].sources, QStringList{S("country")});
    }

    void sourceMappedOntoTheSelectedTarget()
    {
        page->selectTable(1);
        waitForSample();
        page->targetView()->setFocus();
        QVERIFY(arrowTo(page->targetView(), FieldMappingModel::TargetColumn, S("job_title")));
        QVERIFY(tabTo(page->sourceView(), true));
        QVERIFY(arrowTo(page->sourceView(), SourceColumnsModel::NameColumn, S("e_mail")));
        QVERIFY(press(Qt::Key_Return));
        QCOMPARE(table(1).fields[field(1, "job_title")].sources, QStringList{S("e_mail")});
        QVERIFY(arrowTo(page->sourceView(), SourceColumnsModel::NameColumn, S("title")));
        QVERIFY(press(Qt::Key_M, Qt::ControlModifier)); // the context menu's "Map to the selected target column"
        QCOMPARE(table(1).fields[field(1, "job_title")].sources, QStringList{S("title")});
        QCOMPARE(host->wizard.currentId(), 0);
        // Delete in the target table unmaps.
        // The context-menu key offers the same in the source table.
        QVERIFY(arrowTo(page->sourceView(), SourceColumnsModel::NameColumn, S("e_mail")));
        QVERIFY(pressForMenu(Qt::Key_Menu, S("Map to the selected target column")));
        QTRY_COMPARE(table(1).fields[field(1, "job_title")].sources, QStringList{S("e_mail")});
        // Delete in the target table unmaps.
        QVERIFY(tabTo(page->targetView()));
        QVERIFY(press(Qt::Key_Delete));
        QCOMPARE(field(1, "job_title"), -1);
    }

    void transformStepAddedAndAppliedByKeys()
    {
        page->selectTable(1);
        waitForSample();
        page->targetView()->setFocus();
        QVERIFY(arrowTo(page->targetView(), FieldMappingModel::TargetColumn, S("country")));
        const int steps = table(1).fields[field(1, "country")].transforms.size();
        QVERIFY(press(Qt::Key_I, Qt::AltModifier)); // "Steps, &in order"
        QCOMPARE(QApplication::focusWidget(), page->transformEditor()->findChild<QListWidget*>(S("transformSteps")));
        QVERIFY(tabTo(page->transformEditor()->findChild<QToolButton*>(S("addTransformButton"))));
        QVERIFY(pressForMenu(Qt::Key_Space, S("Trim"))); // the Add menu
        QTRY_COMPARE(page->transformEditor()->draft().size(), steps + 1);
        // Tab, not Alt+P: after a menu the offscreen platform no longer routes mnemonics to the window.
        QVERIFY(tabTo(page->transformEditor()->findChild<QPushButton*>(S("applyTransformsButton"))));
        QVERIFY(press(Qt::Key_Space));
        QCOMPARE(table(1).fields[field(1, "country")].transforms.size(), steps + 1);
        QCOMPARE(host->wizard.currentId(), 0);
        QVERIFY(host->save(S("mapping_keys_transform.png")));
        doc->undoStack()->undo();
        QCOMPARE(table(1).fields[field(1, "country")].transforms.size(), steps);
    }

    void checksJudgeTheSample()
    {
        // Every sample name is rejected by an integer column: red, whatever the types allow.
        page->selectTable(1);
        waitForSample();
        const int row = fields()->rowOfTarget(S("legacy_id"));
        QVERIFY(fields()->mapSources(row, {S("full_name")}));
        QCOMPARE(fields()->risk(row).level, RiskLevel::WillFail);
        QVERIFY2(fields()->risk(row).reason().contains(S("20 of 20 sample values")),
                 qPrintable(fields()->risk(row).reason()));
        QCOMPARE(fields()->index(row, FieldMappingModel::CheckColumn).data().toString(), S("Will fail"));

        // Some rejected: at least yellow; none: as the types say.
        RiskAssessment some;
        addSampleEvidence(some, {{S("a"), S("a"), PreviewRow::State::Ok},
                                 {S("b"), S("rejected: x"), PreviewRow::State::Rejected},
                                 {S("c"), S("c"), PreviewRow::State::AtRunTime}});
        QCOMPARE(some.level, RiskLevel::MayLose);
        QVERIFY2(some.reason().contains(S("1 of 2")), qPrintable(some.reason()));
        RiskAssessment none;
        addSampleEvidence(none, {{S("a"), S("a"), PreviewRow::State::Ok}});
        QCOMPARE(none.level, RiskLevel::Exact);
        QVERIFY(none.reasons.isEmpty());
    }

    void nextWaitsForRequiredColumns()
    {
        QVERIFY(host->next()->isEnabled());
        page->selectTable(1);
        const int row = fields()->rowOfTarget(S("last_name"));
        QVERIFY(fields()->unmap(row));
        QVERIFY(!page->isComplete());
        QVERIFY(!host->next()->isEnabled());
        QVERIFY(page->findChild<QLabel*>(S("mappingStatus"))->text().contains(S("contact: last_name")));
        QVERIFY(host->save(S("mapping_next_waits.png")));
        doc->undoStack()->undo();
        QVERIFY(host->next()->isEnabled());
    }
};

QTEST_MAIN(TestMappingKeys)
#include "tst_mapping_keys.moc"
