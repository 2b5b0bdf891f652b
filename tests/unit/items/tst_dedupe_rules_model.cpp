// The duplicate rules editor's models without widgets: every edit of a mapping's "dedupe" object is one
// undo step that undo puts back exactly; the preview reads the mapping with the mappings its lookups
// need, and answers in the background with the engine's clusters for that table alone.
#include "common/demo.h"
#include "items/dedupe_preview.h"
#include "items/dedupe_rules_model.h"
#include "items/project_document.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

class TestDedupeRulesModel : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    ProjectDocument* doc = nullptr;
    int contacts = -1;

private slots:
    void init()
    {
        doc = new ProjectDocument;
        QString error;
        QVERIFY2(doc->load(test::copyDemo(dir.path()), &error), qPrintable(error));
        for (int i = 0; i < doc->tables().size(); ++i)
            if (doc->tables()[i].source == QLatin1String("contacts"))
                contacts = i;
        QVERIFY(contacts >= 0);
    }
    void cleanup()
    {
        delete doc;
        for (const QString& name : QDir(dir.path()).entryList({QStringLiteral("*.json"), QStringLiteral("*.sql")}))
            QFile::remove(dir.filePath(name));
    }

    void listsTheDemoRules()
    {
        DedupeRulesModel model(doc, contacts);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("same e-mail"));
        QCOMPARE(model.index(0).data(DedupeRulesModel::DescriptionRole).toString(), QStringLiteral("email (e-mail)"));
        QCOMPARE(model.index(1).data(DedupeRulesModel::DescriptionRole).toString(),
                 QStringLiteral("first_name + last_name (name) and account_id (exact)"));
        QVERIFY(model.columns().contains(QStringLiteral("phone")));
    }

    void everyEditIsOneUndoStep()
    {
        DedupeRulesModel model(doc, contacts);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const DedupeConfig before = model.config();
        QUndoStack* stack = doc->undoStack();

        // A new rule guesses a column not used yet that duplicate rules compare: the phone.
        const int row = model.addRule();
        QCOMPARE(row, 2);
        QCOMPARE(model.config().rules[row].name, QStringLiteral("rule 3"));
        QCOMPARE(model.config().rules[row].all[0].columns, QStringList{QStringLiteral("phone")});
        QCOMPARE(model.config().rules[row].all[0].kind, MatchKind::Phone);
        QVERIFY(model.setData(model.index(row), QStringLiteral("same phone")));
        QVERIFY(model.setData(model.index(row), QStringLiteral("same phone number")));
        QVERIFY(!model.setData(model.index(row), QStringLiteral("  "))); // a rule needs a name
        QCOMPARE(stack->count(), 2);                                     // typing a name is one step
        MatchCondition c = model.config().rules[row].all[0];
        c.region = QStringLiteral("DE");
        QVERIFY(model.setCondition(row, 0, c));
        QCOMPARE(model.addCondition(row), 1);
        QVERIFY(model.removeCondition(row, 1));
        QVERIFY(!model.removeCondition(row, 0)); // the last condition stays: remove the rule instead
        DedupeConfig policy = model.config();
        policy.againstTarget = TargetAction::Skip;
        QVERIFY(model.setConfig(policy, QStringLiteral("policy")));
        QVERIFY(!model.setConfig(policy, QStringLiteral("again"))); // nothing changes, nothing pushed
        QVERIFY(model.removeRule(0));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(doc->tables()[contacts].dedupe.rules[1].name, QStringLiteral("same phone number"));
        QCOMPARE(doc->tables()[contacts].dedupe.againstTarget, TargetAction::Skip);

        while (stack->canUndo())
            stack->undo();
        QCOMPARE(model.config(), before);
        QCOMPARE(model.rowCount(), 2);
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(model.config().rules.size(), 2);
        QCOMPARE(model.config().rules[1].all[0].region, QStringLiteral("DE"));
    }

    void previewProjectTakesTheParentsItLooksUp()
    {
        QList<int> kept;
        const Project p = dedupePreviewProject(doc->project(), contacts, &kept);
        QCOMPARE(p.tables.size(), 2); // accounts (contacts look up account ids) and contacts, not activities
        QCOMPARE(p.tables[0].source, QStringLiteral("accounts"));
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept[1], contacts);
        QCOMPARE(p.tables[1], doc->tables()[contacts]);
        // Messages about the reduced project name the user's tables.
        QCOMPARE(withProjectIndexes(QStringLiteral("tables[1].dedupe.recentColumn: x; tables[0]: y"), {0, 7}),
                 QStringLiteral("tables[7].dedupe.recentColumn: x; tables[0]: y"));
    }

    void previewAnswersForTheTableAlone()
    {
        DedupePreviewer previewer;
        QSignalSpy ready(&previewer, &DedupePreviewer::resultReady);
        // Asked twice: the first request is cancelled and never answers.
        previewer.request(doc->project(), contacts, {}, {}, 10);
        previewer.request(doc->project(), contacts, {}, {}, 3000);
        QVERIFY(previewer.isBusy());
        QVERIFY(ready.wait(120000));
        QVERIFY(!previewer.isBusy());
        const RunSummary& r = previewer.result();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.tables.size(), 1);
        QCOMPARE(r.tables[0].source, QStringLiteral("contacts"));
        QCOMPARE(r.tables[0].read, 3000);
        // What the demo's generator planted and expected.json counts for the shipped rules.
        const QJsonObject found = test::demoExpected()[QLatin1String("duplicatesFound")].toObject();
        QCOMPARE(r.clusters.size(), found[QLatin1String("clusters")].toInteger());
        QCOMPARE(r.duplicateRules.size(), 2);
        for (const DuplicateCluster& c : r.clusters)
            QCOMPARE(c.tableIndex, 0);
        QTest::qWait(200);
        QCOMPARE(ready.size(), 1);
    }

    void previewSaysWhatIsWrongWithTheRules()
    {
        Project p = doc->project();
        p.tables[contacts].dedupe.action = ClusterAction::KeepMostRecent; // and no column to tell
        DedupePreviewer previewer;
        QSignalSpy ready(&previewer, &DedupePreviewer::resultReady);
        previewer.request(p, contacts, {}, {}, 100);
        QVERIFY(ready.wait(120000));
        const QString error = previewer.result().error;
        QVERIFY2(error.contains(QStringLiteral("tables[%1].dedupe").arg(contacts)), qPrintable(error));
        QVERIFY(previewer.result().tables.isEmpty());
    }
};

QTEST_MAIN(TestDedupeRulesModel)
#include "tst_dedupe_rules_model.moc"
