// The mapping page's models, driven the way views drive them: mimeData()/dropMimeData(), setData()
// from the Source combo, auto-map proposals; every edit checked for exact undo/redo, and both models
// watched by QAbstractItemModelTester throughout.
#include "demo_schema.h"
#include "items/field_mapping_model.h"
#include "items/mapping_commands.h"
#include "items/mapping_mime.h"
#include "items/project_document.h"
#include "items/source_columns_model.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ferry;

namespace {

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

FieldMapping field(const char* target, const char* source, QList<TransformSpec> transforms = {})
{
    FieldMapping f;
    f.target = S(target);
    f.sources = {S(source)};
    f.transforms = std::move(transforms);
    return f;
}

} // namespace

class TestMappingModels : public QObject {
    Q_OBJECT

    ProjectDocument* doc = nullptr;
    FieldMappingModel* fields = nullptr;
    SourceColumnsModel* sources = nullptr;
    QAbstractItemModelTester* fieldTester = nullptr;
    QAbstractItemModelTester* sourceTester = nullptr;

    int row(const char* target) const { return fields->rowOfTarget(S(target)); }
    QModelIndex sourceIndex(const char* name) const
    {
        for (int r = 0; r < sources->rowCount(); ++r)
            if (sources->index(r, 0).data().toString() == S(name))
                return sources->index(r, 0);
        return {};
    }
    const TableMapping& contacts() const { return doc->tables()[0]; }

private slots:
    void init()
    {
        doc = new ProjectDocument;
        Project p;
        TableMapping t;
        t.source = S("contacts");
        t.target = S("contact");
        // Mapped in an order other than the target's, to prove edits keep what is there.
        t.fields = {field("phone", "phone"), field("legacy_id", "cont_id")};
        TableMapping other;
        other.source = S("accounts");
        other.target = S("account");
        p.tables = {t, other};
        doc->reset(p);
        SchemaSnapshot source, target;
        source.tables = {test::legacyContacts()};
        target.tables = {test::modernContact()};
        doc->setSchema(Side::Source, source);
        doc->setSchema(Side::Target, target);

        fields = new FieldMappingModel(doc);
        fieldTester = new QAbstractItemModelTester(fields, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fields->setTableIndex(0);
        sources = new SourceColumnsModel;
        sourceTester = new QAbstractItemModelTester(sources, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sources->setColumns(fields->sourceLabel(), fields->sourceColumns());
        sources->setUsage(fields->targetsBySource());
    }
    void cleanup()
    {
        delete fieldTester;
        delete sourceTester;
        delete fields;
        delete sources;
        delete doc;
    }

    void rowsAreTargetColumns()
    {
        QCOMPARE(fields->rowCount(), 11);
        QCOMPARE(fields->columnCount(), int(FieldMappingModel::ColumnCount));
        QCOMPARE(fields->index(0, FieldMappingModel::TargetColumn).data().toString(), S("id"));
        QCOMPARE(fields->index(row("last_name"), FieldMappingModel::TypeColumn).data().toString(),
                 S("VARCHAR(80), NOT NULL"));
        QCOMPARE(fields->index(row("phone"), FieldMappingModel::SourceColumn).data().toString(), S("phone"));
        QCOMPARE(fields->index(row("email"), FieldMappingModel::SourceColumn).data().toString(), S("(not mapped)"));
        QCOMPARE(sources->rowCount(), 9);
        QCOMPARE(sources->index(4, SourceColumnsModel::MappedToColumn).data().toString(), S("phone"));
    }

    void requiredUnmappedHighlighted()
    {
        QCOMPARE(fields->requiredUnmapped(), QStringList({S("last_name"), S("status")}));
        const QModelIndex last = fields->index(row("last_name"), FieldMappingModel::CheckColumn);
        QCOMPARE(last.data().toString(), S("Required, not mapped"));
        QCOMPARE(last.data(FieldMappingModel::RiskLevelRole).toInt(), int(RiskLevel::WillFail));
        QVERIFY(last.data(Qt::BackgroundRole).isValid());
        QVERIFY(
            fields->index(row("last_name"), FieldMappingModel::TargetColumn).data(Qt::FontRole).value<QFont>().bold());
        // Optional unmapped columns are not highlighted, and the generated id is not required.
        QVERIFY(!fields->index(row("email"), FieldMappingModel::TargetColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!fields->index(row("id"), 0).data(FieldMappingModel::RequiredRole).toBool());
        QCOMPARE(fields->index(row("email"), FieldMappingModel::CheckColumn).data().toString(), QString());
    }

    void checkColumnColours()
    {
        // phone TEXT (unlimited) into VARCHAR(20): may lose, and says why.
        const QModelIndex phone = fields->index(row("phone"), FieldMappingModel::CheckColumn);
        QCOMPARE(phone.data().toString(), S("May lose data"));
        QVERIFY(phone.data(Qt::ToolTipRole).toString().contains(S("longer than 20 characters")));
        QCOMPARE(phone.data(Qt::DecorationRole).value<QColor>(), QColor(0xe0, 0xa1, 0x00));
        // cont_id INTEGER NOT NULL into legacy_id INTEGER NOT NULL: exact.
        const QModelIndex legacy = fields->index(row("legacy_id"), FieldMappingModel::CheckColumn);
        QCOMPARE(legacy.data().toString(), S("Exact"));
        QCOMPARE(legacy.data(Qt::DecorationRole).value<QColor>(), QColor(0x2e, 0x9e, 0x44));
    }

    void mimeDataCarriesNames()
    {
        QCOMPARE(sources->mimeTypes(), QStringList{mapping_mime::sourceColumnsType()});
        QVERIFY(sources->flags(sourceIndex("e_mail")) & Qt::ItemIsDragEnabled);
        QCOMPARE(sources->supportedDragActions(), Qt::CopyAction);
        // Selection order and repeated cells of one row do not matter: names, in row order, once each.
        std::unique_ptr<QMimeData> data(sources->mimeData(
            {sourceIndex("phone"), sourceIndex("e_mail"), sources->index(sourceIndex("e_mail").row(), 1)}));
        const auto payload = mapping_mime::decode(data.get());
        QVERIFY(payload);
        QCOMPARE(payload->source, S("contacts"));
        QCOMPARE(payload->columns, QStringList({S("e_mail"), S("phone")}));
        QCOMPARE(data->text(), S("e_mail, phone"));
    }

    void canDropRefusesBadDrops()
    {
        const QModelIndex email = fields->index(row("email"), FieldMappingModel::SourceColumn);
        std::unique_ptr<QMimeData> good(mapping_mime::encode({S("contacts"), {S("e_mail")}}));
        QVERIFY(fields->canDropMimeData(good.get(), Qt::CopyAction, -1, -1, email));
        QVERIFY(fields->canDropMimeData(good.get(), Qt::MoveAction, -1, -1, email));

        QMimeData plain;
        plain.setText(S("e_mail"));
        QVERIFY(!fields->canDropMimeData(&plain, Qt::CopyAction, -1, -1, email)); // wrong mime type
        std::unique_ptr<QMimeData> unknown(mapping_mime::encode({S("contacts"), {S("no_such_column")}}));
        QVERIFY(!fields->canDropMimeData(unknown.get(), Qt::CopyAction, -1, -1, email));
        std::unique_ptr<QMimeData> otherTable(mapping_mime::encode({S("accounts"), {S("phone")}}));
        QVERIFY(!fields->canDropMimeData(otherTable.get(), Qt::CopyAction, -1, -1, email));
        QMimeData garbage;
        garbage.setData(mapping_mime::sourceColumnsType(), "not json");
        QVERIFY(!fields->canDropMimeData(&garbage, Qt::CopyAction, -1, -1, email));
        // Between rows (no parent) there is no target column to map.
        QVERIFY(!fields->canDropMimeData(good.get(), Qt::CopyAction, 3, 0, QModelIndex()));
        QVERIFY(!fields->canDropMimeData(good.get(), Qt::LinkAction, -1, -1, email));
        // A refused drop changes nothing.
        const TableMapping before = contacts();
        QVERIFY(!fields->dropMimeData(unknown.get(), Qt::CopyAction, -1, -1, email));
        QCOMPARE(contacts(), before);
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void dropMapsAndUndoRestoresExactly()
    {
        const TableMapping before = contacts();
        std::unique_ptr<QMimeData> data(sources->mimeData({sourceIndex("e_mail")}));
        const QModelIndex email = fields->index(row("email"), FieldMappingModel::CheckColumn);
        QSignalSpy changed(fields, &FieldMappingModel::mappingChanged);
        QVERIFY(fields->dropMimeData(data.get(), Qt::CopyAction, -1, -1, email));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), S("Map e_mail to email"));
        const TableMapping after = contacts();
        // Inserted after the last field whose target comes before it; the others keep their places.
        QCOMPARE(after.fields.size(), 3);
        QCOMPARE(after.fields[0], before.fields[0]);
        QCOMPARE(after.fields[1], before.fields[1]);
        QCOMPARE(after.fields[2], field("email", "e_mail"));
        QCOMPARE(fields->index(row("email"), FieldMappingModel::SourceColumn).data().toString(), S("e_mail"));
        QCOMPARE(sources->index(sourceIndex("e_mail").row(), 0).data().toString(), S("e_mail"));
        QVERIFY(fields->targetsBySource().value(S("e_mail")) == QStringList{S("email")});

        doc->undoStack()->undo();
        QCOMPARE(contacts(), before);
        QCOMPARE(fields->index(row("email"), FieldMappingModel::SourceColumn).data().toString(), S("(not mapped)"));
        doc->undoStack()->redo();
        QCOMPARE(contacts(), after);
    }

    void dropOfSeveralColumnsJoinsThem()
    {
        std::unique_ptr<QMimeData> data(sources->mimeData({sourceIndex("country"), sourceIndex("title")}));
        QVERIFY(fields->dropMimeData(data.get(), Qt::CopyAction, -1, -1,
                                     fields->index(row("job_title"), FieldMappingModel::TargetColumn)));
        const FieldMapping* f = fields->field(row("job_title"));
        QVERIFY(f);
        QCOMPARE(f->sources, QStringList({S("country"), S("title")}));
        QCOMPARE(f->transforms.size(), 1);
        QCOMPARE(f->transforms[0].type, S("concat"));
        // Unlimited texts joined into VARCHAR(100): may lose, not fail.
        QCOMPARE(fields->index(row("job_title"), 0).data(FieldMappingModel::RiskLevelRole).toInt(),
                 int(RiskLevel::MayLose));
    }

    void comboPathMapsAndUnmaps()
    {
        const TableMapping before = contacts();
        const QModelIndex cell = fields->index(row("phone"), FieldMappingModel::SourceColumn);
        QVERIFY(fields->flags(cell) & Qt::ItemIsEditable);
        QVERIFY(!(fields->flags(fields->index(row("phone"), FieldMappingModel::CheckColumn)) & Qt::ItemIsEditable));
        QCOMPARE(cell.data(Qt::EditRole).toString(), S("phone"));
        QCOMPARE(cell.data(FieldMappingModel::SourceChoicesRole).toStringList().size(), 9);

        // Choose another column: the field keeps its place and its transforms.
        QVERIFY(fields->setTransforms(row("phone"), {TransformSpec{S("trim"), {}}}));
        QVERIFY(fields->setData(cell, S("country")));
        QCOMPARE(contacts().fields[0].sources, QStringList{S("country")});
        QCOMPARE(contacts().fields[0].transforms.size(), 1);
        QVERIFY(!fields->setData(cell, S("no_such_column"))); // not offered, not accepted
        // "(not mapped)".
        QVERIFY(fields->setData(cell, QString()));
        QVERIFY(!fields->field(row("phone")));
        QCOMPARE(doc->undoStack()->undoText(), S("Unmap phone"));
        // Setting the same value again is no edit.
        const int count = doc->undoStack()->count();
        QVERIFY(!fields->setData(cell, QString()));
        QCOMPARE(doc->undoStack()->count(), count);

        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(contacts(), before);
    }

    void transformEditUndo()
    {
        const TableMapping before = contacts();
        const QList<TransformSpec> chain = {TransformSpec{S("phone"), QJsonObject{{S("region"), S("US")}}}};
        QVERIFY(fields->setTransforms(row("phone"), chain));
        QCOMPARE(doc->undoStack()->undoText(), S("Change the transforms of phone"));
        QCOMPARE(contacts().fields[0].transforms, chain);
        QCOMPARE(fields->index(row("phone"), FieldMappingModel::TransformsColumn).data().toString(),
                 S("Phone number (US)"));
        // E.164 fits VARCHAR(20): only invalid numbers are at risk now.
        QVERIFY(!fields->index(row("phone"), FieldMappingModel::CheckColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(S("longer than")));
        QVERIFY(!fields->setTransforms(row("phone"), chain)); // unchanged: no command
        QVERIFY(!fields->setTransforms(row("email"), chain)); // unmapped: nothing to change
        doc->undoStack()->undo();
        QCOMPARE(contacts(), before);
        doc->undoStack()->redo();
        QCOMPARE(contacts().fields[0].transforms, chain);
    }

    void autoMapIsProposedThenOneMacro()
    {
        // Start from nothing mapped, as a new project would.
        TableMapping empty = contacts();
        empty.fields.clear();
        doc->setTable(0, empty);
        doc->undoStack()->clear();

        QSignalSpy proposals(fields, &FieldMappingModel::suggestionsChanged);
        const int n = fields->suggest();
        QCOMPARE(n, 10);
        QCOMPARE(proposals.count(), 1);
        // Proposals change nothing until accepted.
        QCOMPARE(contacts(), empty);
        QCOMPARE(doc->undoStack()->count(), 0);
        const QModelIndex email = fields->index(row("email"), FieldMappingModel::SourceColumn);
        QCOMPARE(email.data().toString(), S("e_mail (proposed)"));
        QVERIFY(email.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(email.data(FieldMappingModel::ProposedRole).toBool());
        QCOMPARE(fields->index(row("email"), FieldMappingModel::ConfidenceColumn).data().toString(), S("95%"));
        QCOMPARE(fields->index(row("first_name"), FieldMappingModel::TransformsColumn).data().toString(),
                 S("Split name (first)"));
        QVERIFY(!fields->suggestion(row("id")));

        // Accept one row.
        QVERIFY(fields->acceptSuggestion(row("email")));
        QCOMPARE(contacts().fields, QList<FieldMapping>{field("email", "e_mail")});
        QVERIFY(!fields->suggestion(row("email")));
        QCOMPARE(fields->index(row("email"), FieldMappingModel::ConfidenceColumn).data().toString(), S("95%"));
        QVERIFY(!fields->index(row("email"), FieldMappingModel::ConfidenceColumn)
                     .data(Qt::FontRole)
                     .value<QFont>()
                     .italic());
        doc->undoStack()->undo();

        // Accept all: one undoable step.
        fields->suggest();
        QCOMPARE(fields->acceptAllSuggestions(), 10);
        QCOMPARE(doc->undoStack()->count(), 1); // the undone single accept was dropped; one macro
        QCOMPARE(doc->undoStack()->command(0)->childCount(), 10);
        QCOMPARE(doc->undoStack()->undoText(), S("Auto-map contact"));
        const TableMapping mapped = contacts();
        QCOMPARE(mapped.fields.size(), 10);
        QStringList order;
        for (const FieldMapping& f : mapped.fields)
            order << f.target;
        QCOMPARE(order, QStringList({S("legacy_id"), S("account_id"), S("first_name"), S("last_name"), S("email"),
                                     S("phone"), S("country"), S("job_title"), S("status"), S("created_at")}));
        QCOMPARE(mapped.fields[2].transforms[0].params.value(S("part")).toString(), S("first"));
        QVERIFY(fields->requiredUnmapped().isEmpty());
        QVERIFY(!fields->hasSuggestions());

        doc->undoStack()->undo();
        QCOMPARE(contacts(), empty);
        doc->undoStack()->redo();
        QCOMPARE(contacts(), mapped);
    }

    void discardProposals()
    {
        QVERIFY(fields->suggest() > 0);
        fields->clearSuggestions();
        QVERIFY(!fields->hasSuggestions());
        QCOMPARE(fields->index(row("email"), FieldMappingModel::SourceColumn).data().toString(), S("(not mapped)"));
        QCOMPARE(fields->acceptAllSuggestions(), 0);
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void switchingTablesAndUnknownColumns()
    {
        // The accounts mapping: no schema for either table, fields shown anyway.
        TableMapping accounts = doc->tables()[1];
        accounts.fields = {field("name", "company")};
        doc->setTable(1, accounts);
        fields->setTableIndex(1);
        QVERIFY(!fields->sourceColumnsKnown());
        QVERIFY(!fields->targetColumnsKnown());
        QCOMPARE(fields->rowCount(), 1);
        QCOMPARE(fields->index(0, FieldMappingModel::SourceColumn).data().toString(), S("company"));
        QCOMPARE(fields->index(0, 0).data(FieldMappingModel::RiskLevelRole).toInt(), int(RiskLevel::MayLose));
        QCOMPARE(fields->suggest(), 0);
        // Dropping needs known columns.
        std::unique_ptr<QMimeData> data(mapping_mime::encode({S("accounts"), {S("company")}}));
        QVERIFY(!fields->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, fields->index(0, 0)));

        // Probed columns (a query's) make it mappable.
        fields->setProbedSourceColumns({test::column(S("company"), ColumnType::Text, S("TEXT"))});
        QVERIFY(fields->sourceColumnsKnown());
        fields->setTableIndex(0);
        QCOMPARE(fields->rowCount(), 11);
    }

    void undoAfterTableListChangedIsHarmless()
    {
        QVERIFY(fields->setData(fields->index(row("email"), FieldMappingModel::SourceColumn), S("e_mail")));
        // Another page replaces the table list: the old command must not write into the new one.
        QList<TableMapping> replaced = {doc->tables()[1]};
        doc->setTables(replaced);
        doc->undoStack()->undo();
        QCOMPARE(doc->tables(), replaced);
    }
};

QTEST_MAIN(TestMappingModels)
#include "tst_mapping_models.moc"
