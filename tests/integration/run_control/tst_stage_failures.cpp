// Whatever a stage throws — a ferry::Error, a standard exception, or something else — the run ends
// cleanly: status failed with the message, the threads joined (a test process that reached
// std::terminate would abort), the batch in flight rolled back, every committed row counted and the
// counts adding up. Checked on a real SQLite target, counting rows through a second connection.
#include "common/dbfixture.h"
#include "engine/migration.h"
#include "engine/stage_guard.h"

#include <QTemporaryDir>
#include <QTest>
#include <stdexcept>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr int kRows = 1000;
constexpr int kBatch = 100;

// Throws the given kind of exception from the commit hook of the n-th batch, before its COMMIT.
struct ThrowingHook : BatchCommitHook {
    enum class Kind { Standard, Unknown, Ferry };
    Kind kind = Kind::Standard;
    int throwAt = 3;
    int batches = 0;
    void beforeCommit(Connection&, const CommittingBatch&) override
    {
        if (++batches < throwAt)
            return;
        switch (kind) {
        case Kind::Standard:
            throw std::runtime_error("disk on fire");
        case Kind::Unknown:
            throw 42;
        case Kind::Ferry:
            throw Error(QStringLiteral("the checkpoint table is gone"));
        }
    }
};

// Throws from the observer, which runs on the writer's thread.
struct ThrowingObserver : RunObserver {
    void tableStarted(int, const QString&, const QString&, std::optional<qint64>) override
    {
        throw std::logic_error("observer broke");
    }
};

} // namespace

Q_DECLARE_METATYPE(ThrowingHook::Kind)

class TestStageFailures : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    QString targetPath() const { return tmp_.filePath(QStringLiteral("target.sqlite")); }

    Project project() const
    {
        Project p;
        p.name = QStringLiteral("failures");
        p.source = profileFor(Db::SqliteQt, tmp_.filePath(QStringLiteral("source.sqlite")));
        p.target = profileFor(Db::SqliteQt, targetPath());
        p.options.outputDirectory = tmp_.filePath(QStringLiteral("runs"));
        TableMapping t;
        t.source = QStringLiteral("people");
        t.target = QStringLiteral("people_copy");
        t.batchSize = kBatch;
        t.sourceKey = QStringLiteral("id");
        t.fields = identityFields({QStringLiteral("id"), QStringLiteral("name")});
        p.tables = {t};
        return p;
    }

    void resetTarget()
    {
        auto c = openDb(Db::SqliteQt, targetPath());
        c->execute(QStringLiteral("DROP TABLE IF EXISTS people_copy"));
        c->execute(QStringLiteral("CREATE TABLE people_copy (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        seedPeople(*openDb(Db::SqliteQt, tmp_.filePath(QStringLiteral("source.sqlite"))), QStringLiteral("people"),
                   kRows);
    }

    void guardedNamesWhatWasThrown()
    {
        QCOMPARE(guarded([] {}), QString());
        QCOMPARE(guarded([] { throw Error(QStringLiteral("plain")); }), QStringLiteral("plain"));
        QCOMPARE(guarded([] { throw std::runtime_error("boom"); }), QStringLiteral("unexpected error: boom"));
        QCOMPARE(guarded([] { throw std::bad_alloc(); }), QStringLiteral("out of memory"));
        QCOMPARE(guarded([] { throw 7; }), QStringLiteral("unexpected error of unknown kind"));
    }

    void writerStopsCleanlyOnAnyException_data()
    {
        QTest::addColumn<ThrowingHook::Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("std::exception") << ThrowingHook::Kind::Standard
                                        << QStringLiteral(
                                               "writing people → people_copy failed: unexpected error: disk on fire");
        QTest::newRow("unknown") << ThrowingHook::Kind::Unknown
                                 << QStringLiteral(
                                        "writing people → people_copy failed: unexpected error of unknown kind");
        QTest::newRow("ferry::Error") << ThrowingHook::Kind::Ferry
                                      << QStringLiteral(
                                             "writing people → people_copy failed: the checkpoint table is gone");
    }

    void writerStopsCleanlyOnAnyException()
    {
        QFETCH(ThrowingHook::Kind, kind);
        QFETCH(QString, message);
        resetTarget();
        ThrowingHook hook;
        hook.kind = kind;
        RunRequest request;
        request.commitHook = &hook;
        Migration m(project(), request);
        const RunSummary s = m.run();
        QCOMPARE(s.status, RunSummary::Status::Failed);
        QCOMPARE(m.failureKind(), FailureKind::Run);
        QVERIFY2(s.error.startsWith(message), qPrintable(s.error));
        // Batches 1 and 2 committed; the third was rolled back with everything after it.
        auto check = openDb(Db::SqliteQt, targetPath());
        QCOMPARE(countRows(*check, QStringLiteral("people_copy")), qint64(2 * kBatch));
        QCOMPARE(s.tables.size(), 1);
        QCOMPARE(s.tables[0].inserted, qint64(2 * kBatch));
        QVERIFY(s.tables[0].balanced());
        QVERIFY(!s.tables[0].completed);
        QFile log(s.logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(log.readAll()).contains(message));
    }

    void observerExceptionStopsTheRun()
    {
        resetTarget();
        Migration m(project());
        ThrowingObserver observer;
        const RunSummary s = m.run(&observer);
        QCOMPARE(s.status, RunSummary::Status::Failed);
        QVERIFY2(s.error.contains(QLatin1String("unexpected error: observer broke")), qPrintable(s.error));
        auto check = openDb(Db::SqliteQt, targetPath());
        QCOMPARE(countRows(*check, QStringLiteral("people_copy")), qint64(0));
    }

    void readerFailureStopsTheRun()
    {
        // The query plans (its columns are read without evaluating a row), then fails at row 151 while
        // the reader streams: SQLite raises "malformed JSON" only when json_extract runs.
        resetTarget();
        Project p = project();
        p.tables[0].source.clear();
        p.tables[0].query = QStringLiteral("SELECT id, name FROM people "
                                           "WHERE CASE WHEN id > 150 THEN json_extract('{oops', '$') ELSE 1 END "
                                           "ORDER BY id");
        Migration m(p);
        const RunSummary s = m.run();
        QCOMPARE(s.status, RunSummary::Status::Failed);
        QVERIFY2(s.error.contains(QLatin1String("reading the source failed")), qPrintable(s.error));
        QVERIFY2(s.error.contains(QLatin1String("malformed JSON")), qPrintable(s.error));
        auto check = openDb(Db::SqliteQt, targetPath());
        const qint64 written = countRows(*check, QStringLiteral("people_copy"));
        QVERIFY(written <= 150);
        QCOMPARE(s.tables.value(0).inserted, written);
        QVERIFY(s.tables.value(0).balanced());
    }
};

QTEST_GUILESS_MAIN(TestStageFailures)
#include "tst_stage_failures.moc"
