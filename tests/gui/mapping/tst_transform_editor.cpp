// The transform editor's parameter form, step by step: for every transform, what a new step writes,
// which widget edits each parameter (label, object name, accessible name, choices, limits), and what an
// edit writes into the draft or leaves out because it is the default.
#include "assist/schema_snapshot.h"
#include "items/transform_preview.h"
#include "mapping/transform_editor.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace ferry;
using namespace ferry::ui;

namespace {

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
    return a ? a->text(QAccessible::Name) : QStringLiteral("?");
}

// One line per widget: its class, object name, accessible name and what it shows.
QString describe(QWidget* w)
{
    QString out = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
    if (auto* edit = qobject_cast<QLineEdit*>(w)) {
        out += S(" text='%1' placeholder='%2' enabled=%3")
                   .arg(edit->text(), edit->placeholderText())
                   .arg(edit->isEnabled());
    } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items << combo->itemText(i) + QLatin1Char('=') + combo->itemData(i).toString();
        out += S(" editable=%1 items=[%2] current='%3'")
                   .arg(combo->isEditable())
                   .arg(items.join(QLatin1String(", ")), combo->currentText());
    } else if (auto* box = qobject_cast<QCheckBox*>(w)) {
        out += S(" text='%1' checked=%2").arg(box->text()).arg(box->isChecked());
    } else if (auto* spin = qobject_cast<QSpinBox*>(w)) {
        out += S(" range=%1..%2 value=%3").arg(spin->minimum()).arg(spin->maximum()).arg(spin->value());
    } else if (auto* table = qobject_cast<QTableWidget*>(w)) {
        out += S(" rows=%1 headers=%2|%3")
                   .arg(table->rowCount())
                   .arg(table->horizontalHeaderItem(0)->text(), table->horizontalHeaderItem(1)->text());
    } else if (auto* label = qobject_cast<QLabel*>(w)) {
        out += S(" '%1'").arg(label->text());
    } else {
        QStringList parts;
        for (QWidget* child : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            parts << describe(child);
        out += S(" {%1}").arg(parts.join(QLatin1String("; ")));
        return out;
    }
    return out + S(" acc='%1'").arg(accessibleName(w));
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestTransformEditor : public QObject {
    Q_OBJECT

    std::unique_ptr<TransformPreview> preview;
    std::unique_ptr<TransformEditor> editor;
    SchemaSnapshot schema;

    QFormLayout* form() const
    {
        auto* box = editor->findChild<QGroupBox*>(S("transformParams"));
        return qobject_cast<QFormLayout*>(box->layout()->itemAt(0)->layout());
    }

    // "label | widget" for every row of the parameter form.
    QStringList rows() const
    {
        QStringList out;
        QFormLayout* f = form();
        for (int r = 0; r < f->rowCount(); ++r) {
            QLayoutItem* label = f->itemAt(r, QFormLayout::LabelRole);
            QLayoutItem* field = f->itemAt(r, QFormLayout::FieldRole);
            if (!field)
                field = f->itemAt(r, QFormLayout::SpanningRole);
            const QString labelText =
                label && label->widget() ? qobject_cast<QLabel*>(label->widget())->text() : S("-");
            out << labelText + S(" | ") + describe(field->widget());
        }
        return out;
    }

    void add(const char* type)
    {
        auto* menu = editor->findChild<QToolButton*>(S("addTransformButton"))->menu();
        for (QAction* a : menu->actions()) {
            if (a->data().toString() == S(type)) {
                a->trigger();
                return;
            }
        }
        QFAIL(type);
    }

    QJsonObject params() const { return editor->draft().constLast().params; }
    template <class W> W* param(const char* name) const { return editor->findChild<W*>(S(name)); }

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
    }
    static void choose(QComboBox* combo, const char* data)
    {
        const int i = combo->findData(S(data));
        QVERIFY(i >= 0);
        combo->setCurrentIndex(i);
        emit combo->activated(i);
    }

private slots:
    void init()
    {
        preview = std::make_unique<TransformPreview>();
        editor = std::make_unique<TransformEditor>(preview.get());
        FieldMapping field;
        field.target = S("title");
        field.sources = {S("job_title")};
        ColumnInfo target;
        target.name = S("title");
        target.type = ColumnType::Text;
        target.length = 40;
        editor->setField(S("title"), field, target);

        TableInfo account;
        account.name = S("account");
        for (const char* c : {"id", "name"}) {
            ColumnInfo col;
            col.name = S(c);
            account.columns << col;
        }
        TableInfo region;
        region.name = S("region");
        schema.tables = {account, region};
        editor->setTargetSchema(&schema);
    }
    void cleanup()
    {
        editor.reset();
        preview.reset();
    }

    void newSteps_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QStringList>("form");
        auto row = [](const char* type, const char* written, QStringList form) {
            QTest::newRow(type) << S(type) << S(written) << form;
        };
        const QString none = S("- | QLabel  'This step has no parameters.' acc='This step has no parameters.'");
        row("trim", "{}", {none});
        row("upper", "{}", {none});
        row("lower", "{}", {none});
        row("title", "{}", {none});
        row("email", "{}", {none});
        row("phone", R"({"region":"US"})",
            {S("Region | QLineEdit param_region text='US' placeholder='two-letter country code, e.g. US' enabled=1 "
               "acc='Region'"),
             S("Extension | QComboBox param_extension editable=0 items=[Reject the row=reject, Drop the "
               "extension=drop, Keep it as ;ext==keep] current='Reject the row' acc='Reject the row'")});
        row("split-name", R"({"part":"first"})",
            {S("Part | QComboBox param_part editable=0 items=[First name=first, Last name=last] current='First "
               "name' acc='First name'"),
             S("If missing | QComboBox param_ifMissing editable=0 items=[Reject the row=reject, Write NULL=null, "
               "Write empty text=empty] current='Reject the row' acc='Reject the row'")});
        row("concat", "{}",
            {S("Separator | QLineEdit param_separator text=' ' placeholder='' enabled=1 acc='Separator'"),
             S("- | QCheckBox param_skipEmpty text='Leave out empty text' checked=1 acc='Leave out empty text'")});
        const QString value = S("QWidget param_value {QLineEdit  text='' placeholder='' enabled=1 acc=''; "
                                "QCheckBox param_null text='NULL' checked=0 acc='NULL'}");
        row("constant", R"({"value":""})", {S("Value | ") + value});
        row("default", R"({"value":""})", {S("Value | ") + value});
        row("parse-date", R"({"format":"yyyy-MM-dd"})",
            {S("Format | QLineEdit param_format text='yyyy-MM-dd' placeholder='e.g. dd/MM/yyyy; several: "
               "yyyy-MM-dd | dd/MM/yyyy' enabled=1 acc='Format'")});
        row("parse-timestamp", R"({"format":"yyyy-MM-dd HH:mm:ss"})",
            {S("Format | QLineEdit param_format text='yyyy-MM-dd HH:mm:ss' placeholder='e.g. dd/MM/yyyy; several: "
               "yyyy-MM-dd | dd/MM/yyyy' enabled=1 acc='Format'")});
        row("map", R"({"values":{}})",
            {S("Values | QTableWidget param_values rows=1 headers=From|To acc=''"),
             S("Otherwise | QWidget param_default {QLineEdit  text='' placeholder='empty: reject values not listed' "
               "enabled=1 acc=''; QCheckBox param_null text='NULL' checked=0 acc='NULL'}"),
             S("- | QCheckBox param_caseInsensitive text='Ignore case' checked=0 acc='Ignore case'"),
             S("- | QCheckBox param_trim text='Ignore spaces at both ends' checked=0 acc='Ignore spaces at both "
               "ends'")});
        row("lookup", R"({"match":"","return":"","table":""})",
            {S("Target table | QComboBox param_table editable=1 items=[account=, region=] current='' acc='Target "
               "table'"),
             S("Match column | QComboBox param_match editable=1 items=[] current='' acc='Match column'"),
             S("Return column | QComboBox param_return editable=1 items=[] current='' acc='Return column'"),
             S("- | QCheckBox param_caseInsensitive text='Ignore case' checked=1 acc='Ignore case'")});
        row("truncate", R"({"length":40})",
            {S("Length | QSpinBox param_length range=1..1000000 value=40 acc='Length'")});
    }
    void newSteps()
    {
        QFETCH(QString, type);
        QFETCH(QString, written);
        QFETCH(QStringList, form);
        add(type.toUtf8().constData());
        QCOMPARE(editor->draft().size(), 1);
        QCOMPARE(editor->draft().first().type, type);
        QCOMPARE(compact(params()), written);
        QCOMPARE(rows(), form);
        QVERIFY(!editor->findChild<QLabel*>(S("transformDescription"))->text().isEmpty());
    }

    void truncateWithoutTargetLength()
    {
        editor->setField(S("note"), FieldMapping{S("note"), {S("memo")}, std::nullopt, {}}, std::nullopt);
        add("truncate");
        QCOMPARE(compact(params()), S(R"({"length":50})"));
        auto* spin = param<QSpinBox>("param_length");
        spin->setValue(7);
        QCOMPARE(compact(params()), S(R"({"length":7})"));
    }

    void choicesOmitTheirDefault()
    {
        add("phone");
        auto* extension = param<QComboBox>("param_extension");
        choose(extension, "drop");
        QCOMPARE(compact(params()), S(R"({"extension":"drop","region":"US"})"));
        choose(extension, "reject");
        QCOMPARE(compact(params()), S(R"({"region":"US"})"));
        type(param<QLineEdit>("param_region"), QString());
        QCOMPARE(compact(params()), S(R"({"region":""})"));

        add("split-name"); // a required choice is always written
        choose(param<QComboBox>("param_part"), "last");
        QCOMPARE(compact(params()), S(R"({"part":"last"})"));
        choose(param<QComboBox>("param_part"), "first");
        QCOMPARE(compact(params()), S(R"({"part":"first"})"));
        choose(param<QComboBox>("param_ifMissing"), "empty");
        QCOMPARE(compact(params()), S(R"({"ifMissing":"empty","part":"first"})"));
    }

    void textAndFlagsOmitTheirDefault()
    {
        add("concat");
        auto* separator = param<QLineEdit>("param_separator");
        type(separator, S(", "));
        QCOMPARE(compact(params()), S(R"({"separator":", "})"));
        type(separator, S(" "));
        QCOMPARE(compact(params()), S("{}"));
        type(separator, QString());
        QCOMPARE(compact(params()), S(R"({"separator":""})"));
        auto* skip = param<QCheckBox>("param_skipEmpty");
        skip->setChecked(false);
        QCOMPARE(compact(params()), S(R"({"separator":"","skipEmpty":false})"));
        skip->setChecked(true);
        QCOMPARE(compact(params()), S(R"({"separator":""})"));
    }

    void valuesAndNull()
    {
        add("default");
        auto* edit = param<QWidget>("param_value")->findChild<QLineEdit*>();
        type(edit, S("n/a"));
        QCOMPARE(compact(params()), S(R"({"value":"n/a"})"));
        type(edit, QString());
        QCOMPARE(compact(params()), S(R"({"value":""})"));
        param<QCheckBox>("param_null")->setChecked(true);
        QCOMPARE(compact(params()), S(R"({"value":null})"));
        QVERIFY(!edit->isEnabled());

        add("map"); // its "Otherwise" is left out when empty
        auto* otherwise = param<QWidget>("param_default")->findChild<QLineEdit*>();
        type(otherwise, S("unknown"));
        QCOMPARE(compact(params()), S(R"({"default":"unknown","values":{}})"));
        type(otherwise, QString());
        QCOMPARE(compact(params()), S(R"({"values":{}})"));
        param<QCheckBox>("param_caseInsensitive")->setChecked(true);
        param<QCheckBox>("param_trim")->setChecked(true);
        QCOMPARE(compact(params()), S(R"({"caseInsensitive":true,"trim":true,"values":{}})"));
        auto* values = param<QTableWidget>("param_values");
        values->setItem(0, 0, new QTableWidgetItem(S("A")));
        values->setItem(0, 1, new QTableWidgetItem(S("NULL")));
        QCOMPARE(compact(params()), S(R"({"caseInsensitive":true,"trim":true,"values":{"A":null}})"));
        QCOMPARE(values->rowCount(), 2);
    }

    void oneOrSeveralFormats()
    {
        add("parse-date");
        auto* format = param<QLineEdit>("param_format");
        type(format, S("dd/MM/yyyy | yyyy-MM-dd"));
        QCOMPARE(compact(params()), S(R"({"formats":["dd/MM/yyyy","yyyy-MM-dd"]})"));
        type(format, S("dd.MM.yyyy"));
        QCOMPARE(compact(params()), S(R"({"format":"dd.MM.yyyy"})"));
        type(format, QString());
        QCOMPARE(compact(params()), S("{}"));

        // A step read from a file with "formats" shows them joined.
        editor->setDraft(
            {TransformSpec{S("parse-timestamp"), QJsonObject{{S("formats"), QJsonArray{S("yyyy"), S("dd/MM/yyyy")}}}}});
        QCOMPARE(param<QLineEdit>("param_format")->text(), S("yyyy | dd/MM/yyyy"));
        QVERIFY(!param<QWidget>("param_formats"));
    }

    void lookupColumnsFollowTheTable()
    {
        add("lookup");
        auto* table = param<QComboBox>("param_table");
        table->setCurrentText(S("account"));
        QCOMPARE(compact(params()), S(R"({"match":"","return":"","table":"account"})"));
        QTRY_COMPARE(param<QComboBox>("param_match")->count(), 2); // rebuilt after the table changed
        QCOMPARE(param<QComboBox>("param_return")->itemText(1), S("name"));
        param<QComboBox>("param_match")->setCurrentText(S("name"));
        param<QCheckBox>("param_caseInsensitive")->setChecked(false);
        QCOMPARE(compact(params()), S(R"({"caseInsensitive":false,"match":"name","return":"","table":"account"})"));
        param<QCheckBox>("param_caseInsensitive")->setChecked(true);
        QCOMPARE(compact(params()), S(R"({"match":"name","return":"","table":"account"})"));
    }
};

QTEST_MAIN(TestTransformEditor)
#include "tst_transform_editor.moc"
