#pragma once
// The keyboard path for everything drag and drop does: the Source cell of a target column opens a
// combo box listing the source columns and "(not mapped)". It reads the choices from the model
// (FieldMappingModel::SourceChoicesRole), so it works through the filter proxy too.
#include <QStyledItemDelegate>

namespace ferry::ui {

class SourceColumnDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SourceColumnDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace ferry::ui
