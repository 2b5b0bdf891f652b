#include "dedupe/duplicate_rules_dialog.h"

#include "dedupe/condition_editor.h"
#include "items/clusters_model.h"
#include "items/dedupe_preview.h"
#include "items/dedupe_rules_model.h"
#include "items/project_document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

DuplicateRulesDialog::DuplicateRulesDialog(ProjectDocument* document, int tableIndex, QWidget* parent)
    : QDialog(parent)
    , document_(document)
    , tableIndex_(tableIndex)
    , rules_(new DedupeRulesModel(document, tableIndex, this))
    , clusters_(new ClustersModel(this))
    , previewer_(new DedupePreviewer(this))
    , debounce_(new QTimer(this))
{
    setObjectName(QStringLiteral("duplicateRulesDialog"));
    const TableMapping& m = document->tables().at(tableIndex);
    const QString source = m.query.isEmpty() ? m.source : tr("query");
    setWindowTitle(tr("Duplicate rules: %1 → %2").arg(source, m.target));
    auto* intro = new QLabel(tr("Rows that are the same customer: two rows match when every condition of one rule "
                                "holds. Columns are target columns, compared after the transforms."),
                             this);
    intro->setWordWrap(true);

    auto* editors = new QWidget(this);
    auto* editorsLayout = new QHBoxLayout(editors);
    editorsLayout->setContentsMargins(0, 0, 0, 0);
    editorsLayout->addWidget(makeRulesPane(), 2);
    editorsLayout->addWidget(makeConditionsPane(), 5);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(editors, 1);
    topLayout->addWidget(makePolicyRow());
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(makePreviewPane());
    // The editors need few lines; the clusters are what the user reads.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 420});

    QUndoStack* stack = document->undoStack();
    auto* buttons = new QDialogButtonBox(this);
    auto* undo = buttons->addButton(tr("&Undo"), QDialogButtonBox::ActionRole);
    auto* redo = buttons->addButton(tr("Re&do"), QDialogButtonBox::ActionRole);
    auto* close = buttons->addButton(tr("Clo&se"), QDialogButtonBox::RejectRole);
    undo->setObjectName(QStringLiteral("undoButton"));
    redo->setObjectName(QStringLiteral("redoButton"));
    close->setObjectName(QStringLiteral("closeButton"));
    undo->setShortcut(QKeySequence::Undo); // the main window's Edit menu is out of reach while this is open
    redo->setShortcut(QKeySequence::Redo);
    auto updateUndo = [=] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setToolTip(stack->undoText());
        redo->setToolTip(stack->redoText());
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    updateUndo();
    connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1180, 760);

    debounce_->setSingleShot(true);
    debounce_->setInterval(350); // a burst of edits (a spin box held down) previews once
    connect(debounce_, &QTimer::timeout, this, &DuplicateRulesDialog::startPreview);
    connect(previewer_, &DedupePreviewer::busyChanged, this, &DuplicateRulesDialog::showPreview);
    connect(previewer_, &DedupePreviewer::resultReady, this, &DuplicateRulesDialog::showPreview);
    connect(document, &ProjectDocument::tableChanged, this, [this](int index) {
        if (index != tableIndex_)
            return;
        refreshRule();
        refreshPolicy();
        schedulePreview();
    });
    connect(rules_, &QAbstractItemModel::modelReset, this, [this] {
        if (rules_->rowCount() > 0 && currentRule() < 0)
            selectRule(0);
        refreshRule();
    });
    // Enter in the rule name (or a spin box) finishes that edit; it must not press a button too.
    for (QPushButton* b : findChildren<QPushButton*>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    if (rules_->rowCount() > 0)
        selectRule(0);
    refreshRule();
    refreshPolicy();
    startPreview();
}

