#pragma once
// "Duplicate rules…" of one table mapping (issue 12): its rules and their conditions, the action taken on a
// cluster and the policy against rows already in the target — every edit undoable on the project's stack —
// with a live preview of the clusters the engine finds on the first rows of the source, and the rules
// that linked each. The preview runs in the background (DedupePreviewer); the GUI thread never waits.
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace ferry {
class ClustersModel;
class DedupePreviewer;
class DedupeRulesModel;
class ProjectDocument;
} // namespace ferry

namespace ferry::ui {

class ConditionEditor;

class DuplicateRulesDialog : public QDialog {
    Q_OBJECT
public:
    DuplicateRulesDialog(ProjectDocument* document, int tableIndex, QWidget* parent = nullptr);

    DedupeRulesModel* rulesModel() const { return rules_; }
    ClustersModel* clustersModel() const { return clusters_; }
    DedupePreviewer* previewer() const { return previewer_; }
    QListView* rulesView() const { return rulesView_; }
    ConditionEditor* conditionEditor() const { return conditionEditor_; }
    QSpinBox* sampleSpin() const { return sample_; }

    int currentRule() const;
    int currentCondition() const;
    void selectRule(int row);

private:
    QWidget* makeRulesPane();
    QWidget* makeConditionsPane();
    QWidget* makePolicyRow();
    QWidget* makePreviewPane();
    void refreshRule();   // the selected rule's name and conditions
    void refreshPolicy(); // action, recent column, against target
    void refreshCondition();
    void schedulePreview();
    void startPreview();
    void showPreview();
    void applyPolicy();

    ProjectDocument* document_;
    int tableIndex_;
    DedupeRulesModel* rules_;
    ClustersModel* clusters_;
    DedupePreviewer* previewer_;
    QTimer* debounce_;
    QListView* rulesView_ = nullptr;
    QPushButton* removeRule_ = nullptr;
    QLineEdit* ruleName_ = nullptr;
    QListWidget* conditions_ = nullptr;
    QPushButton* addCondition_ = nullptr;
    QPushButton* removeCondition_ = nullptr;
    ConditionEditor* conditionEditor_ = nullptr;
    QComboBox* action_ = nullptr;
    QComboBox* recent_ = nullptr;
    QComboBox* againstTarget_ = nullptr;
    QSpinBox* sample_ = nullptr;
    QLabel* status_ = nullptr;
    QTableView* clustersView_ = nullptr;
    bool loading_ = false;
};

} // namespace ferry::ui
