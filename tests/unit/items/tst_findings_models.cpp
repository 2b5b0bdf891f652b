// The four findings models of the dry-run page on a hand-made summary: exact cell texts (kind, risk,
// action and check as words), the colour that accompanies a risk word (never alone), tooltips, the sort
// and risk roles, the table filter, and QAbstractItemModelTester across resets.
#include "items/clusters_model.h"
#include "items/column_risks_model.h"
#include "items/mismatches_model.h"
#include "items/preflight_model.h"
#include "unit/items/findings_fixture.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

QString cell(const QAbstractItemModel& m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role).toString();
}

QStringList headers(const QAbstractItemModel& m)
{
    QStringList out;
    for (int c = 0; c < m.columnCount(); ++c)
        out << m.headerData(c, Qt::Horizontal).toString();
    return out;
}

} // namespace

class TestFindingsModels : public QObject {
    Q_OBJECT

private slots:
    void mismatchesReadAsWords()
    {
        MismatchesModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        m.setSummary(findingsSummary());
        QCOMPARE(headers(m), QStringList({QStringLiteral("Table"), QStringLiteral("Key"), QStringLiteral("Column"),
                                          QStringLiteral("Kind"), QStringLiteral("Risk"), QStringLiteral("Before"),
                                          QStringLiteral("After"), QStringLiteral("Reason")}));
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.keptCount(), 3);
        QCOMPARE(m.totalCount(), 5); // two more only in the report's CSV

        // A rejected row: the after cell says so instead of staying blank.
        QCOMPARE(cell(m, 0, MismatchesModel::Table), QStringLiteral("contact"));
        QCOMPARE(cell(m, 0, MismatchesModel::Key), QStringLiteral("1042"));
        QCOMPARE(cell(m, 0, MismatchesModel::TargetColumn), QStringLiteral("email"));
        QCOMPARE(cell(m, 0, MismatchesModel::Kind), QStringLiteral("Conversion"));
        QCOMPARE(cell(m, 0, MismatchesModel::RiskColumn), QStringLiteral("Will fail"));
        QCOMPARE(cell(m, 0, MismatchesModel::Before), QStringLiteral("bob(at)example"));
        QCOMPARE(cell(m, 0, MismatchesModel::After), QStringLiteral("(row rejected)"));
        QCOMPARE(cell(m, 0, MismatchesModel::Reason), QStringLiteral("not an e-mail address"));

        QCOMPARE(cell(m, 1, MismatchesModel::Kind), QStringLiteral("Truncated"));
        QCOMPARE(cell(m, 1, MismatchesModel::RiskColumn), QStringLiteral("May lose data"));
        QCOMPARE(cell(m, 1, MismatchesModel::After), QStringLiteral("Nordwind Spedition GmbH"));
        QCOMPARE(cell(m, 2, MismatchesModel::Kind), QStringLiteral("Time zone"));

        // Every cell explains itself on hover.
        for (int c = 0; c < m.columnCount(); ++c)
            QCOMPARE(cell(m, 2, c, Qt::ToolTipRole), QStringLiteral("the column keeps no offset: shifted to UTC"));

        // The risk cell has a colour as well as its word; the two risks differ; other cells keep the palette.
        const QVariant failBg = m.data(m.index(0, MismatchesModel::RiskColumn), Qt::BackgroundRole);
        const QVariant loseBg = m.data(m.index(1, MismatchesModel::RiskColumn), Qt::BackgroundRole);
        QVERIFY(failBg.canConvert<QBrush>() && loseBg.canConvert<QBrush>());
        QVERIFY(failBg.value<QBrush>().color() != loseBg.value<QBrush>().color());
        QVERIFY(m.data(m.index(0, MismatchesModel::RiskColumn), Qt::ForegroundRole).isValid());
        QVERIFY(!m.data(m.index(0, MismatchesModel::Before), Qt::BackgroundRole).isValid());

