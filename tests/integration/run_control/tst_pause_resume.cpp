// Pausing a run: the writer stops between batches (no batch held open), the target stops growing, the
// paused time is not counted as running time, resuming finishes with counts that add up, and cancel
// ends a paused run at once. On SQLite (Qt's driver) and PostgreSQL.
#include "common/dbfixture.h"
#include "engine/migration.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::test::Db)

namespace {

constexpr int kRows = 30000;

// Records what the engine reports, from its worker thread, for the test thread to wait on.
class Watcher : public RunObserver {
public:
    void sample(const RunSample& s) override { read_ = s.totalRead; }
    void pausedChanged(bool paused) override
    {
        std::lock_guard lock(mutex_);
        paused_ = paused;
        ++pauseEvents_;
        cv_.notify_all();
    }
    bool waitPaused(bool paused, int timeoutMs)
    {
        std::unique_lock lock(mutex_);
        return cv_.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return paused_ == paused; });
    }
    qint64 read() const { return read_; }
    int pauseEvents()
    {
        std::lock_guard lock(mutex_);
        return pauseEvents_;
    }

private:
    std::atomic<qint64> read_{0};
    std::mutex mutex_;
    std::condition_variable cv_;
    bool paused_ = false;
    int pauseEvents_ = 0;
};

} // namespace

