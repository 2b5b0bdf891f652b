#pragma once
// The first page: start a new project, open one, reopen a recent one, or open the demo. The choice is
// made by the buttons (the window does the opening); Next continues with a project already loaded.
#include "wizard_page.h"

class QListWidget;
class QListWidgetItem;

namespace ferry::ui {

class StartPage : public WizardPage {
    Q_OBJECT
public:
    explicit StartPage(ProjectDocument* document, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Off while a run, dry run or verification is in progress: another project would pull the ground
    // from under it.
    void setOpeningEnabled(bool enabled);

signals:
    void newProjectRequested();
    void openProjectRequested(const QString& path); // empty: ask for a file
    void openDemoRequested();

private:
    void refreshRecent();

    QList<QWidget*> openers_; // the buttons and the recent list
    QListWidget* recent_;
    bool hasProject_ = false;
};

} // namespace ferry::ui
