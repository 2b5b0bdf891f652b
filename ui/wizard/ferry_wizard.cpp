#include "ferry_wizard.h"

#include "app_icon.h"
#include "connection_page.h"
#include "dry_run_page.h"
#include "finish_page.h"
#include "mapping_page.h"
#include "run_page.h"
#include "start_page.h"
#include "tables_page.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QKeyEvent>
#include <QShortcut>

namespace ferry::ui {

FerryWizard::FerryWizard(QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("ferryWizard"));
    setWizardStyle(QWizard::ModernStyle); // title and subtitle in a header on every platform
    setPixmap(QWizard::LogoPixmap, ferryLogo(48, devicePixelRatioF()));
    setOptions(QWizard::NoCancelButton | QWizard::HaveCustomButton1 | QWizard::NoBackButtonOnStartPage);
    // Alt+S belongs to the pages ("&Start dry run", "Accept &selected"); V is free on every page.
    setButtonText(QWizard::CustomButton1, tr("Sa&ve"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            emit saveRequested();
    });

    auto* start = new StartPage(&document_);
    connect(start, &StartPage::newProjectRequested, this, &FerryWizard::newProjectRequested);
    connect(start, &StartPage::openProjectRequested, this, &FerryWizard::openProjectRequested);
    connect(start, &StartPage::openDemoRequested, this, &FerryWizard::openDemoRequested);
    setPage(StartPageId, start);
    setPage(SourcePageId, new ConnectionPage(&document_, Side::Source));
    setPage(TargetPageId, new ConnectionPage(&document_, Side::Target));
    setPage(TablesPageId, new TablesPage(&document_));
    setPage(MappingPageId, new MappingPage(&document_));
    setPage(DryRunPageId, new DryRunPage(&document_));
    setPage(RunPageId, new RunPage(&document_));
    setPage(FinishPageId, new FinishPage(&document_));
    setStartId(StartPageId);

    // After QWizard's own handling of completeChanged, which would re-enable Back during a job.
    for (int id : pageIds()) {
        connect(wizardPage(PageId(id)), &WizardPage::busyChanged, this, &FerryWizard::updateButtons);
        connect(wizardPage(PageId(id)), &QWizardPage::completeChanged, this, &FerryWizard::updateButtons);
    }
    connect(this, &QWizard::currentIdChanged, this, &FerryWizard::updateButtons);
    for (PageId id : {DryRunPageId, RunPageId, FinishPageId})
        connect(wizardPage(id), &WizardPage::busyChanged, this, &FerryWizard::updateJob);
    setUpKeyboard();
}

void FerryWizard::setUpKeyboard()
{
    // Tab moves between panes; arrows move inside a table. With tab navigation a table swallows Tab
    // and wraps from its last cell to its first, so nothing after it can be reached.
    for (QAbstractItemView* view : findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    // Enter belongs to the focused editor or view (see keyPressEvent); Next has Ctrl+Enter and Alt+N.
    for (QKeySequence keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &FerryWizard::advance);
    }
}

void FerryWizard::advance()
{
    for (WizardButton which : {QWizard::NextButton, QWizard::FinishButton}) {
        QAbstractButton* b = button(which);
        if (b && b->isVisible() && b->isEnabled()) {
            b->click();
            return;
        }
    }
}

void FerryWizard::setPrompts(UserPrompts* prompts)
{
    qobject_cast<RunPage*>(page(RunPageId))->setPrompts(prompts);
}

FerryWizard::Job FerryWizard::runningJob() const
{
    if (wizardPage(RunPageId)->isBusy())
        return Job::Run;
    if (wizardPage(DryRunPageId)->isBusy())
        return Job::DryRun;
    if (wizardPage(FinishPageId)->isBusy())
        return Job::Verify;
    return Job::None;
}

void FerryWizard::cancelJob()
{
    qobject_cast<RunPage*>(page(RunPageId))->cancel();
    qobject_cast<DryRunPage*>(page(DryRunPageId))->cancelDryRun();
}

void FerryWizard::updateJob()
{
    const bool running = runningJob() != Job::None;
    if (running == jobRunning_)
        return;
    jobRunning_ = running;
    qobject_cast<StartPage*>(page(StartPageId))->setOpeningEnabled(!running);
    emit jobRunningChanged(running);
}

WizardPage* FerryWizard::wizardPage(PageId id) const
{
    return qobject_cast<WizardPage*>(page(id));
}

void FerryWizard::updateButtons()
{
    // Leaving a page while its job runs would strand the job's results; Next is governed by
    // isComplete(), Back by this.
    const WizardPage* p = wizardPage(PageId(currentId()));
    if (QAbstractButton* back = button(QWizard::BackButton))
        back->setEnabled(p && !p->isBusy() && currentId() != StartPageId);
    // Before a project is chosen there is nothing to save.
    button(QWizard::CustomButton1)->setEnabled(currentId() != StartPageId);
}

void FerryWizard::done(int /*result*/)
{
    restart();
}

void FerryWizard::keyPressEvent(QKeyEvent* event)
{
    // QWizard is a dialog: Escape would close the embedded wizard and leave an empty window.
    if (event->key() == Qt::Key_Escape) {
        event->ignore();
        return;
    }
    // QDialog would press the default button (Next) on an Enter that a view or an editor left unused,
    // e.g. the Enter that closes a cell's combo box. A focused button handles its own Enter first.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
}

} // namespace ferry::ui
