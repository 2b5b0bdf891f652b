#pragma once
// The modal questions the window asks (file dialogs, unsaved changes, warnings), behind one seam so
// tests and the tour can answer them without a person.
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ferry::ui {

class UserPrompts {
    Q_DECLARE_TR_FUNCTIONS(ferry::ui::UserPrompts)
public:
    enum class Unsaved { Save, Discard, Cancel };
    virtual ~UserPrompts() = default;
    virtual QString openProjectPath(QWidget* parent);
    virtual QString saveProjectPath(QWidget* parent, const QString& suggested);
    virtual Unsaved askUnsaved(QWidget* parent, const QString& projectName);
    virtual void warn(QWidget* parent, const QString& title, const QString& text);
};

} // namespace ferry::ui
