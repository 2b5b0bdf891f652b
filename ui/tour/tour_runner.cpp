#include "tour_runner.h"

#include "dedupe/duplicate_rules_dialog.h"
#include "dry_run_page.h"
#include "finish_page.h"
#include "items/dedupe_preview.h"
#include "items/table_mapping_list_model.h"
#include "main_window.h"
#include "mapping_page.h"
#include "recent_projects.h"
#include "run/run_confirmation.h"
#include "run_page.h"
#include "tables_page.h"
#include "user_prompts.h"
#include "wizard_page.h"

#include <QMessageBox>
#include <QPainter>
#include <QTableView>
#include <QTextStream>
#include <cstdio>

namespace ferry::ui {

namespace {
constexpr int kPollMs = 100;
constexpr int kStepTimeoutMs = 180000;
constexpr int kSettleTicks = 3; // let the last queued updates paint before the picture
} // namespace

TourRunner::TourRunner(MainWindow* window, const QString& outputDir, QObject* parent)
    : QObject(parent)
    , window_(window)
    , output_(outputDir)
{
    timer_.setInterval(kPollMs);
    connect(&timer_, &QTimer::timeout, this, &TourRunner::poll);
}

namespace {
// The tour writes into the demo's own target: it answers "write into the target?" as a user would.
class TourPrompts : public UserPrompts {
public:
    bool confirmRun(QWidget*, const RunPreview&) override { return true; }
};
} // namespace

void TourRunner::start()
{
    if (!output_.mkpath(QStringLiteral(".")) || !workDir_.isValid()) {
        fail(QStringLiteral("cannot create %1").arg(output_.absolutePath()));
        return;
    }
    // The demo is installed first so the start page lists it as a recent project, as it would be.
    demoProject_ = MainWindow::installDemo(workDir_.filePath(QStringLiteral("demo")));
    if (demoProject_.isEmpty()) {
        fail(QStringLiteral("cannot install the demo"));
        return;
    }
    RecentProjects::add(demoProject_);
    window_->setPrompts(std::make_unique<TourPrompts>());
    window_->wizard()->restart();
    window_->resize(1280, 800);
    window_->show();
    buildSteps();
    current_ = 0;
    entered_ = false;
    timer_.start();
}

void TourRunner::buildSteps()
{
    FerryWizard* wizard = window_->wizard();
    auto page = [wizard](PageId id) { return wizard->wizardPage(id); };
    auto onPage = [wizard](PageId id) { return wizard->currentId() == id; };
    auto idleAndComplete = [this, page, onPage](PageId id) {
        return [=, this] { return onPage(id) && pageIdle() && page(id)->isComplete(); };
    };
    auto next = [wizard] { wizard->next(); };

    steps_ = {
        {QStringLiteral("01-start.png"), [] {}, [onPage] { return onPage(StartPageId); },
         [this] {
             if (!window_->openProject(demoProject_))
                 fail(QStringLiteral("the demo did not open"));
         }},
        {QStringLiteral("02-source.png"), [] {}, idleAndComplete(SourcePageId), next},
        {QStringLiteral("03-target.png"), [] {}, idleAndComplete(TargetPageId), next},
        {QStringLiteral("04-tables.png"), [] {}, idleAndComplete(TablesPageId), [] {}},
        {QStringLiteral("04b-duplicate-rules.png"),
         [this, page] {
             // Contacts' duplicate rules, with the clusters the preview finds on the first rows.
             auto* tables = qobject_cast<TablesPage*>(page(TablesPageId));
             tables->view()->setCurrentIndex(tables->model()->index(tables->model()->rowOfProjectIndex(1), 0));
             auto* dialog = tables->openDuplicateRules();
             if (dialog)
                 dialog->resize(window_->size());
             dialog_ = dialog;
         },
         [this] {
             auto* dialog = qobject_cast<DuplicateRulesDialog*>(dialog_.data());
             return dialog && !dialog->previewer()->isBusy() && !dialog->previewer()->result().tables.isEmpty();
         },
         [this, next] {
             if (dialog_)
                 dialog_->close();
             next();
         }},
        {QStringLiteral("05-mapping.png"),
         [page] {
             // Contacts' status shows a chain of transforms with its live sample.
             auto* mapping = qobject_cast<MappingPage*>(page(MappingPageId));
             mapping->selectTable(1);
             mapping->selectTarget(QStringLiteral("status"));
         },
         idleAndComplete(MappingPageId), next},
        {QStringLiteral("06-dry-run.png"),
         [page] {
             // All rows, so the dry run's numbers are the run's (a row limit cuts lookups short).
             auto* dryRun = qobject_cast<DryRunPage*>(page(DryRunPageId));
             dryRun->setRowLimit(-1);
             QMetaObject::invokeMethod(dryRun, &DryRunPage::startDryRun, Qt::QueuedConnection);
         },
         idleAndComplete(DryRunPageId), next},
        {QStringLiteral("06b-run-confirmation.png"),
         [this, page] {
             // What "Start run" asks before writing into the target, as the user sees it.
             auto* run = qobject_cast<RunPage*>(page(RunPageId));
             QMessageBox* box = runConfirmationBox(window_, run->preview());
             box->setAttribute(Qt::WA_DeleteOnClose);
             box->show();
             dialog_ = box;
         },
         [this] { return dialog_ && dialog_->isVisible(); },
         [this] {
             if (dialog_)
                 dialog_->close();
         }},
        {QStringLiteral("07-run.png"),
         [page] {
             QMetaObject::invokeMethod(qobject_cast<RunPage*>(page(RunPageId)), &RunPage::start, Qt::QueuedConnection);
         },
         idleAndComplete(RunPageId), next},
        {QStringLiteral("08-finish.png"),
         [page] {
             QMetaObject::invokeMethod(qobject_cast<FinishPage*>(page(FinishPageId)), &FinishPage::startVerify,
                                       Qt::QueuedConnection);
         },
         [this, page, onPage] {
             return onPage(FinishPageId) && pageIdle() &&
                    qobject_cast<FinishPage*>(page(FinishPageId))->hasVerifyResult();
         },
         [] {}},
    };
}

QPixmap TourRunner::picture() const
{
    QPixmap shot = window_->grab();
    if (!dialog_)
        return shot;
    const QPixmap dialog = dialog_->grab();
    if (dialog.size() == shot.size())
        return dialog;
    // A dialog smaller than the window is shown over it, centred, as the user sees it (the offscreen
    // platform has no window manager to compose the two).
    QPainter painter(&shot);
    const QRect area(QPoint((shot.width() - dialog.width()) / 2, (shot.height() - dialog.height()) / 2), dialog.size());
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
    painter.drawPixmap(area.topLeft(), dialog);
    painter.setPen(QColor(0x60, 0x60, 0x60));
    painter.drawRect(area.adjusted(-1, -1, 0, 0));
    return shot;
}

bool TourRunner::pageIdle() const
{
    const WizardPage* p = window_->wizard()->wizardPage(PageId(window_->wizard()->currentId()));
    return p && !p->isBusy();
}

void TourRunner::poll()
{
    if (current_ < 0 || current_ >= steps_.size())
        return;
    Step& step = steps_[current_];
    if (!entered_) {
        entered_ = true;
        settleTicks_ = 0;
        stepClock_.start();
        step.enter();
        return; // give queued work a tick to start before asking whether it is done
    }
    if (!step.ready()) {
        settleTicks_ = 0;
        if (stepClock_.elapsed() > kStepTimeoutMs)
            fail(QStringLiteral("%1: the page did not become ready within %2 s")
                     .arg(step.file)
                     .arg(kStepTimeoutMs / 1000));
        return;
    }
    if (++settleTicks_ < kSettleTicks)
        return;
    if (!step.file.isEmpty()) {
        const QString path = output_.filePath(step.file);
        if (!picture().save(path)) {
            fail(QStringLiteral("cannot write %1").arg(path));
            return;
        }
        saved_ << path;
        QTextStream(stdout) << path << Qt::endl;
    }
    step.leave();
    entered_ = false;
    if (++current_ == steps_.size()) {
        timer_.stop();
        emit finished(0);
    }
}

void TourRunner::fail(const QString& why)
{
    timer_.stop();
    current_ = int(steps_.size());
    QTextStream(stderr) << "ferry --tour: " << why << Qt::endl;
    emit finished(1);
}

} // namespace ferry::ui
