#pragma once
// Editors for the Tables page's list: combo boxes of the source tables, target tables and write
// modes, and a line edit for match keys (comma-separated target columns). Reads the choices from
// the TableMappingListModel it edits.
#include <QStyledItemDelegate>

namespace ferry::ui {

class TableMappingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Room around the text: columns are sized to their contents.
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace ferry::ui
