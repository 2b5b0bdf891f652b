#include "run/findings_view.h"

#include "items/clusters_model.h"
#include "items/column_risks_model.h"
#include "items/mismatches_model.h"
#include "items/preflight_model.h"
#include "items/reject_rows_model.h"
#include "run/column_fitter.h"
#include "run/empty_state_stack.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::ui {

namespace {

QTableView* makeView(const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

// Sorting by the model's sort role, starting in the engine's order (no sort column yet).
void sortable(QTableView* view, QAbstractItemModel* model, int sortRole)
{
    auto* proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    view->setModel(proxy);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
}

QLabel* makeTitle(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

FindingsView::FindingsView(QWidget* parent)
    : QWidget(parent)
    , tableFilter_(new QComboBox(this))
    , tabs_(new QTabWidget(this))
    , rejects_(new RejectRowsModel(this))
    , clusters_(new ClustersModel(this))
    , mismatches_(new MismatchesModel(this))
    , columnRisks_(new ColumnRisksModel(this))
    , preflight_(new PreflightModel(this))
{
    tabs_->setObjectName(QStringLiteral("findingsTabs"));
    tableFilter_->setObjectName(QStringLiteral("findingsTableFilter"));
    tableFilter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    tabs_->setUsesScrollButtons(true);
    tabs_->setElideMode(Qt::ElideNone);

    // Rejected rows: the reject model straight (its rows are records the tests and tour look up).
    auto* rejectsPage = new QWidget;
    rejectsTitle_ = makeTitle(QStringLiteral("rejectsTitle"), rejectsPage);
    rejectsView_ = makeView(QStringLiteral("rejectRows"), rejectsPage);
    rejectsView_->setModel(rejects_);
    rejectsView_->setSelectionBehavior(QAbstractItemView::SelectItems);
    new ColumnFitter(rejectsView_); // source values stay one line each, as in the reject file
    auto* rejectsLayout = new QVBoxLayout(rejectsPage);
    rejectsLayout->setContentsMargins(0, 0, 0, 0);
    rejectsLayout->addWidget(rejectsTitle_);
    rejectsLayout->addWidget(rejectsView_, 1);

    auto* clustersPage = new QWidget;
    clustersTitle_ = makeTitle(QStringLiteral("clustersTitle"), clustersPage);
    clustersView_ = makeView(QStringLiteral("duplicateClusters"), clustersPage);
    sortable(clustersView_, clusters_, ClustersModel::SortRole);
    new ColumnFitter(clustersView_, ClustersModel::Explanation, true);
    auto* clustersLayout = new QVBoxLayout(clustersPage);
    clustersLayout->setContentsMargins(0, 0, 0, 0);
    clustersLayout->addWidget(clustersTitle_);
    clustersLayout->addWidget(clustersView_, 1);

    // Mismatches: which columns are at risk first (the decision), the values themselves below (the proof).
    auto* mismatchesPage = new QSplitter(Qt::Vertical);
    mismatchesPage->setChildrenCollapsible(false);
    auto* risksPane = new QWidget(mismatchesPage);
    columnRisksTitle_ = makeTitle(QStringLiteral("columnRisksTitle"), risksPane);
    columnRisksView_ = makeView(QStringLiteral("columnRisks"), risksPane);
    sortable(columnRisksView_, columnRisks_, ColumnRisksModel::SortRole);
    new ColumnFitter(columnRisksView_, ColumnRisksModel::Kinds, true);
    auto* risksLayout = new QVBoxLayout(risksPane);
    risksLayout->setContentsMargins(0, 0, 0, 0);
    risksLayout->addWidget(columnRisksTitle_);
    risksLayout->addWidget(columnRisksView_, 1);
    auto* valuesPane = new QWidget(mismatchesPage);
    mismatchesTitle_ = makeTitle(QStringLiteral("mismatchesTitle"), valuesPane);
    mismatchesView_ = makeView(QStringLiteral("mismatchRows"), valuesPane);
    sortable(mismatchesView_, mismatches_, MismatchesModel::SortRole);
    new ColumnFitter(mismatchesView_, MismatchesModel::Reason, true);
    auto* valuesLayout = new QVBoxLayout(valuesPane);
    valuesLayout->setContentsMargins(0, 0, 0, 0);
    valuesLayout->addWidget(mismatchesTitle_);
    valuesLayout->addWidget(mismatchesView_, 1);
    mismatchesPage->addWidget(risksPane);
    mismatchesPage->addWidget(valuesPane);
    mismatchesPage->setStretchFactor(0, 1);
    mismatchesPage->setStretchFactor(1, 2);

    auto* preflightPage = new QWidget;
    preflightTitle_ = makeTitle(QStringLiteral("preflightTitle"), preflightPage);
    preflightView_ = makeView(QStringLiteral("preflightFindings"), preflightPage);
    sortable(preflightView_, preflight_, PreflightModel::SortRole);
    new ColumnFitter(preflightView_, PreflightModel::Detail, true);
    auto* preflightLayout = new QVBoxLayout(preflightPage);
    preflightLayout->setContentsMargins(0, 0, 0, 0);
    preflightLayout->addWidget(preflightTitle_);
    preflightLayout->addWidget(preflightView_, 1);

    const QList<QPair<QWidget*, QString>> pages = {{rejectsPage, QStringLiteral("rejects")},
                                                   {clustersPage, QStringLiteral("duplicates")},
                                                   {mismatchesPage, QStringLiteral("mismatches")},
                                                   {preflightPage, QStringLiteral("preflight")}};
    for (int i = 0; i < pages.size(); ++i) {
        panes_[i] = new EmptyStateStack(pages[i].first, tabs_);
        panes_[i]->setObjectName(pages[i].second + QStringLiteral("Pane"));
        panes_[i]->emptyLabel()->setObjectName(pages[i].second + QStringLiteral("Empty"));
        tabs_->addTab(panes_[i], QString());
    }

    auto* header = new QHBoxLayout;
    header->addStretch(1);
    auto* filterLabel = new QLabel(tr("&Table:"), this);
    filterLabel->setBuddy(tableFilter_);
    header->addWidget(filterLabel);
    header->addWidget(tableFilter_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(tabs_, 1);

    connect(tableFilter_, &QComboBox::currentIndexChanged, this,
            [this](int i) { applyFilter(tableFilter_->itemData(i).toInt()); });

    clear();
}

EmptyStateStack* FindingsView::pane(Tab tab) const
{
    return panes_[tab];
}

void FindingsView::clear()
{
    setSummary(RunSummary{});
    hasSummary_ = false;
    updateTitles();
    updatePanes();
}

void FindingsView::setSummary(const RunSummary& summary)
{
    hasSummary_ = true;
    rejects_->setSummary(summary);
    clusters_->setSummary(summary);
    mismatches_->setSummary(summary);
    columnRisks_->setSummary(summary);
    preflight_->setSummary(summary);
    rejectedTotal_ = summary.rejects.size() + summary.rejectsNotKept;
    duplicateRows_ = 0;
    qint64 rejected = 0;
    for (const TableCounts& t : summary.tables) {
        rejected += t.rejected;
        duplicateRows_ += t.duplicates;
    }
    rejectedTotal_ = qMax(rejectedTotal_, rejected);
    fillTableFilter(summary);
    updateTitles();
    updatePanes();
}

void FindingsView::fillTableFilter(const RunSummary& summary)
{
    const QSignalBlocker block(tableFilter_);
    tableFilter_->clear();
    tableFilter_->addItem(tr("All tables"), -1);
    // Only tables with something to show: choosing one must never lead to four empty tabs.
    QList<int> withFindings;
    auto note = [&](int i) {
        if (i >= 0 && i < summary.tables.size() && !withFindings.contains(i))
            withFindings << i;
    };
    for (const RejectRecord& r : summary.rejects)
        note(r.tableIndex);
    for (const DuplicateCluster& c : summary.clusters)
        note(c.tableIndex);
    for (const ColumnRisk& c : summary.columnRisks)
        note(c.tableIndex);
    for (const MismatchRecord& m : summary.mismatches)
        note(m.tableIndex);
    for (const PreflightFinding& p : summary.preflight)
        note(p.tableIndex);
    std::sort(withFindings.begin(), withFindings.end());
    for (int i : withFindings)
        tableFilter_->addItem(tr("%1 → %2").arg(summary.tables[i].source, summary.tables[i].target), i);
    tableFilter_->setEnabled(withFindings.size() > 1);
    tableFilter_->setCurrentIndex(0);
}

void FindingsView::setTableFilter(int tableIndex)
{
    const int i = tableFilter_->findData(tableIndex);
    if (i >= 0)
        tableFilter_->setCurrentIndex(i); // applies it through currentIndexChanged
    if (tableFilter() != tableIndex)
        applyFilter(tableIndex);
}

int FindingsView::tableFilter() const
{
    return rejects_->tableFilter();
}

void FindingsView::applyFilter(int tableIndex)
{
    rejects_->setTableFilter(tableIndex);
    clusters_->setTableFilter(tableIndex);
    mismatches_->setTableFilter(tableIndex);
    columnRisks_->setTableFilter(tableIndex);
    preflight_->setTableFilter(tableIndex);
    updateTitles();
    updatePanes();
}

void FindingsView::updateTitles()
{
    const QLocale locale;
    auto n = [&](qint64 v) { return locale.toString(v); };
    if (!hasSummary_) {
        tabs_->setTabText(RejectsTab, tr("Rejected rows"));
        tabs_->setTabText(DuplicatesTab, tr("Duplicate clusters"));
        tabs_->setTabText(MismatchesTab, tr("Mismatches"));
        tabs_->setTabText(PreflightTab, tr("Pre-flight"));
        tabs_->setTabIcon(PreflightTab, {});
        return;
    }
    // Counts for the whole run, whatever the table selector shows.
    tabs_->setTabText(RejectsTab, tr("Rejected rows (%1)").arg(n(rejectedTotal_)));
    tabs_->setTabText(DuplicatesTab, tr("Duplicate clusters (%1)").arg(n(clusters_->totalCount())));
    tabs_->setTabText(MismatchesTab, tr("Mismatches (%1)").arg(n(mismatches_->totalCount())));
    tabs_->setTabText(PreflightTab, tr("Pre-flight (%1)").arg(n(preflight_->keptCount())));
    tabs_->setTabIcon(PreflightTab,
                      preflight_->blockingCount() > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    tabs_->setTabToolTip(PreflightTab, tr("Blocking: %1, warnings: %2")
                                           .arg(n(preflight_->blockingCount()),
                                                n(preflight_->keptCount() - preflight_->blockingCount())));

    const int kept = rejects_->rowCount();
    if (rejects_->tableFilter() < 0 && rejectedTotal_ > kept)
        rejectsTitle_->setText(tr("Rejected rows: the first %1 of %2 (all are in the run's reject file). "
                                  "Marked cells caused the reject; hover for the reason.")
                                   .arg(n(kept), n(rejectedTotal_)));
    else
        rejectsTitle_->setText(
            tr("Rejected rows: %1. Marked cells caused the reject; hover for the reason.").arg(n(kept)));

    if (clusters_->tableFilter() < 0 && clusters_->totalCount() > clusters_->keptCount())
        clustersTitle_->setText(tr("Duplicate clusters: the first %1 of %2 (the report's CSV files have them all); "
                                   "%3 source rows were counted as duplicates. Hover a row for its explanation.")
                                    .arg(n(clusters_->keptCount()), n(clusters_->totalCount()), n(duplicateRows_)));
    else if (clusters_->tableFilter() < 0)
        clustersTitle_->setText(tr("Duplicate clusters: %1; %2 source rows were counted as duplicates. "
                                   "Hover a row for its explanation.")
                                    .arg(n(clusters_->rowCount()), n(duplicateRows_)));
    else
        clustersTitle_->setText(
            tr("Duplicate clusters in this table: %1. Hover a row for its explanation.").arg(n(clusters_->rowCount())));

    columnRisksTitle_->setText(
        tr("Risk per target column: %1 columns would not keep every value exactly.").arg(n(columnRisks_->rowCount())));
    if (mismatches_->tableFilter() < 0 && mismatches_->totalCount() > mismatches_->keptCount())
        mismatchesTitle_->setText(tr("Values that would change: the first %1 of %2 (the report's CSV files have "
                                     "them all). Hover a row for the reason.")
                                      .arg(n(mismatches_->keptCount()), n(mismatches_->totalCount())));
    else
        mismatchesTitle_->setText(
            tr("Values that would change: %1. Hover a row for the reason.").arg(n(mismatches_->rowCount())));

    int blocking = 0;
    for (int r = 0; r < preflight_->rowCount(); ++r)
        blocking += preflight_->record(r).blocking ? 1 : 0;
    preflightTitle_->setText(tr("Blocking: %1, warnings: %2. A blocking finding rejects rows or stops the run; "
                                "a warning is worth a look. Hover a row for the detail.")
                                 .arg(n(blocking), n(preflight_->rowCount() - blocking)));
}

void FindingsView::updatePanes()
{
    const bool filtered = tableFilter() >= 0;
    if (!hasSummary_) {
        panes_[RejectsTab]->showEmpty(tr("Start the dry run to see which rows would be rejected."));
        panes_[DuplicatesTab]->showEmpty(tr("Start the dry run to look for duplicates."));
        panes_[MismatchesTab]->showEmpty(tr("Start the dry run to find values that would change on the way."));
        panes_[PreflightTab]->showEmpty(tr("Start the dry run to check the target before the real run."));
        return;
    }
    if (rejects_->rowCount() > 0)
        panes_[RejectsTab]->showContent();
    else
        panes_[RejectsTab]->showEmpty(filtered ? tr("No row of this table would be rejected.")
                                               : tr("No row would be rejected."));
    if (clusters_->rowCount() > 0)
        panes_[DuplicatesTab]->showContent();
    else
        panes_[DuplicatesTab]->showEmpty(filtered ? tr("No duplicates found in this table.")
                                                  : tr("No duplicates found."));
    if (mismatches_->rowCount() > 0 || columnRisks_->rowCount() > 0) {
        panes_[MismatchesTab]->showContent();
        columnRisksView_->parentWidget()->setVisible(columnRisks_->rowCount() > 0);
        mismatchesView_->parentWidget()->setVisible(mismatches_->rowCount() > 0);
    } else {
        panes_[MismatchesTab]->showEmpty(filtered
                                             ? tr("No mismatches in this table: every value would arrive as it left.")
                                             : tr("No mismatches: every value would arrive as it left."));
    }
    if (preflight_->rowCount() > 0)
        panes_[PreflightTab]->showContent();
    else
        panes_[PreflightTab]->showEmpty(filtered ? tr("The pre-flight checks found no problem for this table.")
                                                 : tr("The pre-flight checks found no problem with the target."));
}

} // namespace ferry::ui
