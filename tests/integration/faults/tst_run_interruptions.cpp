// A run meets faults on the real servers and behaves as the user was promised:
// - Cancel during a long statement (a trigger that sleeps) returns within 2 s, the statement's batch rolls
//   back whole, and a resume completes the run — every row exactly once.
// - An error about the job, not a row (the target table dropped mid-run) stops the run at once instead of
//   rejecting every following row; the run stays resumable.
// - MariaDB ending Ferry's session (KILL) is retried: the run reconnects and completes.
// Rows are counted through a separate connection.
#include "common/dbfixture.h"
#include "engine/migration.h"
#include "engine/run_record.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <thread>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::test::Db)

namespace {

constexpr int kRows = 1000;
constexpr int kBatch = 100;

// Calls `act` once, from the writer's thread, after the first committed batch.
struct AfterFirstBatch : RunObserver {
    std::function<void()> act;
    bool done = false;
    int retries = 0;
    void sample(const RunSample& s) override
    {
        if (s.totalRead > 0 && !std::exchange(done, true))
            act();
    }
    void retrying(const QString&, const QString&, int, int, qint64) override { ++retries; }
};

} // namespace

class TestRunInterruptions : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    Project project(Db target, const QString& table) const
    {
        Project p;
        p.name = table;
        p.source = profileFor(Db::SqliteQt, tmp_.filePath(QStringLiteral("source.sqlite")));
        p.target = profileFor(target, tmp_.filePath(QStringLiteral("target.sqlite")));
        p.options.outputDirectory = tmp_.filePath(table);
        p.options.stateTable = table + QStringLiteral("_state");
        TableMapping t;
        t.source = QStringLiteral("people");
        t.target = table;
        t.batchSize = kBatch;
        t.fields = identityFields({QStringLiteral("id"), QStringLiteral("name")});
        p.tables = {t};
        return p;
    }

    static void createTarget(Connection& c, const QString& table)
    {
        c.execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(40))").arg(table));
    }

    static qint64 rowsIn(Db db, const QString& sqlite, const QString& table)
    {
        auto c = openDb(db, sqlite);
        return countRows(*c, table);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        seedPeople(*openDb(Db::SqliteQt, tmp_.filePath(QStringLiteral("source.sqlite"))), QStringLiteral("people"),
                   kRows);
    }

    void cancelInALongStatement_data()
    {
        QTest::addColumn<Db>("db");
        QTest::newRow("postgres") << Db::Postgres;
        QTest::newRow("mariadb") << Db::MariaDB;
    }

    void cancelInALongStatement()
    {
        QFETCH(Db, db);
        const QString sqlite = tmp_.filePath(QStringLiteral("target.sqlite"));
        auto admin = openDb(db, sqlite);
        const QString table = uniqueTable(QStringLiteral("slow"));
        createTarget(*admin, table);
        // Row 250 (the third batch) takes 30 s to insert.
        if (db == Db::Postgres) {
            admin->execute(QStringLiteral("CREATE FUNCTION %1_f() RETURNS trigger AS $$ BEGIN IF NEW.id = 250 THEN "
                                          "PERFORM pg_sleep(30); END IF; RETURN NEW; END $$ LANGUAGE plpgsql")
                               .arg(table));
            admin->execute(
                QStringLiteral("CREATE TRIGGER %1_t BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION %1_f()")
                    .arg(table));
        } else {
            admin->execute(QStringLiteral("CREATE TRIGGER %1_t BEFORE INSERT ON %1 FOR EACH ROW BEGIN IF NEW.id = 250 "
                                          "THEN DO SLEEP(30); END IF; END")
                               .arg(table));
        }
        auto cleanup = qScopeGuard([&] {
            dropTable(*admin, table);
            dropTable(*admin, table + QStringLiteral("_state"));
            if (db == Db::Postgres)
                admin->execute(QStringLiteral("DROP FUNCTION IF EXISTS %1_f()").arg(table));
        });
        const Project p = project(db, table);
        Migration m(p);
        RunSummary summary;
        std::jthread runner([&] { summary = m.run(); });
        QElapsedTimer waited;
        waited.start();
        while (rowsIn(db, sqlite, table) < 2 * kBatch && waited.elapsed() < 30000)
            QThread::msleep(50);
        QThread::msleep(500); // the writer is inside the third batch's INSERT, asleep in the trigger
        QElapsedTimer clock;
        clock.start();
        m.cancel();
        runner.join();
        const qint64 ms = clock.elapsed();
        qInfo("%s: cancel returned after %lld ms", qPrintable(dbName(db)), qlonglong(ms));
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.status, RunSummary::Status::Failed);
        QCOMPARE(rowsIn(db, sqlite, table), qint64(2 * kBatch)); // the third batch rolled back whole
        QCOMPARE(summary.tables.value(0).inserted, qint64(2 * kBatch));
        QString error;
        QCOMPARE(RunRecord::load(summary.runDirectory, &error)->status, RunRecord::Status::Cancelled);

        admin->execute(QStringLiteral("DROP TRIGGER %1_t%2")
                           .arg(table, db == Db::Postgres ? QStringLiteral(" ON ") + table : QString()));
        RunRequest again;
        again.resume = true;
        Migration resumed(p, again);
        const RunSummary s = resumed.run();
        QVERIFY2(s.status == RunSummary::Status::Ok, qPrintable(s.error));
        QCOMPARE(s.tables.value(0).inserted, qint64(kRows));
        QCOMPARE(rowsIn(db, sqlite, table), qint64(kRows));
    }

    void jobErrorStopsAtOnce_data()
    {
        QTest::addColumn<Db>("db");
        QTest::newRow("postgres") << Db::Postgres;
        QTest::newRow("mariadb") << Db::MariaDB;
        QTest::newRow("sqlite-qt") << Db::SqliteQt;
        QTest::newRow("sqlite-odbc") << Db::SqliteOdbc;
    }

    void jobErrorStopsAtOnce()
    {
        QFETCH(Db, db);
        const QString sqlite = tmp_.filePath(QStringLiteral("target.sqlite"));
        auto admin = openDb(db, sqlite);
        const QString table = uniqueTable(QStringLiteral("dropped"));
        createTarget(*admin, table);
        auto cleanup = qScopeGuard([&] {
            dropTable(*admin, table);
            dropTable(*admin, table + QStringLiteral("_state"));
        });
        AfterFirstBatch dropper;
        dropper.act = [&] { admin->execute(QStringLiteral("DROP TABLE %1").arg(table)); };
        RunRequest request;
        request.sampleIntervalMs = 0;
        Migration m(project(db, table), request);
        const RunSummary s = m.run(&dropper);
        QCOMPARE(s.status, RunSummary::Status::Failed);
        QCOMPARE(m.failureKind(), FailureKind::Run);
        QCOMPARE(dropper.retries, 0);                    // not a fault that passes
        QCOMPARE(s.tables.value(0).rejected, qint64(0)); // no row blamed for a missing table
        QCOMPARE(s.tables.value(0).inserted, qint64(kBatch));
        QVERIFY(s.tables.value(0).balanced());
        QVERIFY2(s.error.contains(table, Qt::CaseInsensitive), qPrintable(s.error));
        QString error;
        QVERIFY(RunRecord::load(s.runDirectory, &error)->resumable());
    }

    void mariadbKilledSessionIsRetried()
    {
        // Ferry's target session, of its own user, is ended by the server (KILL); the run reconnects.
        auto admin = openDb(Db::MariaDB);
        const QString table = uniqueTable(QStringLiteral("killed"));
        const QString user = table.left(30);
        createTarget(*admin, table);
        admin->execute(QStringLiteral("CREATE USER '%1'@'127.0.0.1' IDENTIFIED BY 'ferry'").arg(user));
        admin->execute(QStringLiteral("GRANT ALL ON *.* TO '%1'@'127.0.0.1'").arg(user));
        auto cleanup = qScopeGuard([&] {
            dropTable(*admin, table);
            dropTable(*admin, table + QStringLiteral("_state"));
            admin->execute(QStringLiteral("DROP USER IF EXISTS '%1'@'127.0.0.1'").arg(user));
        });
        Project p = project(Db::MariaDB, table);
        p.target.user = user;
        AfterFirstBatch killer;
        killer.act = [&] {
            auto ids = admin->query(
                QStringLiteral("SELECT ID FROM information_schema.PROCESSLIST WHERE USER = '%1'").arg(user));
            std::vector<Row> rows;
            while (ids->fetch(rows, 100))
                for (const Row& r : rows) {
                    try {
                        admin->execute(QStringLiteral("KILL %1").arg(r[0].toString()));
                    } catch (const DbError&) { // the session ended meanwhile
                    }
                }
        };
        RunRequest request;
        request.sampleIntervalMs = 0;
        request.retry.firstDelayMs = 100;
        Migration m(p, request);
        const RunSummary s = m.run(&killer);
        QVERIFY2(s.status == RunSummary::Status::Ok, qPrintable(s.error));
        QVERIFY(killer.retries >= 1);
        QCOMPARE(s.tables.value(0).inserted, qint64(kRows));
        QCOMPARE(countRows(*admin, table), qint64(kRows));
    }
};

QTEST_GUILESS_MAIN(TestRunInterruptions)
#include "tst_run_interruptions.moc"
