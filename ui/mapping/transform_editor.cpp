#include "mapping/transform_editor.h"

#include "assist/schema_snapshot.h"
#include "transforms/transform_chain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

const QList<TransformInfo>& infos()
{
    static const QList<TransformInfo> list = availableTransforms();
    return list;
}

const TransformInfo* infoOf(const QString& type)
{
    for (const TransformInfo& i : infos())
        if (i.type == type)
            return &i;
    return nullptr;
}

// A JSON value as the user types it in a cell: text as is, NULL for null, numbers and booleans spelled.
QString cellText(const QJsonValue& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return v.toString();
}

QToolButton* toolButton(QStyle::StandardPixmap icon, const QString& tip, const QString& name, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setObjectName(name);
    return b;
}

} // namespace

TransformEditor::TransformEditor(TransformPreview* preview, QWidget* parent)
    : QWidget(parent)
    , preview_(preview)
{
    setObjectName(QStringLiteral("transformEditor"));
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("transformTitle"));
    title_->setWordWrap(true);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);

    // The chain.
    steps_ = new QListWidget(this);
    steps_->setObjectName(QStringLiteral("transformSteps"));
    steps_->setAccessibleName(tr("Transform steps"));
    steps_->setWordWrap(true);
    steps_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    add_ = new QToolButton(this);
    add_->setObjectName(QStringLiteral("addTransformButton"));
    add_->setText(tr("Add"));
    add_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    add_->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    add_->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(add_);
    for (const TransformInfo& info : infos()) {
        QAction* a = menu->addAction(info.label);
        a->setToolTip(info.description);
        a->setData(info.type);
        connect(a, &QAction::triggered, this, [this, type = info.type] { addStep(type); });
    }
    menu->setToolTipsVisible(true);
    add_->setMenu(menu);
    remove_ = toolButton(QStyle::SP_TrashIcon, tr("Remove the step"), QStringLiteral("removeTransformButton"), this);
    up_ = toolButton(QStyle::SP_ArrowUp, tr("Move the step up"), QStringLiteral("moveTransformUpButton"), this);
    down_ = toolButton(QStyle::SP_ArrowDown, tr("Move the step down"), QStringLiteral("moveTransformDownButton"), this);
    connect(remove_, &QToolButton::clicked, this, &TransformEditor::removeStep);
    connect(up_, &QToolButton::clicked, this, [this] { moveStep(-1); });
    connect(down_, &QToolButton::clicked, this, [this] { moveStep(1); });
    connect(steps_, &QListWidget::currentRowChanged, this, [this] {
        rebuildParams();
        updateStepButtons();
    });

    auto* chainButtons = new QHBoxLayout;
    chainButtons->addWidget(add_);
    chainButtons->addStretch();
    chainButtons->addWidget(up_);
    chainButtons->addWidget(down_);
    chainButtons->addWidget(remove_);
    auto* chainBox = new QGroupBox(tr("Steps, in order"), this);
    auto* chainLayout = new QVBoxLayout(chainBox);
    chainLayout->addWidget(steps_);
    chainLayout->addLayout(chainButtons);

    // The selected step's parameters.
    paramsBox_ = new QGroupBox(tr("Parameters"), this);
    paramsBox_->setObjectName(QStringLiteral("transformParams"));
    description_ = new QLabel(paramsBox_);
    description_->setObjectName(QStringLiteral("transformDescription"));
    description_->setWordWrap(true);
    description_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    paramsForm_ = new QFormLayout;
    paramsForm_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    paramsForm_->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* paramsLayout = new QVBoxLayout(paramsBox_);
    paramsLayout->addLayout(paramsForm_);
    // The explanation takes the free space below the fields: a wrapped label given only its one-line
    // hint would be clipped, and longer translations need the room.
    paramsLayout->addWidget(description_, 1);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("transformStatus"));
    status_->setWordWrap(true);
    apply_ = new QPushButton(tr("Apply"), this);
    apply_->setObjectName(QStringLiteral("applyTransformsButton"));
    revert_ = new QPushButton(tr("Revert"), this);
    revert_->setObjectName(QStringLiteral("revertTransformsButton"));
    connect(apply_, &QPushButton::clicked, this, [this] {
        if (valid_ && hasChanges())
            emit applyRequested(target_, draft_);
    });
    connect(revert_, &QPushButton::clicked, this,
            [this] { setDraft(field_ ? field_->transforms : QList<TransformSpec>()); });

    // The live sample.
    sampleStatus_ = new QLabel(this);
    sampleStatus_->setObjectName(QStringLiteral("sampleStatus"));
    sampleStatus_->setWordWrap(true);
    sample_ = new QTableView(this);
    sample_->setObjectName(QStringLiteral("sampleView"));
    sample_->setModel(preview_);
    sample_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    sample_->setSelectionBehavior(QAbstractItemView::SelectRows);
    sample_->verticalHeader()->setVisible(false);
    sample_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    sample_->setWordWrap(false);
    auto* sampleBox = new QGroupBox(tr("Sample: before → after"), this);
    auto* sampleLayout = new QVBoxLayout(sampleBox);
    sampleLayout->addWidget(sampleStatus_);
    sampleLayout->addWidget(sample_);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(status_, 1);
    buttons->addWidget(revert_);
    buttons->addWidget(apply_);

    auto* columns = new QHBoxLayout;
    columns->addWidget(chainBox, 2);
    columns->addWidget(paramsBox_, 3);
    columns->addWidget(sampleBox, 4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    setField(QString(), std::nullopt, std::nullopt);
}

