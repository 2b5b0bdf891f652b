#pragma once
// Page 5: the dry run. Runs the engine without writing on the first N rows (or all) in the background
// and shows what a run would do: per-table counts, then tabs for the rejected rows (problem cell marked,
// reason on hover), duplicate clusters, mismatches and pre-flight findings. The report can be exported
// as CSV and HTML.
//
// Next needs a dry run of the current mapping that reached the data (a project or connection failure
// does not count): it is the rehearsal the user came for, and on the first N rows it is quick.
#include "engine/migration.h"
#include "wizard_page.h"

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QSplitter;
class QTableView;

namespace ferry {
class DryRunCountsModel;
class RejectRowsModel;
} // namespace ferry

namespace ferry::ui {

class FindingsView;
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

    // Writes the report of the last dry run into dir; false if it cannot. Says which in exportText().
    bool exportReport(const QString& dir);
    // Seam for tests and the tour: asks for the folder "Export report…" writes into (empty: cancelled).
    void setFolderChooser(std::function<QString(QWidget*)> chooser) { chooseFolder_ = std::move(chooser); }

    DryRunCountsModel* countsModel() const { return counts_; }
    RejectRowsModel* rejectsModel() const;
    FindingsView* findingsView() const { return findings_; }
    QString statusText() const;
    // What the last export did; beside the export button, so the dry run's summary stays in statusText().
    QString exportText() const;
    bool isStale() const { return stale_; }

public slots:
    void startDryRun();
    void cancelDryRun();
    // Shows a finished dry run: counts, findings and the status line (what the page does when its own dry
    // run ends; also the seam for tests and the tour). It does not make the page complete.
    void showResult(const ferry::RunSummary& summary);

signals:
    void dryRunFinished(const ferry::RunSummary& summary);

private:
    void fitCounts(); // the counts view as tall as its rows (up to 40% of the page)
    void onFinished(const RunSummary& summary);
    void showResult(const RunSummary& summary, FailureKind failure);
    QString findingsSentence(const RunSummary& summary) const;
    void invalidate();
    void updateControls();
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
    QLabel* exportStatus_;
    QTableView* countsView_;
    QSplitter* splitter_ = nullptr;
    FindingsView* findings_;
    DryRunCountsModel* counts_;
    std::function<QString(QWidget*)> chooseFolder_;
    bool done_ = false;  // a dry run reached the data
    bool stale_ = false; // the mapping changed since
    bool hasSummary_ = false;
    qint64 limitedRun_ = 0; // the row limit of the dry run on show, 0 = all rows
};

} // namespace ferry::ui
