#pragma once
// Ferry's window: the wizard in the middle, a File menu (new, open, the demo, recent projects, save,
// save as), Edit (undo/redo of mapping edits). Remembers its geometry; asks before losing changes.
// While a run, dry run or verification is in progress no other project can be opened, and closing asks
// first; the window then closes when the job has stopped, never waiting for it on the GUI thread.
#include "user_prompts.h"
#include "wizard/ferry_wizard.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QMenu;

namespace ferry::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    FerryWizard* wizard() const { return wizard_; }
    void setPrompts(std::unique_ptr<UserPrompts> prompts); // tests answer the dialogs

    // Refused (false) while a job is in progress.
    bool openProject(const QString& path);
    bool openDemo();
    bool newProject();
    bool save();
    bool saveAs();

    // Copies the bundled demo (project, legacy CRM script, modern CRM schema) into `directory` and
    // returns the project's path, or an empty string when the copy failed.
    static QString installDemo(const QString& directory);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool maybeSave(); // false: the user cancelled
    // Saves to `path`, first naming a password variable for each login only the wizard knows the
    // password of, and says which (ferry-cli reads them).
    bool writeProject(const QString& path);
    bool jobRunning() const;
    void onJobRunningChanged(bool running);
    // Closing while a job runs: false when the user keeps working, else the job is asked to stop and the
    // window closes once jobRunningChanged says it has.
    bool stopJobToClose();
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void updateTitle();

    FerryWizard* wizard_;
    std::unique_ptr<UserPrompts> prompts_;
    QMenu* recentMenu_ = nullptr;
    QList<QAction*> openActions_; // new, open, the demo: off while a job runs
    bool closeWhenStopped_ = false;
};

} // namespace ferry::ui
