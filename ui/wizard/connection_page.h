#pragma once
// Source and Target pages: one ConnectionForm over the document's profile for that side, and "Test
// connection", which reads the side's schema in the background. Next is enabled once the connection
// for the form's current values worked (the document then holds the side's schema); any edit
// invalidates it. Typed passwords go to the document's memory only, never into the project.
#include "assist/connection_check.h"
#include "items/background_job.h"
#include "wizard_page.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace ferry::ui {

class ConnectionForm;

class ConnectionPage : public WizardPage {
    Q_OBJECT
public:
    ConnectionPage(ProjectDocument* document, Side side, QWidget* parent = nullptr);
    ~ConnectionPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isBusy() const override { return busy_; }

    Side side() const { return side_; }
    ConnectionForm* form() const { return form_; }
    QString resultText() const; // what the result label says, as plain text

public slots:
    // Tests the form's current values off the GUI thread; busyChanged(true) now, busyChanged(false)
    // and completeChanged() when the answer is in.
    void testConnection();

private:
    void loadFromDocument();
    void onFormEdited();
    void onTestFinished(const JobResult<ConnectionCheck>& result, bool superseded);
    void setBusy(bool busy);
    void showResult(const QString& html, bool ok, bool error);
    bool needsTypedPassword(const ConnectionProfile& profile) const;
    static bool isFilledIn(const ConnectionProfile& profile);

    Side side_;
    ConnectionForm* form_;
    QPushButton* testButton_;
    QProgressBar* busyBar_;
    QLabel* resultIcon_;
    QLabel* resultLabel_;
    LatestRequest test_; // every edit or project change supersedes the test in flight
    bool busy_ = false;
    bool applying_ = false; // writing to the document ourselves
};

} // namespace ferry::ui
