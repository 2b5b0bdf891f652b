// A dry run predicts the run: on every fixture (tests/common/rehearsal_fixtures.h) and every target
// database, the dry run's counts per mapping and its rejected keys — with who refused each and, for the
// database, the SQLSTATE — equal the real run's, key by key. It rehearses its writes in temporary tables
// and leaves nothing behind: the target's rows, their digest, its sequences and AUTO_INCREMENT counters,
// a SQLite file's bytes, read through a connection of their own, are as they were, and no temporary table
// outlives it. Ferry's own prediction (what a read-only account gets) is shown to miss what the
// rehearsal catches, so the comparison can fail.
#include "common/rehearsal_fixtures.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::test::Db)

namespace {

using FixtureBuilder = std::unique_ptr<RehearsalFixture> (*)(Db, const QString&);

} // namespace

Q_DECLARE_METATYPE(FixtureBuilder)

class TestDryRunRehearsal : public QObject {
    Q_OBJECT

private slots:
    void dryRunEqualsRun_data()
    {
        QTest::addColumn<FixtureBuilder>("build");
        QTest::addColumn<Db>("db");
        const QList<QPair<const char*, FixtureBuilder>> fixtures{{"demo", &demoFixture},
                                                                 {"chained", &chainedFixture},
                                                                 {"collation", &collationFixture},
                                                                 {"hostile values", &hostileFixture}};
        for (const auto& [name, build] : fixtures)
            for (Db db : {Db::Postgres, Db::MariaDB, Db::SqliteQt, Db::SqliteOdbc}) {
                if (build == &demoFixture && db == Db::SqliteOdbc)
                    continue; // the demo's SQLite target is Qt's driver, as shipped
                QTest::addRow("%s %s", name, qPrintable(dbName(db))) << build << db;
            }
    }

    void dryRunEqualsRun()
    {
        QFETCH(FixtureBuilder, build);
        QFETCH(Db, db);
        QTemporaryDir dir;
        const std::unique_ptr<RehearsalFixture> f = build(db, dir.path());
        for (int pass = 1; pass <= f->passes; ++pass) {
            const QMap<QString, QString> before = f->state();
            const RunSummary dry = runProject(f->project, true);
            QVERIFY2(dry.error.isEmpty(), qPrintable(dry.error));
            QVERIFY2(dry.rehearsed, qPrintable(dry.dryRunNotes.join(QLatin1Char(' '))));
            const QStringList left = stateDifferences(before, f->state());
            QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));

            const RunSummary predicted = runProject(f->project, true, false);
            QVERIFY(!predicted.rehearsed);
            QVERIFY2(predicted.error.isEmpty(), qPrintable(predicted.error));

            const RunSummary real = runProject(f->project, false);
            QVERIFY2(real.error.isEmpty(), qPrintable(real.error));
            if (qEnvironmentVariableIsSet("FERRY_TEST_VERBOSE"))
                for (const RejectRecord& r : real.rejects)
                    qInfo() << r.tableIndex << r.sourceKey << r.origin << r.sqlState << r.column << r.reason;
            const QStringList differences = outcomeDifferences(dry, real);
            QVERIFY2(differences.isEmpty(),
                     qPrintable(QStringLiteral("pass %1:\n").arg(pass) + differences.join(QLatin1Char('\n'))));
            const QMap<QString, QString> refused = rejectVerdicts(real);
            for (const QString& key : f->mustRefuse)
                QVERIFY2(refused.contains(key), qPrintable(key));
            if (pass == 1 && f->predictionMisses)
                QVERIFY2(!outcomeDifferences(predicted, real).isEmpty(),
                         "Ferry's own prediction matched the run: the fixture does not test the rehearsal");
        }
    }

    // Triggers do not run in a rehearsal: the dry run names them, per table, rather than let them pass unseen.
    void triggersAreNamed_data()
    {
        QTest::addColumn<Db>("db");
        for (Db db : {Db::Postgres, Db::MariaDB, Db::SqliteQt})
            QTest::newRow(qPrintable(dbName(db))) << db;
    }
    void triggersAreNamed()
    {
        QFETCH(Db, db);
        QTemporaryDir dir;
        const std::unique_ptr<RehearsalFixture> f = collationFixture(db, dir.path());
        const QString table = f->tables[0], trigger = table + QStringLiteral("_audit");
        auto c = openDb(db, f->targetFile);
        if (db == Db::Postgres) {
            c->execute(QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; "
                                      "END'")
                           .arg(trigger));
            c->execute(QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW EXECUTE FUNCTION %1()")
                           .arg(trigger, table));
        } else if (db == Db::MariaDB) {
            c->execute(QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW SET NEW.code = NEW.code")
                           .arg(trigger, table));
        } else {
            c->execute(QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 BEGIN SELECT 1; END").arg(trigger, table));
        }
        c.reset();
        auto dropFunction = qScopeGuard([&] {
            if (db == Db::Postgres) {
                auto admin = openDb(db);
                dropTable(*admin, table);
                admin->execute(QStringLiteral("DROP FUNCTION IF EXISTS %1()").arg(trigger));
            }
        });
        const RunSummary dry = runProject(f->project, true);
        QVERIFY(dry.rehearsed);
        QCOMPARE(dry.dryRunNotes.size(), 2);
        QVERIFY2(dry.dryRunNotes[1].contains(QStringLiteral("%1 (%2)").arg(table, trigger)),
                 qPrintable(dry.dryRunNotes[1]));
    }
};

QTEST_GUILESS_MAIN(TestDryRunRehearsal)
#include "tst_dry_run_rehearsal.moc"
