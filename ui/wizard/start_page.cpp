#include "start_page.h"

#include "recent_projects.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ferry::ui {

StartPage::StartPage(ProjectDocument* document, QWidget* parent)
    : WizardPage(document, parent)
{
    setTitle(tr("Welcome to Ferry"));
    setSubTitle(tr("Move CRM data from one database to another, rehearse it with a dry run, and keep both in step "
                   "afterwards. Every source row ends in exactly one place: written, updated, skipped by a rule, "
                   "or rejected with a reason."));

    auto* layout = new QVBoxLayout(this);
    auto* newButton =
        new QCommandLinkButton(tr("New project"), tr("Connect to a source and a target and map them."), this);
    auto* openButton =
        new QCommandLinkButton(tr("Open a project…"), tr("Continue with a saved *.ferry.json file."), this);
    auto* demoButton = new QCommandLinkButton(
        tr("Open the demo"), tr("A legacy CRM (SQLite) moved into a modern one: try every page without a server."),
        this);
    newButton->setObjectName(QStringLiteral("newProjectButton"));
    openButton->setObjectName(QStringLiteral("openProjectButton"));
    demoButton->setObjectName(QStringLiteral("openDemoButton"));
    layout->addWidget(newButton);
    layout->addWidget(openButton);
    layout->addWidget(demoButton);

    auto* recentLabel = new QLabel(tr("&Recent projects:"), this);
    recent_ = new QListWidget(this);
    recent_->setObjectName(QStringLiteral("recentProjects"));
    recentLabel->setBuddy(recent_);
    layout->addSpacing(8);
    layout->addWidget(recentLabel);
    layout->addWidget(recent_, 1);
    openers_ = {newButton, openButton, demoButton, recent_};

    connect(newButton, &QCommandLinkButton::clicked, this, &StartPage::newProjectRequested);
    connect(openButton, &QCommandLinkButton::clicked, this, [this] { emit openProjectRequested(QString()); });
    connect(demoButton, &QCommandLinkButton::clicked, this, &StartPage::openDemoRequested);
    connect(recent_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openProjectRequested(item->data(Qt::UserRole).toString()); });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        hasProject_ = true;
        emit completeChanged();
    });
}

void StartPage::initializePage()
{
    refreshRecent();
}

bool StartPage::isComplete() const
{
    return hasProject_;
}

void StartPage::setOpeningEnabled(bool enabled)
{
    for (QWidget* w : std::as_const(openers_)) {
        w->setEnabled(enabled);
        w->setToolTip(enabled ? QString() : tr("Not while a run, dry run or verification is in progress."));
    }
}

void StartPage::refreshRecent()
{
    recent_->clear();
    const QStringList paths = RecentProjects::list();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            recent_);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent projects yet."), recent_);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace ferry::ui
