#pragma once
// The last page: what the run did per table (the numbers `ferry-cli run --json` prints), whether they
// add up, and where the run's files are (rejected rows, log, summary). Save lives in the button row.
#include "wizard_page.h"

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace ferry::ui {
class OutcomeChart;
class TimeBreakdown;
} // namespace ferry::ui

namespace ferry {
class SummaryModel;
class VerifyModel;
struct VerifyResult;
} // namespace ferry

namespace ferry::ui {

class FinishPage : public WizardPage {
    Q_OBJECT
public:
    explicit FinishPage(ProjectDocument* document, QWidget* parent = nullptr);
    void initializePage() override;
    bool isBusy() const override { return verifying_; }

    // Compares the target with what the run should have left there, in the background.
    void startVerify();
    // A verification result is on show (cleared by the next run).
    bool hasVerifyResult() const { return hasVerifyResult_; }
    QString verifyStatusText() const;
    QString timesText() const; // where the last run's time went, as plain text
    // What opening a file link did (it opens, or the path is shown where nothing can open it).
    QString linkFeedbackText() const;
    // Seam for tests: opens a local path; false when nothing can. Default: the system's handler.
    void setOpener(std::function<bool(const QString&)> opener) { opener_ = std::move(opener); }

private:
    void showRun(const RunSummary* run);
    void showVerify(const VerifyResult& result);

    SummaryModel* model_;
    QLabel* headline_;
    QTableView* table_;
    OutcomeChart* chart_;
    TimeBreakdown* times_;
    QLabel* files_;
    QLabel* linkFeedback_;
    std::function<bool(const QString&)> opener_;
    QLabel* next_;
    QPushButton* verifyButton_;
    QLabel* verifyStatus_;
    VerifyModel* verifyModel_;
    QTableView* verifyTable_;
    bool verifying_ = false;
    bool hasVerifyResult_ = false;
};

} // namespace ferry::ui