        // Sorting by risk follows severity, not the alphabet ("May lose" < "Will fail" by luck only).
        QCOMPARE(m.data(m.index(0, MismatchesModel::RiskColumn), MismatchesModel::SortRole).toInt(),
                 int(Risk::WillFail));
        QCOMPARE(m.data(m.index(1, MismatchesModel::RiskColumn), MismatchesModel::SortRole).toInt(),
                 int(Risk::MayLose));
        QCOMPARE(m.data(m.index(1, MismatchesModel::Key), MismatchesModel::SortRole).toString(), QStringLiteral("17"));
        QCOMPARE(m.data(m.index(2, MismatchesModel::Before), MismatchesModel::RiskRole).toInt(), int(Risk::MayLose));
    }

    void mismatchesFilterByTable()
    {
        MismatchesModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSummary(findingsSummary());
        m.setTableFilter(1);
        QCOMPARE(m.tableFilter(), 1);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.record(0).sourceKey, QStringLiteral("1042"));
        QCOMPARE(cell(m, 1, MismatchesModel::Key), QStringLiteral("7"));
        m.setTableFilter(0);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(cell(m, 0, MismatchesModel::Key), QStringLiteral("17"));
        m.setTableFilter(7); // a table without mismatches
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.totalCount(), 5); // the run's figure does not change with the view
        m.setTableFilter(-1);
        QCOMPARE(m.rowCount(), 3);
        // A new summary shows all its tables again.
        m.setTableFilter(0);
        m.setSummary(findingsSummary());
        QCOMPARE(m.tableFilter(), -1);
        QCOMPARE(m.rowCount(), 3);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.totalCount(), 0);
        QVERIFY(!m.data(m.index(0, 0)).isValid());
    }

    void kindWordsForEveryKind()
    {
        QCOMPARE(MismatchesModel::kindText(MismatchKind::Rounding), QStringLiteral("Rounded"));
        QCOMPARE(MismatchesModel::kindText(MismatchKind::Encoding), QStringLiteral("Encoding"));
        QCOMPARE(MismatchesModel::kindText(MismatchKind::Range), QStringLiteral("Out of range"));
        QCOMPARE(MismatchesModel::kindText(MismatchKind::MappedToDefault), QStringLiteral("Mapped to default"));
        QCOMPARE(MismatchesModel::kindText(MismatchKind::NullRequired), QStringLiteral("Required but empty"));
        QCOMPARE(MismatchesModel::kindText(QStringLiteral("null-required")), QStringLiteral("Required but empty"));
        QCOMPARE(MismatchesModel::kindText(QStringLiteral("rounding")), QStringLiteral("Rounded"));
        QCOMPARE(MismatchesModel::riskText(Risk::Exact), QStringLiteral("Exact"));
    }

    void columnRisksSummarise()
    {
        ColumnRisksModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSummary(findingsSummary());
        QCOMPARE(headers(m), QStringList({QStringLiteral("Table"), QStringLiteral("Column"), QStringLiteral("Risk"),
                                          QStringLiteral("May lose data"), QStringLiteral("Will fail"),
                                          QStringLiteral("Kinds of change")}));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(cell(m, 0, ColumnRisksModel::TargetColumn), QStringLiteral("name"));
        QCOMPARE(cell(m, 0, ColumnRisksModel::RiskColumn), QStringLiteral("May lose data"));
        QCOMPARE(cell(m, 0, ColumnRisksModel::MayLose), QStringLiteral("1"));
        QCOMPARE(cell(m, 0, ColumnRisksModel::WillFail), QStringLiteral("0"));
        QCOMPARE(cell(m, 0, ColumnRisksModel::Kinds), QStringLiteral("Truncated"));
        QCOMPARE(cell(m, 1, ColumnRisksModel::Table), QStringLiteral("contact"));
        QCOMPARE(cell(m, 1, ColumnRisksModel::RiskColumn), QStringLiteral("Will fail"));
        QCOMPARE(cell(m, 1, ColumnRisksModel::MayLose), QStringLiteral("2"));
        QCOMPARE(cell(m, 1, ColumnRisksModel::WillFail), QStringLiteral("1"));
        // A kind this build does not know yet is shown as spelt rather than dropped.
        QCOMPARE(cell(m, 1, ColumnRisksModel::Kinds), QStringLiteral("Conversion, Time zone, odd-new-kind"));
        QCOMPARE(cell(m, 1, ColumnRisksModel::Kinds, Qt::ToolTipRole),
                 QStringLiteral("Rows rejected because of contact.email: 1. Further values written changed: 2."));
        QCOMPARE(cell(m, 0, ColumnRisksModel::Table, Qt::ToolTipRole),
                 QStringLiteral("Values of account.name that would be written changed: 1."));
        QVERIFY(m.data(m.index(1, ColumnRisksModel::RiskColumn), Qt::BackgroundRole).isValid());
        QVERIFY(!m.data(m.index(1, ColumnRisksModel::Kinds), Qt::BackgroundRole).isValid());
        QCOMPARE(m.data(m.index(1, ColumnRisksModel::RiskColumn), ColumnRisksModel::SortRole).toInt(),
                 int(Risk::WillFail));
        QCOMPARE(m.data(m.index(1, ColumnRisksModel::MayLose), ColumnRisksModel::SortRole).toLongLong(), 2);
        QCOMPARE(m.data(m.index(0, ColumnRisksModel::Table), ColumnRisksModel::RiskRole).toInt(), int(Risk::MayLose));

        m.setTableFilter(1);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.record(0).column, QStringLiteral("email"));
        m.setTableFilter(0);
        QCOMPARE(cell(m, 0, ColumnRisksModel::TargetColumn), QStringLiteral("name"));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void clustersSayWhatHappens()
    {
        ClustersModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSummary(findingsSummary());
        QCOMPARE(headers(m), QStringList({QStringLiteral("Table"), QStringLiteral("Rules"), QStringLiteral("Action"),
                                          QStringLiteral("Kept"), QStringLiteral("Rows in cluster"),
                                          QStringLiteral("Target row"), QStringLiteral("Explanation")}));
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.totalCount(), 4);
        QCOMPARE(cell(m, 0, ClustersModel::Table), QStringLiteral("contact"));
        QCOMPARE(cell(m, 0, ClustersModel::Rule), QStringLiteral("same e-mail"));
        QCOMPARE(cell(m, 0, ClustersModel::Action), QStringLiteral("Keep the most recent row"));
        QCOMPARE(cell(m, 0, ClustersModel::Kept), QStringLiteral("1942"));
        QCOMPARE(cell(m, 0, ClustersModel::Members), QStringLiteral("68, 1942"));
        QCOMPARE(cell(m, 0, ClustersModel::TargetKey), QString());
        QCOMPARE(cell(m, 0, ClustersModel::Explanation),
                 QStringLiteral("kept 1942 (most recent updated_at); skipped 68"));
        QCOMPARE(cell(m, 1, ClustersModel::Rule), QStringLiteral("same e-mail, same name and company"));
        QCOMPARE(cell(m, 1, ClustersModel::Action), QStringLiteral("Update the target row"));
        QCOMPARE(cell(m, 1, ClustersModel::TargetKey), QStringLiteral("T-88"));
        QCOMPARE(cell(m, 2, ClustersModel::Action), QStringLiteral("Flag for review"));
        QCOMPARE(cell(m, 2, ClustersModel::Members), QStringLiteral("5, 9, 12"));
        QCOMPARE(cell(m, 2, ClustersModel::Rule, Qt::ToolTipRole),
                 QStringLiteral("5, 9 and 12 written and listed for review"));
        QCOMPARE(cell(m, 2, ClustersModel::Members, Qt::ToolTipRole),
                 QStringLiteral("Rows in this cluster (3): 5, 9, 12"));
        // Sorting the members column puts the biggest clusters together.
        QCOMPARE(m.data(m.index(2, ClustersModel::Members), ClustersModel::SortRole).toInt(), 3);
        QCOMPARE(m.data(m.index(1, ClustersModel::Members), ClustersModel::SortRole).toInt(), 1);

        QCOMPARE(ClustersModel::actionText(QStringLiteral("keep-first")), QStringLiteral("Keep the first row"));
        QCOMPARE(ClustersModel::actionText(QStringLiteral("keep-most-complete")),
                 QStringLiteral("Keep the most complete row"));
        QCOMPARE(ClustersModel::actionText(QStringLiteral("merge")), QStringLiteral("Merge into one row"));
        QCOMPARE(ClustersModel::actionText(QStringLiteral("target-skip")),
                 QStringLiteral("Skip: already in the target"));
        QCOMPARE(ClustersModel::actionText(QStringLiteral("target-flag")),
                 QStringLiteral("Flag: already in the target"));
        QCOMPARE(ClustersModel::actionText(QStringLiteral("something-new")), QStringLiteral("something-new"));

        m.setTableFilter(0);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.record(0).rules, QStringList{QStringLiteral("same company")});
        m.setTableFilter(1);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(cell(m, 1, ClustersModel::Kept), QStringLiteral("301"));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.totalCount(), 0);
    }

    void preflightBlockingFirst()
    {
        PreflightModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSummary(findingsSummary());
        QCOMPARE(headers(m),
                 QStringList({QStringLiteral("Severity"), QStringLiteral("Check"), QStringLiteral("Table"),
                              QStringLiteral("Columns"), QStringLiteral("Constraint"), QStringLiteral("Rows"),
                              QStringLiteral("Sample keys"), QStringLiteral("Detail")}));
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.blockingCount(), 2);
        // The engine listed the warning first; what stops the run comes first here, in the engine's order.
        QCOMPARE(cell(m, 0, PreflightModel::Severity), QStringLiteral("Blocking"));
        QCOMPARE(cell(m, 0, PreflightModel::Check), QStringLiteral("Required column not mapped"));
        QCOMPARE(cell(m, 0, PreflightModel::Table), QStringLiteral("account"));
        QCOMPARE(cell(m, 0, PreflightModel::Columns), QStringLiteral("owner_id"));
        QCOMPARE(cell(m, 0, PreflightModel::Rows), QStringLiteral("0"));
        QCOMPARE(cell(m, 1, PreflightModel::Check), QStringLiteral("Missing parent row"));
        QCOMPARE(cell(m, 1, PreflightModel::Columns), QStringLiteral("account_id, region"));
        QCOMPARE(cell(m, 1, PreflightModel::Constraint), QStringLiteral("contact_account_fk"));
        QCOMPARE(cell(m, 1, PreflightModel::Rows), QStringLiteral("3"));
        QCOMPARE(cell(m, 1, PreflightModel::SampleKeys), QStringLiteral("5, 6, 7"));
        QCOMPARE(cell(m, 1, PreflightModel::Detail), QStringLiteral("3 contacts name an account that will not exist"));
        QCOMPARE(cell(m, 2, PreflightModel::Severity), QStringLiteral("Warning"));
        QCOMPARE(cell(m, 2, PreflightModel::Check), QStringLiteral("Duplicate unique value in the load"));
        QCOMPARE(cell(m, 2, PreflightModel::Constraint, Qt::ToolTipRole),
                 QStringLiteral("2 incoming rows share an e-mail; the duplicate rule keeps one"));
        QVERIFY(m.data(m.index(0, PreflightModel::Severity), PreflightModel::BlockingRole).toBool());
        QVERIFY(!m.data(m.index(2, PreflightModel::Detail), PreflightModel::BlockingRole).toBool());
        // Severity has a colour beside its word, different for blocking and warning.
        QCOMPARE(m.data(m.index(0, PreflightModel::Severity), Qt::BackgroundRole).value<QBrush>().color(),
                 MismatchesModel::riskBackground(Risk::WillFail));
        QCOMPARE(m.data(m.index(2, PreflightModel::Severity), Qt::BackgroundRole).value<QBrush>().color(),
                 MismatchesModel::riskBackground(Risk::MayLose));
        QCOMPARE(m.data(m.index(1, PreflightModel::Rows), PreflightModel::SortRole).toLongLong(), 3);
        QCOMPARE(m.data(m.index(2, PreflightModel::Severity), PreflightModel::SortRole).toInt(), 1);

        QCOMPARE(PreflightModel::checkText(PreflightFinding::Kind::UniqueAgainstTarget),
                 QStringLiteral("Unique value already in the target"));
        QCOMPARE(PreflightModel::checkText(PreflightFinding::Kind::CheckConstraint),
                 QStringLiteral("Check constraint"));

        m.setTableFilter(1);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(cell(m, 0, PreflightModel::Check), QStringLiteral("Missing parent row"));
        QCOMPARE(cell(m, 1, PreflightModel::Check), QStringLiteral("Duplicate unique value in the load"));
        QCOMPARE(m.blockingCount(), 2); // over the whole run
        m.setTableFilter(0);
        QCOMPARE(m.rowCount(), 1);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.blockingCount(), 0);
    }

    void outOfRangeIndexesGiveNothing()
    {
        MismatchesModel mm;
        ClustersModel cm;
        ColumnRisksModel rm;
        PreflightModel pm;
        mm.setSummary(findingsSummary());
        cm.setSummary(findingsSummary());
        rm.setSummary(findingsSummary());
        pm.setSummary(findingsSummary());
        for (const QAbstractItemModel* m :
             {static_cast<QAbstractItemModel*>(&mm), static_cast<QAbstractItemModel*>(&cm),
              static_cast<QAbstractItemModel*>(&rm), static_cast<QAbstractItemModel*>(&pm)}) {
            QVERIFY(!m->data(m->index(m->rowCount(), 0)).isValid());
            QVERIFY(!m->data(QModelIndex()).isValid());
            QCOMPARE(m->rowCount(m->index(0, 0)), 0); // a table: no children
        }
    }
};

QTEST_MAIN(TestFindingsModels)
#include "tst_findings_models.moc"
