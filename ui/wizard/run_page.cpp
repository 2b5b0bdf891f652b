#include "run_page.h"

#include "charts/run_charts.h"
#include "engine/run_record.h"
#include "run/interrupted_run_notice.h"
#include "run/location_bar.h"
#include "run/reconnect_banner.h"
#include "run/run_folder.h"
#include "run/table_progress_list.h"
#include "run_controller.h"
#include "stall_monitor.h"
#include "user_prompts.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>
#include <limits>

namespace ferry::ui {

RunPage::RunPage(ProjectDocument* document, QWidget* parent)
    : WizardPage(document, parent)
    , controller_(new RunController(this))
    , stall_(new StallMonitor(this))
    , prompts_(UserPrompts::standard())
    , notice_(new InterruptedRunNotice(this))
    , resumeRunButton_(new QPushButton(tr("Res&ume run"), this))
    , startButton_(new QPushButton(tr("&Start run"), this))
    , pauseButton_(new QPushButton(tr("&Pause"), this))
    , cancelButton_(new QPushButton(tr("&Cancel run"), this))
    , status_(new QLabel(this))
    , reconnect_(new ReconnectBanner(this))
    , folder_(new LocationBar(this))
    , progress_(new TableProgressList)
    , progressArea_(new QScrollArea(this))
    , charts_(new RunCharts(this))
{
    setTitle(tr("Run"));
    setSubTitle(tr("Migrate every row into the target. You can pause between batches or cancel at any time: "
                   "each batch commits whole or not at all, so the counts always add up."));
    resumeRunButton_->setObjectName(QStringLiteral("resumeInterruptedButton"));
    startButton_->setObjectName(QStringLiteral("startRunButton"));
    pauseButton_->setObjectName(QStringLiteral("pauseRunButton"));
    cancelButton_->setObjectName(QStringLiteral("cancelRunButton"));
    status_->setObjectName(QStringLiteral("runStatus"));
    resumeRunButton_->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    resumeRunButton_->setAccessibleName(tr("Resume the interrupted run"));
    resumeRunButton_->setToolTip(tr("Continue the interrupted run where it stopped; the rows it committed are kept."));
    startButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    pauseButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    cancelButton_->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setText(idleText());

    progressArea_->setObjectName(QStringLiteral("tableProgressArea"));
    progressArea_->setWidget(progress_);
    progressArea_->setWidgetResizable(true);
    progressArea_->setFrameShape(QFrame::NoFrame);
    progressArea_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(resumeRunButton_);
    buttons->addWidget(startButton_);
    buttons->addWidget(pauseButton_);
    buttons->addWidget(cancelButton_);
    buttons->addWidget(status_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(notice_);
    layout->addLayout(buttons);
    layout->addWidget(reconnect_);
    layout->addWidget(folder_);
    layout->addWidget(progressArea_);
    layout->addWidget(charts_, 1);

    connect(resumeRunButton_, &QPushButton::clicked, this, &RunPage::resumeInterrupted);
    connect(startButton_, &QPushButton::clicked, this, &RunPage::start);
    connect(pauseButton_, &QPushButton::clicked, this,
            [this] { controller_->isPauseRequested() ? resume() : pause(); });
    connect(cancelButton_, &QPushButton::clicked, this, &RunPage::cancel);

    connect(controller_, &RunController::tableStarted, progress_, &TableProgressList::tableStarted);
    connect(controller_, &RunController::tableFinished, progress_, &TableProgressList::tableFinished);
    connect(controller_, &RunController::sampled, this, &RunPage::onSample);
    connect(controller_, &RunController::pausedChanged, this, &RunPage::onPaused);
    connect(controller_, &RunController::retrying, this, &RunPage::onRetrying);
    connect(controller_, &RunController::recovered, this, &RunPage::onRecovered);
    connect(controller_, &RunController::finished, this, &RunPage::onFinished);

    // "Changed since the last dry run" compares what decides which rows go where.
    connect(document, &ProjectDocument::lastRunChanged, this, [this](bool dryRun) {
        if (dryRun)
            dryRunFingerprint_ = projectFingerprint(this->document()->project());
    });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        if (controller_->isRunning())
            return;
        ran_ = false;
        charts_->clear();
        listTables();
        refreshInterrupted();
        status_->setText(idleText());
        emit completeChanged();
    });
    listTables();
    folder_->setPath(runFolder(document->project()));
    updateControls();
}

void RunPage::initializePage()
{
    if (controller_->isRunning())
        return;
    if (!ran_)
        listTables();
    // The mapping may have changed on the earlier pages: an interrupted run of another mapping is not offered.
    refreshInterrupted();
    folder_->setPath(runFolder(document()->project()));
    if (!ran_)
        status_->setText(idleText());
}

