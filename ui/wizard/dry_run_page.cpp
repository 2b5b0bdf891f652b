#include "dry_run_page.h"

#include "items/dry_run_counts_model.h"
#include "items/reject_rows_model.h"
#include "report/run_report.h"
#include "run/column_fitter.h"
#include "run/findings_view.h"
#include "run/run_folder.h"
#include "run_controller.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::ui {

DryRunPage::DryRunPage(ProjectDocument* document, QWidget* parent)
    : WizardPage(document, parent)
    , controller_(new RunController(this))
    , firstRows_(new QRadioButton(tr("Fi&rst"), this))
    , allRows_(new QRadioButton(tr("&All rows"), this))
    , limit_(new QSpinBox(this))
    , startButton_(new QPushButton(tr("&Start dry run"), this))
    , cancelButton_(new QPushButton(tr("&Cancel"), this))
    , exportButton_(new QPushButton(tr("E&xport report…"), this))
    , busy_(new QProgressBar(this))
    , status_(new QLabel(this))
    , exportStatus_(new QLabel(this))
    , countsView_(new QTableView(this))
    , findings_(new FindingsView(this))
    , counts_(new DryRunCountsModel(this))
{
    setTitle(tr("Dry run"));
    setSubTitle(tr("See what a run would do before it does it: nothing is written to the target."));
    firstRows_->setObjectName(QStringLiteral("dryRunFirstRows"));
    allRows_->setObjectName(QStringLiteral("dryRunAllRows"));
    limit_->setObjectName(QStringLiteral("dryRunRowLimit"));
    startButton_->setObjectName(QStringLiteral("startDryRunButton"));
    cancelButton_->setObjectName(QStringLiteral("cancelDryRunButton"));
    exportButton_->setObjectName(QStringLiteral("exportReportButton"));
    status_->setObjectName(QStringLiteral("dryRunStatus"));
    exportStatus_->setObjectName(QStringLiteral("exportStatus"));
    exportStatus_->setWordWrap(true);
    exportStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    countsView_->setObjectName(QStringLiteral("dryRunCounts"));
    countsView_->setAccessibleName(tr("Dry run counts per table"));
    findings_->setObjectName(QStringLiteral("dryRunFindings"));

    auto* rowsGroup = new QButtonGroup(this);
    rowsGroup->addButton(firstRows_);
    rowsGroup->addButton(allRows_);
    firstRows_->setChecked(true);
    limit_->setRange(1, 100000000);
    limit_->setValue(1000);
    limit_->setGroupSeparatorShown(true);
    limit_->setSuffix(tr(" rows per table"));
    limit_->setAccessibleName(tr("Rows per table"));
    connect(allRows_, &QRadioButton::toggled, limit_, [this](bool all) { limit_->setEnabled(!all); });
    startButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    cancelButton_->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    exportButton_->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    busy_->setRange(0, 0);
    busy_->setVisible(false);
    busy_->setTextVisible(false);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setText(tr("Choose how many rows to try, then start the dry run."));

    countsView_->setModel(counts_);
    countsView_->verticalHeader()->hide();
    // Headers whole in any language; the table names take what is left, and the view scrolls sideways
    // rather than squeeze them.
    new ColumnFitter(countsView_, DryRunCountsModel::Table);
    countsView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    countsView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    countsView_->setAlternatingRowColors(true);

    // Two rows: in one, seven controls with translated labels would not fit 1280 pixels.
    auto* options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Rows:"), this));
    options->addWidget(firstRows_);
    options->addWidget(limit_);
    options->addWidget(allRows_);
    options->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(startButton_);
    actions->addWidget(cancelButton_);
    actions->addStretch(1);
    actions->addWidget(exportButton_);
    actions->addWidget(exportStatus_, 1);

    splitter_ = new QSplitter(Qt::Vertical, this);
    splitter_->addWidget(countsView_);
    splitter_->addWidget(findings_);
    splitter_->setStretchFactor(0, 1);
    splitter_->setStretchFactor(1, 2);
    splitter_->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addLayout(actions);
    layout->addWidget(status_);
    layout->addWidget(busy_);
    layout->addWidget(splitter_, 1);

    connect(startButton_, &QPushButton::clicked, this, &DryRunPage::startDryRun);
    connect(cancelButton_, &QPushButton::clicked, this, &DryRunPage::cancelDryRun);
    connect(exportButton_, &QPushButton::clicked, this, &DryRunPage::exportClicked);
    connect(controller_, &RunController::finished, this, &DryRunPage::onFinished);
    connect(controller_, &RunController::sampled, this, [this](const RunSample& s) {
        status_->setText(tr("Dry run in progress: %1 rows read…").arg(QLocale().toString(s.totalRead)));
    });
    connect(controller_, &RunController::tableFinished, this, [this](int, const TableCounts& t) {
        QList<TableCounts> tables = counts_->tables();
        tables << t;
        counts_->setTables(tables);
    });

    // A dry run answers for the mapping it ran on: any edit asks for a new one.
    connect(document, &ProjectDocument::tablesChanged, this, &DryRunPage::invalidate);
    connect(document, &ProjectDocument::tableChanged, this, &DryRunPage::invalidate);
    connect(document, &ProjectDocument::profileChanged, this, &DryRunPage::invalidate);
    connect(document, &ProjectDocument::projectReset, this, [this] {
        counts_->setTables({});
        findings_->clear();
        hasSummary_ = false;
        invalidate();
        stale_ = false;
        status_->setText(tr("Choose how many rows to try, then start the dry run."));
    });

    chooseFolder_ = [this](QWidget* parentWidget) {
        const QString path = this->document()->filePath();
        return QFileDialog::getExistingDirectory(parentWidget, tr("Export the dry-run report to"),
                                                 path.isEmpty() ? QDir::homePath() : QFileInfo(path).absolutePath());
    };
    updateControls();
}

