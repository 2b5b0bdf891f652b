#include "mapping/source_column_delegate.h"

#include "items/field_mapping_model.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace ferry::ui {

SourceColumnDelegate::SourceColumnDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QWidget* SourceColumnDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    Q_UNUSED(option);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("sourceColumnEditor"));
    combo->addItem(tr("(not mapped)"), QString());
    for (const QString& name : index.data(FieldMappingModel::SourceChoicesRole).toStringList())
        combo->addItem(name, name);
    combo->setAccessibleName(tr("Source column"));
    // Typing filters: "mail" offers e_mail; Down and Enter choose. Alt+Down shows the whole list.
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    // Committing on choice keeps the keyboard path to one key press after opening the list.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto* self = const_cast<SourceColumnDelegate*>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void SourceColumnDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    const int at = combo->findData(index.data(Qt::EditRole).toString(), Qt::UserRole, Qt::MatchFixedString);
    combo->setCurrentIndex(at < 0 ? 0 : at);
    combo->lineEdit()->selectAll(); // typing replaces the current choice
}

void SourceColumnDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    const QString chosen = combo->currentData().toString();
    if (chosen != index.data(Qt::EditRole).toString())
        model->setData(index, chosen, Qt::EditRole);
}

void SourceColumnDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                                const QModelIndex& index) const
{
    Q_UNUSED(index);
    editor->setGeometry(option.rect);
}

} // namespace ferry::ui
