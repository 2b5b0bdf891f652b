#pragma once
// Tables page: which source table (or SQL query) feeds which target table, with the write mode and
// match keys, listed parents first. A project without table mappings gets proposals matched by name.
// Edits go to the document through the list model's undoable commands.
#include "wizard_page.h"

class QAction;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ferry {
class TableMappingListModel;
}

namespace ferry::ui {

class DuplicateRulesDialog;

class TablesPage : public WizardPage {
    Q_OBJECT
public:
    explicit TablesPage(ProjectDocument* document, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    TableMappingListModel* model() const { return model_; }
    QTableView* view() const { return view_; }

public slots:
    void addMapping();
    void removeSelected();
    void matchByName();
    // Opens the duplicate rules of the selected mapping (window-modal, not blocking); returns the dialog.
    DuplicateRulesDialog* openDuplicateRules();

private:
    int currentRow() const;
    void selectProjectIndex(int projectIndex);
    void onCurrentChanged();
    void onQueryToggled(bool on);
    void onQueryEdited();
    void onModelChanged();
    void updateStatus();

    TableMappingListModel* model_;
    QTableView* view_;
    QPushButton* addButton_;
    QPushButton* removeButton_;
    QPushButton* matchButton_;
    QPushButton* dedupeButton_;
    QList<QAction*> rowActions_; // the view's context menu, on the selected mapping
    QCheckBox* queryCheck_;
    QPlainTextEdit* queryEdit_;
    QLabel* statusLabel_;
    int currentProjectIndex_ = -1; // kept across model resets
    bool loading_ = false;
};

} // namespace ferry::ui