RejectRowsModel* DryRunPage::rejectsModel() const
{
    return findings_->rejectsModel();
}

bool DryRunPage::isComplete() const
{
    return done_ && !stale_ && !controller_->isRunning();
}

bool DryRunPage::isBusy() const
{
    return controller_->isRunning();
}

QString DryRunPage::statusText() const
{
    return status_->text();
}

qint64 DryRunPage::rowLimit() const
{
    return allRows_->isChecked() ? -1 : limit_->value();
}

void DryRunPage::setRowLimit(qint64 rows)
{
    if (rows < 0) {
        allRows_->setChecked(true);
        return;
    }
    firstRows_->setChecked(true);
    limit_->setValue(int(qMin<qint64>(rows, limit_->maximum())));
}

void DryRunPage::fitCounts()
{
    // The counts are the page's answer: every table and the total stay in sight without scrolling, as far
    // as a few tables go; the findings below take the rest.
    const int total = splitter_->height();
    if (total <= 0)
        return;
    countsView_->resizeRowsToContents();
    int wanted = countsView_->horizontalHeader()->height() + countsView_->verticalHeader()->length() +
                 2 * countsView_->frameWidth();
    if (countsView_->horizontalScrollBar()->isVisible())
        wanted += countsView_->horizontalScrollBar()->height();
    const int counts = qMin(wanted, total * 2 / 5);
    splitter_->setSizes({counts, total - counts - splitter_->handleWidth()});
}

void DryRunPage::startDryRun()
{
    if (controller_->isRunning())
        return;
    RunRequest request;
    request.dryRun = true;
    request.rowLimit = rowLimit();
    limitedRun_ = qMax<qint64>(request.rowLimit, 0);
    request.sourcePassword = document()->password(Side::Source);
    request.targetPassword = document()->password(Side::Target);
    counts_->setTables({});
    findings_->clear();
    done_ = false;
    stale_ = false;
    status_->setText(tr("Connecting…"));
    exportStatus_->clear();
    controller_->start(withRunFolder(document()->project()), request); // an unsaved project: not the start folder
    updateControls();
    emit busyChanged(true);
    emit completeChanged();
}

void DryRunPage::cancelDryRun()
{
    if (!controller_->isRunning())
        return;
    controller_->cancel();
    status_->setText(tr("Cancelling…"));
}

void DryRunPage::onFinished(const RunSummary& summary)
{
    const FailureKind failure = controller_->failureKind();
    done_ = failure != FailureKind::Project && failure != FailureKind::Connection && !summary.cancelled;
    stale_ = false;
    hasSummary_ = true;
    document()->setLastRun(summary);
    showResult(summary, failure);
    updateControls();
    emit busyChanged(false);
    emit completeChanged();
    emit dryRunFinished(summary);
}

void DryRunPage::showResult(const RunSummary& summary)
{
    showResult(summary, summary.status == RunSummary::Status::Failed ? FailureKind::Run : FailureKind::None);
}

