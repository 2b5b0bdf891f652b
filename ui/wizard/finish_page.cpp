#include "finish_page.h"

#include "charts/outcome_chart.h"
#include "engine/run_record.h"
#include "engine/verifier.h"
#include "items/background_job.h"
#include "items/project_document.h"
#include "items/summary_model.h"
#include "items/verify_model.h"
#include "run/location_bar.h"
#include "run/time_breakdown.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QUrl>
#include <QVBoxLayout>

namespace ferry::ui {

FinishPage::FinishPage(ProjectDocument* document, QWidget* parent)
    : WizardPage(document, parent)
    , model_(new SummaryModel(this))
    , verifyModel_(new VerifyModel(this))
{
    setTitle(tr("Finished"));
    setSubTitle(tr("What happened to every source row, table by table."));
    setFinalPage(true);

    auto* layout = new QVBoxLayout(this);
    headline_ = new QLabel(this);
    headline_->setObjectName(QStringLiteral("finishHeadline"));
    headline_->setWordWrap(true);
    QFont big = headline_->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    headline_->setFont(big);
    layout->addWidget(headline_);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("finishSummary"));
    table_->setAccessibleName(tr("Summary per table"));
    table_->setModel(model_);
    table_->verticalHeader()->setVisible(false);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table_);
    chart_ = new OutcomeChart(this);
    times_ = new TimeBreakdown(this);
    auto* results = new QHBoxLayout;
    results->addWidget(chart_, 1);
    results->addWidget(times_, 0, Qt::AlignTop);
    layout->addLayout(results, 1);

    files_ = new QLabel(this);
    files_->setObjectName(QStringLiteral("finishFiles"));
    files_->setWordWrap(true);
    files_->setTextFormat(Qt::RichText);
    files_->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(files_);
    // Opened here, not by QLabel: without a handler for the file type a click would do nothing visible.
    opener_ = &LocationBar::openWithSystem;
    linkFeedback_ = new QLabel(this);
    linkFeedback_->setObjectName(QStringLiteral("finishLinkFeedback"));
    linkFeedback_->setWordWrap(true);
    linkFeedback_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(linkFeedback_);
    connect(files_, &QLabel::linkActivated, this, [this](const QString& link) {
        linkFeedback_->setText(LocationBar::openOrExplain(opener_, QUrl(link).toLocalFile()));
    });

    // Verification: does the target now hold exactly what it should?
    auto* verifyRow = new QHBoxLayout;
    verifyButton_ = new QPushButton(tr("Verify the target"), this);
    verifyButton_->setObjectName(QStringLiteral("verifyButton"));
    verifyButton_->setToolTip(tr("Reads the source and the target again and compares them row by row, by key."));
    verifyRow->addWidget(verifyButton_);
    verifyStatus_ = new QLabel(this);
    verifyStatus_->setObjectName(QStringLiteral("verifyStatus"));
    verifyStatus_->setWordWrap(true);
    verifyRow->addWidget(verifyStatus_, 1);
    layout->addLayout(verifyRow);
    verifyTable_ = new QTableView(this);
    verifyTable_->setObjectName(QStringLiteral("verifyTable"));
    verifyTable_->setModel(verifyModel_);
    verifyTable_->verticalHeader()->setVisible(false);
    verifyTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verifyTable_->horizontalHeader()->setStretchLastSection(true);
    verifyTable_->setVisible(false);
    layout->addWidget(verifyTable_);
    connect(verifyButton_, &QPushButton::clicked, this, &FinishPage::startVerify);

    next_ = new QLabel(this);
    next_->setWordWrap(true);
    layout->addWidget(next_);

    connect(document, &ProjectDocument::lastRunChanged, this, [this](bool dryRun) {
        if (!dryRun)
            showRun(this->document()->lastRun(false));
    });
}

void FinishPage::initializePage()
{
    showRun(document()->lastRun(false));
}

void FinishPage::startVerify()
{
    if (verifying_)
        return;
    verifying_ = true;
    emit busyChanged(true);
    verifyButton_->setEnabled(false);
    verifyStatus_->setText(tr("Verifying: reading the source and the target…"));
    VerifyRequest request;
    request.sourcePassword = document()->password(Side::Source);
    request.targetPassword = document()->password(Side::Target);
    const RunSummary* run = document()->lastRun(false);
    if (run)
        request.runDirectory = run->runDirectory;
    runInBackground(
        this, [project = document()->project(), request] { return Verifier(project, request).run(); },
        [this](const JobResult<VerifyResult>& result) {
            verifying_ = false;
            verifyButton_->setEnabled(true);
            showVerify(result.valueOr([](const QString& error) {
                VerifyResult failed;
                failed.error = error;
                return failed;
            }));
            emit busyChanged(false);
        });
}

