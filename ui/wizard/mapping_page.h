#pragma once
// Wizard page 4, field mapping: source columns on the left, target columns on the right; drag a
// source column onto a target column (or pick it in the Source combo) to map it. Auto-map proposes,
// the user accepts. The selected target's transforms are edited below with a live sample. The page only
// wires views to the models in models/items; every edit is an undoable command on the document.
#include "wizard_page.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ferry {
class FieldMappingModel;
class SourceColumnsModel;
class TransformPreview;
} // namespace ferry

namespace ferry::ui {

class TransformEditor;

class MappingPage : public WizardPage {
    Q_OBJECT
public:
    explicit MappingPage(ProjectDocument* document, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    bool isBusy() const override;

    // For the tests and the tour.
    FieldMappingModel* fieldModel() const { return fields_; }
    SourceColumnsModel* sourceModel() const { return sources_; }
    TransformPreview* preview() const { return preview_; }
    TransformEditor* transformEditor() const { return editor_; }
    QTableView* targetView() const { return targetView_; }
    QTableView* sourceView() const { return sourceView_; }
    void selectTable(int index);
    void selectTarget(const QString& target);
    // Required target columns nothing is mapped to, per table mapping ("contact: last_name, status").
    QStringList unmappedRequired() const;

private:
    void fillTableCombo();
    void tableSelected(int index);
    void loadMissingSchemas();
    void loadSample();
    void sampleReady();
    void editSourceCell();    // opens the current target row's Source list
    void mapSelectedSource(); // the current source column onto the current target row
    void updateEditor();
    void updateButtons();
    void updateStatus();
    void updateBusy();
    int currentTargetRow() const;
    QList<int> selectedTargetRows() const;

    FieldMappingModel* fields_;
    SourceColumnsModel* sources_;
    TransformPreview* preview_;
    QSortFilterProxyModel* sourceProxy_;
    QSortFilterProxyModel* targetProxy_;

    QComboBox* tableCombo_;
    QPushButton* autoMap_;
    QPushButton* acceptAll_;
    QPushButton* acceptSelected_;
    QPushButton* discard_;
    QLabel* status_;
    QLineEdit* sourceFilter_;
    QLineEdit* targetFilter_;
    QTableView* sourceView_;
    QTableView* targetView_;
    TransformEditor* editor_;

    int schemaLoads_ = 0;
    bool sourceLoading_ = false;
    bool targetLoading_ = false;
    QString schemaError_;
    bool busy_ = false;
    bool shown_ = false; // initializePage() ran: background reads may start
};

} // namespace ferry::ui
