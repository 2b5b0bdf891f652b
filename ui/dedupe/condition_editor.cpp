#include "dedupe/condition_editor.h"

#include "items/dedupe_rules_model.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpressionValidator>

namespace ferry::ui {

ConditionEditor::ConditionEditor(QWidget* parent)
    : QWidget(parent)
    , columns_(new QListWidget(this))
    , kind_(new QComboBox(this))
    , fuzzy_(new QDoubleSpinBox(this))
    , region_(new QLineEdit(this))
{
    columns_->setObjectName(QStringLiteral("conditionColumns"));
    columns_->setSelectionMode(QAbstractItemView::NoSelection); // the checks are the choice, not a highlight
    columns_->setAccessibleName(tr("Columns compared"));
    columns_->setToolTip(tr("Check the columns this condition compares; several are joined (first and last "
                            "name). Space checks the current one."));
    kind_->setObjectName(QStringLiteral("conditionKind"));
    kind_->setAccessibleName(tr("Kind of comparison"));
    for (MatchKind k : {MatchKind::Exact, MatchKind::Email, MatchKind::Phone, MatchKind::Name, MatchKind::Company})
        kind_->addItem(DedupeRulesModel::kindText(k), int(k));
    fuzzy_->setObjectName(QStringLiteral("conditionFuzzy"));
    fuzzy_->setAccessibleName(tr("Fuzzy threshold"));
    fuzzy_->setRange(0, 1);
    fuzzy_->setSingleStep(0.01);
    fuzzy_->setDecimals(2);
    fuzzy_->setSpecialValueText(tr("off (values equal)"));
    fuzzy_->setToolTip(tr("Rows match when the Jaro-Winkler similarity of their values is at least this much "
                          "(0.92 catches a typo in a name); off: the normalised values must be equal."));
    region_->setObjectName(QStringLiteral("conditionRegion"));
    region_->setAccessibleName(tr("Phone region"));
    region_->setToolTip(tr("Two-letter country code for numbers written without one (US, DE, GB …)."));
    region_->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), region_));
    region_->setMaximumWidth(region_->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 16);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto addRow = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Colu&mns:"), columns_);
    addRow(tr("&Kind:"), kind_);
    addRow(tr("&Fuzzy at least:"), fuzzy_);
    addRow(tr("P&hone region:"), region_);

    connect(columns_, &QListWidget::itemChanged, this, &ConditionEditor::announce);
    connect(kind_, &QComboBox::currentIndexChanged, this, &ConditionEditor::announce);
    connect(fuzzy_, &QDoubleSpinBox::valueChanged, this, &ConditionEditor::announce);
    connect(region_, &QLineEdit::textEdited, this, [this] {
        if (region_->text().size() == 2) // half a code is no region yet
            announce();
    });
    updateEnabled();
}

void ConditionEditor::setCondition(const MatchCondition& condition, const QStringList& columns)
{
    loading_ = true;
    columns_->clear();
    QStringList all = columns;
    for (const QString& c : condition.columns) // a column no field writes any more still shows, checked
        if (!all.contains(c))
            all << c;
    for (const QString& c : all) {
        auto* item = new QListWidgetItem(c, columns_);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(condition.columns.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
    if (columns_->count() > 0)
        columns_->setCurrentRow(0);
    kind_->setCurrentIndex(kind_->findData(int(condition.kind)));
    fuzzy_->setValue(condition.fuzzy);
    region_->setText(condition.region);
    loading_ = false;
    updateEnabled();
}

MatchCondition ConditionEditor::condition() const
{
    MatchCondition c;
    for (int i = 0; i < columns_->count(); ++i)
        if (columns_->item(i)->checkState() == Qt::Checked)
            c.columns << columns_->item(i)->text();
    c.kind = MatchKind(kind_->currentData().toInt());
    // The format allows a threshold only where similarity means something.
    c.fuzzy = c.kind == MatchKind::Email || c.kind == MatchKind::Phone ? 0 : fuzzy_->value();
    c.region = region_->text().toUpper();
    if (c.region.size() != 2)
        c.region = QStringLiteral("US");
    return c;
}

void ConditionEditor::announce()
{
    updateEnabled();
    if (loading_)
        return;
    const MatchCondition c = condition();
    if (!c.columns.isEmpty()) // a condition on no column is no condition; the last check stays until another is set
        emit edited(c);
}

void ConditionEditor::updateEnabled()
{
    const auto kind = MatchKind(kind_->currentData().toInt());
    fuzzy_->setEnabled(kind != MatchKind::Email && kind != MatchKind::Phone);
    region_->setEnabled(kind == MatchKind::Phone);
}

} // namespace ferry::ui
