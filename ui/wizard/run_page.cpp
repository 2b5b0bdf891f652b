#include "run_page.h"

#include "charts/run_charts.h"
#include "run/table_progress_list.h"
#include "run_controller.h"
#include "stall_monitor.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace ferry::ui {

RunPage::RunPage(ProjectDocument* document, QWidget* parent)
    : WizardPage(document, parent)
    , controller_(new RunController(this))
    , stall_(new StallMonitor(this))
    , startButton_(new QPushButton(tr("&Start run"), this))
    , pauseButton_(new QPushButton(tr("&Pause"), this))
    , cancelButton_(new QPushButton(tr("&Cancel run"), this))
    , status_(new QLabel(this))
    , totals_(new QLabel(this))
    , progress_(new TableProgressList)
    , progressArea_(new QScrollArea(this))
    , charts_(new RunCharts(this))
{
    setTitle(tr("Run"));
    setSubTitle(tr("Migrate every row into the target. You can pause between batches or cancel at any time: "
                   "each batch commits whole or not at all, so the counts always add up."));
    startButton_->setObjectName(QStringLiteral("startRunButton"));
    pauseButton_->setObjectName(QStringLiteral("pauseRunButton"));
    cancelButton_->setObjectName(QStringLiteral("cancelRunButton"));
    status_->setObjectName(QStringLiteral("runStatus"));
    totals_->setObjectName(QStringLiteral("runTotals"));
    startButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    pauseButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    cancelButton_->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    totals_->setWordWrap(true);
    status_->setText(tr("Press Start run to migrate the data into the target."));

    progressArea_->setObjectName(QStringLiteral("tableProgressArea"));
    progressArea_->setWidget(progress_);
    progressArea_->setWidgetResizable(true);
    progressArea_->setFrameShape(QFrame::NoFrame);
    progressArea_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(startButton_);
    buttons->addWidget(pauseButton_);
    buttons->addWidget(cancelButton_);
    buttons->addWidget(status_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(totals_);
    layout->addWidget(progressArea_);
    layout->addWidget(charts_, 1);

    connect(startButton_, &QPushButton::clicked, this, &RunPage::start);
    connect(pauseButton_, &QPushButton::clicked, this,
            [this] { controller_->isPauseRequested() ? resume() : pause(); });
    connect(cancelButton_, &QPushButton::clicked, this, &RunPage::cancel);

    connect(controller_, &RunController::tableStarted, progress_, &TableProgressList::tableStarted);
    connect(controller_, &RunController::tableFinished, progress_, &TableProgressList::tableFinished);
    connect(controller_, &RunController::sampled, this, &RunPage::onSample);
    connect(controller_, &RunController::pausedChanged, this, &RunPage::onPaused);
    connect(controller_, &RunController::finished, this, &RunPage::onFinished);

    connect(document, &ProjectDocument::projectReset, this, [this] {
        if (controller_->isRunning())
            return;
        ran_ = false;
        charts_->clear();
        listTables();
        totals_->clear();
        status_->setText(tr("Press Start run to migrate the data into the target."));
        startButton_->setText(tr("&Start run"));
        emit completeChanged();
    });
    listTables();
    updateControls();
}

void RunPage::initializePage()
{
    if (!controller_->isRunning() && !ran_)
        listTables();
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
    RunRequest request;
    request.dryRun = false;
    request.sampleIntervalMs = 100; // smooth charts; a sample is a few numbers, cheap at this rate
    request.sourcePassword = document()->password(Side::Source);
    request.targetPassword = document()->password(Side::Target);
    paused_ = false;
    cancelling_ = false;
    charts_->clear();
    listTables();
    totals_->clear();
    status_->setText(tr("Connecting…"));
    stall_->start();
    controller_->start(document()->project(), request);
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
    status_->setText(tr("Running…"));
    updateControls();
}

void RunPage::cancel()
{
    if (!controller_->isRunning())
        return;
    cancelling_ = true;
    controller_->cancel();
    status_->setText(tr("Cancelling after the batch in flight…"));
    updateControls();
}

void RunPage::onSample(const RunSample& s)
{
    charts_->addSample(s);
    progress_->sampled(s.table, s.tableRead, s.rowsPerSecond);
    const QLocale locale;
    totals_->setText(tr("Running time %1 · %2 rows read · %3 rows/s · %4 rejected · %5 duplicates")
                         .arg(TableProgressList::duration(s.elapsedMs / 1000), locale.toString(s.totalRead),
                              locale.toString(qint64(s.rowsPerSecond)), locale.toString(s.rejected),
                              locale.toString(s.duplicates)));
    if (!paused_ && !cancelling_ && !controller_->isPauseRequested())
        status_->setText(tr("Running…"));
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

void RunPage::onFinished(const RunSummary& summary)
{
    const bool wasPaused = paused_;
    paused_ = false;
    cancelling_ = false;
    charts_->setLive(false);
    stall_->stop();
    progress_->runEnded(summary.cancelled);
    ran_ = true;
    document()->setLastRun(summary);

    const QLocale locale;
    qint64 rejected = 0, written = 0;
    for (const TableCounts& t : summary.tables) {
        rejected += t.rejected;
        written += t.inserted + t.updated;
    }
    const qint64 read = summary.totalRead();
    totals_->setText(tr("Running time %1 · %2 rows read · %3 rows/s on average")
                         .arg(TableProgressList::duration(qint64(summary.elapsedSeconds)), locale.toString(read),
                              locale.toString(qint64(summary.elapsedSeconds > 0 ? read / summary.elapsedSeconds : 0))));
    if (summary.cancelled)
        status_->setText(tr("Cancelled. %1 rows were written and every row read is accounted for; running again "
                            "continues without duplicates where the tables have match keys.")
                             .arg(locale.toString(written)));
    else if (summary.status == RunSummary::Status::Failed)
        status_->setText(tr("The run stopped: %1").arg(summary.error));
    else if (rejected > 0)
        status_->setText(tr("Finished: %1 rows written, %2 rejected with a reason (see the next page).")
                             .arg(locale.toString(written), locale.toString(rejected)));
    else
        status_->setText(tr("Finished: %1 rows written, none rejected.").arg(locale.toString(written)));
    startButton_->setText(tr("&Run again"));
    updateControls();
    if (wasPaused)
        emit pausedChanged(false);
    emit busyChanged(false);
    emit completeChanged();
    emit runFinished(summary);
}

void RunPage::updateControls()
{
    const bool running = controller_->isRunning();
    startButton_->setEnabled(!running);
    pauseButton_->setEnabled(running && !cancelling_);
    cancelButton_->setEnabled(running && !cancelling_);
    const bool resumeNext = running && controller_->isPauseRequested();
    pauseButton_->setText(resumeNext ? tr("&Resume") : tr("&Pause"));
    pauseButton_->setIcon(style()->standardIcon(resumeNext ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
}

} // namespace ferry::ui