QString FinishPage::timesText() const
{
    return QTextDocumentFragment::fromHtml(times_->text()).toPlainText();
}

QString FinishPage::linkFeedbackText() const
{
    return linkFeedback_->text();
}

QString FinishPage::verifyStatusText() const
{
    return verifyStatus_->text();
}

void FinishPage::showVerify(const VerifyResult& result)
{
    hasVerifyResult_ = true;
    verifyModel_->setResult(result);
    verifyTable_->setVisible(!result.tables.isEmpty());
    int height = verifyTable_->horizontalHeader()->sizeHint().height() + 2 * verifyTable_->frameWidth();
    for (int r = 0; r < verifyModel_->rowCount(); ++r)
        height += verifyTable_->verticalHeader()->defaultSectionSize();
    verifyTable_->setFixedHeight(qMin(height, 220));
    const QLocale locale;
    qint64 matched = 0;
    for (const VerifyTableResult& t : result.tables)
        matched += t.matched;
    if (!result.error.isEmpty())
        verifyStatus_->setText(tr("Verification could not finish: %1").arg(result.error));
    else if (result.clean())
        verifyStatus_->setText(
            tr("Verified: all %1 rows in the target match the source.").arg(locale.toString(matched)));
    else
        verifyStatus_->setText(tr("Differences found: see the table below (hover a row for examples)."));
}

void FinishPage::showRun(const RunSummary* run)
{
    verifyModel_->clear();
    hasVerifyResult_ = false;
    verifyTable_->setVisible(false);
    verifyStatus_->clear();
    verifyButton_->setEnabled(run && !run->dryRun);
    if (!run) {
        model_->clear();
        chart_->clear();
        times_->clear();
        linkFeedback_->clear();
        headline_->setText(tr("No migration has run in this session yet."));
        files_->clear();
        next_->clear();
        return;
    }
    model_->setSummary(*run);
    chart_->setSummary(*run);
    times_->setSummary(*run);
    linkFeedback_->clear();
    // The table shows all its rows without a scroll bar; the chart takes the rest of the page.
    int height = table_->horizontalHeader()->height() + 2 * table_->frameWidth();
    for (int r = 0; r < model_->rowCount(); ++r)
        height += table_->rowHeight(r);
    table_->setFixedHeight(qMin(height, 320));
    const QLocale locale;
    qint64 rejected = 0;
    for (const TableCounts& t : run->tables)
        rejected += t.rejected;
    if (run->cancelled)
        headline_->setText(
            tr("Cancelled. The counts below are the rows that were committed; nothing is half-written."));
    else if (run->status == RunSummary::Status::Failed)
        headline_->setText(tr("The run stopped: %1").arg(run->error));
    else if (rejected > 0)
        headline_->setText(tr("Done in %1 s: %2 rows read, %3 rejected with reasons.")
                               .arg(locale.toString(run->elapsedSeconds, 'f', 1), locale.toString(run->totalRead()),
                                    locale.toString(rejected)));
    else
        headline_->setText(tr("Done in %1 s: all %2 rows landed.")
                               .arg(locale.toString(run->elapsedSeconds, 'f', 1), locale.toString(run->totalRead())));

    // A resumed run's summary counts the whole run; say so, or the numbers look too large for its time.
    QString ignored;
    const std::optional<RunRecord> record =
        run->runDirectory.isEmpty() ? std::nullopt : RunRecord::load(run->runDirectory, &ignored);
    if (record && !record->resumed.isEmpty())
        headline_->setText(headline_->text() + QLatin1Char(' ') +
                           tr("The run was interrupted and resumed %n time(s); the counts cover all of it.", nullptr,
                              int(record->resumed.size())));

    QStringList links;
    auto link = [&](const QString& label, const QString& path) {
        if (!path.isEmpty() && QFileInfo::exists(path))
            links << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(QUrl::fromLocalFile(path).toString().toHtmlEscaped(), label.toHtmlEscaped());
    };
    link(tr("Rejected rows (CSV)"), run->rejectsFile);
    link(tr("Run log"), run->logFile);
    if (!run->runDirectory.isEmpty()) {
        link(tr("Summary (JSON)"), QDir(run->runDirectory).filePath(QStringLiteral("summary.json")));
        link(tr("Run folder"), run->runDirectory);
    }
    files_->setText(links.isEmpty() ? QString() : tr("Files of this run: %1").arg(links.join(QStringLiteral(" · "))));
    next_->setText(tr("Save the project to repeat this migration exactly with ferry-cli at cutover. Running it again "
                      "with the upsert or skip-existing mode updates the target instead of duplicating rows."));
}

} // namespace ferry::ui
