#pragma once
// Page 5: the dry run. Runs the engine without writing on the first N rows (or all) in the background
// and shows what a run would do: per-table counts and the rejected rows with the problem cell marked
// and the reason on hover. The report can be exported as CSV and HTML.
//
// Next needs a dry run of the current mapping that reached the data (a project or connection failure
// does not count): it is the rehearsal the user came for, and on the first N rows it is quick.
#include "wizard_page.h"

#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace ferry {
class DryRunCountsModel;
class RejectRowsModel;
} // namespace ferry

namespace ferry::ui {

class RunController;

class DryRunPage : public WizardPage {
    Q_OBJECT
public:
    explicit DryRunPage(ProjectDocument* document, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool isBusy() const override;

    // How many rows per table; -1 for all.
    qint64 rowLimit() const;
    void setRowLimit(qint64 rows);

    // Writes the report of the last dry run into dir; false (and a message on the page) if it cannot.
    bool exportReport(const QString& dir);
    // Seam for tests and the tour: asks for the folder "Export report…" writes into (empty: cancelled).
    void setFolderChooser(std::function<QString(QWidget*)> chooser) { chooseFolder_ = std::move(chooser); }

    DryRunCountsModel* countsModel() const { return counts_; }
    RejectRowsModel* rejectsModel() const { return rejects_; }
    QString statusText() const;
    bool isStale() const { return stale_; }

public slots:
    void startDryRun();
    void cancelDryRun();

signals:
    void dryRunFinished(const ferry::RunSummary& summary);

private:
    void onFinished(const RunSummary& summary);
    void invalidate();
    void updateControls();
    void fillTableFilter(const RunSummary& summary);
    void exportClicked();

    RunController* controller_;
    QRadioButton* firstRows_;
    QRadioButton* allRows_;
    QSpinBox* limit_;
    QPushButton* startButton_;
    QPushButton* cancelButton_;
    QPushButton* exportButton_;
    QProgressBar* busy_;
    QLabel* status_;
    QTableView* countsView_;
    QLabel* rejectsTitle_;
    QComboBox* tableFilter_;
    QTableView* rejectsView_;
    DryRunCountsModel* counts_;
    RejectRowsModel* rejects_;
    std::function<QString(QWidget*)> chooseFolder_;
    bool done_ = false;  // a dry run reached the data
    bool stale_ = false; // the mapping changed since
    bool hasSummary_ = false;
    qint64 limitedRun_ = 0; // the row limit of the dry run on show, 0 = all rows
};

} // namespace ferry::ui
