#include "mapping/param_widgets.h"

#include "assist/schema_snapshot.h"
#include "mapping/transform_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace ferry::ui {

using transforms::ParamKind;
using transforms::ParamSpec;

namespace {

constexpr int kSpinMaximum = 1000000; // a spin box needs a top; no text column is longer

// A JSON value as the user types it in a cell: text as is, NULL for null, numbers and booleans spelled.
QString cellText(const QJsonValue& v)
{
    return v.isString() || v.isUndefined() ? v.toString() : transforms::jsonDisplay(v);
}

QString nameOf(const ParamSpec& spec)
{
    return QLatin1String(spec.name);
}

// The value to write: the parameter is left out when the edit restores its default.
QJsonValue unlessDefault(const ParamSpec& spec, const QJsonValue& v)
{
    return !spec.defaultValue.isUndefined() && v == spec.defaultValue ? QJsonValue(QJsonValue::Undefined) : v;
}

QWidget* textEdit(const ParamSpec& spec, const ParamWidgetContext& c, QWidget* parent)
{
    const QJsonValue v = c.params.value(nameOf(spec));
    const QString shown = !spec.defaultValue.isUndefined() ? v.toString(spec.defaultValue.toString())
                          : v.isNull()                     ? QString()
                                                           : cellText(v);
    auto* edit = new QLineEdit(shown, parent);
    edit->setPlaceholderText(spec.placeholderText());
    QObject::connect(edit, &QLineEdit::textEdited, edit, [spec, write = c.write](const QString& t) {
        write({{nameOf(spec), unlessDefault(spec, t)}});
    });
    return edit;
}

QWidget* choiceCombo(const ParamSpec& spec, const ParamWidgetContext& c, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const transforms::ParamChoice& choice : spec.choices)
        combo->addItem(choice.labelText(), QLatin1String(choice.value));
    // A required choice has no default, so it is always written.
    const QString current = c.params.value(nameOf(spec)).toString(spec.defaultValue.toString());
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    QObject::connect(combo, &QComboBox::activated, combo, [spec, combo, write = c.write] {
        write({{nameOf(spec), unlessDefault(spec, combo->currentData().toString())}});
    });
    return combo;
}

QWidget* flagBox(const ParamSpec& spec, const ParamWidgetContext& c, QWidget* parent)
{
    auto* box = new QCheckBox(spec.labelText(), parent);
    box->setChecked(c.params.value(nameOf(spec)).toBool(spec.defaultValue.toBool()));
    QObject::connect(box, &QCheckBox::toggled, box, [spec, write = c.write](bool on) {
        write({{nameOf(spec), unlessDefault(spec, on)}});
    });
    return box;
}

QWidget* numberSpin(const ParamSpec& spec, const ParamWidgetContext& c, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(int(spec.minimum), kSpinMaximum);
    spin->setValue(int(c.params.value(nameOf(spec)).toInteger(spec.initial.toInteger())));
    QObject::connect(spin, &QSpinBox::valueChanged, spin, [spec, write = c.write](int v) {
        write({{nameOf(spec), QJsonValue(double(v))}});
    });
    return spin;
}

// Text, or SQL NULL with the box ticked. An optional value left empty is left out.
QWidget* valueEdit(const ParamSpec& spec, const ParamWidgetContext& c, QWidget* parent)
{
    const QJsonValue v = c.params.value(nameOf(spec));
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(v.isNull() ? QString() : cellText(v), row);
    edit->setPlaceholderText(spec.placeholderText());
    auto* null = new QCheckBox(TransformEditor::tr("NULL"), row);
    null->setObjectName(QStringLiteral("param_null"));
    null->setChecked(c.params.contains(nameOf(spec)) && v.isNull());
    edit->setEnabled(!null->isChecked());
    layout->addWidget(edit, 1);
    layout->addWidget(null);
    auto write = [spec, edit, null, write = c.write] {
        edit->setEnabled(!null->isChecked());
        if (null->isChecked())
            write({{nameOf(spec), QJsonValue(QJsonValue::Null)}});
        else if (!spec.required && edit->text().isEmpty())
            write({{nameOf(spec), QJsonValue(QJsonValue::Undefined)}});
        else
            write({{nameOf(spec), edit->text()}});
    };
    QObject::connect(edit, &QLineEdit::textEdited, row, write);
    QObject::connect(null, &QCheckBox::toggled, row, write);
    return row;
}

