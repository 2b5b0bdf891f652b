// The engine end to end on real targets (PostgreSQL, MariaDB through ODBC; SQLite through Qt's driver
// and through ODBC): write modes, a bad row isolated from its batch with its key, column and SQLSTATE,
// reruns that create no duplicates, a dry run that writes nothing, and counts that always add up.
#include "common/csv.h"
#include "common/dbfixture.h"
#include "engine/migration.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <utility>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::test::Db)

namespace {

constexpr int kRows = 1200;

QString targetDdl(DbFamily family, const QString& table)
{
    const QString id = family == DbFamily::PostgreSQL ? QStringLiteral("id SERIAL PRIMARY KEY")
                       : family == DbFamily::MariaDB  ? QStringLiteral("id INT AUTO_INCREMENT PRIMARY KEY")
                                                      : QStringLiteral("id INTEGER PRIMARY KEY");
    return QStringLiteral("CREATE TABLE %1 (%2, legacy_id INTEGER NOT NULL UNIQUE, name VARCHAR(40) NOT NULL, "
                          "email VARCHAR(100) UNIQUE, score INTEGER CHECK (score >= 0))")
        .arg(table, id);
}

struct SourceRow {
    int id;
    QString name, email, score;
};

QList<SourceRow> sourceRows(int count)
{
    QList<SourceRow> rows;
    for (int i = 1; i <= count; ++i)
        rows << SourceRow{i, QStringLiteral("Person %1").arg(i), QStringLiteral("p%1@example.com").arg(i),
                          QString::number(i % 100)};
    rows[16].name = QStringLiteral("A name far too long for a forty-character column"); // id 17: engine refuses
    rows[332].score = QStringLiteral("-5");  // id 333: CHECK constraint in the database
    rows[777].email = rows[776].email;       // id 778: UNIQUE violation in the database
    rows[899].score = QStringLiteral("abc"); // id 900: not a whole number
    return rows;
}

void writeSource(const QString& path, const QList<SourceRow>& rows)
{
    QFile::remove(path);
    auto c = openDb(Db::SqliteQt, path);
    c->execute(QStringLiteral("CREATE TABLE src_people (id INTEGER PRIMARY KEY, name TEXT, email TEXT, score TEXT)"));
    c->begin();
    std::vector<Row> data;
    for (const SourceRow& r : rows)
        data.push_back({Value::integer(r.id), Value::text(r.name), Value::text(r.email), Value::text(r.score)});
    TableInfo info = c->describe(TableRef{QString(), QStringLiteral("src_people")});
    c->insertWriter(TableRef{QString(), QStringLiteral("src_people")}, info.columns)->insert(data);
    c->commit();
}

FieldMapping field(const QString& target, const QString& source)
{
    FieldMapping f;
    f.target = target;
    f.sources = {source};
    return f;
}

} // namespace

class TestWriteModes : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

    Project project(Db target, const QString& table, WriteMode mode)
    {
        Project p;
        p.name = QStringLiteral("write modes");
        p.source = profileFor(Db::SqliteQt, tmp_.filePath(QStringLiteral("source.sqlite")));
        p.target = profileFor(target, tmp_.filePath(QStringLiteral("target.sqlite")));
        p.options.outputDirectory = tmp_.filePath(QStringLiteral("runs"));
        TableMapping t;
        t.source = QStringLiteral("src_people");
        t.target = table;
        t.mode = mode;
        t.keys = {QStringLiteral("legacy_id")};
        t.batchSize = 500;
        t.fields = {field(QStringLiteral("legacy_id"), QStringLiteral("id")),
                    field(QStringLiteral("name"), QStringLiteral("name")),
                    field(QStringLiteral("email"), QStringLiteral("email")),
                    field(QStringLiteral("score"), QStringLiteral("score"))};
        p.tables = {t};
        return p;
    }

    static RunSummary run(const Project& p, bool dryRun = false, bool rehearse = true)
    {
        RunRequest request;
        request.dryRun = dryRun;
        request.rehearse = rehearse;
        Migration m(p, request);
        RunSummary s = m.run();
        if (!s.tables.isEmpty() && !s.tables[0].balanced())
            qWarning("counts do not add up");
        return s;
    }

    // Reject records without the header: table, source_key, column, reason, sqlstate, source_values.
    static QList<QStringList> rejectRecords(const RunSummary& s)
    {
        QFile f(s.rejectsFile);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QStringList> records = parseCsv(QString::fromUtf8(f.readAll()));
        records.removeFirst();
        return records;
    }

