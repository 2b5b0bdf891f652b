// A dry run with a read-only target account. A PostgreSQL role that may only SELECT still rehearses
// (every role may create temporary tables unless the database says otherwise) and predicts the owner's
// run exactly. Where temporary tables are refused — a PostgreSQL database without TEMPORARY for PUBLIC, a
// MariaDB user with SELECT only — the dry run still works: it falls back on Ferry's own prediction, gives
// the same counts as that prediction does for the owner, says so and what it cannot see, and leaves
// nothing behind.
#include "common/rehearsal_fixtures.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::test::Db)

namespace {

QString countsOf(const RunSummary& s)
{
    QStringList lines;
    for (const TableCounts& t : s.tables)
        lines << countsText(t);
    return lines.join(QLatin1Char('\n'));
}

// The PostgreSQL database's name, from the test connection string.
QString postgresDatabase()
{
    return profileFor(Db::Postgres).database;
}

} // namespace

class TestDryRunReadOnly : public QObject {
    Q_OBJECT

private slots:
    void readOnlyAccount_data()
    {
        QTest::addColumn<Db>("db");
        QTest::addColumn<bool>("temporaryAllowed");
        QTest::newRow("postgres, select only") << Db::Postgres << true;
        QTest::newRow("postgres, select only, no temporary tables") << Db::Postgres << false;
        QTest::newRow("mariadb, select only") << Db::MariaDB << false;
    }

    void readOnlyAccount()
    {
        QFETCH(Db, db);
        QFETCH(bool, temporaryAllowed);
        QTemporaryDir dir;
        const std::unique_ptr<RehearsalFixture> f = chainedFixture(db, dir.path());
        auto admin = openDb(db);
        const QString user = uniqueTable(QStringLiteral("ferry_ro"));
        const QString database = postgresDatabase();
        if (db == Db::Postgres) {
            admin->execute(QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO PUBLIC").arg(database));
            admin->execute(QStringLiteral("CREATE ROLE %1 LOGIN").arg(user));
            for (const QString& t : f->tables)
                admin->execute(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(t, user));
            if (!temporaryAllowed)
                admin->execute(QStringLiteral("REVOKE TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(database));
        } else {
            admin->execute(QStringLiteral("CREATE USER '%1'@'127.0.0.1' IDENTIFIED BY 'ferry'").arg(user));
            admin->execute(
                QStringLiteral("GRANT SELECT ON %1.* TO '%2'@'127.0.0.1'").arg(f->project.target.database, user));
        }
        auto cleanup = qScopeGuard([&] {
            if (db == Db::Postgres) {
                admin->execute(QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO PUBLIC").arg(database));
                admin->execute(QStringLiteral("DROP OWNED BY %1").arg(user));
                admin->execute(QStringLiteral("DROP ROLE %1").arg(user));
            } else {
                admin->execute(QStringLiteral("DROP USER '%1'@'127.0.0.1'").arg(user));
            }
        });
        Project readOnly = f->project;
        readOnly.target.user = user;

        const QMap<QString, QString> before = f->state();
        const RunSummary dry = runProject(readOnly, true);
        QVERIFY2(dry.error.isEmpty(), qPrintable(dry.error));
        QCOMPARE(dry.status, RunSummary::Status::Rejects);
        QCOMPARE(dry.rehearsed, temporaryAllowed);
        const QStringList left = stateDifferences(before, f->state());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        for (const TableCounts& t : dry.tables)
            QVERIFY(t.balanced());

        if (temporaryAllowed) {
            // Rehearsed with SELECT alone (the sequences it may not read continue after the rows it can).
            const RunSummary real = runProject(f->project, false);
            const QStringList differences = outcomeDifferences(dry, real);
            QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
            return;
        }
        // Said plainly: not rehearsed, why (the database's refusal), and what a prediction cannot see.
        QCOMPARE(dry.dryRunNotes.size(), 2);
        QVERIFY2(dry.dryRunNotes[0].contains(QLatin1String("not rehearsed")) &&
                     dry.dryRunNotes[0].contains(QLatin1String("denied"), Qt::CaseInsensitive),
                 qPrintable(dry.dryRunNotes[0]));
        QVERIFY2(dry.dryRunNotes[1].contains(QLatin1String("collation")), qPrintable(dry.dryRunNotes[1]));
        // The fallback is Ferry's prediction, the same the owner gets without a rehearsal.
        const RunSummary predicted = runProject(f->project, true, false);
        QCOMPARE(countsOf(dry), countsOf(predicted));
        QCOMPARE(rejectVerdicts(dry), rejectVerdicts(predicted));
        // The run log says it too.
        QFile log(dry.logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(log.readAll()).contains(dry.dryRunNotes[0]));
    }
};

QTEST_GUILESS_MAIN(TestDryRunReadOnly)
#include "tst_dry_run_read_only.moc"
