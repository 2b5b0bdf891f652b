// The dry-run page's findings tabs: titles that carry the run's counts, one table selector filtering
// every tab, a centred sentence instead of an empty table, headers that are never cut (also with long
// translations), and — on the demo's real dry run — tabs that agree with the summary the engine gave.
// Screenshots of every tab at 1280x800 go to $FERRY_SCREENSHOT_DIR.
#include "items/clusters_model.h"
#include "items/column_risks_model.h"
#include "items/mismatches_model.h"
#include "items/preflight_model.h"
#include "items/reject_rows_model.h"
#include "run/empty_state_stack.h"
#include "run/findings_view.h"
#include "run_controller.h"
#include "run_fixture.h"
#include "unit/items/findings_fixture.h"
#include "wizard/dry_run_page.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace ferry;
using namespace ferry::ui;
using namespace ferry::test;

namespace {

// Stands in for a long translation of every string: half as long again (German runs 30-50 % longer
// than English, short labels more) with Chinese script in it, so the layout is checked against text
// longer than the English in both ways.
class LongTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        const QString text = QString::fromUtf8(source);
        if (text.isEmpty() || text == QStringLiteral(", ") || text.startsWith(QLatin1Char('%')))
            return text;
        return QStringLiteral("迁移") + text + QLatin1Char(' ') +
               QStringLiteral("Übergrößenänderung").left(qMax(4, int(text.size()) / 2));
    }
};

// Lays the page out for the text just set (the layout request is otherwise handled by the event loop
// after the grab) and saves it.
bool grabPage(QWidget* page, const QString& file)
{
    page->layout()->activate();
    return page->grab().save(screenshotPath(file));
}

QStringList tabTitles(const QTabWidget* tabs)
{
    QStringList out;
    for (int i = 0; i < tabs->count(); ++i)
        out << tabs->tabText(i);
    return out;
}

// Every visible column at least as wide as its header needs: no header is clipped.
void verifyHeadersFit(const QTableView* view)
{
    const QHeaderView* h = view->horizontalHeader();
    for (int c = 0; c < h->count(); ++c)
        QVERIFY2(h->sectionSize(c) >= h->sectionSizeHint(c),
                 qPrintable(QStringLiteral("%1 column %2 (%3): %4 < %5")
                                .arg(view->objectName())
                                .arg(c)
                                .arg(view->model()->headerData(c, Qt::Horizontal).toString())
                                .arg(h->sectionSize(c))
                                .arg(h->sectionSizeHint(c))));
}

} // namespace

