#pragma once
// The wizard: one ProjectDocument handed to thin pages (start, source, target, tables, mapping, dry
// run, run, finish). It owns no database work; pages start background jobs and report through signals.
#include "items/project_document.h"
#include "page_ids.h"

#include <QWizard>

namespace ferry::ui {

class UserPrompts;
class WizardPage;

class FerryWizard : public QWizard {
    Q_OBJECT
public:
    explicit FerryWizard(QWidget* parent = nullptr);

    ProjectDocument* document() { return &document_; }
    WizardPage* wizardPage(PageId id) const;
    // Who answers the pages' questions (start over?); not owned.
    void setPrompts(UserPrompts* prompts);

    // The background work during which no other project may be opened and closing asks first.
    enum class Job { None, DryRun, Run, Verify };
    Job runningJob() const;
    // Asks the run or dry run in progress to stop; returns at once, jobRunningChanged(false) follows when
    // it has. A verification has no way to stop half-way and ends on its own.
    void cancelJob();

signals:
    // The start page asks the window (which owns dialogs and recent files) to act.
    void newProjectRequested();
    void openProjectRequested(const QString& path); // empty: ask for a file
    void openDemoRequested();
    void saveRequested();
    void jobRunningChanged(bool running);

protected:
    // The wizard is embedded in the window: finishing returns to the start page instead of hiding it.
    void done(int result) override;
    // Escape and a stray Enter never leave the page.
    void keyPressEvent(QKeyEvent* event) override;

private:
    void setUpKeyboard();
    void advance(); // Ctrl+Enter: Next, or Done on the last page
    void updateButtons();
    void updateJob();

    ProjectDocument document_;
    bool jobRunning_ = false;
};

} // namespace ferry::ui
