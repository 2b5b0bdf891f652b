// The dry-run page on the demo: the counts of resources/demo/expected.json, one reject row per rejected
// row with its problem cell marked and the reason on hover, an exported report holding those numbers,
// nothing written to the target, a row limit, and Next only for a dry run of the current mapping.
#include "common/csv.h"
#include "items/dry_run_counts_model.h"
#include "items/reject_rows_model.h"
#include "run_controller.h"
#include "run_fixture.h"
#include "wizard/dry_run_page.h"

#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace ferry;
using namespace ferry::ui;
using namespace ferry::test;

class TestDryRunPage : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    ProjectDocument doc_;
    std::unique_ptr<DryRunPage> page_;

    bool runDryRun(qint64 limit)
    {
        page_->setRowLimit(limit);
        QSignalSpy finished(page_.get(), &DryRunPage::dryRunFinished);
        QSignalSpy busy(page_.get(), &WizardPage::busyChanged);
        page_->startDryRun();
        if (!page_->isBusy() || busy.size() != 1 || !busy[0][0].toBool())
            return false;
        return finished.wait(120000) && busy.size() == 2 && !busy[1][0].toBool();
    }

    static qint64 count(const DryRunCountsModel* m, int row, int column)
    {
        return m->data(m->index(row, column), Qt::EditRole).toLongLong();
    }

    static QString readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        QString error;
        QVERIFY2(doc_.load(copyDemo(tmp_.path()), &error), qPrintable(error));
        page_ = std::make_unique<DryRunPage>(&doc_);
        page_->resize(1280, 800);
        page_->show();
    }

    void nothingToGoOnBeforeADryRun()
    {
        QVERIFY(!page_->isComplete());
        QVERIFY(!page_->isBusy());
        QCOMPARE(page_->rowLimit(), 1000); // the default: a quick rehearsal
        QVERIFY(!page_->findChild<QPushButton*>(QStringLiteral("exportReportButton"))->isEnabled());
        QVERIFY(!page_->exportReport(tmp_.filePath(QStringLiteral("early"))));
    }

    void allRowsShowTheDemoCounts()
    {
        QSignalSpy complete(page_.get(), &QWizardPage::completeChanged);
        QVERIFY(runDryRun(-1));
        QVERIFY(page_->isComplete());
        QVERIFY(!complete.isEmpty());
        const QString rejectedText =
            QStringLiteral("%1 would be rejected").arg(QLocale().toString(demoTotal(&ExpectedTable::rejected)));
        QVERIFY2(page_->statusText().contains(rejectedText), qPrintable(page_->statusText()));
        // The target judged every row: the page says the writes were rehearsed.
        QVERIFY2(page_->statusText().contains(QLatin1String("rehearsed in temporary copies")),
                 qPrintable(page_->statusText()));

        const QList<ExpectedTable> expected = expectedDemoCounts();
        QCOMPARE(expected.size(), 3);
        const DryRunCountsModel* m = page_->countsModel();
        QCOMPARE(m->rowCount(), 4); // three tables and the total
        qint64 rejected = 0;
        for (int i = 0; i < expected.size(); ++i) {
            const ExpectedTable& e = expected[i];
            QCOMPARE(m->data(m->index(i, DryRunCountsModel::Table)).toString(),
                     e.source + QStringLiteral(" → ") + e.target);
            QCOMPARE(count(m, i, DryRunCountsModel::Read), e.read);
            QCOMPARE(count(m, i, DryRunCountsModel::Insert), e.inserted);
            QCOMPARE(count(m, i, DryRunCountsModel::Update), e.updated);
            QCOMPARE(count(m, i, DryRunCountsModel::Skip), e.skipped);
            QCOMPARE(count(m, i, DryRunCountsModel::Reject), e.rejected);
            // The demo's duplicate rules find contacts twice (the planted pairs and the people its generator
            // drew twice by chance); its mismatches are the planted ones (see tst_findings).
            QCOMPARE(count(m, i, DryRunCountsModel::Duplicates), e.duplicates);
            QCOMPARE(count(m, i, DryRunCountsModel::Mismatches), e.mismatches);
            rejected += e.rejected;
        }
        QCOMPARE(count(m, 3, DryRunCountsModel::Reject), rejected);
        // Every table and the total in sight, without scrolling.
        auto* view = page_->findChild<QTableView*>(QStringLiteral("dryRunCounts"));
        QVERIFY(!view->verticalScrollBar()->isVisible());
        QVERIFY(view->visualRect(m->index(3, 0)).bottom() < view->viewport()->height());
        QCOMPARE(m->data(m->index(3, DryRunCountsModel::Read)).toString(),
                 QLocale().toString(demoTotal(&ExpectedTable::read)));

        const RunSummary* last = doc_.lastRun(true);
        QVERIFY(last);
        QVERIFY(last->dryRun);
        // A dry run creates nothing where the real run will write.
        QVERIFY(!QFile::exists(tmp_.filePath(QStringLiteral("runs/modern_crm.sqlite"))));
    }

    void rejectRowsMarkTheProblemCell()
    {
        RejectRowsModel* m = page_->rejectsModel();
        const QList<ExpectedTable> expected = expectedDemoCounts();
        QCOMPARE(m->rowCount(), demoTotal(&ExpectedTable::rejected));
        QCOMPARE(page_->findChild<QTableView*>(QStringLiteral("rejectRows"))->model(), m);
        for (int row = 0; row < m->rowCount(); ++row) {
            const RejectRecord& r = m->record(row);
            QVERIFY(!r.reason.isEmpty());
            QVERIFY2(m->data(m->index(row, RejectRowsModel::Key), Qt::ToolTipRole).toString().contains(r.reason),
                     qPrintable(r.sourceKey));
            int marked = 0;
            for (int c = RejectRowsModel::FirstValue; c < m->columnCount(); ++c) {
                if (!m->data(m->index(row, c), RejectRowsModel::ProblemCellRole).toBool()) {
                    QVERIFY(!m->data(m->index(row, c), Qt::BackgroundRole).isValid());
                    continue;
                }
                ++marked;
                QVERIFY(m->data(m->index(row, c), Qt::BackgroundRole).isValid());
                QVERIFY(m->data(m->index(row, c), Qt::ToolTipRole).toString().contains(r.reason));
            }
            QCOMPARE(marked, 1); // every demo reject names one column fed by one source column
        }

        // The account whose name is too long: its company cell is the marked one, under its own header.
        m->setTableFilter(0);
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->data(m->index(0, RejectRowsModel::Key)).toString(), QStringLiteral("1371"));
        QCOMPARE(m->data(m->index(0, RejectRowsModel::TargetColumn)).toString(), QStringLiteral("name"));
        int company = -1;
        for (int c = RejectRowsModel::FirstValue; c < m->columnCount(); ++c)
            if (m->data(m->index(0, c), RejectRowsModel::ProblemCellRole).toBool())
                company = c;
        QCOMPARE(m->headerData(company, Qt::Horizontal).toString(), QStringLiteral("company"));
        // Text as the reject file writes it: quoted, so NULL, '' and 'NULL' stay apart.
        QCOMPARE(m->data(m->index(0, company)).toString(),
                 QStringLiteral("\"Internationale Speditions- und Lagerhausgesellschaft Nordwind mbH & Co. KG\""));
        m->setTableFilter(1);
        QCOMPARE(m->rowCount(), expected[1].rejected);
        m->setTableFilter(-1);
    }

    void screenshot() { QVERIFY(page_->grab().save(screenshotPath(QStringLiteral("dry_run_page.png")))); }

    void exportWritesTheCounts()
    {
        const QString dir = tmp_.filePath(QStringLiteral("report"));
        const QString summary = page_->statusText();
        QVERIFY(page_->exportReport(dir));
        // The dry run's summary stays; the export says where it wrote beside its button.
        QCOMPARE(page_->statusText(), summary);
        QVERIFY2(page_->exportText().contains(QDir::toNativeSeparators(dir)), qPrintable(page_->exportText()));
        const QString counts = readAll(dir + QStringLiteral("/dry-run-counts.csv"));
        const QList<ExpectedTable> expected = expectedDemoCounts();
        for (const ExpectedTable& e : expected) {
            // source, target, read, insert, update, skip, reject, duplicates, mismatches, completed
            QStringList line{e.source, e.target};
            for (qint64 n : {e.read, e.inserted, e.updated, e.skipped, e.rejected, e.duplicates, e.mismatches})
                line << QString::number(n);
            line << QStringLiteral("true");
            QVERIFY2(counts.contains(line.join(QLatin1Char(','))), qPrintable(line.join(QLatin1Char(','))));
        }
        const QString rejects = readAll(dir + QStringLiteral("/dry-run-rejects.csv"));
        const QList<QStringList> records = parseCsv(rejects);
        QCOMPARE(records.size(), demoTotal(&ExpectedTable::rejected) + 1); // header and one row per reject
        QCOMPARE(records[1].mid(0, 3),
                 QStringList({QStringLiteral("account"), QStringLiteral("1371"), QStringLiteral("name")}));
        QVERIFY(!records[1][3].isEmpty()); // the reason
        QVERIFY(records[1][5].contains(QStringLiteral("company=\"Internationale Speditions")));
        const QString html = readAll(dir + QStringLiteral("/dry-run-report.html"));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        const QLocale locale; // the report writes numbers as the UI does
        for (qint64 number : {expected[0].inserted, expected[1].inserted, expected[2].inserted, expected[2].rejected}) {
            const QString n = QStringLiteral("<td class=\"n\">%1</td>").arg(locale.toString(number));
            QVERIFY2(html.contains(n), qPrintable(n));
        }
        QVERIFY(html.contains(QStringLiteral("Nordwind mbH &amp; Co. KG")));
        QVERIFY(!html.contains(QStringLiteral("<script")));

        // The button asks for a folder through the seam; cancelling the question writes nothing.
        const QString chosen = tmp_.filePath(QStringLiteral("chosen"));
        QString answer;
        page_->setFolderChooser([&](QWidget*) { return answer; });
        auto* button = page_->findChild<QPushButton*>(QStringLiteral("exportReportButton"));
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(!QFile::exists(chosen));
        answer = chosen;
        button->click();
        QVERIFY(QFile::exists(chosen + QStringLiteral("/dry-run-report.html")));
    }

    void mappingEditAsksForANewDryRun()
    {
        QVERIFY(page_->isComplete());
        QSignalSpy complete(page_.get(), &QWizardPage::completeChanged);
        TableMapping t = doc_.tables().at(0);
        t.batchSize = 250;
        doc_.setTable(0, t);
        QVERIFY(!page_->isComplete());
        QVERIFY(page_->isStale());
        QCOMPARE(complete.size(), 1);
    }

    void firstRowsOnly()
    {
        QVERIFY(runDryRun(100));
        QVERIFY(page_->isComplete());
        const DryRunCountsModel* m = page_->countsModel();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(count(m, i, DryRunCountsModel::Read), 100);
    }

    void aMappingThatCannotRunIsNotComplete()
    {
        TableMapping t = doc_.tables().at(2);
        t.target = QStringLiteral("no_such_table");
        doc_.setTable(2, t);
        QVERIFY(runDryRun(100));
        QVERIFY(!page_->isComplete());
        QVERIFY2(page_->statusText().contains(QStringLiteral("no_such_table")), qPrintable(page_->statusText()));
    }
};

QTEST_MAIN(TestDryRunPage)
#include "tst_dry_run_page.moc"