QString RunPage::idleText() const
{
    return interrupted_ ? tr("Press Resume run to continue it, or Start over for a new run.")
                        : tr("Press Start run to migrate the data into the target.");
}

void RunPage::refreshInterrupted()
{
    if (controller_->isRunning())
        return;
    interrupted_ = findInterruptedRun(withRunFolder(document()->project()));
    folder_->setPath(runFolder(document()->project()));
    notice_->setRun(interrupted_);
    updateControls();
}

void RunPage::listTables()
{
    QList<QPair<QString, QString>> tables;
    const QString query = QCoreApplication::translate("ferry::Plan", "query");
    for (const TableMapping& t : document()->tables())
        tables.append({t.query.isEmpty() ? t.source : query, t.target});
    progress_->setTables(tables);
    // As tall as its rows, up to a handful; more tables scroll, and the charts keep their room.
    progress_->adjustSize();
    const int rowsHeight = progress_->sizeHint().height() + 2 * progressArea_->frameWidth();
    progressArea_->setMinimumHeight(qMin(rowsHeight, fontMetrics().height() * 14));
    progressArea_->setMaximumHeight(qMin(rowsHeight, fontMetrics().height() * 14));
}

bool RunPage::isComplete() const
{
    return ran_ && !controller_->isRunning();
}

bool RunPage::isBusy() const
{
    return controller_->isRunning();
}

QString RunPage::statusText() const
{
    return status_->text();
}

void RunPage::start()
{
    if (controller_->isRunning())
        return;
    if (interrupted_ && !prompts_->confirmStartOver(this, startOverConsequences()))
        return;
    if (!prompts_->confirmRun(this, preview()))
        return;
    launch(false);
}

void RunPage::resumeInterrupted()
{
    if (controller_->isRunning() || !interrupted_)
        return;
    launch(true);
}

RunPreview RunPage::preview() const
{
    const Project& project = document()->project();
    const RunSummary* dryRun = document()->lastRun(true);
    const bool changed = dryRun && dryRunFingerprint_ != projectFingerprint(project);
    return RunPreview::of(project, dryRun, changed, runFolder(project));
}

QString RunPage::startOverConsequences() const
{
    QStringList inserting;
    for (const TableMapping& t : document()->tables())
        if (t.mode == WriteMode::Insert)
            inserting << t.target;
    QStringList parts{tr("The rows the interrupted run committed stay in the target: a new run does not remove "
                         "them, and its counts start from zero.")};
    if (inserting.isEmpty())
        parts << tr("Every table matches existing rows by key, so the new run updates or skips those rows "
                    "instead of adding them again.");
    else
        parts << tr("%1 write in insert mode: the new run inserts those rows again, so the target refuses them "
                    "where a unique key forbids it (they are rejected) and otherwise holds them twice.")
                     .arg(QLocale().createSeparatedList(inserting));
    parts << tr("Resume instead continues the interrupted run exactly where it stopped.");
    return parts.join(QStringLiteral("\n\n"));
}

void RunPage::launch(bool resumeInterrupted)
{
    RunRequest request;
    request.dryRun = false;
    request.sampleIntervalMs = 100; // smooth charts; a sample is a few numbers, cheap at this rate
    request.sampleEveryRows = 200;  // and a run over in a fraction of a second still draws a curve
    request.sourcePassword = document()->password(Side::Source);
    request.targetPassword = document()->password(Side::Target);
    request.resume = resumeInterrupted;
    if (resumeInterrupted)
        request.resumeDirectory = interrupted_->directory;
    resuming_ = resumeInterrupted;
    paused_ = false;
    cancelling_ = false;
    interrupted_.reset(); // being continued or replaced; looked up again when this run ends
    notice_->setRun(std::nullopt);
    charts_->clear();
    listTables();
    status_->setText(resumeInterrupted ? tr("Resuming the interrupted run…") : tr("Connecting…"));
    stall_->start();
    controller_->start(withRunFolder(document()->project()), request);
    charts_->setLive(true);
    updateControls();
    emit busyChanged(true);
    emit completeChanged();
}

void RunPage::pause()
{
    if (!controller_->isRunning() || controller_->isPauseRequested())
        return;
    controller_->setPaused(true);
    status_->setText(tr("Pausing after the batch in flight…"));
    updateControls();
}

void RunPage::resume()
{
    if (!controller_->isRunning() || !controller_->isPauseRequested())
        return;
    controller_->setPaused(false);
    showRunning();
    updateControls();
}

