#pragma once
// What a dry run found besides counts, in tabs whose titles carry the counts: rejected rows,
// duplicate clusters, mismatches (a risk summary per column above the per-value list) and pre-flight
// findings. One table selector filters every tab; an empty tab says so in a sentence.
#include "engine/run_types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace ferry {
class ClustersModel;
class ColumnRisksModel;
class MismatchesModel;
class PreflightModel;
class RejectRowsModel;
} // namespace ferry

namespace ferry::ui {

class EmptyStateStack;

class FindingsView : public QWidget {
    Q_OBJECT
public:
    enum Tab { RejectsTab, DuplicatesTab, MismatchesTab, PreflightTab };

    explicit FindingsView(QWidget* parent = nullptr);

    // Shows a finished dry run's findings; clear() goes back to "nothing run yet".
    void setSummary(const RunSummary& summary);
    void clear();
    // Index into RunSummary::tables, or -1 for all; also moves the table selector.
    void setTableFilter(int tableIndex);
    int tableFilter() const;

    QTabWidget* tabs() const { return tabs_; }
    EmptyStateStack* pane(Tab tab) const;
    RejectRowsModel* rejectsModel() const { return rejects_; }
    ClustersModel* clustersModel() const { return clusters_; }
    MismatchesModel* mismatchesModel() const { return mismatches_; }
    ColumnRisksModel* columnRisksModel() const { return columnRisks_; }
    PreflightModel* preflightModel() const { return preflight_; }

private:
    void fillTableFilter(const RunSummary& summary);
    void applyFilter(int tableIndex);
    void updateTitles();
    void updatePanes();

    QComboBox* tableFilter_;
    QTabWidget* tabs_;
    QLabel* rejectsTitle_;
    QLabel* clustersTitle_;
    QLabel* columnRisksTitle_;
    QLabel* mismatchesTitle_;
    QLabel* preflightTitle_;
    QTableView* rejectsView_;
    QTableView* clustersView_;
    QTableView* columnRisksView_;
    QTableView* mismatchesView_;
    QTableView* preflightView_;
    EmptyStateStack* panes_[4] = {};
    RejectRowsModel* rejects_;
    ClustersModel* clusters_;
    MismatchesModel* mismatches_;
    ColumnRisksModel* columnRisks_;
    PreflightModel* preflight_;
    bool hasSummary_ = false;
    qint64 rejectedTotal_ = 0; // all rejected rows of the run (the list keeps the first kKeptRejects)
    qint64 duplicateRows_ = 0; // source rows the run counted as duplicates
};

} // namespace ferry::ui
