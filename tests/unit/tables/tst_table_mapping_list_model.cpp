// TableMappingListModel: the Tables page's list over the document — parents-first order with its
// reasons, edits through the undo stack, proposals by name.
#include "demo_schemas.h"
#include "items/table_mapping_list_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ferry;
using Model = TableMappingListModel;

namespace {

TableMapping mapping(const QString& source, const QString& target)
{
    TableMapping m;
    m.source = source;
    m.target = target;
    m.mode = WriteMode::Upsert;
    m.keys = {QStringLiteral("legacy_id")};
    FieldMapping key;
    key.target = QStringLiteral("legacy_id");
    key.sources = {QStringLiteral("id")};
    m.fields << key;
    return m;
}

// The row estimates the legacy schema fixture gives its tables, parents first.
QStringList legacyRowEstimates()
{
    const SchemaSnapshot legacy = test::legacySchema();
    QStringList out;
    for (const char* name : {"accounts", "contacts", "activities"})
        out << QString::number(*legacy.table(QString::fromLatin1(name))->rowCountEstimate);
    return out;
}

QStringList column(const Model& model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, col).data(role).toString();
    return out;
}

} // namespace

class TstTableMappingListModel : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ProjectDocument> doc;
    std::unique_ptr<Model> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    void setUpDemo(QList<TableMapping> tables)
    {
        doc = std::make_unique<ProjectDocument>();
        Project p;
        p.tables = std::move(tables);
        doc->reset(p);
        doc->setSchema(Side::Source, test::legacySchema());
        doc->setSchema(Side::Target, test::modernSchema());
        model = std::make_unique<Model>(doc.get());
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

private slots:
    void cleanup()
    {
        tester.reset();
        model.reset();
        doc.reset();
    }

    void showsParentsFirstWithReasons()
    {
        // Children first in the project: the list shows account, contact, activity.
        setUpDemo({mapping(QStringLiteral("activities"), QStringLiteral("activity")),
                   mapping(QStringLiteral("contacts"), QStringLiteral("contact")),
                   mapping(QStringLiteral("accounts"), QStringLiteral("account"))});
        QCOMPARE(column(*model, Model::TargetColumn),
                 (QStringList{QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("activity")}));
        QCOMPARE(column(*model, Model::SourceColumn, Model::RowCountRole), legacyRowEstimates());
        QCOMPARE(model->orderReason(1), QStringLiteral("contact refers to account"));
        QCOMPARE(model->orderReason(2), QStringLiteral("activity refers to contact"));
        QCOMPARE(model->orderReason(0), QStringLiteral("refers to no other table here"));
        // The project's own order is left alone.
        QCOMPARE(doc->tables().first().target, QStringLiteral("activity"));
        QCOMPARE(model->projectIndex(0), 2);
        QCOMPARE(model->rowOfProjectIndex(0), 2);
        QCOMPARE(model->usableCount(), 3);
        QCOMPARE(model->index(0, Model::KeysColumn).data().toString(), QStringLiteral("legacy_id"));
        QCOMPARE(model->index(0, Model::ModeColumn).data(Qt::EditRole).toInt(), int(WriteMode::Upsert));
    }

    void changingTheTargetReordersAndKeepsPersistentIndexes()
    {
        setUpDemo({mapping(QStringLiteral("accounts"), QStringLiteral("account")),
                   mapping(QStringLiteral("contacts"), QStringLiteral("activity"))});
        // account first (activity refers to contact, which is not here: no constraint between them).
        QCOMPARE(column(*model, Model::TargetColumn),
                 (QStringList{QStringLiteral("account"), QStringLiteral("activity")}));
        const QPersistentModelIndex accountRow = model->index(0, Model::SourceColumn);
        // The account mapping now feeds contact; the contacts mapping feeds account: contact refers to
        // account, so the rows swap.
        QVERIFY(model->setData(model->index(0, Model::TargetColumn), QStringLiteral("CONTACT")));
        QVERIFY(model->setData(model->index(1, Model::TargetColumn), QStringLiteral("account")));
        QCOMPARE(column(*model, Model::TargetColumn),
                 (QStringList{QStringLiteral("account"), QStringLiteral("contact")}));
        QCOMPARE(accountRow.row(), 1);
        QCOMPARE(accountRow.data().toString(), QStringLiteral("accounts"));
        QCOMPARE(doc->tables()[0].target, QStringLiteral("contact")); // canonical spelling
        QCOMPARE(doc->undoStack()->count(), 2);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(doc->tables()[0].target, QStringLiteral("account"));
        QCOMPARE(doc->tables()[1].target, QStringLiteral("activity"));
    }

    void unknownTablesAreRefused()
    {
        setUpDemo({mapping(QStringLiteral("accounts"), QStringLiteral("account"))});
        QVERIFY(!model->setData(model->index(0, Model::TargetColumn), QStringLiteral("nosuch")));
        QVERIFY(!model->setData(model->index(0, Model::TargetColumn), QStringLiteral("account_summary"))); // a view
        QVERIFY(!model->setData(model->index(0, Model::SourceColumn), QStringLiteral("nosuch")));
        QVERIFY(!model->setData(model->index(0, Model::KeysColumn), QStringLiteral("legacy_id, nosuch")));
        QVERIFY(!model->setData(model->index(0, Model::RowsColumn), 5));
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(model->setData(model->index(0, Model::SourceColumn), QStringLiteral("CONTACTS")));
        QCOMPARE(doc->tables()[0].source, QStringLiteral("contacts"));
    }

    void modeAndKeys()
    {
        setUpDemo({mapping(QStringLiteral("accounts"), QStringLiteral("account"))});
        const QModelIndex mode = model->index(0, Model::ModeColumn);
        const QModelIndex keys = model->index(0, Model::KeysColumn);
        QVERIFY(model->setData(mode, int(WriteMode::Insert)));
        QVERIFY(doc->tables()[0].keys.isEmpty()); // insert needs none, and unmapped keys would fail the plan
        QVERIFY(!(model->flags(keys) & Qt::ItemIsEditable));
        QCOMPARE(keys.data().toString(), QStringLiteral("not needed"));
        QVERIFY(model->setData(mode, int(WriteMode::SkipExisting)));
        QCOMPARE(doc->tables()[0].keys, QStringList{QStringLiteral("legacy_id")});
        QVERIFY(model->setData(keys, QStringLiteral("NAME, legacy_id, name")));
        QCOMPARE(doc->tables()[0].keys, (QStringList{QStringLiteral("name"), QStringLiteral("legacy_id")}));
        QVERIFY(!model->setData(keys, QString())); // skip-existing needs a key
        QCOMPARE(keys.data().toString(), QStringLiteral("name, legacy_id"));
    }

    void targetChangeDropsFieldsTheNewTargetLacks()
    {
        TableMapping m = mapping(QStringLiteral("contacts"), QStringLiteral("contact"));
        FieldMapping parent;
        parent.target = QStringLiteral("account_id");
        parent.sources = {QStringLiteral("acct_id")};
        m.fields << parent;
        setUpDemo({m});
        QVERIFY(model->setData(model->index(0, Model::TargetColumn), QStringLiteral("account")));
        QCOMPARE(doc->tables()[0].fields.size(), 1); // legacy_id stays, account_id is not a column of account
        QCOMPARE(doc->tables()[0].fields[0].target, QStringLiteral("legacy_id"));
        QCOMPARE(doc->tables()[0].keys, QStringList{QStringLiteral("legacy_id")});
    }

    void addRemoveAndOneSourceFeedingSeveralTargets()
    {
        setUpDemo({mapping(QStringLiteral("accounts"), QStringLiteral("account"))});
        const int row = model->addMapping(QStringLiteral("accounts"), QStringLiteral("contact"));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(row, Model::TargetColumn).data().toString(), QStringLiteral("contact"));
        QCOMPARE(model->index(row, Model::SourceColumn).data().toString(), QStringLiteral("accounts"));
        QCOMPARE(doc->tables()[1].mode, WriteMode::Upsert); // proposed from the target's natural key
        QVERIFY(doc->tables()[1].fields.isEmpty());
        QVERIFY(model->removeRows(0, 1));
        QCOMPARE(doc->tables().size(), 1);
        QCOMPARE(doc->tables()[0].target, QStringLiteral("contact"));
        doc->undoStack()->undo();
        QCOMPARE(doc->tables().size(), 2);
        QCOMPARE(doc->tables()[0].fields.size(), 1); // restored whole
        QVERIFY(!model->removeRows(2, 1));
    }

    void queryInsteadOfATable()
    {
        setUpDemo({mapping(QStringLiteral("accounts"), QStringLiteral("account"))});
        const int before = doc->undoStack()->count();
        model->setQuery(0, QStringLiteral("SELECT * FROM"));
        model->setQuery(0, QStringLiteral("SELECT * FROM accounts WHERE status = 'A'"));
        QCOMPARE(doc->undoStack()->count(), before + 1); // typing is one undo step
        QVERIFY(model->index(0, 0).data(Model::IsQueryRole).toBool());
        QVERIFY(doc->tables()[0].source.isEmpty());
        QCOMPARE(model->index(0, Model::SourceColumn).data().toString(),
                 QStringLiteral("SQL: SELECT * FROM accounts WHERE status = 'A'"));
        QCOMPARE(model->index(0, Model::RowsColumn).data().toString(), QStringLiteral("query"));
        QVERIFY(!(model->flags(model->index(0, Model::SourceColumn)) & Qt::ItemIsEditable));
        QVERIFY(model->isUsable(0));
        model->setQuery(0, QStringLiteral("  "));
        QVERIFY(!model->isUsable(0)); // an empty query reads nothing
        model->setSourceTable(0, QStringLiteral("accounts"));
        QVERIFY(doc->tables()[0].query.isEmpty());
        QVERIFY(model->isUsable(0));
    }

    // The Tables page's edits are the same commands as the mapping page's (project_commands.h): merged
    // typing undoes in one step, and an edit made outside the stack is never clobbered by undo.
    void undoGoesBackOneStepAndLeavesOutsideEditsAlone()
    {
        setUpDemo({mapping(QStringLiteral("accounts"), QStringLiteral("account"))});
        const TableMapping original = doc->tables()[0];
        model->setQuery(0, QStringLiteral("SELECT"));
        model->setQuery(0, QStringLiteral("SELECT * FROM accounts"));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Edit source query"));
        doc->undoStack()->undo();
        QCOMPARE(doc->tables()[0], original);
        doc->undoStack()->redo();
        QCOMPARE(doc->tables()[0].query, QStringLiteral("SELECT * FROM accounts"));

        model->addMapping(QStringLiteral("contacts"), QStringLiteral("contact"));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Add table mapping"));
        TableMapping elsewhere = doc->tables()[0];
        elsewhere.batchSize = 77;
        doc->setTable(0, elsewhere); // not through the stack
        doc->undoStack()->undo();    // would drop that edit with the added mapping: left alone instead
        QCOMPARE(doc->tables().size(), 2);
        QCOMPARE(doc->tables()[0].batchSize, 77);
    }

    void proposalsFillAnEmptyProject()
    {
        setUpDemo({});
        QCOMPARE(model->usableCount(), 0);
        QCOMPARE(model->addMatches(), 3);
        QCOMPARE(column(*model, Model::SourceColumn),
                 (QStringList{QStringLiteral("accounts"), QStringLiteral("contacts"), QStringLiteral("activities")}));
        QCOMPARE(column(*model, Model::TargetColumn),
                 (QStringList{QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("activity")}));
        QCOMPARE(doc->tables()[2].keys, QStringList{QStringLiteral("legacy_id")});
        QCOMPARE(model->addMatches(), 0); // every source is used now
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Match tables by name"));
        doc->undoStack()->undo();
        QCOMPARE(model->rowCount(), 0);
    }

    void missingTablesAreMarked()
    {
        setUpDemo({mapping(QStringLiteral("accounts"), QStringLiteral("gone")),
                   mapping(QStringLiteral("vanished"), QStringLiteral("contact"))});
        QCOMPARE(model->usableCount(), 0);
        QVERIFY(model->index(0, Model::TargetColumn).data(Qt::ForegroundRole).isValid() ||
                model->index(1, Model::TargetColumn).data(Qt::ForegroundRole).isValid());
        const int gone = model->rowOfProjectIndex(0);
        QCOMPARE(model->index(gone, Model::TargetColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("The target database has no table named \"gone\"."));
        // Without schemas nothing is known to be missing, and nothing is usable either.
        doc->setSchema(Side::Target, std::nullopt);
        QVERIFY(!model->index(gone, Model::TargetColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model->usableCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstTableMappingListModel)
#include "tst_table_mapping_list_model.moc"