private slots:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    void modes_data()
    {
        QTest::addColumn<Db>("db");
        QTest::newRow("postgres") << Db::Postgres;
        QTest::newRow("mariadb") << Db::MariaDB;
        QTest::newRow("sqlite-qt") << Db::SqliteQt;
        QTest::newRow("sqlite-odbc") << Db::SqliteOdbc;
    }

    void modes()
    {
        QFETCH(Db, db);
        QList<SourceRow> rows = sourceRows(kRows);
        writeSource(tmp_.filePath(QStringLiteral("source.sqlite")), rows);
        QFile::remove(tmp_.filePath(QStringLiteral("target.sqlite")));
        auto target = openDb(db, tmp_.filePath(QStringLiteral("target.sqlite")));
        const QString table = uniqueTable(QStringLiteral("people"));
        target->execute(targetDdl(target->family(), table));
        auto cleanup = qScopeGuard([&] { dropTable(*target, table); });

        // Dry runs first, rehearsed and predicted (a read-only account's): both find the engine-side rejects,
        // the unique violation (778 repeats 777's e-mail) and the CHECK constraint (333: score >= 0) — the
        // rehearsal as the database's refusals, the prediction by evaluating them — and write nothing.
        QMap<QString, RejectRecord> predicted;
        for (const bool rehearse : {true, false}) {
            RunSummary dry = run(project(db, table, WriteMode::Insert), true, rehearse);
            QCOMPARE(dry.rehearsed, rehearse);
            QCOMPARE(dry.status, RunSummary::Status::Rejects);
            QCOMPARE(dry.tables.size(), 1);
            QCOMPARE(dry.tables[0].read, kRows);
            QCOMPARE(dry.tables[0].inserted, kRows - 4);
            QCOMPARE(dry.tables[0].rejected, 4);
            predicted.clear();
            for (const RejectRecord& r : dry.rejects)
                predicted.insert(r.sourceKey, r);
            QCOMPARE(predicted.value(QStringLiteral("778")).column, QStringLiteral("email"));
            QCOMPARE(predicted.value(QStringLiteral("778")).origin,
                     rehearse ? QStringLiteral("database") : QStringLiteral("unique-within-load"));
            QCOMPARE(predicted.value(QStringLiteral("333")).column, QStringLiteral("score"));
            QCOMPARE(predicted.value(QStringLiteral("333")).origin,
                     rehearse ? QStringLiteral("database") : QStringLiteral("check"));
            QCOMPARE(countRows(*target, table), 0);
        }
        QVERIFY2(predicted.value(QStringLiteral("333")).reason.contains(QLatin1String("score")),
                 qPrintable(predicted.value(QStringLiteral("333")).reason));

        // Insert: the two database-side failures are isolated from their batches.
        RunSummary first = run(project(db, table, WriteMode::Insert));
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.status, RunSummary::Status::Rejects);
        const TableCounts& c1 = first.tables[0];
        QCOMPARE(c1.read, kRows);
        QCOMPARE(c1.inserted, kRows - 4);
        QCOMPARE(c1.rejected, 4);
        QVERIFY(c1.balanced());
        QCOMPARE(countRows(*target, table), kRows - 4);
        const QList<QStringList> rejects = rejectRecords(first);
        QCOMPARE(rejects.size(), 4);
        QMap<QString, QStringList> byKey;
        for (const QStringList& r : rejects)
            byKey.insert(r.value(1), r);
        QCOMPARE(byKey.keys(), (QStringList{QStringLiteral("17"), QStringLiteral("333"), QStringLiteral("778"),
                                            QStringLiteral("900")}));
        QCOMPARE(byKey.keys(), predicted.keys()); // the dry run predicted exactly these
        QCOMPARE(byKey[QStringLiteral("17")].value(2), QStringLiteral("name"));
        QCOMPARE(byKey[QStringLiteral("17")].value(3),
                 QStringLiteral("value is 48 characters long; column name holds at most 40"));
        QCOMPARE(byKey[QStringLiteral("900")].value(2), QStringLiteral("score"));
        QCOMPARE(byKey[QStringLiteral("900")].value(3),
                 QStringLiteral("\"abc\" is not a whole number for column score"));
        // Database rejects carry the SQLSTATE (class 23, integrity constraint violation) and one-line reason.
        for (const QString& key : {QStringLiteral("333"), QStringLiteral("778")}) {
            const QStringList& r = byKey[key];
            QVERIFY2(r.value(4).startsWith(QLatin1String("23")) || r.value(4) == QLatin1String("HY000"),
                     qPrintable(r.join(QLatin1Char('|'))));
            QVERIFY2(!r.value(3).contains(QLatin1Char('\n')) && !r.value(3).isEmpty(), qPrintable(r.value(3)));
        }
        // The unique violation names its column on every database.
        QVERIFY2(byKey[QStringLiteral("778")].value(2) == QLatin1String("email"),
                 qPrintable(byKey[QStringLiteral("778")].join(QLatin1Char('|'))));

        auto nameOf = [&](int legacyId) {
            auto r = target->query(QStringLiteral("SELECT name FROM %1 WHERE legacy_id = %2").arg(table).arg(legacyId));
            std::vector<Row> out;
            r->fetch(out, 1);
            return out.empty() ? QString() : out[0][0].toString();
        };

        // Upsert on the same data with two names changed: only those two rows are written; the rows that
        // hold these values already are counted unchanged and left alone; nothing is duplicated.
        rows[9].name = QStringLiteral("Changed 10");
        rows[19].name = QStringLiteral("Changed 20");
        writeSource(tmp_.filePath(QStringLiteral("source.sqlite")), rows);
        RunSummary second = run(project(db, table, WriteMode::Upsert));
        QCOMPARE(second.tables[0].inserted, 0);
        QCOMPARE(second.tables[0].updated, 2);
        QCOMPARE(second.tables[0].unchanged, kRows - 4 - 2);
        QCOMPARE(second.tables[0].rejected, 4);
        QVERIFY(second.tables[0].balanced());
        QCOMPARE(countRows(*target, table), kRows - 4);
        QCOMPARE(nameOf(10), QStringLiteral("Changed 10"));
        QCOMPARE(nameOf(20), QStringLiteral("Changed 20"));

        // Skip-existing with 10 new rows and a changed name: only the new rows are written.
        rows[0].name = QStringLiteral("Renamed");
        for (int i = kRows + 1; i <= kRows + 10; ++i)
            rows << SourceRow{i, QStringLiteral("New %1").arg(i), QStringLiteral("n%1@example.com").arg(i),
                              QStringLiteral("1")};
        writeSource(tmp_.filePath(QStringLiteral("source.sqlite")), rows);
        RunSummary third = run(project(db, table, WriteMode::SkipExisting));
        QCOMPARE(third.tables[0].inserted, 10);
        QCOMPARE(third.tables[0].skipped, kRows - 4);
        QCOMPARE(countRows(*target, table), kRows + 6);
        QCOMPARE(nameOf(1), QStringLiteral("Person 1"));

        // Update-only: existing rows change; rows missing from the target (the new one, and 333 and 778
        // which the database refused before) are skipped, not inserted.
        rows << SourceRow{kRows + 11, QStringLiteral("Late"), QStringLiteral("late@example.com"), QStringLiteral("1")};
        writeSource(tmp_.filePath(QStringLiteral("source.sqlite")), rows);
        RunSummary fourth = run(project(db, table, WriteMode::UpdateOnly));
        // Of the rows in the target only the renamed one differs: it alone is written.
        QCOMPARE(fourth.tables[0].updated, 1);
        QCOMPARE(fourth.tables[0].unchanged, kRows + 5);
        QCOMPARE(fourth.tables[0].skipped, 3);
        QCOMPARE(fourth.tables[0].rejected, 2);
        QCOMPARE(nameOf(1), QStringLiteral("Renamed"));
        QCOMPARE(countRows(*target, table), kRows + 6);
    }

    void querySourcesStandInForTables_data()
    {
        QTest::addColumn<Db>("db");
        QTest::newRow("postgres") << Db::Postgres;
        QTest::newRow("mariadb") << Db::MariaDB;
    }

    void querySourcesStandInForTables()
    {
        QFETCH(Db, db);
        auto source = openDb(db);
        const QString table = uniqueTable(QStringLiteral("qsrc"));
        source->execute(
            QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, first VARCHAR(20), last VARCHAR(20))").arg(table));
        source->execute(QStringLiteral("INSERT INTO %1 VALUES (1, 'Ada', 'Lovelace'), (2, 'Alan', 'Turing'), "
                                       "(3, 'Grace', 'Hopper')")
                            .arg(table));
        auto cleanup = qScopeGuard([&] { dropTable(*source, table); });
        const QString targetFile = tmp_.filePath(QStringLiteral("query-%1.sqlite").arg(dbName(db)));
        QFile::remove(targetFile);
        openDb(Db::SqliteQt, targetFile)
            ->execute(QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)"));

        Project p;
        p.source = profileFor(db);
        p.target = profileFor(Db::SqliteQt, targetFile);
        p.options.outputDirectory = tmp_.filePath(QStringLiteral("runs"));
        TableMapping t;
        // Trailing semicolon and comment as people paste them; the alias is what the mapping names.
        t.query = QStringLiteral("SELECT id, last AS family FROM %1 WHERE id >= 2; -- not Ada").arg(table);
        t.target = QStringLiteral("person");
        t.fields = {field(QStringLiteral("id"), QStringLiteral("id")),
                    field(QStringLiteral("name"), QStringLiteral("family"))};
        p.tables = {t};
        const RunSummary s = run(p);
        QVERIFY2(s.status == RunSummary::Status::Ok, qPrintable(s.error));
        QCOMPARE(s.tables[0].source, QStringLiteral("query"));
        QCOMPARE(s.tables[0].read, 2);
        auto target = openDb(Db::SqliteQt, targetFile);
        auto names = target->query(QStringLiteral("SELECT name FROM person ORDER BY id"));
        std::vector<Row> rows;
        names->fetch(rows, 10);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0][0].toString(), QStringLiteral("Turing"));
        QCOMPARE(rows[1][0].toString(), QStringLiteral("Hopper"));

        // A query that fails is a project error naming the query, not a run failure.
        p.tables[0].query = QStringLiteral("SELECT id, nosuchcolumn FROM %1").arg(table);
        Migration broken(p);
        const RunSummary b = broken.run();
        QCOMPARE(broken.failureKind(), FailureKind::Project);
        QVERIFY2(b.error.startsWith(QLatin1String("tables[0].query: the query fails:")), qPrintable(b.error));
    }

    void mariadbSourcesAreReadInPagesExactly()
    {
        // Connector/ODBC 3.1 caches whole result sets, so MariaDB tables are read in primary-key pages:
        // 45,001 rows cross two page boundaries and must arrive once each.
        auto source = openDb(Db::MariaDB);
        const QString table = uniqueTable(QStringLiteral("paged"));
        source->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(40))").arg(table));
        source->execute(QStringLiteral("INSERT INTO %1 SELECT seq, CONCAT('n', seq) FROM seq_1_to_45001").arg(table));
        auto cleanup = qScopeGuard([&] { dropTable(*source, table); });
        const QString targetFile = tmp_.filePath(QStringLiteral("paged.sqlite"));
        QFile::remove(targetFile);
        auto target = openDb(Db::SqliteQt, targetFile);
        target->execute(QStringLiteral("CREATE TABLE copy (id INTEGER PRIMARY KEY, name VARCHAR(40))"));
        Project p;
        p.source = profileFor(Db::MariaDB);
        p.target = profileFor(Db::SqliteQt, targetFile);
        p.options.outputDirectory = tmp_.filePath(QStringLiteral("runs"));
        TableMapping t;
        t.source = table;
        t.target = QStringLiteral("copy");
        t.batchSize = 5000;
        t.fields = {field(QStringLiteral("id"), QStringLiteral("id")),
                    field(QStringLiteral("name"), QStringLiteral("name"))};
        p.tables = {t};
        const RunSummary s = run(p);
        QCOMPARE(s.status, RunSummary::Status::Ok);
        QCOMPARE(s.tables[0].read, 45001);
        QCOMPARE(countRows(*target, QStringLiteral("copy")), 45001);
        auto sum = target->query(QStringLiteral("SELECT SUM(id), COUNT(DISTINCT id) FROM copy"));
        std::vector<Row> rows;
        sum->fetch(rows, 1);
        QCOMPARE(rows[0][0].toUtf8(), QByteArray("1012567501"));
        QCOMPARE(rows[0][1].toUtf8(), QByteArray("45001"));
    }

    void stopAtFirstError()
    {
        writeSource(tmp_.filePath(QStringLiteral("source.sqlite")), sourceRows(kRows));
        auto target = openDb(Db::Postgres);
        const QString table = uniqueTable(QStringLiteral("people_stop"));
        target->execute(targetDdl(target->family(), table));
        auto cleanup = qScopeGuard([&] { dropTable(*target, table); });
        Project p = project(Db::Postgres, table, WriteMode::Insert);
        p.tables[0].onError = ErrorPolicy::Stop;
        Migration m(p);
        const RunSummary s = m.run();
        QCOMPARE(s.status, RunSummary::Status::Failed);
        QCOMPARE(m.failureKind(), FailureKind::Run);
        QVERIFY2(s.error.contains(QLatin1String("key 17")), qPrintable(s.error));
        // The first batch (rows 1-500) holds the bad row: nothing of it is written.
        QCOMPARE(countRows(*target, table), 0);
        QCOMPARE(s.tables[0].read, 1);
        QCOMPARE(s.tables[0].rejected, 1);
        QVERIFY(s.tables[0].balanced());
    }

    void maxRejectsEndsTheRun()
    {
        writeSource(tmp_.filePath(QStringLiteral("source.sqlite")), sourceRows(kRows));
        auto target = openDb(Db::MariaDB);
        const QString table = uniqueTable(QStringLiteral("people_max"));
        target->execute(targetDdl(target->family(), table));
        auto cleanup = qScopeGuard([&] { dropTable(*target, table); });
        Project p = project(Db::MariaDB, table, WriteMode::Insert);
        p.tables[0].maxRejects = 1;
        Migration m(p);
        const RunSummary s = m.run();
        QCOMPARE(s.status, RunSummary::Status::Failed);
        QVERIFY2(s.error.contains(QLatin1String("more than 1 rows")), qPrintable(s.error));
        // Batch 1 (rows 1-500) commits with two rejects, then the run stops.
        QCOMPARE(s.tables[0].read, 500);
        QCOMPARE(s.tables[0].rejected, 2);
        QCOMPARE(countRows(*target, table), 498);
    }

    void checkpointCommitsWithItsBatch()
    {
        // The commit hook writes a checkpoint inside the batch's transaction; if the batch does not commit,
        // neither does its checkpoint — the seam resume-after-crash builds on.
        writeSource(tmp_.filePath(QStringLiteral("source.sqlite")), sourceRows(kRows));
        auto target = openDb(Db::Postgres);
        const QString table = uniqueTable(QStringLiteral("people_ckpt")), ckpt = uniqueTable(QStringLiteral("ckpt"));
        target->execute(targetDdl(target->family(), table));
        target->execute(QStringLiteral("CREATE TABLE %1 (rows_done INTEGER)").arg(ckpt));
        target->execute(QStringLiteral("INSERT INTO %1 VALUES (0)").arg(ckpt));
        auto cleanup = qScopeGuard([&] {
            dropTable(*target, table);
            dropTable(*target, ckpt);
        });
        struct CrashOnSecondBatch : BatchCommitHook {
            QString table;
            int batches = 0;
            void beforeCommit(Connection& c, const CommittingBatch& batch) override
            {
                c.execute(QStringLiteral("UPDATE %1 SET rows_done = %2").arg(table).arg(batch.totals.read));
                if (++batches == 2)
                    throw DbError(QStringLiteral("simulated crash before COMMIT"), QStringLiteral("08S01"));
            }
        } hook;
        hook.table = ckpt;
        RunRequest request;
        request.commitHook = &hook;
        request.retry.attempts = 0; // a run that may not try again: the fault ends it here
        Migration m(project(Db::Postgres, table, WriteMode::Insert), request);
        const RunSummary s = m.run();
        QCOMPARE(s.status, RunSummary::Status::Failed);
        QVERIFY2(s.error.contains(QLatin1String("connection to the target was lost")), qPrintable(s.error));
        auto r = target->query(QStringLiteral("SELECT rows_done FROM %1").arg(ckpt));
        std::vector<Row> rows;
        r->fetch(rows, 1);
        QCOMPARE(rows[0][0].toUtf8(), QByteArray("500"));
        QCOMPARE(countRows(*target, table), 498); // batch 1 less rows 17 and 333
        QCOMPARE(s.tables[0].read, 500);
        QVERIFY(s.tables[0].balanced());
    }

    void lostConnectionIsRetriedAndLosesNothing()
    {
        // The server ends Ferry's target session after the first batch: the run waits, reconnects, learns
        // from the checkpoint whether the batch in flight committed, and finishes — every row exactly once.
        writeSource(tmp_.filePath(QStringLiteral("source.sqlite")), sourceRows(kRows));
        auto admin = openDb(Db::Postgres);
        const QString table = uniqueTable(QStringLiteral("people_lost"));
        admin->execute(targetDdl(admin->family(), table));
        auto cleanup = qScopeGuard([&] { dropTable(*admin, table); });
        Project p = project(Db::Postgres, table, WriteMode::Insert);
        const QString app = uniqueTable(QStringLiteral("ferry_lost"));
        p.target.options.insert(QStringLiteral("ConnSettings"), QStringLiteral("SET application_name TO ") + app);
        p.tables[0].batchSize = 100;
        struct KillAfterFirstBatch : RunObserver {
            Connection* admin = nullptr;
            QString app;
            bool done = false;
            int retries = 0, recoveries = 0;
            void sample(const RunSample&) override
            {
                if (std::exchange(done, true))
                    return;
                auto q = admin->query(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                     "WHERE application_name = '%1'")
                                          .arg(app));
                std::vector<Row> rows;
                q->fetch(rows, 10);
            }
            void retrying(const QString&, const QString&, int, int, qint64) override { ++retries; }
            void recovered(const QString&) override { ++recoveries; }
        } killer;
        killer.admin = admin.get();
        killer.app = app;
        RunRequest request;
        request.sampleIntervalMs = 0;
        request.retry.firstDelayMs = 100;
        Migration m(p, request);
        const RunSummary s = m.run(&killer);
        QCOMPARE(s.status, RunSummary::Status::Rejects);
        QCOMPARE(m.failureKind(), FailureKind::None);
        QVERIFY(killer.retries >= 1);
        QCOMPARE(killer.recoveries, killer.retries);
        QVERIFY(s.tables[0].balanced());
        QCOMPARE(s.tables[0].read, kRows);
        QCOMPARE(s.tables[0].inserted, kRows - 4);
        QCOMPARE(countRows(*admin, table), kRows - 4); // counted through another connection
        QFile log(s.logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("trying again in 0.1 s (1 of 5)"), text.constData());
        QVERIFY(text.contains("works again"));
    }

    void cancelKeepsCountsBalanced()
    {
        writeSource(tmp_.filePath(QStringLiteral("source.sqlite")), sourceRows(kRows));
        auto target = openDb(Db::Postgres);
        const QString table = uniqueTable(QStringLiteral("people_cancel"));
        target->execute(targetDdl(target->family(), table));
        auto cleanup = qScopeGuard([&] { dropTable(*target, table); });
        Project p = project(Db::Postgres, table, WriteMode::Insert);
        p.tables[0].batchSize = 100;
        struct CancelAfterFirstSample : RunObserver {
            Migration* m = nullptr;
            void sample(const RunSample&) override { m->cancel(); }
        } observer;
        RunRequest request;
        request.sampleIntervalMs = 0;
        Migration m(p, request);
        observer.m = &m;
        const RunSummary s = m.run(&observer);
        QVERIFY(s.cancelled);
        QCOMPARE(m.failureKind(), FailureKind::Run);
        QVERIFY(s.tables[0].read < kRows);
        QVERIFY(s.tables[0].balanced());
        QCOMPARE(countRows(*target, table), s.tables[0].inserted);
    }
};

QTEST_GUILESS_MAIN(TestWriteModes)
#include "tst_write_modes.moc"
