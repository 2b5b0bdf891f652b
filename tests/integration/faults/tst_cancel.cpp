// Connection::cancel() from a second thread while the owner is blocked in a statement, on every
// database: the blocked call returns within 2 s with a DbError whose scope is Cancelled, the connection
// stays usable, and a cancelled insert leaves nothing behind (counted on a separate connection).
#include "faults_fixture.h"

#include <QTemporaryDir>
#include <atomic>
#include <chrono>
#include <thread>

using namespace ferry;
using namespace ferry::test;

namespace {

using Clock = std::chrono::steady_clock;

qint64 msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(b - a).count();
}

// Cancels `c` from another thread after `delayMs` while `blocked` runs on this one.
struct CancelOutcome {
    std::optional<DbError> error;
    qint64 latencyMs = -1;    // from the cancel() call to the blocked call's return
    qint64 cancelCallMs = -1; // how long cancel() itself took
    qint64 blockedForMs = -1; // how long the blocked call ran in all
};

CancelOutcome cancelWhile(Connection& c, const std::function<void()>& blocked, int delayMs = 300)
{
    std::atomic<Clock::time_point> cancelledAt{Clock::time_point{}};
    std::atomic<qint64> cancelCall{-1};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        const auto t = Clock::now();
        cancelledAt = t;
        c.cancel();
        cancelCall = msBetween(t, Clock::now());
    });
    const auto start = Clock::now();
    CancelOutcome out;
    out.error = errorOf(blocked);
    const auto end = Clock::now();
    canceller.join();
    out.blockedForMs = msBetween(start, end);
    out.latencyMs = msBetween(cancelledAt.load(), end);
    out.cancelCallMs = cancelCall;
    return out;
}

QString scalarText(Connection& c, const QString& sql)
{
    std::vector<Row> rows;
    c.query(sql)->fetch(rows, 1);
    return rows.empty() ? QString() : rows[0][0].toString();
}

// Statements whose first row comes at once and whose next one takes very long.
QString slowSecondRow(Db db)
{
    if (db == Db::Postgres) // psqlODBC fetches 10,000 rows per FETCH (UseDeclareFetch): block 2 sleeps
        return QStringLiteral("SELECT g, CASE WHEN g > 10000 THEN pg_sleep(30) END FROM generate_series(1, 10002) g");
    return QStringLiteral("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 2000000000) "
                          "SELECT i FROM r WHERE i = 1 OR i > 1999999990");
}

// A statement without a result that runs long. (sqliteodbc's SQLExecDirect of a SELECT only prepares
// it — with StepAPI=1 the first step waits for SQLFetch — so SQLite writes the result into a table.)
QString slowStatement(Db db)
{
    if (isSqlite(db))
        return QStringLiteral("CREATE TEMP TABLE ca_slow_result AS ") + slowQuery(db);
    return slowQuery(db);
}

// A trigger that makes every inserted row take long.
QStringList slowTrigger(Db db)
{
    switch (db) {
    case Db::Postgres:
        return {
            QStringLiteral("CREATE OR REPLACE FUNCTION ca_slow() RETURNS trigger AS $$ BEGIN PERFORM "
                           "pg_sleep(0.5); RETURN NEW; END $$ LANGUAGE plpgsql"),
            QStringLiteral("CREATE TRIGGER ca_slow BEFORE INSERT ON ca_rows FOR EACH ROW EXECUTE FUNCTION ca_slow()")};
    case Db::MariaDB:
        return {QStringLiteral("CREATE TRIGGER ca_slow BEFORE INSERT ON ca_rows FOR EACH ROW "
                               "SET NEW.note = IF(SLEEP(0.5) = 0, NEW.note, NEW.note)")};
    case Db::SqliteOdbc:
    case Db::SqliteQt:
        break;
    }
    return {QStringLiteral("CREATE TRIGGER ca_slow BEFORE INSERT ON ca_rows BEGIN SELECT count(*) FROM (") +
            slowQuery(db).section(QStringLiteral("SELECT count(*) FROM"), 0, 0) +
            QStringLiteral("SELECT i FROM r); END")};
}

} // namespace

