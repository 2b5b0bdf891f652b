// The duplicate rules dialog on the demo's contacts (issue 12): a rule made in the wizard, its clusters in
// the live preview, the same count from `ferry-cli dry-run --json` on the saved project, undo taking the
// rule away again, and every control reachable by a mnemonic of its own or an accessible name.
#include "dedupe/condition_editor.h"
#include "dedupe/duplicate_rules_dialog.h"
#include "gui/tables/page_fixture.h"
#include "items/clusters_model.h"
#include "items/dedupe_preview.h"
#include "items/dedupe_rules_model.h"
#include "items/table_mapping_list_model.h"
#include "tables_page.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ferry;
using namespace ferry::ui;

namespace {

constexpr int kSample = 5000; // more than the demo's 3,000 contacts: the preview sees every row

int contactsIndex(const ProjectDocument& doc)
{
    for (int i = 0; i < doc.tables().size(); ++i)
        if (doc.tables()[i].source == QLatin1String("contacts"))
            return i;
    return -1;
}

// The preview has answered for the rules as they stand now.
bool previewSettled(DuplicateRulesDialog* d)
{
    const RunSummary& r = d->previewer()->result();
    if (d->previewer()->isBusy() || r.tables.isEmpty())
        return false;
    QStringList names;
    for (const MatchRule& rule : d->rulesModel()->config().rules)
        names << rule.name;
    for (const DuplicateRuleCount& c : r.duplicateRules)
        if (!names.contains(c.rule))
            return false;
    return true;
}

// findings.duplicateRules of `ferry-cli dry-run --json`: rule → clusters, for the contacts mapping.
QMap<QString, qint64> cliRuleCounts(const QString& project, int limit)
{
    QProcess cli;
    cli.start(qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry-cli"),
              {QStringLiteral("dry-run"), project, QStringLiteral("--json"), QStringLiteral("--limit"),
               QString::number(limit)});
    if (!cli.waitForFinished(180000))
        return {};
    const QJsonObject summary = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QMap<QString, qint64> out;
    for (const QJsonValue& v : summary.value(QLatin1String("findings"))[QLatin1String("duplicateRules")].toArray())
        if (v[QLatin1String("source")].toString() == QLatin1String("contacts"))
            out.insert(v[QLatin1String("rule")].toString(), v[QLatin1String("clusters")].toInteger());
    return out;
}

} // namespace

class TstDuplicateRulesDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir;
    ProjectDocument doc;
    QString projectPath;

