#include "mapping/transform_editor.h"

#include "mapping/param_widgets.h"
#include "transforms/transform_chain.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

using transforms::findTransform;
using transforms::registeredTransforms;
using transforms::Transform;

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
    for (const Transform* transform : registeredTransforms()) {
        QAction* a = menu->addAction(transform->label());
        a->setToolTip(transform->description());
        a->setData(transform->type());
        connect(a, &QAction::triggered, this, [this, type = transform->type()] { addStep(type); });
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
    auto* chainBox = new QGroupBox(tr("Steps, &in order"), this);
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
    apply_ = new QPushButton(tr("A&pply"), this);
    apply_->setObjectName(QStringLiteral("applyTransformsButton"));
    revert_ = new QPushButton(tr("&Revert"), this);
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
    sample_->setTabKeyNavigation(false); // one Tab stop; arrows move inside
    sample_->setAccessibleName(tr("Sample: before → after"));
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
    const Transform* transform = findTransform(spec.type);
    return transform ? transform->label() : spec.type;
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
    if (const Transform* transform = findTransform(type)) {
        for (const transforms::ParamSpec& p : transform->params()) {
            if (p.initialIsTargetLength && targetColumn_ && targetColumn_->length > 0)
                spec.params.insert(QLatin1String(p.name), double(targetColumn_->length));
            else if (!p.initial.isUndefined())
                spec.params.insert(QLatin1String(p.name), p.initial);
        }
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

void TransformEditor::setParams(int step, const ParamChanges& changes)
{
    if (step < 0 || step >= draft_.size())
        return;
    for (const auto& [name, value] : changes) {
        if (value.isUndefined())
            draft_[step].params.remove(name);
        else
            draft_[step].params.insert(name, value);
    }
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
    const Transform* transform = findTransform(spec.type);
    description_->setText(transform ? transform->description() : QString());
    if (!transform)
        return;
    if (transform->params().isEmpty())
        paramsForm_->addRow(new QLabel(tr("This step has no parameters."), paramsBox_));
    const ParamWidgetContext context{
        spec.params, targetSchema_, [this, step](const ParamChanges& changes) { setParams(step, changes); },
        [this] { QMetaObject::invokeMethod(this, &TransformEditor::rebuildParams, Qt::QueuedConnection); }};
    for (const transforms::ParamSpec& p : transform->params()) {
        if (!hasOwnWidget(*transform, p))
            continue;
        QWidget* w = makeParamWidget(p, context, paramsBox_);
        w->setObjectName(QStringLiteral("param_") + QLatin1String(p.name));
        // A check box carries its own label.
        paramsForm_->addRow(p.kind == transforms::ParamKind::Flag ? QString() : p.labelText(), w);
    }
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