class TestFindingsPage : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    ProjectDocument doc_;
    std::unique_ptr<DryRunPage> page_;

    QTabWidget* tabs() const { return page_->findChild<QTabWidget*>(QStringLiteral("findingsTabs")); }
    QTableView* view(const char* name) const { return page_->findChild<QTableView*>(QLatin1String(name)); }
    QComboBox* tableSelector() const { return page_->findChild<QComboBox*>(QStringLiteral("findingsTableFilter")); }
    EmptyStateStack* pane(FindingsView::Tab tab) const { return page_->findingsView()->pane(tab); }

    void saveTabs(const QString& prefix)
    {
        static const char* names[] = {"rejects", "duplicates", "mismatches", "preflight"};
        for (int i = 0; i < tabs()->count(); ++i) {
            tabs()->setCurrentIndex(i);
            QVERIFY(grabPage(page_.get(), prefix + QLatin1String(names[i]) + QStringLiteral(".png")));
        }
        tabs()->setCurrentIndex(0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        page_ = std::make_unique<DryRunPage>(&doc_);
        page_->resize(1280, 800);
        page_->show();
        QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
    }

    void beforeADryRunEveryTabSaysWhatToDo()
    {
        QVERIFY(tabs());
        QCOMPARE(tabTitles(tabs()), QStringList({QStringLiteral("Rejected rows"), QStringLiteral("Duplicate clusters"),
                                                 QStringLiteral("Mismatches"), QStringLiteral("Pre-flight")}));
        QCOMPARE(pane(FindingsView::DuplicatesTab)->emptyText(),
                 QStringLiteral("Start the dry run to look for duplicates."));
        for (auto tab : {FindingsView::RejectsTab, FindingsView::MismatchesTab, FindingsView::PreflightTab})
            QVERIFY(pane(tab)->emptyText().startsWith(QStringLiteral("Start the dry run")));
        QVERIFY(!tableSelector()->isEnabled());
    }

    void aSummaryFillsEveryTab()
    {
        page_->showResult(findingsSummary());
        // Counts of the whole run: rejected rows, clusters (one only in the CSV), mismatches (two only in
        // the CSV), pre-flight findings.
        QCOMPARE(tabTitles(tabs()),
                 QStringList({QStringLiteral("Rejected rows (2)"), QStringLiteral("Duplicate clusters (4)"),
                              QStringLiteral("Mismatches (5)"), QStringLiteral("Pre-flight (3)")}));
        QVERIFY(!tabs()->tabIcon(FindingsView::PreflightTab).isNull()); // two findings are blocking
        for (auto tab : {FindingsView::RejectsTab, FindingsView::DuplicatesTab, FindingsView::MismatchesTab,
                         FindingsView::PreflightTab})
            QVERIFY(!pane(tab)->isEmptyShown());

        QCOMPARE(view("rejectRows")->model()->rowCount(), 2);
        QCOMPARE(view("duplicateClusters")->model()->rowCount(), 3);
        QCOMPARE(view("columnRisks")->model()->rowCount(), 2);
        QCOMPARE(view("mismatchRows")->model()->rowCount(), 3);
        QCOMPARE(view("preflightFindings")->model()->rowCount(), 3);
        QCOMPARE(view("preflightFindings")->model()->index(0, PreflightModel::Severity).data().toString(),
                 QStringLiteral("Blocking"));

        // The sentences above the lists give the totals the lists cannot hold.
        QCOMPARE(page_->findChild<QLabel*>(QStringLiteral("clustersTitle"))->text(),
                 QStringLiteral("Duplicate clusters: the first 3 of 4 (the report's CSV files have them all); 4 source "
                                "rows were counted as duplicates. Hover a row for its explanation."));
        QCOMPARE(page_->findChild<QLabel*>(QStringLiteral("mismatchesTitle"))->text(),
                 QStringLiteral("Values that would change: the first 3 of 5 (the report's CSV files have them all). "
                                "Hover a row for the reason."));
        QCOMPARE(page_->findChild<QLabel*>(QStringLiteral("preflightTitle"))->text(),
                 QStringLiteral("Blocking: 2, warnings: 1. A blocking finding rejects rows or stops the run; a warning "
                                "is worth a look. Hover a row for the detail."));
        // The status line points at the tabs.
        QVERIFY2(page_->statusText().contains(QStringLiteral("Found: 4 duplicate rows, 5 values that would change, "
                                                             "2 blocking pre-flight findings, 1 pre-flight warnings")),
                 qPrintable(page_->statusText()));
        QVERIFY(page_->statusText().contains(QStringLiteral("30 rows read, 2 would be rejected")));
        // Showing a result is not a dry run of the mapping: Next stays off.
        QVERIFY(!page_->isComplete());

        // Sorting by risk puts what fails first (descending) — by severity, not alphabet.
        QTableView* mismatches = view("mismatchRows");
        mismatches->sortByColumn(MismatchesModel::RiskColumn, Qt::DescendingOrder);
        QCOMPARE(mismatches->model()->index(0, MismatchesModel::RiskColumn).data().toString(),
                 QStringLiteral("Will fail"));
        mismatches->sortByColumn(MismatchesModel::RiskColumn, Qt::AscendingOrder);
        QCOMPARE(mismatches->model()->index(0, MismatchesModel::RiskColumn).data().toString(),
                 QStringLiteral("May lose data"));

        for (const char* name : {"rejectRows", "duplicateClusters", "columnRisks", "mismatchRows", "preflightFindings"})
            verifyHeadersFit(view(name));
        saveTabs(QStringLiteral("findings_"));
    }

    void oneTableSelectorFiltersEveryTab()
    {
        QComboBox* selector = tableSelector();
        QVERIFY(selector->isEnabled());
        QCOMPARE(selector->count(), 3);
        QCOMPARE(selector->itemText(0), QStringLiteral("All tables"));
        QCOMPARE(selector->itemText(1), QStringLiteral("accounts → account"));
        QCOMPARE(selector->itemText(2), QStringLiteral("contacts → contact"));

        selector->setCurrentIndex(2);
        QCOMPARE(page_->findingsView()->tableFilter(), 1);
        QCOMPARE(view("rejectRows")->model()->rowCount(), 1);
        QCOMPARE(view("duplicateClusters")->model()->rowCount(), 2);
        QCOMPARE(view("columnRisks")->model()->rowCount(), 1);
        QCOMPARE(view("mismatchRows")->model()->rowCount(), 2);
        QCOMPARE(view("preflightFindings")->model()->rowCount(), 2);
        // The titles keep the run's totals; the sentences speak of what is shown.
        QCOMPARE(tabs()->tabText(FindingsView::DuplicatesTab), QStringLiteral("Duplicate clusters (4)"));
        QCOMPARE(page_->findChild<QLabel*>(QStringLiteral("clustersTitle"))->text(),
                 QStringLiteral("Duplicate clusters in this table: 2. Hover a row for its explanation."));

        selector->setCurrentIndex(1);
        QCOMPARE(view("duplicateClusters")->model()->rowCount(), 1);
        QCOMPARE(view("mismatchRows")->model()->index(0, MismatchesModel::Key).data().toString(), QStringLiteral("17"));
        selector->setCurrentIndex(0);
        QCOMPARE(view("mismatchRows")->model()->rowCount(), 3);
    }

    void aTableWithoutDuplicatesSaysSo()
    {
        RunSummary s = findingsSummary();
        s.clusters.removeIf([](const DuplicateCluster& c) { return c.tableIndex == 0; });
        s.clustersNotKept = 0;
        page_->showResult(s);
        page_->findingsView()->setTableFilter(0);
        QCOMPARE(tableSelector()->currentText(), QStringLiteral("accounts → account"));
        QVERIFY(pane(FindingsView::DuplicatesTab)->isEmptyShown());
        QCOMPARE(pane(FindingsView::DuplicatesTab)->emptyText(), QStringLiteral("No duplicates found in this table."));
        QVERIFY(!pane(FindingsView::MismatchesTab)->isEmptyShown());
        page_->findingsView()->setTableFilter(-1);
        QVERIFY(!pane(FindingsView::DuplicatesTab)->isEmptyShown());
        QCOMPARE(tabs()->tabText(FindingsView::DuplicatesTab), QStringLiteral("Duplicate clusters (2)"));
    }

    void emptyListsReadAsSentences()
    {
        RunSummary s = findingsSummary();
        s.status = RunSummary::Status::Ok;
        for (TableCounts& t : s.tables) {
            t.inserted += t.rejected + t.skipped;
            t.rejected = t.skipped = t.duplicates = t.mismatches = 0;
        }
        s.rejects.clear();
        s.mismatches.clear();
        s.mismatchesNotKept = 0;
        s.columnRisks.clear();
        s.clusters.clear();
        s.clustersNotKept = 0;
        s.preflight.clear();
        page_->showResult(s);
        QCOMPARE(tabTitles(tabs()),
                 QStringList({QStringLiteral("Rejected rows (0)"), QStringLiteral("Duplicate clusters (0)"),
                              QStringLiteral("Mismatches (0)"), QStringLiteral("Pre-flight (0)")}));
        QVERIFY(tabs()->tabIcon(FindingsView::PreflightTab).isNull());
        QCOMPARE(pane(FindingsView::RejectsTab)->emptyText(), QStringLiteral("No row would be rejected."));
        QCOMPARE(pane(FindingsView::DuplicatesTab)->emptyText(), QStringLiteral("No duplicates found."));
        QCOMPARE(pane(FindingsView::MismatchesTab)->emptyText(),
                 QStringLiteral("No mismatches: every value would arrive as it left."));
        QCOMPARE(pane(FindingsView::PreflightTab)->emptyText(),
                 QStringLiteral("The pre-flight checks found no problem with the target."));
        QVERIFY(pane(FindingsView::DuplicatesTab)->emptyLabel()->alignment() & Qt::AlignHCenter);
        QVERIFY(!tableSelector()->isEnabled()); // nothing to choose between
        QVERIFY(!page_->statusText().contains(QStringLiteral("Found:")));
        tabs()->setCurrentIndex(FindingsView::DuplicatesTab);
        QVERIFY(grabPage(page_.get(), QStringLiteral("findings_empty.png")));
        tabs()->setCurrentIndex(0);
    }

    void longTranslationsKeepHeadersWhole()
    {
        LongTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            ProjectDocument doc;
            DryRunPage page(&doc);
            page.resize(1280, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.showResult(findingsSummary());
            auto* t = page.findChild<QTabWidget*>(QStringLiteral("findingsTabs"));
            QVERIFY(t->tabText(FindingsView::DuplicatesTab).contains(QStringLiteral("Über")));
            static const char* names[] = {"rejects", "duplicates", "mismatches", "preflight"};
            for (int i = 0; i < t->count(); ++i) {
                t->setCurrentIndex(i);
                for (QTableView* v : t->widget(i)->findChildren<QTableView*>())
                    if (v->isVisible())
                        verifyHeadersFit(v);
                QVERIFY(grabPage(&page,
                                 QStringLiteral("findings_long_") + QLatin1String(names[i]) + QStringLiteral(".png")));
            }
            // The status line wraps instead of widening the page.
            QVERIFY(page.width() <= 1280);
        }
        QCoreApplication::removeTranslator(&translator);
    }

    // The engine's real dry run of the demo: whatever it finds, the tabs show the same numbers.
    void theDemoDryRunAgreesWithItsSummary()
    {
        QString error;
        QVERIFY2(doc_.load(copyDemo(tmp_.path()), &error), qPrintable(error));
        page_->setRowLimit(-1);
        QSignalSpy finished(page_.get(), &DryRunPage::dryRunFinished);
        page_->startDryRun();
        QCOMPARE(tabs()->tabText(FindingsView::DuplicatesTab), QStringLiteral("Duplicate clusters"));
        QVERIFY(finished.wait(120000));
        QVERIFY(page_->isComplete());
        const RunSummary s = finished.at(0).at(0).value<RunSummary>();
        QCOMPARE(s.status == RunSummary::Status::Failed, false);
        const QLocale l;
        QCOMPARE(tabs()->tabText(FindingsView::DuplicatesTab),
                 QStringLiteral("Duplicate clusters (%1)").arg(l.toString(s.clusters.size() + s.clustersNotKept)));
        QCOMPARE(tabs()->tabText(FindingsView::MismatchesTab),
                 QStringLiteral("Mismatches (%1)").arg(l.toString(s.mismatches.size() + s.mismatchesNotKept)));
        QCOMPARE(tabs()->tabText(FindingsView::PreflightTab),
                 QStringLiteral("Pre-flight (%1)").arg(l.toString(s.preflight.size())));
        const qint64 rejected = demoTotal(&ExpectedTable::rejected);
        QCOMPARE(tabs()->tabText(FindingsView::RejectsTab),
                 QStringLiteral("Rejected rows (%1)").arg(l.toString(rejected)));
        QCOMPARE(pane(FindingsView::DuplicatesTab)->isEmptyShown(), s.clusters.isEmpty());
        QCOMPARE(pane(FindingsView::MismatchesTab)->isEmptyShown(), s.mismatches.isEmpty() && s.columnRisks.isEmpty());
        QCOMPARE(pane(FindingsView::PreflightTab)->isEmptyShown(), s.preflight.isEmpty());
        QCOMPARE(view("duplicateClusters")->model()->rowCount(), s.clusters.size());
        QCOMPARE(view("mismatchRows")->model()->rowCount(), s.mismatches.size());
        QCOMPARE(view("preflightFindings")->model()->rowCount(), s.preflight.size());
        QCOMPARE(page_->rejectsModel()->rowCount(), rejected);
        saveTabs(QStringLiteral("findings_demo_"));
    }
};

QTEST_MAIN(TestFindingsPage)
#include "tst_findings_page.moc"
