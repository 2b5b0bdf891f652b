#include "main_window.h"

#include "project/project_file.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ferry::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Ferry"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    projectLabel_ = new QLabel(tr("No project open."), central);
    projectLabel_->setWordWrap(true);
    layout->addWidget(projectLabel_);

    auto* buttons = new QHBoxLayout;
    openButton_ = new QPushButton(tr("&Open project…"), central);
    dryRunButton_ = new QPushButton(tr("&Dry run"), central);
    runButton_ = new QPushButton(tr("&Run"), central);
    cancelButton_ = new QPushButton(tr("&Cancel"), central);
    openButton_->setObjectName(QStringLiteral("openButton"));
    dryRunButton_->setObjectName(QStringLiteral("dryRunButton"));
    runButton_->setObjectName(QStringLiteral("runButton"));
    cancelButton_->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton* b : {openButton_, dryRunButton_, runButton_, cancelButton_})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    progress_ = new QProgressBar(central);
    progress_->setRange(0, 0);
    progress_->setVisible(false);
    layout->addWidget(progress_);
    statusLabel_ = new QLabel(central);
    statusLabel_->setObjectName(QStringLiteral("statusLabel"));
    statusLabel_->setWordWrap(true);
    layout->addWidget(statusLabel_);

    table_ = new QTableWidget(0, 8, central);
    table_->setObjectName(QStringLiteral("summaryTable"));
    table_->setHorizontalHeaderLabels({tr("Source"), tr("Target"), tr("Read"), tr("Inserted"), tr("Updated"),
                                       tr("Skipped"), tr("Rejected"), tr("Duplicates")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->setVisible(false);
    table_->setAlternatingRowColors(true);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(table_, 2);

    log_ = new QPlainTextEdit(central);
    log_->setReadOnly(true);
    layout->addWidget(log_, 1);
    setCentralWidget(central);
    resize(900, 560);

    connect(openButton_, &QPushButton::clicked, this, &MainWindow::chooseProject);
    connect(dryRunButton_, &QPushButton::clicked, this, [this] { startRun(true); });
    connect(runButton_, &QPushButton::clicked, this, [this] { startRun(false); });
    connect(cancelButton_, &QPushButton::clicked, &controller_, &RunController::cancel);
    connect(&controller_, &RunController::message, log_, &QPlainTextEdit::appendPlainText);
    connect(&controller_, &RunController::sampled, this, [this](const RunSample& s) {
        statusLabel_->setText(
            tr("%1 rows, %2 rows/s, %3 rejected").arg(s.totalRead).arg(qint64(s.rowsPerSecond)).arg(s.rejected));
    });
    connect(&controller_, &RunController::finished, this, &MainWindow::showSummary);
    setBusy(false);
}

bool MainWindow::openProject(const QString& path)
{
    ProjectError error;
    std::optional<Project> p = ProjectFile::load(path, &error);
    if (!p) {
        QMessageBox::warning(this, tr("Cannot open project"), tr("%1\n\n%2").arg(path, error.toString()));
        return false;
    }
    project_ = std::move(p);
    projectLabel_->setText(tr("Project: %1 (%2 tables)\n%3")
                               .arg(project_->name)
                               .arg(project_->tables.size())
                               .arg(QDir::toNativeSeparators(project_->filePath)));
    setBusy(false);
    return true;
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Ferry projects (*.ferry.json);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::startRun(bool dryRun)
{
    if (!project_)
        return;
    table_->setRowCount(0);
    log_->clear();
    RunRequest request;
    request.dryRun = dryRun;
    controller_.start(*project_, request);
    setBusy(true);
}

void MainWindow::showSummary(const RunSummary& s)
{
    setBusy(false);
    table_->setRowCount(int(s.tables.size()));
    for (int r = 0; r < s.tables.size(); ++r) {
        const TableCounts& t = s.tables[r];
        const QStringList cells{t.source,
                                t.target,
                                QString::number(t.read),
                                QString::number(t.inserted),
                                QString::number(t.updated),
                                QString::number(t.skipped),
                                QString::number(t.rejected),
                                QString::number(t.duplicates)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c >= 2) // counts read best right-aligned
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(r, c, item);
        }
    }
    QString status = s.status == RunSummary::Status::Ok        ? tr("Every row landed.")
                     : s.status == RunSummary::Status::Rejects ? tr("Finished with rejected rows.")
                                                               : tr("Failed: %1").arg(s.error);
    if (s.dryRun)
        status = tr("Dry run — nothing was written. %1").arg(status);
    if (!s.rejectsFile.isEmpty())
        status += QLatin1Char('\n') + tr("Rejects: %1").arg(QDir::toNativeSeparators(s.rejectsFile));
    statusLabel_->setText(status);
}

void MainWindow::setBusy(bool busy)
{
    progress_->setVisible(busy);
    openButton_->setEnabled(!busy);
    dryRunButton_->setEnabled(!busy && project_.has_value());
    runButton_->setEnabled(!busy && project_.has_value());
    cancelButton_->setEnabled(busy);
}

} // namespace ferry::ui
