#include "tables/table_mapping_delegate.h"

#include "items/table_mapping_list_model.h"

#include <QComboBox>
#include <QLineEdit>

namespace ferry::ui {

QSize TableMappingDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.averageCharWidth() * 3;
    size.rheight() += option.fontMetrics.height() / 3;
    return size;
}

QWidget* TableMappingDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    const auto* model = qobject_cast<const TableMappingListModel*>(index.model());
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (index.column()) {
    case TableMappingListModel::SourceColumn:
    case TableMappingListModel::TargetColumn:
    case TableMappingListModel::ModeColumn: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("tableMappingCombo"));
        if (index.column() == TableMappingListModel::SourceColumn)
            combo->addItems(model->sourceTables());
        else if (index.column() == TableMappingListModel::TargetColumn)
            combo->addItems(model->targetTables());
        else
            for (WriteMode m : TableMappingListModel::modes())
                combo->addItem(TableMappingListModel::modeLabel(m), static_cast<int>(m));
        // A choice is a complete edit: commit it at once instead of waiting for focus to leave.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto* self = const_cast<TableMappingDelegate*>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    case TableMappingListModel::KeysColumn: {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("keysEditor"));
        edit->setPlaceholderText(tr("target columns, comma-separated"));
        edit->setToolTip(tr("Columns of %1: %2")
                             .arg(index.siblingAtColumn(TableMappingListModel::TargetColumn).data().toString(),
                                  model->targetColumns(index.row()).join(QStringLiteral(", "))));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void TableMappingDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QVariant v = index.data(Qt::EditRole);
        const int at = index.column() == TableMappingListModel::ModeColumn
                           ? combo->findData(v)
                           : combo->findText(v.toString(), Qt::MatchFixedString);
        combo->setCurrentIndex(at);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TableMappingDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() < 0)
            return;
        model->setData(index,
                       index.column() == TableMappingListModel::ModeColumn ? combo->currentData()
                                                                           : QVariant(combo->currentText()),
                       Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace ferry::ui
