#pragma once
// Ferry's window: the wizard in the middle, a File menu (new, open, the demo, recent projects, save,
// save as), Edit (undo/redo of mapping edits). Remembers its geometry; asks before losing changes.
#include "user_prompts.h"
#include "wizard/ferry_wizard.h"

#include <QMainWindow>
#include <memory>

class QMenu;

namespace ferry::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    FerryWizard* wizard() const { return wizard_; }
    void setPrompts(std::unique_ptr<UserPrompts> prompts); // tests answer the dialogs

    bool openProject(const QString& path);
    bool openDemo();
    void newProject();
    bool save();
    bool saveAs();

    // Copies the bundled demo (project, legacy CRM script, modern CRM schema) into `directory` and
    // returns the project's path, or an empty string when the copy failed.
    static QString installDemo(const QString& directory);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool maybeSave(); // false: the user cancelled
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void updateTitle();

    FerryWizard* wizard_;
    std::unique_ptr<UserPrompts> prompts_;
    QMenu* recentMenu_ = nullptr;
};

} // namespace ferry::ui