private slots:
    void init()
    {
        QVERIFY(dir.isValid());
        QString error;
        projectPath = test::copyDemo(dir.path());
        QVERIFY2(doc.load(projectPath, &error), qPrintable(error));
        doc.setSchema(Side::Source, readSchemaSnapshot(doc.profile(Side::Source), {}));
        doc.setSchema(Side::Target, readSchemaSnapshot(doc.profile(Side::Target), {}));
        // The demo ships rules for contacts; start from none, as a project mapped in the wizard does.
        const int contacts = contactsIndex(doc);
        QVERIFY(contacts >= 0);
        TableMapping t = doc.tables()[contacts];
        t.dedupe = {};
        doc.setTable(contacts, t);
        doc.undoStack()->clear();
    }

    void cleanup()
    {
        // What copyDemo put there; the SQLite files it created stay for the next test.
        for (const QString& name : QDir(dir.path()).entryList({QStringLiteral("*.json"), QStringLiteral("*.sql")}))
            QFile::remove(dir.filePath(name));
    }

    void ruleMadeInTheWizardFindsWhatTheDryRunFinds()
    {
        auto* page = new TablesPage(&doc);
        test::PageHost host(page);
        host.show();
        const int contacts = contactsIndex(doc);
        page->view()->setCurrentIndex(page->model()->index(page->model()->rowOfProjectIndex(contacts), 0));
        auto* open = page->findChild<QPushButton*>(QStringLiteral("dedupeButton"));
        QVERIFY(open && open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        auto* dialog = page->findChild<DuplicateRulesDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->rulesModel()->rowCount(), 0);
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("previewStatus"));
        QCOMPARE(status->text(), DuplicateRulesDialog::tr("Add a rule to see the clusters it finds."));

        // A new rule guesses the e-mail column and compares it as an e-mail; the user names it.
        dialog->sampleSpin()->setValue(kSample);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addRuleButton")), Qt::LeftButton);
        QCOMPARE(dialog->rulesModel()->rowCount(), 1);
        QCOMPARE(dialog->currentRule(), 0);
        const MatchCondition guessed = dialog->rulesModel()->config().rules[0].all.value(0);
        QCOMPARE(guessed.columns, QStringList{QStringLiteral("email")});
        QCOMPARE(guessed.kind, MatchKind::Email);
        QCOMPARE(dialog->conditionEditor()->kindCombo()->currentData().toInt(), int(MatchKind::Email));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("ruleNameEdit"));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("same e-mail"));
        QTest::keyClick(name, Qt::Key_Return); // finishes the name; presses no button
        QCOMPARE(dialog->rulesModel()->rowCount(), 1);
        QCOMPARE(dialog->rulesModel()->config().rules[0].name, QStringLiteral("same e-mail"));

        QTRY_VERIFY_WITH_TIMEOUT(previewSettled(dialog), 120000);
        const RunSummary& preview = dialog->previewer()->result();
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QCOMPARE(preview.tables.first().read, 3000);
        QCOMPARE(preview.duplicateRules.size(), 1);
        QCOMPARE(preview.duplicateRules.first().rule, QStringLiteral("same e-mail"));
        const qint64 found = preview.duplicateRules.first().clusters;
        ClustersModel* clusters = dialog->clustersModel();
        QCOMPARE(clusters->rowCount(), found);
        // The generator planted pairs of one person entered twice, e-mails differing in case and spaces.
        const QJsonArray planted =
            test::demoExpected()[QLatin1String("plantedDuplicates")][QLatin1String("pairs")].toArray();
        QVERIFY(found >= planted.size());
        const QStringList pair{QString::number(planted[0][0].toInteger()), QString::number(planted[0][1].toInteger())};
        bool pairShown = false;
        for (int r = 0; r < clusters->rowCount(); ++r) {
            const DuplicateCluster& c = clusters->record(r);
            if (c.memberKeys == pair) {
                pairShown = true;
                QCOMPARE(c.rules, QStringList{QStringLiteral("same e-mail")});
                QCOMPARE(clusters->index(r, ClustersModel::Rule).data().toString(), QStringLiteral("same e-mail"));
            }
        }
        QVERIFY2(pairShown, qPrintable(pair.join(QLatin1Char(','))));
        QVERIFY(status->text().contains(QStringLiteral("same e-mail")));
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("duplicate-rules-dialog.png"))));

        // Saved, the project gives ferry-cli the same rule and the same clusters.
        QString error;
        const QString saved = dir.filePath(QStringLiteral("with-rule.ferry.json"));
        QVERIFY2(doc.save(saved, &error), qPrintable(error));
        const QMap<QString, qint64> cli = cliRuleCounts(saved, kSample);
        QCOMPARE(cli.value(QStringLiteral("same e-mail"), -1), found);
        QCOMPARE(cli.size(), 1);

        // Undo takes back the name, then the rule; redo brings both back.
        auto* undo = dialog->findChild<QPushButton*>(QStringLiteral("undoButton"));
        auto* redo = dialog->findChild<QPushButton*>(QStringLiteral("redoButton"));
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(dialog->rulesModel()->config().rules.value(0).name != QStringLiteral("same e-mail"));
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(dialog->rulesModel()->rowCount(), 0);
        QVERIFY(doc.tables()[contacts].dedupe.rules.isEmpty());
        QTRY_COMPARE(status->text(), DuplicateRulesDialog::tr("Add a rule to see the clusters it finds."));
        QTest::mouseClick(redo, Qt::LeftButton);
        QTest::mouseClick(redo, Qt::LeftButton);
        QCOMPARE(doc.tables()[contacts].dedupe.rules.value(0).name, QStringLiteral("same e-mail"));

        // Keep the most recent row by created_at: the preview names the row each cluster keeps.
        auto* action = dialog->findChild<QComboBox*>(QStringLiteral("actionCombo"));
        auto* recent = dialog->findChild<QComboBox*>(QStringLiteral("recentCombo"));
        QVERIFY(!recent->isEnabled());
        action->setFocus();
        QTest::keyClick(action, Qt::Key_Down); // keyboard: flag → keep the first → keep the most recent
        QTest::keyClick(action, Qt::Key_Down);
        QCOMPARE(doc.tables()[contacts].dedupe.action, ClusterAction::KeepMostRecent);
        QVERIFY(recent->isEnabled());
        recent->setFocus();
        for (int i = 0; i < recent->count() && recent->currentText() != QLatin1String("created_at"); ++i)
            QTest::keyClick(recent, Qt::Key_Down);
        QCOMPARE(doc.tables()[contacts].dedupe.recentColumn, QStringLiteral("created_at"));
        QTRY_VERIFY_WITH_TIMEOUT(previewSettled(dialog) && dialog->previewer()->result().clusters.value(0).action ==
                                                               QLatin1String("keep-most-recent"),
                                 120000);
        QCOMPARE(clusters->rowCount(), found);
        QVERIFY(!clusters->index(0, ClustersModel::Kept).data().toString().isEmpty());
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("duplicate-rules-dialog-keep-recent.png"))));
        dialog->close();
    }

    void conditionEditsAreUndoable()
    {
        const int contacts = contactsIndex(doc);
        DuplicateRulesDialog dialog(&doc, contacts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.rulesModel()->addRule() == 0);
        dialog.selectRule(0);
        ConditionEditor* editor = dialog.conditionEditor();
        // Compare names instead, fuzzily: kind, then the columns checked.
        editor->kindCombo()->setCurrentIndex(editor->kindCombo()->findData(int(MatchKind::Name)));
        QCOMPARE(doc.tables()[contacts].dedupe.rules[0].all[0].kind, MatchKind::Name);
        editor->fuzzySpin()->setValue(0.92);
        QCOMPARE(doc.tables()[contacts].dedupe.rules[0].all[0].fuzzy, 0.92);
        QListWidget* cols = editor->columnsList();
        for (int i = 0; i < cols->count(); ++i) {
            const QString c = cols->item(i)->text();
            cols->item(i)->setCheckState(
                c == QLatin1String("first_name") || c == QLatin1String("last_name") ? Qt::Checked : Qt::Unchecked);
        }
        const MatchCondition now = doc.tables()[contacts].dedupe.rules[0].all[0];
        QCOMPARE(now.columns, (QStringList{QStringLiteral("first_name"), QStringLiteral("last_name")}));
        // The condition edits merge into one undo step; one more undo removes the rule.
        doc.undoStack()->undo();
        QCOMPARE(doc.tables()[contacts].dedupe.rules[0].all[0].kind, MatchKind::Email);
        doc.undoStack()->undo();
        QVERIFY(doc.tables()[contacts].dedupe.rules.isEmpty());
    }

    void everyControlHasAMnemonicOrName()
    {
        DuplicateRulesDialog dialog(&doc, contactsIndex(doc));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList keys;
        auto mnemonic = [](const QString& text) {
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
        };
        for (QLabel* l : dialog.findChildren<QLabel*>())
            if (const QChar k = mnemonic(l->text()); !k.isNull()) {
                QVERIFY2(l->buddy(), qPrintable(l->text()));
                keys << k;
            }
        for (QAbstractButton* b : dialog.findChildren<QAbstractButton*>())
            if (const QChar k = mnemonic(b->text()); !k.isNull())
                keys << k;
        QStringList dupes = keys;
        dupes.removeDuplicates();
        QCOMPARE(keys.size(), dupes.size());
        QVERIFY(keys.size() >= 17);
        QList<QWidget*> inputs;
        for (auto* w : dialog.findChildren<QAbstractItemView*>())
            inputs << w;
        for (auto* w : dialog.findChildren<QComboBox*>())
            inputs << w;
        for (auto* w : dialog.findChildren<QLineEdit*>())
            if (!qobject_cast<QSpinBox*>(w->parentWidget()) && !qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                inputs << w;
        for (auto* w : dialog.findChildren<QAbstractSpinBox*>())
            inputs << w;
        for (QWidget* w : inputs)
            if (w->focusPolicy() != Qt::NoFocus && w->objectName() != QLatin1String("qt_scrollarea_viewport"))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
};

QTEST_MAIN(TstDuplicateRulesDialog)
#include "tst_duplicate_rules_dialog.moc"
