#pragma once
// The modal questions the window asks (file dialogs, unsaved changes, warnings, confirmations), behind one seam so
// tests and the tour can answer them without a person.
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ferry::ui {

struct RunPreview;

class UserPrompts {
    Q_DECLARE_TR_FUNCTIONS(ferry::ui::UserPrompts)
public:
    enum class Unsaved { Save, Discard, Cancel };
    virtual ~UserPrompts() = default;
    // The real dialogs, for whoever has not been handed other answers.
    static UserPrompts* standard();
    virtual QString openProjectPath(QWidget* parent);
    virtual QString saveProjectPath(QWidget* parent, const QString& suggested);
    virtual Unsaved askUnsaved(QWidget* parent, const QString& projectName);
    virtual void warn(QWidget* parent, const QString& title, const QString& text);
    virtual void inform(QWidget* parent, const QString& title, const QString& text);
    // A new run although an interrupted one could be resumed; `consequences` says what happens to the
    // rows it committed. True: start over.
    virtual bool confirmStartOver(QWidget* parent, const QString& consequences);
    // Before a run writes into the target: what it will do (run/run_confirmation.h). True: write.
    virtual bool confirmRun(QWidget* parent, const RunPreview& preview);
    // Closing the window while a job runs; `question` names the job. True: stop it and quit.
    virtual bool confirmQuitWhileBusy(QWidget* parent, const QString& question);
};

} // namespace ferry::ui