// From → To pairs; the last row is always empty for adding one.
QWidget* valueMapTable(const ParamSpec& spec, const ParamWidgetContext& c, QWidget* parent)
{
    const QJsonObject values = c.params.value(nameOf(spec)).toObject();
    auto* table = new QTableWidget(int(values.size()) + 1, 2, parent);
    table->setHorizontalHeaderLabels({TransformEditor::tr("From"), TransformEditor::tr("To")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setVisible(false);
    table->setTabKeyNavigation(false); // one Tab stop: arrows move, F2 or typing edits a cell
    int r = 0;
    for (auto it = values.begin(); it != values.end(); ++it, ++r) {
        table->setItem(r, 0, new QTableWidgetItem(it.key()));
        table->setItem(r, 1, new QTableWidgetItem(cellText(it.value())));
    }
    table->setMinimumHeight(120);
    QObject::connect(table, &QTableWidget::itemChanged, table, [spec, table, values, write = c.write] {
        QJsonObject out;
        for (int i = 0; i < table->rowCount(); ++i) {
            const QTableWidgetItem* from = table->item(i, 0);
            if (!from || from->text().isEmpty())
                continue;
            const QTableWidgetItem* to = table->item(i, 1);
            const QString t = to ? to->text() : QString();
            // Keep the JSON type of values the user did not retype (numbers stay numbers).
            const QJsonValue old = values.value(from->text());
            if (!old.isUndefined() && cellText(old) == t)
                out.insert(from->text(), old);
            else
                out.insert(from->text(), t == QLatin1String("NULL") ? QJsonValue(QJsonValue::Null) : QJsonValue(t));
        }
        write({{nameOf(spec), out}});
        const QTableWidgetItem* last = table->item(table->rowCount() - 1, 0);
        if (last && !last->text().isEmpty()) {
            QSignalBlocker block(table);
            table->insertRow(table->rowCount());
        }
    });
    return table;
}

// One text, or several tried in order separated by " | ": one goes into `single` (when the spec has
// a single form), several into `list`.
QWidget* listEdit(const QString& single, const QString& list, const ParamSpec& spec, const ParamWidgetContext& c,
                  QWidget* parent)
{
    QStringList items;
    for (const QJsonValue& f : c.params.value(list).toArray())
        items << f.toString();
    if (!single.isEmpty() && c.params.contains(single))
        items.prepend(c.params.value(single).toString());
    auto* edit = new QLineEdit(items.join(QStringLiteral(" | ")), parent);
    edit->setPlaceholderText(spec.placeholderText());
    QObject::connect(edit, &QLineEdit::textEdited, edit, [single, list, write = c.write](const QString& t) {
        const QStringList parts = t.split(QStringLiteral(" | "), Qt::SkipEmptyParts);
        const bool one = parts.size() == 1 && !single.isEmpty();
        ParamChanges changes;
        if (!single.isEmpty())
            changes.append({single, one ? QJsonValue(parts.first()) : QJsonValue(QJsonValue::Undefined)});
        changes.append({list, one || parts.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                                     : QJsonValue(QJsonArray::fromStringList(parts))});
        write(changes);
    });
    return edit;
}

// Tables of the target, or the columns of the table the `linked` parameter names.
QWidget* targetCombo(const ParamSpec& spec, const ParamWidgetContext& c, QWidget* parent)
{
    const bool isTable = spec.kind == ParamKind::TargetTable;
    auto* combo = new QComboBox(parent);
    combo->setEditable(true);
    if (c.targetSchema) {
        if (isTable)
            combo->addItems(c.targetSchema->tableNames());
        else if (const TableInfo* t = c.targetSchema->table(c.params.value(QLatin1String(spec.linked)).toString()))
            for (const ColumnInfo& column : t->columns)
                combo->addItem(column.name);
    }
    combo->setCurrentText(c.params.value(nameOf(spec)).toString());
    QObject::connect(combo, &QComboBox::currentTextChanged, combo,
                     [spec, isTable, write = c.write, rebuild = c.rebuild](const QString& t) {
                         write({{nameOf(spec), t}});
                         if (isTable)
                             rebuild(); // its columns are offered by the other combos
                     });
    return combo;
}

} // namespace

QWidget* makeParamWidget(const ParamSpec& spec, const ParamWidgetContext& context, QWidget* parent)
{
    QWidget* w = nullptr;
    switch (spec.kind) {
    case ParamKind::Text:
        w = textEdit(spec, context, parent);
        break;
    case ParamKind::Choice:
        w = choiceCombo(spec, context, parent);
        break;
    case ParamKind::Flag:
        w = flagBox(spec, context, parent);
        break;
    case ParamKind::WholeNumber:
        w = numberSpin(spec, context, parent);
        break;
    case ParamKind::Value:
        w = valueEdit(spec, context, parent);
        break;
    case ParamKind::ValueMap:
        w = valueMapTable(spec, context, parent);
        w->setToolTip(TransformEditor::tr("Write NULL in To for SQL NULL. Clear From to remove a row."));
        return w;
    case ParamKind::Formats:
        w = listEdit(nameOf(spec), QLatin1String(spec.linked), spec, context, parent);
        break;
    case ParamKind::TextList:
        w = listEdit(QString(), nameOf(spec), spec, context, parent);
        break;
    case ParamKind::TargetTable:
    case ParamKind::TargetColumn:
        w = targetCombo(spec, context, parent);
        break;
    }
    w->setToolTip(spec.helpText());
    return w;
}

bool hasOwnWidget(const transforms::Transform& transform, const ParamSpec& spec)
{
    for (const ParamSpec& other : transform.params()) {
        if (other.kind == ParamKind::Formats && other.linked && qstrcmp(other.linked, spec.name) == 0)
            return false;
    }
    return true;
}

} // namespace ferry::ui