void TransformEditor::setTargetSchema(const SchemaSnapshot* schema)
{
    targetSchema_ = schema;
    rebuildParams();
}

void TransformEditor::setSampleStatus(const QString& text)
{
    pageSampleStatus_ = text;
    updateSampleStatus();
}

void TransformEditor::updateSampleStatus()
{
    QString text = pageSampleStatus_;
    if (text.isEmpty() && !field_ && !target_.isEmpty())
        text = tr("The sample shows values once a source column is mapped to %1.").arg(target_);
    sampleStatus_->setText(text);
    sampleStatus_->setVisible(!text.isEmpty());
}

void TransformEditor::setField(const QString& target, const std::optional<FieldMapping>& field,
                               const std::optional<ColumnInfo>& targetColumn)
{
    const bool sameField = target == target_ && field == field_;
    target_ = target;
    field_ = field;
    targetColumn_ = targetColumn;
    if (target.isEmpty())
        title_->setText(tr("Select a target column to see and edit its transforms."));
    else if (!field)
        title_->setText(tr("Transforms for %1: map a source column to it first.").arg(target));
    else if (field->constant)
        title_->setText(tr("Transforms for %1 (a constant)").arg(target));
    else
        title_->setText(tr("Transforms for %1 (from %2)").arg(target, field->sources.join(QStringLiteral(", "))));
    const bool enabled = field.has_value();
    steps_->setEnabled(enabled);
    add_->setEnabled(enabled);
    paramsBox_->setEnabled(enabled);
    if (!sameField)
        setDraft(field ? field->transforms : QList<TransformSpec>());
    updateSampleStatus();
}

void TransformEditor::setDraft(const QList<TransformSpec>& transforms)
{
    draft_ = transforms;
    rebuildSteps(draft_.isEmpty() ? -1 : 0);
    draftChanged();
}

bool TransformEditor::hasChanges() const
{
    return field_ && draft_ != field_->transforms;
}

QString TransformEditor::stepLabel(const TransformSpec& spec) const
{
    const TransformInfo* info = infoOf(spec.type);
    return info ? info->label : spec.type;
}

void TransformEditor::rebuildSteps(int select)
{
    QSignalBlocker block(steps_);
    steps_->clear();
    for (int i = 0; i < draft_.size(); ++i)
        steps_->addItem(tr("%1. %2").arg(i + 1).arg(stepLabel(draft_[i])));
    if (draft_.isEmpty())
        steps_->addItem(tr("No transforms: values are written as they are."));
    if (QListWidgetItem* placeholder = draft_.isEmpty() ? steps_->item(0) : nullptr)
        placeholder->setFlags(Qt::NoItemFlags);
    steps_->setCurrentRow(select);
    rebuildParams();
}

