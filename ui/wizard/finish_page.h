#pragma once
// The last page: what the run did per table (the numbers `ferry-cli run --json` prints), whether they
// add up, and where the run's files are (rejected rows, log, summary). Save lives in the button row.
#include "wizard_page.h"

class QLabel;
class QTableView;

namespace ferry::ui {
class OutcomeChart;
}

namespace ferry {
class SummaryModel;
}

namespace ferry::ui {

class FinishPage : public WizardPage {
    Q_OBJECT
public:
    explicit FinishPage(ProjectDocument* document, QWidget* parent = nullptr);
    void initializePage() override;

private:
    void showRun(const RunSummary* run);

    SummaryModel* model_;
    QLabel* headline_;
    QTableView* table_;
    OutcomeChart* chart_;
    QLabel* files_;
    QLabel* next_;
};

} // namespace ferry::ui
