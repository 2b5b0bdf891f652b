#include "user_prompts.h"

#include "run/run_confirmation.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <memory>

namespace ferry::ui {

namespace {
QString filter()
{
    return UserPrompts::tr("Ferry projects (*.ferry.json);;All files (*)");
}
} // namespace

UserPrompts* UserPrompts::standard()
{
    static UserPrompts dialogs;
    return &dialogs;
}

QString UserPrompts::openProjectPath(QWidget* parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open project"), QString(), filter());
}

QString UserPrompts::saveProjectPath(QWidget* parent, const QString& suggested)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Save project"), suggested, filter());
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".ferry.json");
    return path;
}

UserPrompts::Unsaved UserPrompts::askUnsaved(QWidget* parent, const QString& projectName)
{
    const auto answer =
        QMessageBox::question(parent, tr("Unsaved changes"),
                              tr("The project “%1” has changes that are not saved. Save them first?").arg(projectName),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save      ? Unsaved::Save
           : answer == QMessageBox::Discard ? Unsaved::Discard
                                            : Unsaved::Cancel;
}

void UserPrompts::warn(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

void UserPrompts::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

bool UserPrompts::confirmStartOver(QWidget* parent, const QString& consequences)
{
    QMessageBox box(QMessageBox::Question, tr("Start a new run?"), consequences, QMessageBox::NoButton, parent);
    QPushButton* startOver = box.addButton(tr("Start over"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(tr("Keep the interrupted run"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == startOver;
}

bool UserPrompts::confirmRun(QWidget* parent, const RunPreview& preview)
{
    std::unique_ptr<QMessageBox> box(runConfirmationBox(parent, preview));
    box->exec();
    return box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole;
}

bool UserPrompts::confirmQuitWhileBusy(QWidget* parent, const QString& question)
{
    return QMessageBox::question(parent, tr("Quit Ferry?"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

} // namespace ferry::ui