void TransformEditor::addStep(const QString& type)
{
    TransformSpec spec;
    spec.type = type;
    // Starting values that compile, so the sample shows something at once.
    if (type == QLatin1String("phone"))
        spec.params.insert(QStringLiteral("region"), QStringLiteral("US"));
    else if (type == QLatin1String("split-name"))
        spec.params.insert(QStringLiteral("part"), QStringLiteral("first"));
    else if (type == QLatin1String("truncate"))
        spec.params.insert(QStringLiteral("length"),
                           targetColumn_ && targetColumn_->length > 0 ? double(targetColumn_->length) : 50.0);
    else if (type == QLatin1String("parse-date"))
        spec.params.insert(QStringLiteral("format"), QStringLiteral("yyyy-MM-dd"));
    else if (type == QLatin1String("parse-timestamp"))
        spec.params.insert(QStringLiteral("format"), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    else if (type == QLatin1String("constant") || type == QLatin1String("default"))
        spec.params.insert(QStringLiteral("value"), QString());
    else if (type == QLatin1String("map"))
        spec.params.insert(QStringLiteral("values"), QJsonObject());
    else if (type == QLatin1String("lookup")) {
        spec.params.insert(QStringLiteral("table"), QString());
        spec.params.insert(QStringLiteral("match"), QString());
        spec.params.insert(QStringLiteral("return"), QString());
    }
    const int at = steps_->currentRow() >= 0 && !draft_.isEmpty() ? steps_->currentRow() + 1 : int(draft_.size());
    draft_.insert(at, spec);
    rebuildSteps(at);
    draftChanged();
}

void TransformEditor::removeStep()
{
    const int row = steps_->currentRow();
    if (row < 0 || row >= draft_.size())
        return;
    draft_.removeAt(row);
    rebuildSteps(draft_.isEmpty() ? -1 : std::min(row, int(draft_.size()) - 1));
    draftChanged();
}

void TransformEditor::moveStep(int delta)
{
    const int row = steps_->currentRow();
    const int to = row + delta;
    if (row < 0 || row >= draft_.size() || to < 0 || to >= draft_.size())
        return;
    draft_.swapItemsAt(row, to);
    rebuildSteps(to);
    draftChanged();
}

void TransformEditor::setParam(int step, const QString& name, const QJsonValue& value)
{
    if (step < 0 || step >= draft_.size())
        return;
    if (value.isUndefined())
        draft_[step].params.remove(name);
    else
        draft_[step].params.insert(name, value);
    draftChanged();
}

void TransformEditor::rebuildParams()
{
    while (paramsForm_->rowCount() > 0)
        paramsForm_->removeRow(0);
    const int step = steps_->currentRow();
    if (step < 0 || step >= draft_.size()) {
        description_->setText(draft_.isEmpty() ? tr("Add a step to clean or convert the values.")
                                               : tr("Select a step to edit its parameters."));
        return;
    }
    const TransformSpec& spec = draft_[step];
    const TransformInfo* info = infoOf(spec.type);
    description_->setText(info ? info->description : QString());
    if (!info)
        return;
    if (info->params.isEmpty())
        paramsForm_->addRow(new QLabel(tr("This step has no parameters."), paramsBox_));
    for (const QString& name : info->params) {
        if (name == QLatin1String("formats"))
            continue; // edited together with "format"
        if (QWidget* w = paramWidget(step, spec.type, name)) {
            w->setObjectName(QStringLiteral("param_") + name);
            QString label = name;
            if (name == QLatin1String("format"))
                label = tr("Format");
            else if (name == QLatin1String("region"))
                label = tr("Region");
            else if (name == QLatin1String("extension"))
                label = tr("Extension");
            else if (name == QLatin1String("part"))
                label = tr("Part");
            else if (name == QLatin1String("ifMissing"))
                label = tr("If missing");
            else if (name == QLatin1String("separator"))
                label = tr("Separator");
            else if (name == QLatin1String("value"))
                label = tr("Value");
            else if (name == QLatin1String("values"))
                label = tr("Values");
            else if (name == QLatin1String("default"))
                label = tr("Otherwise");
            else if (name == QLatin1String("table"))
                label = tr("Target table");
            else if (name == QLatin1String("match"))
                label = tr("Match column");
            else if (name == QLatin1String("return"))
                label = tr("Return column");
            else if (name == QLatin1String("length"))
                label = tr("Length");
            paramsForm_->addRow(w->inherits("QCheckBox") ? QString() : label, w);
        }
    }
}

QWidget* TransformEditor::paramWidget(int step, const QString& type, const QString& name)
{
    const QJsonObject& p = draft_[step].params;
    auto choice = [&](const QStringList& values, const QStringList& labels, const QString& fallback) {
        auto* combo = new QComboBox(paramsBox_);
        for (int i = 0; i < values.size(); ++i)
            combo->addItem(labels[i], values[i]);
        combo->setCurrentIndex(std::max(0, int(values.indexOf(p.value(name).toString(fallback)))));
        connect(combo, &QComboBox::activated, this, [this, step, name, combo, fallback] {
            const QString v = combo->currentData().toString();
            setParam(step, name, v == fallback ? QJsonValue(QJsonValue::Undefined) : QJsonValue(v));
        });
        return combo;
    };
    auto text = [&](const QString& placeholder, bool keepEmpty) {
        auto* edit = new QLineEdit(cellText(p.value(name)), paramsBox_);
        if (p.value(name).isNull() && p.contains(name))
            edit->setText(QString());
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textEdited, this, [this, step, name, keepEmpty](const QString& t) {
            setParam(step, name, t.isEmpty() && !keepEmpty ? QJsonValue(QJsonValue::Undefined) : QJsonValue(t));
        });
        return edit;
    };
    auto flag = [&](const QString& label, bool fallback) {
        auto* box = new QCheckBox(label, paramsBox_);
        box->setChecked(p.value(name).toBool(fallback));
        connect(box, &QCheckBox::toggled, this, [this, step, name, fallback](bool on) {
            setParam(step, name, on == fallback ? QJsonValue(QJsonValue::Undefined) : QJsonValue(on));
        });
        return box;
    };

    if (type == QLatin1String("phone") && name == QLatin1String("region"))
        return text(tr("two-letter country code, e.g. US"), true);
    if (name == QLatin1String("extension"))
        return choice({QStringLiteral("reject"), QStringLiteral("drop"), QStringLiteral("keep")},
                      {tr("Reject the row"), tr("Drop the extension"), tr("Keep it as ;ext=")},
                      QStringLiteral("reject"));
    if (name == QLatin1String("part"))
        return choice({QStringLiteral("first"), QStringLiteral("last")}, {tr("First name"), tr("Last name")},
                      QString()); // no default: the parameter is required, so always written
    if (name == QLatin1String("ifMissing"))
        return choice({QStringLiteral("reject"), QStringLiteral("null"), QStringLiteral("empty")},
                      {tr("Reject the row"), tr("Write NULL"), tr("Write empty text")}, QStringLiteral("reject"));
    if (name == QLatin1String("separator")) {
        auto* edit = new QLineEdit(p.value(name).toString(QStringLiteral(" ")), paramsBox_);
        connect(edit, &QLineEdit::textEdited, this, [this, step, name](const QString& t) {
            setParam(step, name, t == QLatin1String(" ") ? QJsonValue(QJsonValue::Undefined) : QJsonValue(t));
        });
        return edit;
    }
    if (name == QLatin1String("skipEmpty"))
        return flag(tr("Leave out empty text"), true);
    if (name == QLatin1String("caseInsensitive"))
        return flag(tr("Ignore case"), type == QLatin1String("lookup"));
    if (name == QLatin1String("trim"))
        return flag(tr("Ignore spaces at both ends"), false);
    if (name == QLatin1String("length")) {
        auto* spin = new QSpinBox(paramsBox_);
        spin->setRange(1, 1000000);
        spin->setValue(int(p.value(name).toInteger(50)));
        connect(spin, &QSpinBox::valueChanged, this,
                [this, step, name](int v) { setParam(step, name, QJsonValue(double(v))); });
        return spin;
    }
    if (name == QLatin1String("value") || (type == QLatin1String("map") && name == QLatin1String("default"))) {
        // Text, or SQL NULL with the box ticked.
        auto* row = new QWidget(paramsBox_);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        const bool isMapDefault = name == QLatin1String("default");
        auto* edit = new QLineEdit(p.value(name).isNull() ? QString() : cellText(p.value(name)), row);
        if (isMapDefault)
            edit->setPlaceholderText(tr("empty: reject values not listed"));
        auto* null = new QCheckBox(tr("NULL"), row);
        null->setObjectName(QStringLiteral("param_null"));
        null->setChecked(p.contains(name) && p.value(name).isNull());
        edit->setEnabled(!null->isChecked());
        layout->addWidget(edit, 1);
        layout->addWidget(null);
        auto write = [this, step, name, edit, null, isMapDefault] {
            edit->setEnabled(!null->isChecked());
            if (null->isChecked())
                setParam(step, name, QJsonValue(QJsonValue::Null));
            else if (isMapDefault && edit->text().isEmpty())
                setParam(step, name, QJsonValue(QJsonValue::Undefined));
            else
                setParam(step, name, QJsonValue(edit->text()));
        };
        connect(edit, &QLineEdit::textEdited, this, write);
        connect(null, &QCheckBox::toggled, this, write);
        return row;
    }
    if (name == QLatin1String("format")) {
        // One format, or several tried in order (separated by " | ").
        QStringList formats;
        for (const QJsonValue& f : p.value(QLatin1String("formats")).toArray())
            formats << f.toString();
        if (p.contains(QLatin1String("format")))
            formats.prepend(p.value(QLatin1String("format")).toString());
        auto* edit = new QLineEdit(formats.join(QStringLiteral(" | ")), paramsBox_);
        edit->setPlaceholderText(tr("e.g. dd/MM/yyyy; several: yyyy-MM-dd | dd/MM/yyyy"));
        connect(edit, &QLineEdit::textEdited, this, [this, step](const QString& t) {
            QStringList list = t.split(QStringLiteral(" | "), Qt::SkipEmptyParts);
            draft_[step].params.remove(QStringLiteral("format"));
            draft_[step].params.remove(QStringLiteral("formats"));
            if (list.size() == 1)
                setParam(step, QStringLiteral("format"), list.first());
            else
                setParam(step, QStringLiteral("formats"),
                         list.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonArray::fromStringList(list));
        });
        return edit;
    }
    if (name == QLatin1String("values")) {
        // From → To pairs; the last row is always empty for adding one.
        const QJsonObject values = p.value(name).toObject();
        auto* table = new QTableWidget(int(values.size()) + 1, 2, paramsBox_);
        table->setHorizontalHeaderLabels({tr("From"), tr("To")});
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        table->verticalHeader()->setVisible(false);
        table->setToolTip(tr("Write NULL in To for SQL NULL. Clear From to remove a row."));
        int r = 0;
        for (auto it = values.begin(); it != values.end(); ++it, ++r) {
            table->setItem(r, 0, new QTableWidgetItem(it.key()));
            table->setItem(r, 1, new QTableWidgetItem(cellText(it.value())));
        }
        table->setMinimumHeight(120);
        connect(table, &QTableWidget::itemChanged, this, [this, step, name, table, values] {
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
            setParam(step, name, out);
            const QTableWidgetItem* last = table->item(table->rowCount() - 1, 0);
            if (last && !last->text().isEmpty()) {
                QSignalBlocker block(table);
                table->insertRow(table->rowCount());
            }
        });
        return table;
    }
    if (type == QLatin1String("lookup")) {
        auto* combo = new QComboBox(paramsBox_);
        combo->setEditable(true);
        const QString table = p.value(QLatin1String("table")).toString();
        if (targetSchema_) {
            if (name == QLatin1String("table"))
                combo->addItems(targetSchema_->tableNames());
            else if (const TableInfo* t = targetSchema_->table(table))
                for (const ColumnInfo& c : t->columns)
                    combo->addItem(c.name);
        }
        combo->setCurrentText(p.value(name).toString());
        connect(combo, &QComboBox::currentTextChanged, this, [this, step, name](const QString& t) {
            setParam(step, name, t);
            if (name == QLatin1String("table"))
                QMetaObject::invokeMethod(this, &TransformEditor::rebuildParams, Qt::QueuedConnection);
        });
        return combo;
    }
    return text(QString(), true);
}

