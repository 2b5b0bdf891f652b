#pragma once
// The wizard: one ProjectDocument handed to thin pages (start, source, target, tables, mapping, dry
// run, run, finish). It owns no database work; pages start background jobs and report through signals.
#include "items/project_document.h"
#include "page_ids.h"

#include <QWizard>

namespace ferry::ui {

class WizardPage;

class FerryWizard : public QWizard {
    Q_OBJECT
public:
    explicit FerryWizard(QWidget* parent = nullptr);

    ProjectDocument* document() { return &document_; }
    WizardPage* wizardPage(PageId id) const;

signals:
    // The start page asks the window (which owns dialogs and recent files) to act.
    void newProjectRequested();
    void openProjectRequested(const QString& path); // empty: ask for a file
    void openDemoRequested();
    void saveRequested();

protected:
    // The wizard is embedded in the window: finishing returns to the start page instead of hiding it.
    void done(int result) override;
    // Pages run background work; while one is busy the user cannot leave it by Back.
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateButtons();

    ProjectDocument document_;
};

} // namespace ferry::ui