class TestPauseResume : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QString sourcePath_;

    Project project(Db target, const QString& table) const
    {
        Project p;
        p.name = QStringLiteral("pause");
        p.source = profileFor(Db::SqliteQt, sourcePath_);
        p.target = profileFor(target, tmp_.filePath(QStringLiteral("target.sqlite")));
        p.options.outputDirectory = tmp_.filePath(QStringLiteral("runs"));
        TableMapping t;
        t.source = QStringLiteral("src_people");
        t.target = table;
        t.batchSize = 100;
        t.sourceKey = QStringLiteral("id");
        t.fields = identityFields({QStringLiteral("id"), QStringLiteral("name")});
        p.tables = {t};
        return p;
    }

    static void waitForRows(const Watcher& w, qint64 rows)
    {
        QElapsedTimer t;
        t.start();
        while (w.read() < rows && t.elapsed() < 60000)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        sourcePath_ = tmp_.filePath(QStringLiteral("source.sqlite"));
        seedPeople(*openDb(Db::SqliteQt, sourcePath_), QStringLiteral("src_people"), kRows);
    }

    void pauseHoldsAndResumeFinishes_data()
    {
        QTest::addColumn<Db>("target");
        QTest::newRow("sqlite") << Db::SqliteQt;
        QTest::newRow("postgres") << Db::Postgres;
    }

    void pauseHoldsAndResumeFinishes()
    {
        QFETCH(Db, target);
        auto admin = openDb(target, tmp_.filePath(QStringLiteral("target.sqlite")));
        const QString table = uniqueTable(QStringLiteral("people_pause"));
        admin->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(40))")
                           .arg(admin->dialect().quoteIdentifier(table)));
        auto cleanup = qScopeGuard([&] { dropTable(*admin, table); });

        RunRequest request;
        request.sampleIntervalMs = 0;
        Migration m(project(target, table), request);
        Watcher w;
        RunSummary summary;
        QElapsedTimer wall;
        wall.start();
        std::thread worker([&] { summary = m.run(&w); });

        waitForRows(w, 2000);
        m.setPaused(true);
        QVERIFY(m.isPaused());
        QVERIFY(w.waitPaused(true, 30000));
        const qint64 readAtPause = w.read();
        QVERIFY(readAtPause < kRows); // still running when paused
        const qint64 landedAtPause = countRows(*admin, table);
        QVERIFY(landedAtPause > 0);
        constexpr int kPauseMs = 1500;
        std::this_thread::sleep_for(std::chrono::milliseconds(kPauseMs));
        // Nothing moved while paused, and the last batch is committed (a reader sees it).
        QCOMPARE(countRows(*admin, table), landedAtPause);
        QCOMPARE(w.read(), readAtPause);
        QCOMPARE(landedAtPause, readAtPause);

        m.setPaused(false);
        QVERIFY(w.waitPaused(false, 30000));
        worker.join();
        const double wallSeconds = wall.elapsed() / 1000.0;

        QCOMPARE(summary.status, RunSummary::Status::Ok);
        QCOMPARE(summary.tables.size(), 1);
        QCOMPARE(summary.tables[0].read, kRows);
        QCOMPARE(summary.tables[0].inserted, kRows);
        QVERIFY(summary.tables[0].balanced());
        QCOMPARE(countRows(*admin, table), kRows);
        // The pause is not running time.
        QVERIFY2(summary.elapsedSeconds <= wallSeconds - kPauseMs / 1000.0 + 0.05,
                 qPrintable(QStringLiteral("elapsed %1 s of %2 s wall").arg(summary.elapsedSeconds).arg(wallSeconds)));
        QCOMPARE(w.pauseEvents(), 2);
    }

    void cancelWhilePaused()
    {
        auto admin = openDb(Db::Postgres);
        const QString table = uniqueTable(QStringLiteral("people_pause_cancel"));
        admin->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(40))").arg(table));
        auto cleanup = qScopeGuard([&] { dropTable(*admin, table); });

        RunRequest request;
        request.sampleIntervalMs = 0;
        Migration m(project(Db::Postgres, table), request);
        Watcher w;
        RunSummary summary;
        std::thread worker([&] { summary = m.run(&w); });
        waitForRows(w, 1000);
        m.setPaused(true);
        QVERIFY(w.waitPaused(true, 30000));
        QElapsedTimer t;
        t.start();
        m.cancel();
        worker.join();
        QVERIFY2(t.elapsed() < 5000, "cancel ends a paused run without waiting for a resume");
        QVERIFY(summary.cancelled);
        QCOMPARE(m.failureKind(), FailureKind::Run);
        QVERIFY(summary.tables[0].read < kRows);
        QVERIFY(summary.tables[0].balanced());
        QCOMPARE(countRows(*admin, table), summary.tables[0].inserted);
    }

    void rejectsAreKeptWithTheirCells()
    {
        // A run keeps its first rejects in memory with the source cells that caused them.
        auto admin = openDb(Db::SqliteQt, tmp_.filePath(QStringLiteral("target.sqlite")));
        const QString table = uniqueTable(QStringLiteral("people_short"));
        admin->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(8))").arg(table));
        auto cleanup = qScopeGuard([&] { dropTable(*admin, table); });
        RunRequest request;
        request.dryRun = true;
        request.rowLimit = 2000;
        Migration m(project(Db::SqliteQt, table), request);
        const RunSummary s = m.run();
        QCOMPARE(s.tables.size(), 1);
        QCOMPARE(s.sourceColumns.value(0), QStringList({QStringLiteral("id"), QStringLiteral("name")}));
        // "Person 1" .. "Person 9" fit in 8 characters; every later name does not.
        QCOMPARE(s.tables[0].rejected, 2000 - 9);
        QCOMPARE(s.rejects.size(), RunSummary::kKeptRejects);
        QCOMPARE(s.rejectsNotKept, 2000 - 9 - RunSummary::kKeptRejects);
        const RejectRecord& r = s.rejects.first();
        QCOMPARE(r.sourceKey, QStringLiteral("10"));
        QCOMPARE(r.column, QStringLiteral("name"));
        QCOMPARE(r.tableIndex, 0);
        QCOMPARE(r.cells, QList<int>{1});
        QCOMPARE(r.values, QStringList({QStringLiteral("10"), QStringLiteral("\"Person 10\"")}));
    }
};

QTEST_GUILESS_MAIN(TestPauseResume)
#include "tst_pause_resume.moc"