void DryRunPage::showResult(const RunSummary& summary, FailureKind failure)
{
    counts_->setTables(summary.tables);
    fitCounts();
    findings_->setSummary(summary);

    const QLocale locale;
    qint64 rejected = 0, read = 0;
    for (const TableCounts& t : summary.tables) {
        rejected += t.rejected;
        read += t.read;
    }
    QString text;
    if (summary.cancelled)
        text = tr("The dry run was cancelled after %1 rows. Start it again to continue.").arg(locale.toString(read));
    else if (failure == FailureKind::Project)
        text = tr("The mapping cannot run yet. Fix it on the previous pages:\n%1").arg(summary.error);
    else if (failure == FailureKind::Connection)
        text = tr("Could not connect: %1").arg(summary.error);
    else if (summary.status == RunSummary::Status::Failed)
        text = tr("The dry run stopped: %1").arg(summary.error);
    else if (rejected > 0)
        text = tr("Dry run finished: %1 rows read, %2 would be rejected. Nothing was written to the target.")
                   .arg(locale.toString(read), locale.toString(rejected));
    else
        text = tr("Dry run finished: %1 rows read, none would be rejected. Nothing was written to the target.")
                   .arg(locale.toString(read));
    const bool finished = summary.status != RunSummary::Status::Failed && !summary.cancelled &&
                          failure != FailureKind::Project && failure != FailureKind::Connection;
    const QString findings = finished ? findingsSentence(summary) : QString();
    if (!findings.isEmpty())
        text += QLatin1Char('\n') + findings;
    // How the rows were judged: by the target in a rehearsal, or by Ferry's prediction and what it cannot see.
    if (finished)
        for (const QString& note : summary.dryRunNotes)
            text += QLatin1Char('\n') + note;
    // A limited dry run reads the first rows of each table, so a child row whose parent lies beyond the limit
    // fails its lookup here but not in the real run: say so rather than let the count alarm anyone.
    if (limitedRun_ && rejected > 0 && finished)
        text += QLatin1Char('\n') +
                tr("Only the first %1 rows of each table were read: a row whose parent row lies beyond that limit is "
                   "rejected by its lookup here. Dry-run all rows for the exact figures.")
                    .arg(locale.toString(limitedRun_));
    status_->setText(text);
}

// One line over the tabs, so nothing found in them goes unnoticed: duplicates, mismatches, pre-flight.
QString DryRunPage::findingsSentence(const RunSummary& summary) const
{
    const QLocale locale;
    qint64 duplicates = 0;
    for (const TableCounts& t : summary.tables)
        duplicates += t.duplicates;
    const qint64 mismatches = summary.mismatches.size() + summary.mismatchesNotKept;
    const qint64 blocking = std::count_if(summary.preflight.begin(), summary.preflight.end(),
                                          [](const PreflightFinding& f) { return f.blocking; });
    QStringList parts;
    if (duplicates > 0)
        parts << tr("%1 duplicate rows").arg(locale.toString(duplicates));
    if (mismatches > 0)
        parts << tr("%1 values that would change").arg(locale.toString(mismatches));
    if (blocking > 0)
        parts << tr("%1 blocking pre-flight findings").arg(locale.toString(blocking));
    if (summary.preflight.size() > blocking)
        parts << tr("%1 pre-flight warnings").arg(locale.toString(summary.preflight.size() - blocking));
    if (parts.isEmpty())
        return {};
    return tr("Found: %1. See the tabs below.").arg(QLocale().createSeparatedList(parts));
}

void DryRunPage::invalidate()
{
    if (!hasSummary_ || stale_)
        return;
    stale_ = true;
    status_->setText(tr("The mapping changed since this dry run: start it again to see what a run would do now."));
    emit completeChanged();
}

bool DryRunPage::exportReport(const QString& dir)
{
    const RunSummary* summary = document()->lastRun(true);
    if (!summary) {
        exportStatus_->setText(tr("Run the dry run first; then its report can be exported."));
        return false;
    }
    QString error;
    const QStringList written = RunReport::write(*summary, document()->project().name, dir, &error);
    if (written.isEmpty()) {
        exportStatus_->setText(error);
        return false;
    }
    exportStatus_->setText(tr("Report written to %1").arg(QDir::toNativeSeparators(dir)));
    return true;
}

QString DryRunPage::exportText() const
{
    return exportStatus_->text();
}

void DryRunPage::exportClicked()
{
    const QString dir = chooseFolder_ ? chooseFolder_(this) : QString();
    if (!dir.isEmpty())
        exportReport(dir);
}

void DryRunPage::updateControls()
{
    const bool running = controller_->isRunning();
    startButton_->setEnabled(!running);
    cancelButton_->setEnabled(running);
    firstRows_->setEnabled(!running);
    allRows_->setEnabled(!running);
    limit_->setEnabled(!running && firstRows_->isChecked());
    exportButton_->setEnabled(!running && hasSummary_);
    busy_->setVisible(running);
}

} // namespace ferry::ui