void TransformEditor::updateStepButtons()
{
    const int row = steps_->currentRow();
    const bool editable = field_.has_value();
    remove_->setEnabled(editable && row >= 0 && row < draft_.size());
    up_->setEnabled(editable && row > 0 && row < draft_.size());
    down_->setEnabled(editable && row >= 0 && row + 1 < draft_.size());
}

void TransformEditor::draftChanged()
{
    // Step labels may not change, but parameters feed the validation and the sample.
    QString error;
    valid_ = true;
    if (field_) {
        QList<TransformSpec> specs;
        if (field_->constant)
            specs << TransformSpec{QStringLiteral("constant"),
                                   QJsonObject{{QStringLiteral("value"), *field_->constant}}};
        specs << draft_;
        QString path;
        const int sources = field_->constant ? 0 : int(field_->sources.size());
        valid_ = TransformChain::compile(specs, sources, &path, &error).has_value();
        if (!valid_ && field_->constant && path.startsWith(QLatin1String("transforms[")))
            path.clear(); // indexes are shifted by the constant step; the message is enough
        if (!valid_ && path.startsWith(QLatin1String("transforms["))) {
            const int k = path.mid(11, path.indexOf(QLatin1Char(']')) - 11).toInt();
            error = tr("Step %1: %2").arg(k + 1).arg(error);
        }
    }
    if (!field_) {
        status_->clear();
    } else if (!valid_) {
        status_->setText(error);
        status_->setStyleSheet(QStringLiteral("color: #d0312d;"));
    } else {
        status_->setText(hasChanges() ? tr("The chain is valid. Apply it to keep it.") : QString());
        status_->setStyleSheet(QString());
    }
    apply_->setEnabled(valid_ && hasChanges());
    revert_->setEnabled(hasChanges());
    updateStepButtons();

    if (field_) {
        FieldMapping shown = *field_;
        shown.transforms = draft_;
        preview_->setField(shown, targetColumn_);
    } else {
        preview_->setField(std::nullopt, std::nullopt);
    }
}

} // namespace ferry::ui