QWidget* DuplicateRulesDialog::makeRulesPane()
{
    auto* pane = new QWidget(this);
    rulesView_ = new QListView(pane);
    rulesView_->setObjectName(QStringLiteral("rulesView"));
    rulesView_->setAccessibleName(tr("Duplicate rules"));
    rulesView_->setModel(rules_);
    rulesView_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto* add = new QPushButton(tr("&Add rule"), pane);
    add->setObjectName(QStringLiteral("addRuleButton"));
    removeRule_ = new QPushButton(tr("Remo&ve rule"), pane);
    removeRule_->setObjectName(QStringLiteral("removeRuleButton"));
    ruleName_ = new QLineEdit(pane);
    ruleName_->setObjectName(QStringLiteral("ruleNameEdit"));
    ruleName_->setAccessibleName(tr("Rule name"));
    ruleName_->setToolTip(tr("Reports and the dry run name the rule that linked each cluster by this name."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(removeRule_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&Rules (any one links two rows):"), rulesView_, pane));
    layout->addWidget(rulesView_, 1);
    layout->addLayout(buttons);
    layout->addWidget(buddyLabel(tr("Rule &name:"), ruleName_, pane));
    layout->addWidget(ruleName_);

    connect(add, &QPushButton::clicked, this, [this] {
        if (const int row = rules_->addRule(); row >= 0)
            selectRule(row);
    });
    connect(removeRule_, &QPushButton::clicked, this, [this] {
        const int row = currentRule();
        if (rules_->removeRule(row) && rules_->rowCount() > 0)
            selectRule(qMin(row, rules_->rowCount() - 1));
    });
    connect(ruleName_, &QLineEdit::editingFinished, this, [this] {
        if (const int row = currentRule(); row >= 0)
            rules_->setData(rules_->index(row), ruleName_->text());
    });
    connect(rulesView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DuplicateRulesDialog::refreshRule);
    return pane;
}

QWidget* DuplicateRulesDialog::makeConditionsPane()
{
    auto* pane = new QWidget(this);
    conditions_ = new QListWidget(pane);
    conditions_->setObjectName(QStringLiteral("conditionsList"));
    conditions_->setAccessibleName(tr("Conditions of the rule"));
    addCondition_ = new QPushButton(tr("Add &condition"), pane);
    addCondition_->setObjectName(QStringLiteral("addConditionButton"));
    removeCondition_ = new QPushButton(tr("Remove cond&ition"), pane);
    removeCondition_->setObjectName(QStringLiteral("removeConditionButton"));
    conditionEditor_ = new ConditionEditor(pane);
    conditionEditor_->setObjectName(QStringLiteral("conditionEditor"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addCondition_);
    buttons->addWidget(removeCondition_);
    buttons->addStretch();
    auto* list = new QVBoxLayout;
    list->addWidget(buddyLabel(tr("C&onditions (all must hold):"), conditions_, pane));
    list->addWidget(conditions_, 1);
    list->addLayout(buttons);
    auto* layout = new QHBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(list, 1);
    layout->addWidget(conditionEditor_, 1);

    connect(conditions_, &QListWidget::currentRowChanged, this, &DuplicateRulesDialog::refreshCondition);
    connect(addCondition_, &QPushButton::clicked, this, [this] {
        if (const int c = rules_->addCondition(currentRule()); c >= 0)
            conditions_->setCurrentRow(c);
    });
    connect(removeCondition_, &QPushButton::clicked, this,
            [this] { rules_->removeCondition(currentRule(), currentCondition()); });
    connect(conditionEditor_, &ConditionEditor::edited, this,
            [this](const MatchCondition& c) { rules_->setCondition(currentRule(), currentCondition(), c); });
    return pane;
}

QWidget* DuplicateRulesDialog::makePolicyRow()
{
    auto* row = new QWidget(this);
    action_ = new QComboBox(row);
    action_->setObjectName(QStringLiteral("actionCombo"));
    action_->setAccessibleName(tr("Action on a cluster"));
    action_->addItem(tr("Flag: write every row, report the cluster"), int(ClusterAction::Flag));
    action_->addItem(tr("Keep the first row read"), int(ClusterAction::KeepFirst));
    action_->addItem(tr("Keep the most recent row"), int(ClusterAction::KeepMostRecent));
    action_->addItem(tr("Keep the most complete row"), int(ClusterAction::KeepMostComplete));
    action_->addItem(tr("Merge into one row"), int(ClusterAction::Merge));
    recent_ = new QComboBox(row);
    recent_->setObjectName(QStringLiteral("recentCombo"));
    recent_->setAccessibleName(tr("Most recent by column"));
    recent_->setToolTip(tr("The column that says which row is the most recent (keep the most recent row; merge "
                           "by most recent)."));
    againstTarget_ = new QComboBox(row);
    againstTarget_->setObjectName(QStringLiteral("againstTargetCombo"));
    againstTarget_->setAccessibleName(tr("Against rows already in the target"));
    againstTarget_->addItem(tr("Do not look"), int(TargetAction::None));
    againstTarget_->addItem(tr("Update the target row"), int(TargetAction::Update));
    againstTarget_->addItem(tr("Skip the source row"), int(TargetAction::Skip));
    againstTarget_->addItem(tr("Write it and flag it"), int(TargetAction::Flag));
    againstTarget_->setToolTip(tr("What happens to a source row that matches a row already in the target. "
                                  "Updating needs the mapping's match keys."));

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("Ac&tion on a cluster:"), action_, row));
    layout->addWidget(action_);
    layout->addWidget(buddyLabel(tr("Most r&ecent by:"), recent_, row));
    layout->addWidget(recent_);
    layout->addWidget(buddyLabel(tr("Rows already in the tar&get:"), againstTarget_, row));
    layout->addWidget(againstTarget_);
    layout->addStretch();
    for (QComboBox* c : {action_, recent_, againstTarget_})
        connect(c, &QComboBox::activated, this, &DuplicateRulesDialog::applyPolicy);
    return row;
}

QWidget* DuplicateRulesDialog::makePreviewPane()
{
    auto* pane = new QWidget(this);
    sample_ = new QSpinBox(pane);
    sample_->setObjectName(QStringLiteral("sampleSpin"));
    sample_->setAccessibleName(tr("Rows to preview"));
    sample_->setRange(10, 1000000);
    sample_->setSingleStep(500);
    sample_->setValue(DedupePreviewer::kDefaultRows);
    sample_->setGroupSeparatorShown(true);
    status_ = new QLabel(pane);
    status_->setObjectName(QStringLiteral("previewStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    clustersView_ = new QTableView(pane);
    clustersView_->setObjectName(QStringLiteral("previewClustersView"));
    clustersView_->setAccessibleName(tr("Clusters found in the preview"));
    clustersView_->setModel(clusters_);
    clustersView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    clustersView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    clustersView_->setWordWrap(false);
    clustersView_->verticalHeader()->hide();
    clustersView_->horizontalHeader()->setStretchLastSection(true);
    clustersView_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    clustersView_->setColumnHidden(ClustersModel::Table, true); // one table here

    auto* sampleRow = new QHBoxLayout;
    sampleRow->addWidget(buddyLabel(tr("&Preview the first"), sample_, pane));
    sampleRow->addWidget(sample_);
    sampleRow->addWidget(new QLabel(tr("source rows"), pane));
    sampleRow->addSpacing(12);
    sampleRow->addWidget(status_, 1);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(sampleRow);
    layout->addWidget(buddyLabel(tr("C&lusters and the rules that linked them:"), clustersView_, pane));
    layout->addWidget(clustersView_, 1);
    connect(sample_, &QSpinBox::valueChanged, this, &DuplicateRulesDialog::schedulePreview);
    return pane;
}

int DuplicateRulesDialog::currentRule() const
{
    const QModelIndex i = rulesView_->currentIndex();
    return i.isValid() ? i.row() : -1;
}

int DuplicateRulesDialog::currentCondition() const
{
    return conditions_->currentRow();
}

void DuplicateRulesDialog::selectRule(int row)
{
    rulesView_->setCurrentIndex(rules_->index(row));
}

void DuplicateRulesDialog::refreshRule()
{
    const int row = currentRule();
    const bool has = row >= 0 && row < rules_->config().rules.size();
    removeRule_->setEnabled(has);
    ruleName_->setEnabled(has);
    addCondition_->setEnabled(has);
    if (!ruleName_->hasFocus() || !has)
        ruleName_->setText(has ? rules_->config().rules[row].name : QString());
    const int keep = conditions_->currentRow();
    const QSignalBlocker blocking(conditions_);
    conditions_->clear();
    if (has)
        for (const MatchCondition& c : rules_->config().rules[row].all)
            conditions_->addItem(DedupeRulesModel::describe(c));
    if (conditions_->count() > 0)
        conditions_->setCurrentRow(qBound(0, keep, conditions_->count() - 1));
    refreshCondition();
}

void DuplicateRulesDialog::refreshCondition()
{
    const int row = currentRule();
    const int c = currentCondition();
    const bool has =
        row >= 0 && row < rules_->config().rules.size() && c >= 0 && c < rules_->config().rules[row].all.size();
    removeCondition_->setEnabled(has && rules_->config().rules[row].all.size() > 1);
    conditionEditor_->setEnabled(has);
    if (has)
        conditionEditor_->setCondition(rules_->config().rules[row].all[c], rules_->columns());
    else
        conditionEditor_->setCondition(MatchCondition{}, {});
}

void DuplicateRulesDialog::refreshPolicy()
{
    const DedupeConfig& cfg = rules_->config();
    loading_ = true;
    action_->setCurrentIndex(action_->findData(int(cfg.action)));
    recent_->clear();
    recent_->addItem(tr("(none)"), QString());
    for (const QString& c : rules_->columns())
        recent_->addItem(c, c);
    recent_->setCurrentIndex(qMax(0, recent_->findData(cfg.recentColumn)));
    recent_->setEnabled(cfg.action == ClusterAction::KeepMostRecent || cfg.action == ClusterAction::Merge);
    againstTarget_->setCurrentIndex(againstTarget_->findData(int(cfg.againstTarget)));
    loading_ = false;
}

void DuplicateRulesDialog::applyPolicy()
{
    if (loading_)
        return;
    DedupeConfig cfg = rules_->config();
    cfg.action = ClusterAction(action_->currentData().toInt());
    cfg.recentColumn = recent_->currentData().toString();
    cfg.againstTarget = TargetAction(againstTarget_->currentData().toInt());
    rules_->setConfig(cfg, tr("Change duplicate action"));
}

void DuplicateRulesDialog::schedulePreview()
{
    debounce_->start();
}

void DuplicateRulesDialog::startPreview()
{
    if (tableIndex_ >= document_->tables().size())
        return;
    if (!rules_->config().enabled()) {
        clusters_->clear();
        showPreview();
        return;
    }
    previewer_->request(document_->project(), tableIndex_, document_->password(Side::Source),
                        document_->password(Side::Target), sample_->value());
}

void DuplicateRulesDialog::showPreview()
{
    if (!rules_->config().enabled()) {
        status_->setText(tr("Add a rule to see the clusters it finds."));
        return;
    }
    if (previewer_->isBusy()) {
        status_->setText(tr("Looking for duplicates in the first %1 rows…").arg(QLocale().toString(sample_->value())));
        return;
    }
    const RunSummary& r = previewer_->result();
    if (!r.error.isEmpty() || r.tables.isEmpty()) {
        clusters_->clear();
        status_->setText(r.error.isEmpty() ? tr("The preview found no rows to compare.")
                                           : tr("No preview: %1").arg(r.error));
        return;
    }
    clusters_->setSummary(r);
    // A target row only ever shows when the rules look in the target.
    clustersView_->setColumnHidden(ClustersModel::TargetKey, rules_->config().againstTarget == TargetAction::None);
    QStringList perRule;
    for (const DuplicateRuleCount& c : r.duplicateRules)
        perRule << tr("\"%1\": %2").arg(c.rule, QLocale().toString(c.clusters));
    const qint64 found = r.clusters.size() + r.clustersNotKept;
    const QString read = QLocale().toString(r.tables.first().read);
    const QString counts = found == 1 ? tr("1 cluster in %1 rows read").arg(read)
                                      : tr("%1 clusters in %2 rows read").arg(QLocale().toString(found), read);
    status_->setText(perRule.isEmpty() ? counts
                                       : tr("%1 — by rule: %2").arg(counts, perRule.join(QStringLiteral(", "))));
    clustersView_->resizeColumnsToContents();
}

} // namespace ferry::ui
