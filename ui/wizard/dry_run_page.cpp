#include "dry_run_page.h"

#include "items/dry_run_counts_model.h"
#include "items/reject_rows_model.h"
#include "items/run_report.h"
#include "run_controller.h"

#include <QButtonGroup>
#include <QComboBox>
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
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace ferry::ui {

DryRunPage::DryRunPage(ProjectDocument* document, QWidget* parent)
    : WizardPage(document, parent)
    , controller_(new RunController(this))
    , firstRows_(new QRadioButton(tr("&First"), this))
    , allRows_(new QRadioButton(tr("&All rows"), this))
    , limit_(new QSpinBox(this))
    , startButton_(new QPushButton(tr("&Start dry run"), this))
    , cancelButton_(new QPushButton(tr("&Cancel"), this))
    , exportButton_(new QPushButton(tr("&Export report…"), this))
    , busy_(new QProgressBar(this))
    , status_(new QLabel(this))
    , countsView_(new QTableView(this))
    , rejectsTitle_(new QLabel(this))
    , tableFilter_(new QComboBox(this))
    , rejectsView_(new QTableView(this))
    , counts_(new DryRunCountsModel(this))
    , rejects_(new RejectRowsModel(this))
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
    countsView_->setObjectName(QStringLiteral("dryRunCounts"));
    tableFilter_->setObjectName(QStringLiteral("rejectTableFilter"));
    rejectsView_->setObjectName(QStringLiteral("rejectRows"));

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
    countsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    countsView_->horizontalHeader()->setSectionResizeMode(DryRunCountsModel::Table, QHeaderView::Stretch);
    countsView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    countsView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    countsView_->setAlternatingRowColors(true);

    rejectsView_->setModel(rejects_);
    rejectsView_->verticalHeader()->hide();
    rejectsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    rejectsView_->horizontalHeader()->setStretchLastSection(true);
    rejectsView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rejectsView_->setWordWrap(false);
    rejectsTitle_->setWordWrap(true);
    tableFilter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Rows:"), this));
    options->addWidget(firstRows_);
    options->addWidget(limit_);
    options->addWidget(allRows_);
    options->addSpacing(12);
    options->addWidget(startButton_);
    options->addWidget(cancelButton_);
    options->addStretch(1);
    options->addWidget(exportButton_);

    auto* rejectsHeader = new QHBoxLayout;
    rejectsHeader->addWidget(rejectsTitle_, 1);
    auto* filterLabel = new QLabel(tr("&Table:"), this);
    filterLabel->setBuddy(tableFilter_);
    rejectsHeader->addWidget(filterLabel);
    rejectsHeader->addWidget(tableFilter_);

    auto* rejectsPane = new QWidget(this);
    auto* rejectsLayout = new QVBoxLayout(rejectsPane);
    rejectsLayout->setContentsMargins(0, 0, 0, 0);
    rejectsLayout->addLayout(rejectsHeader);
    rejectsLayout->addWidget(rejectsView_, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(countsView_);
    splitter->addWidget(rejectsPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(status_);
    layout->addWidget(busy_);
    layout->addWidget(splitter, 1);

    connect(startButton_, &QPushButton::clicked, this, &DryRunPage::startDryRun);
    connect(cancelButton_, &QPushButton::clicked, this, &DryRunPage::cancelDryRun);
    connect(exportButton_, &QPushButton::clicked, this, &DryRunPage::exportClicked);
    connect(tableFilter_, &QComboBox::currentIndexChanged, this,
            [this](int i) { rejects_->setTableFilter(tableFilter_->itemData(i).toInt()); });
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
        rejects_->clear();
        tableFilter_->clear();
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
    fillTableFilter(RunSummary{});
    updateControls();
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
    rejects_->clear();
    fillTableFilter(RunSummary{});
    done_ = false;
    stale_ = false;
    status_->setText(tr("Connecting…"));
    controller_->start(document()->project(), request);
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
    counts_->setTables(summary.tables);
    rejects_->setSummary(summary);
    fillTableFilter(summary);

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
    // A limited dry run reads the first rows of each table, so a child row whose parent lies beyond the limit
    // fails its lookup here but not in the real run: say so rather than let the count alarm anyone.
    if (limitedRun_ && rejected > 0 && summary.status != RunSummary::Status::Failed && !summary.cancelled)
        text += QLatin1Char('\n') +
                tr("Only the first %1 rows of each table were read: a row whose parent row lies beyond that limit is "
                   "rejected by its lookup here. Dry-run all rows for the exact figures.")
                    .arg(locale.toString(limitedRun_));
    status_->setText(text);
    updateControls();
    emit busyChanged(false);
    emit completeChanged();
    emit dryRunFinished(summary);
}

void DryRunPage::fillTableFilter(const RunSummary& summary)
{
    const QSignalBlocker block(tableFilter_);
    tableFilter_->clear();
    tableFilter_->addItem(tr("All tables"), -1);
    QList<int> withRejects;
    for (const RejectRecord& r : summary.rejects)
        if (!withRejects.contains(r.tableIndex))
            withRejects << r.tableIndex;
    for (int i : withRejects)
        if (i >= 0 && i < summary.tables.size())
            tableFilter_->addItem(tr("%1 → %2").arg(summary.tables[i].source, summary.tables[i].target), i);
    tableFilter_->setEnabled(withRejects.size() > 1);

    const qint64 total = [&] {
        qint64 n = 0;
        for (const TableCounts& t : summary.tables)
            n += t.rejected;
        return n;
    }();
    if (summary.rejects.isEmpty())
        rejectsTitle_->setText(tr("Rejected rows: none."));
    else if (summary.rejectsNotKept > 0)
        rejectsTitle_->setText(tr("Rejected rows: the first %1 of %2 (all are in the run's reject file). "
                                  "Marked cells caused the reject; hover for the reason.")
                                   .arg(QLocale().toString(summary.rejects.size()), QLocale().toString(total)));
    else
        rejectsTitle_->setText(tr("Rejected rows: %1. Marked cells caused the reject; hover for the reason.")
                                   .arg(QLocale().toString(summary.rejects.size())));
    rejectsView_->resizeColumnsToContents();
    // Long values (addresses, notes) must not push the rest out of sight.
    for (int c = 0; c < rejects_->columnCount(); ++c)
        rejectsView_->setColumnWidth(c, qMin(rejectsView_->columnWidth(c), 320));
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
        status_->setText(tr("Run the dry run first; then its report can be exported."));
        return false;
    }
    QString error;
    const QStringList written = RunReport::write(*summary, document()->project().name, dir, &error);
    if (written.isEmpty()) {
        status_->setText(error);
        return false;
    }
    status_->setText(tr("Report written to %1").arg(QDir::toNativeSeparators(dir)));
    return true;
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
