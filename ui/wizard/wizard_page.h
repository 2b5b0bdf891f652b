#pragma once
// Base of the wizard's pages: a QWizardPage over the shared ProjectDocument that says when it is busy
// with background work (connection tests, schema reads, runs), so the tour and the tests can wait for
// it through signals instead of sleeping.
#include "items/project_document.h"

#include <QWizardPage>

namespace ferry::ui {

class WizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit WizardPage(ProjectDocument* document, QWidget* parent = nullptr)
        : QWizardPage(parent)
        , document_(document)
    {
    }
    virtual bool isBusy() const { return false; }
    ProjectDocument* document() const { return document_; }

signals:
    void busyChanged(bool busy);

private:
    ProjectDocument* document_;
};

} // namespace ferry::ui
