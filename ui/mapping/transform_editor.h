#pragma once
// The side panel that edits one field's transform chain: the steps in order (add, remove, move), the
// parameters of the selected step, whether the chain is valid (TransformChain::compile, the engine's
// own check) and the live sample before → after. Edits stay a draft until Apply, which the page turns
// into one undoable command.
#include "items/transform_preview.h"
#include "mapping/param_widgets.h"
#include "project/project.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QToolButton;
class QFormLayout;
class QGroupBox;

namespace ferry {
struct SchemaSnapshot;
}

namespace ferry::ui {

class TransformEditor : public QWidget {
    Q_OBJECT
public:
    explicit TransformEditor(TransformPreview* preview, QWidget* parent = nullptr);

    // The field being edited (std::nullopt: the target column is not mapped) and its target column.
    void setField(const QString& target, const std::optional<FieldMapping>& field,
                  const std::optional<ColumnInfo>& targetColumn);
    void setTargetSchema(const SchemaSnapshot* schema); // for the lookup step's table and columns
    void setSampleStatus(const QString& text);          // "Reading the first 20 rows…", an error, or empty

    QList<TransformSpec> draft() const { return draft_; }
    void setDraft(const QList<TransformSpec>& transforms); // as if the user had edited the chain
    bool isDraftValid() const { return valid_; }
    bool hasChanges() const;

signals:
    void applyRequested(const QString& target, const QList<TransformSpec>& transforms);

private:
    void addStep(const QString& type);
    void removeStep();
    void moveStep(int delta);
    void rebuildSteps(int select);
    void rebuildParams();
    void draftChanged();
    void updateStepButtons();
    void updateSampleStatus();
    void setParams(int step, const ParamChanges& changes);
    QString stepLabel(const TransformSpec& spec) const;

    TransformPreview* preview_;
    const SchemaSnapshot* targetSchema_ = nullptr;
    QString target_;
    std::optional<FieldMapping> field_;
    std::optional<ColumnInfo> targetColumn_;
    QList<TransformSpec> draft_;
    bool valid_ = true;
    QString pageSampleStatus_;

    QLabel* title_;
    QListWidget* steps_;
    QToolButton* add_;
    QToolButton* remove_;
    QToolButton* up_;
    QToolButton* down_;
    QGroupBox* paramsBox_;
    QLabel* description_;
    QFormLayout* paramsForm_;
    QLabel* status_;
    QPushButton* apply_;
    QPushButton* revert_;
    QLabel* sampleStatus_;
    QTableView* sample_;
};

} // namespace ferry::ui