class TstCancel : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    QString sqliteFile(Db db) const { return dir_.filePath(dbName(db) + QStringLiteral(".db")); }
    std::unique_ptr<Connection> open(Db db) const { return openDb(db, sqliteFile(db)); }

    static void checkCancelled(Db db, const CancelOutcome& o, const char* what)
    {
        QVERIFY2(o.error,
                 qPrintable(
                     QStringLiteral("%1 was not cancelled (ran %2 ms)").arg(QLatin1String(what)).arg(o.blockedForMs)));
        qInfo("%s %s: returned %lld ms after cancel() (cancel() took %lld ms): %s", qPrintable(dbName(db)), what,
              o.latencyMs, o.cancelCallMs, qPrintable(describe(*o.error, familyOf(db))));
        QVERIFY2(scopeOf(*o.error, familyOf(db)) == ErrorScope::Cancelled,
                 qPrintable(describe(*o.error, familyOf(db))));
        QVERIFY2(o.latencyMs >= 0 && o.latencyMs < 2000, qPrintable(QString::number(o.latencyMs)));
        QVERIFY2(o.cancelCallMs < 1500, qPrintable(QString::number(o.cancelCallMs)));
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void byDb_data()
    {
        QTest::addColumn<int>("db");
        for (Db db : allDbs())
            QTest::newRow(qPrintable(dbName(db))) << int(db);
    }

    // The call a query blocks in (execute), then the connection answers again.
    void query_data() { byDb_data(); }
    void query()
    {
        QFETCH(int, db);
        auto c = open(Db(db));
        const CancelOutcome o = cancelWhile(*c, [&] {
            std::vector<Row> rows;
            c->query(slowQuery(Db(db)))->fetch(rows, 1);
        });
        checkCancelled(Db(db), o, "query");
        QCOMPARE(scalarText(*c, QStringLiteral("SELECT 42")), QStringLiteral("42"));
        if (Db(db) == Db::Postgres) {
            // psqlODBC ran the query in a transaction of its own; it must not stay open (or aborted).
            const QString pid = scalarText(*c, QStringLiteral("SELECT pg_backend_pid()"));
            auto other = open(Db(db));
            QCOMPARE(scalarText(*other, QStringLiteral("SELECT state FROM pg_stat_activity WHERE pid = %1").arg(pid)),
                     QStringLiteral("idle"));
        }
    }

    void execute_data() { byDb_data(); }
    void execute()
    {
        QFETCH(int, db);
        auto c = open(Db(db));
        checkCancelled(Db(db), cancelWhile(*c, [&] { c->execute(slowStatement(Db(db))); }), "execute");
        QCOMPARE(scalarText(*c, QStringLiteral("SELECT 42")), QStringLiteral("42"));
    }

    // Blocked in a fetch after the first rows arrived. (MariaDB Connector/ODBC 3.1.15 reads the whole
    // result inside execute: its fetches never wait for the server.)
    void fetch_data()
    {
        QTest::addColumn<int>("db");
        for (Db db : {Db::Postgres, Db::SqliteOdbc, Db::SqliteQt})
            QTest::newRow(qPrintable(dbName(db))) << int(db);
    }
    void fetch()
    {
        QFETCH(int, db);
        auto c = open(Db(db));
        std::unique_ptr<RowReader> reader = c->query(slowSecondRow(Db(db)));
        std::vector<Row> rows;
        QVERIFY(reader->fetch(rows, 1));
        const CancelOutcome o = cancelWhile(*c, [&] {
            while (reader->fetch(rows, 20000)) {
            }
        });
        checkCancelled(Db(db), o, "fetch");
        reader.reset();
        QCOMPARE(scalarText(*c, QStringLiteral("SELECT 42")), QStringLiteral("42"));
    }

    // A long INSERT (a slow trigger) in a transaction: cancelled, rolled back, and nothing of it lands;
    // the row committed before it stays.
    void insert_data() { byDb_data(); }
    void insert()
    {
        QFETCH(int, db);
        auto c = open(Db(db));
        const QString table = QStringLiteral("ca_rows");
        dropTable(*c, table);
        c->execute(QStringLiteral("CREATE TABLE ca_rows (id INTEGER PRIMARY KEY, note VARCHAR(20))"));
        c->execute(QStringLiteral("INSERT INTO ca_rows (id, note) VALUES (0, 'before')"));
        for (const QString& sql : slowTrigger(Db(db)))
            c->execute(sql);
        const TableRef ref{QString(), table};
        auto writer = c->insertWriter(ref, c->describe(ref).columns);
        std::vector<Row> rows;
        for (int i = 1; i <= 60; ++i)
            rows.push_back({Value::integer(i), Value::text(QStringLiteral("row %1").arg(i))});
        c->begin();
        const CancelOutcome o = cancelWhile(*c, [&] { writer->insert(rows); });
        c->rollback();
        writer.reset();
        checkCancelled(Db(db), o, "insert");
        auto other = open(Db(db));
        QCOMPARE(countRows(*other, table), qint64(1));
        QCOMPARE(scalarText(*c, QStringLiteral("SELECT note FROM ca_rows")), QStringLiteral("before"));
        dropTable(*c, table);
        if (Db(db) == Db::Postgres)
            c->execute(QStringLiteral("DROP FUNCTION IF EXISTS ca_slow()"));
    }

    // Nothing runs: cancel() returns at once and changes nothing.
    void idle_data() { byDb_data(); }
    void idle()
    {
        QFETCH(int, db);
        auto c = open(Db(db));
        const auto start = Clock::now();
        c->cancel();
        const qint64 ms = msBetween(start, Clock::now());
        QVERIFY2(ms < 100, qPrintable(QString::number(ms)));
        QCOMPARE(scalarText(*c, QStringLiteral("SELECT 42")), QStringLiteral("42"));
        c->execute(QStringLiteral("SELECT 1"));
    }
};

QTEST_GUILESS_MAIN(TstCancel)
#include "tst_cancel.moc"
