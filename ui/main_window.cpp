#include "main_window.h"

#include "items/password_variables.h"

#include "app_icon.h"
#include "recent_projects.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>

namespace ferry::ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , wizard_(new FerryWizard(this))
    , prompts_(std::make_unique<UserPrompts>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(ferryIcon());
    wizard_->setWindowFlags(Qt::Widget); // a dialog embedded as the central widget
    setCentralWidget(wizard_);
    wizard_->setPrompts(prompts_.get());

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New project"), this, [this] {
        if (maybeSave())
            newProject();
    });
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open project…"), this, [this] {
        if (!maybeSave())
            return;
        const QString path = prompts_->openProjectPath(this);
        if (!path.isEmpty())
            openProject(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    QAction* demoAction = file->addAction(tr("Open the &demo"), this, [this] {
        if (maybeSave())
            openDemo();
    });
    recentMenu_ = file->addMenu(tr("&Recent projects"));
    newAction->setObjectName(QStringLiteral("newProjectAction"));
    openAction->setObjectName(QStringLiteral("openProjectAction"));
    demoAction->setObjectName(QStringLiteral("openDemoAction"));
    recentMenu_->menuAction()->setObjectName(QStringLiteral("recentProjectsAction"));
    openActions_ = {newAction, openAction, demoAction};
    file->addSeparator();
    QAction* saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction = file->addAction(tr("Save &as…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = wizard_->document()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = wizard_->document()->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    connect(wizard_, &FerryWizard::newProjectRequested, this, [this] {
        if (maybeSave())
            newProject();
    });
    connect(wizard_, &FerryWizard::openProjectRequested, this, [this](const QString& requested) {
        if (!maybeSave())
            return;
        const QString path = requested.isEmpty() ? prompts_->openProjectPath(this) : requested;
        if (!path.isEmpty())
            openProject(path);
    });
    connect(wizard_, &FerryWizard::openDemoRequested, this, [this] {
        if (maybeSave())
            openDemo();
    });
    connect(wizard_, &FerryWizard::saveRequested, this, &MainWindow::save);
    connect(wizard_, &FerryWizard::jobRunningChanged, this, &MainWindow::onJobRunningChanged);
    connect(wizard_->document(), &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(wizard_->document(), &ProjectDocument::projectReset, this, &MainWindow::updateTitle);

    rebuildRecentMenu();
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 760);
    restoreState(settings.value(kStateKey).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    prompts_ = std::move(prompts);
    wizard_->setPrompts(prompts_.get());
}

bool MainWindow::jobRunning() const
{
    return wizard_->runningJob() != FerryWizard::Job::None;
}

void MainWindow::onJobRunningChanged(bool running)
{
    for (QAction* a : std::as_const(openActions_))
        a->setEnabled(!running);
    rebuildRecentMenu();
    if (!running && closeWhenStopped_) {
        closeWhenStopped_ = false;
        // Queued: the page that reported the end finishes its own handling before the window goes.
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    }
}

bool MainWindow::openProject(const QString& path)
{
    if (jobRunning())
        return false;
    QString error;
    if (!wizard_->document()->load(path, &error)) {
        prompts_->warn(this, tr("Cannot open project"), tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    addRecent(wizard_->document()->filePath());
    wizard_->restart();
    wizard_->next(); // straight to the source: the start page's choice is made
    return true;
}

QString MainWindow::installDemo(const QString& directory)
{
    if (!QDir().mkpath(directory))
        return {};
    for (const QString& name :
         {QStringLiteral("demo.ferry.json"), QStringLiteral("legacy_crm.sql"), QStringLiteral("modern_crm.sql")}) {
        const QString to = QDir(directory).filePath(name);
        QFile::remove(to); // a newer Ferry may ship a newer demo
        if (!QFile::copy(QStringLiteral(":/demo/") + name, to))
            return {};
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return QDir(directory).filePath(QStringLiteral("demo.ferry.json"));
}

bool MainWindow::openDemo()
{
    if (jobRunning())
        return false;
    const QString dir =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("demo"));
    const QString path = installDemo(dir);
    if (path.isEmpty()) {
        prompts_->warn(this, tr("Cannot open the demo"),
                       tr("The demo could not be copied to %1.").arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    return openProject(path);
}

bool MainWindow::newProject()
{
    if (jobRunning())
        return false;
    Project p;
    p.name = tr("New migration");
    wizard_->document()->reset(p);
    wizard_->restart();
    wizard_->next();
    return true;
}

bool MainWindow::save()
{
    if (wizard_->document()->filePath().isEmpty())
        return saveAs();
    return writeProject(wizard_->document()->filePath());
}

bool MainWindow::writeProject(const QString& path)
{
    ProjectDocument* doc = wizard_->document();
    const QStringList proposed = proposePasswordVariables(*doc);
    QString error;
    if (!doc->save(path, &error)) {
        prompts_->warn(this, tr("Cannot save project"), error);
        return false;
    }
    if (!proposed.isEmpty())
        prompts_->inform(this, tr("Passwords for ferry-cli"),
                         tr("The project keeps no password. ferry-cli will read it from these environment "
                            "variables:\n\n%1\n\nSet them before running the project from the command line, or "
                            "ferry-cli asks for the password at a terminal. The wizard goes on using the passwords "
                            "you typed.")
                             .arg(proposed.join(QLatin1Char('\n'))));
    return true;
}

bool MainWindow::saveAs()
{
    const ProjectDocument* doc = wizard_->document();
    const QString suggested = doc->filePath().isEmpty()
                                  ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                        .filePath(QStringLiteral("migration.ferry.json"))
                                  : doc->filePath();
    const QString path = prompts_->saveProjectPath(this, suggested);
    if (path.isEmpty())
        return false;
    if (!writeProject(path))
        return false;
    addRecent(wizard_->document()->filePath());
    return true;
}

bool MainWindow::maybeSave()
{
    const ProjectDocument* doc = wizard_->document();
    if (!doc->isModified())
        return true;
    switch (prompts_->askUnsaved(this, doc->project().name)) {
    case UserPrompts::Unsaved::Save:
        return save();
    case UserPrompts::Unsaved::Discard:
        return true;
    case UserPrompts::Unsaved::Cancel:
        break;
    }
    return false;
}

bool MainWindow::stopJobToClose()
{
    if (closeWhenStopped_)
        return true; // already asked; still stopping
    QString question;
    switch (wizard_->runningJob()) {
    case FerryWizard::Job::Run:
        question = tr("A run is in progress. Cancel it and quit?\n\nThe batch in flight commits or rolls back "
                      "whole, and Ferry closes once the run has stopped; Resume continues it next time.");
        break;
    case FerryWizard::Job::DryRun:
        question = tr("A dry run is in progress. Cancel it and quit?");
        break;
    case FerryWizard::Job::Verify:
        question = tr("A verification is in progress and cannot stop half-way. Quit once it has finished?");
        break;
    case FerryWizard::Job::None:
        return true;
    }
    if (!prompts_->confirmQuitWhileBusy(this, question))
        return false;
    closeWhenStopped_ = true;
    wizard_->cancelJob();
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (jobRunning()) {
        // Never wait here: the window closes when the job reports that it has stopped.
        stopJobToClose();
        event->ignore();
        return;
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

void MainWindow::addRecent(const QString& path)
{
    RecentProjects::add(path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    recentMenu_->clear();
    const QStringList recent = RecentProjects::list();
    for (const QString& path : recent)
        recentMenu_->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave())
                openProject(path);
        });
    recentMenu_->setEnabled(!recent.isEmpty() && !jobRunning());
}

void MainWindow::updateTitle()
{
    const ProjectDocument* doc = wizard_->document();
    const QString name = doc->project().name.isEmpty() ? tr("Untitled") : doc->project().name;
    setWindowTitle(tr("%1[*] — Ferry").arg(name));
    setWindowModified(doc->isModified());
}

} // namespace ferry::ui