void RunPage::cancel()
{
    if (!controller_->isRunning())
        return;
    cancelling_ = true;
    controller_->cancel(); // a flag the engine reads between batches: returns at once
    status_->setText(tr("Cancelling after the batch in flight…"));
    updateControls();
}

void RunPage::showRunning()
{
    if (paused_ || cancelling_ || controller_->isPauseRequested())
        return;
    status_->setText(reconnect_->isReconnecting() ? tr("Waiting for the connection…") : tr("Running…"));
}

void RunPage::onSample(const RunSample& s)
{
    charts_->addSample(s);
    progress_->sampled(s.table, s.tableRead, s.rowsPerSecond);
    showRunning();
}

void RunPage::onPaused(bool paused)
{
    if (!controller_->isRunning())
        return;
    paused_ = paused;
    progress_->setPaused(paused);
    if (paused && !cancelling_)
        status_->setText(tr("Paused. The last batch is committed and nothing is held open; Resume goes on "
                            "where the run stopped."));
    updateControls();
    emit pausedChanged(paused);
}

void RunPage::onRetrying(const QString& what, const QString& error, int attempt, int maxAttempts, qint64 delayMs)
{
    if (!controller_->isRunning())
        return;
    // One marker per outage, where it began; later attempts only update the banner.
    if (!reconnect_->isReconnecting())
        charts_->markEvent(
            tr("Reconnecting"),
            tr("The connection to %1 was lost here: %2").arg(ReconnectBanner::connectionName(what), error));
    reconnect_->retrying(what, error, attempt, maxAttempts, delayMs);
    showRunning();
}

void RunPage::onRecovered()
{
    reconnect_->clear();
    showRunning();
}

void RunPage::onFinished(const RunSummary& summary)
{
    const bool wasPaused = paused_;
    paused_ = false;
    cancelling_ = false;
    reconnect_->clear();
    charts_->setLive(false);
    stall_->stop();
    progress_->runEnded(summary.cancelled);
    ran_ = true;
    document()->setLastRun(summary);
    refreshInterrupted(); // a run that stopped early is now the one to resume

    charts_->showSummary(summary);
    status_->setText(finishedText(summary));
    updateControls();
    if (wasPaused)
        emit pausedChanged(false);
    emit busyChanged(false);
    emit completeChanged();
    emit runFinished(summary);
}

QString RunPage::finishedText(const RunSummary& summary) const
{
    const QLocale locale;
    qint64 rejected = 0, written = 0, unchanged = 0;
    for (const TableCounts& t : summary.tables) {
        rejected += t.rejected;
        written += t.inserted + t.updated;
        unchanged += t.unchanged;
    }
    if (resuming_ && controller_->failureKind() == FailureKind::Project)
        return tr("The run could not be resumed: %1").arg(summary.error);
    if (summary.cancelled && interrupted_)
        return tr("Cancelled. %1 rows were written and every row read is accounted for; Resume continues where "
                  "the run stopped.")
            .arg(locale.toString(written));
    if (summary.cancelled)
        return tr("Cancelled. %1 rows were written and every row read is accounted for; running again "
                  "continues without duplicates where the tables have match keys.")
            .arg(locale.toString(written));
    if (summary.status == RunSummary::Status::Failed)
        return tr("The run stopped: %1").arg(summary.error);
    QString text = rejected > 0 ? tr("Finished: %1 rows written, %2 rejected with a reason (see the next page).")
                                      .arg(locale.toString(written), locale.toString(rejected))
                                : tr("Finished: %1 rows written, none rejected.").arg(locale.toString(written));
    if (unchanged > 0)
        text += QLatin1Char(' ') + tr("%n row(s) already held these values in the target and were left alone.", nullptr,
                                      int(qMin<qint64>(unchanged, std::numeric_limits<int>::max())));
    if (resuming_)
        text += QLatin1Char(' ') + tr("The counts cover the whole run, before and after the interruption.");
    return text;
}

void RunPage::updateControls()
{
    const bool running = controller_->isRunning();
    const bool offerResume = !running && interrupted_.has_value();
    resumeRunButton_->setVisible(offerResume);
    startButton_->setEnabled(!running);
    startButton_->setText(offerResume ? tr("Start &over…") : ran_ ? tr("&Run again") : tr("&Start run"));
    startButton_->setAccessibleName(offerResume ? tr("Start a new run instead of resuming") : QString());
    pauseButton_->setEnabled(running && !cancelling_);
    cancelButton_->setEnabled(running && !cancelling_);
    const bool resumeNext = running && controller_->isPauseRequested();
    pauseButton_->setText(resumeNext ? tr("&Resume") : tr("&Pause"));
    pauseButton_->setIcon(style()->standardIcon(resumeNext ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
}

} // namespace ferry::ui
