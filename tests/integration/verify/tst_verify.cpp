// Verification after a run, on real databases: the demo verifies clean, then a changed value, a deleted
// row and an extra row are each found exactly once; one byte changed in one row of 100,000 (PostgreSQL)
// is found and its column named; representation-only differences (12.5 vs 12.50, CHAR padding …) are not
// differences; a MariaDB target (read in key pages) with a row the database refused during the run.
#include "common/dbfixture.h"
#include "common/demo.h"
#include "engine/migration.h"
#include "engine/verifier.h"
#include "project/project_file.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

FieldMapping field(const QString& target, const QString& source)
{
    FieldMapping f;
    f.target = target;
    f.sources = {source};
    return f;
}

VerifyResult verify(const Project& p, VerifyRequest request = {})
{
    Verifier v(p, request);
    v.progress = [](const QString& m) { qInfo("%s", qPrintable(m)); };
    return v.run();
}

const VerifyTableResult* table(const VerifyResult& r, const QString& target)
{
    for (const VerifyTableResult& t : r.tables)
        if (t.target == target)
            return &t;
    return nullptr;
}

QByteArray describe(const VerifyResult& r)
{
    return r.error.toUtf8() + '\n' + QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
}

// A PostgreSQL → PostgreSQL project whose runs go to `dir`.
Project postgresProject(const QString& name, const QTemporaryDir& dir)
{
    Project p;
    p.name = name;
    p.source = profileFor(Db::Postgres);
    p.target = profileFor(Db::Postgres);
    p.options.outputDirectory = dir.filePath(QStringLiteral("runs"));
    return p;
}

} // namespace

class TestVerify : public QObject {
    Q_OBJECT

private slots:
    // (1) + (2) the demo, SQLite → SQLite.
    void demo()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        ProjectError error;
        std::optional<Project> project = ProjectFile::load(copyDemo(tmp.path()), &error);
        QVERIFY2(project, qPrintable(error.toString()));
        Migration migration(*project);
        const RunSummary run = migration.run();
        QVERIFY2(migration.failureKind() == FailureKind::None, qPrintable(run.error));
        QCOMPARE(run.tables.size(), 3);

        VerifyResult clean = verify(*project);
        QVERIFY2(clean.failure == VerifyFailure::None, describe(clean));
        QCOMPARE(clean.tables.size(), 3);
        QVERIFY2(clean.clean(), describe(clean));
        QVERIFY(clean.rejectsFile.endsWith(QLatin1String("-run/rejects.csv")));
        for (const TableCounts& counts : run.tables) {
            const VerifyTableResult* t = table(clean, counts.target);
            QVERIFY2(t, qPrintable(counts.target));
            QCOMPARE(t->method, QStringLiteral("key"));
            QCOMPARE(t->missing, 0);
            QCOMPARE(t->extra, 0);
            QCOMPARE(t->different, 0);
            QCOMPARE(t->matched, counts.inserted);
            QCOMPARE(t->expected, counts.inserted);
            QCOMPARE(t->targetRows, counts.inserted);
            QCOMPARE(t->excluded, counts.rejected); // the demo's planted rejects are not expected
            QVERIFY(t->samples.isEmpty());
        }

        // (2) one changed value, one deleted row, one extra row.
        auto target = openConnection(project->target);
        auto pick = [&](const QString& sql) {
            auto r = target->query(sql);
            std::vector<Row> rows;
            r->fetch(rows, 1);
            return rows.at(0).at(0).toInt();
        };
        const qint64 changed =
            pick(QStringLiteral("SELECT legacy_id FROM contact ORDER BY legacy_id LIMIT 1 OFFSET 17"));
        const qint64 deleted =
            pick(QStringLiteral("SELECT legacy_id FROM activity ORDER BY legacy_id LIMIT 1 OFFSET 4"));
        target->execute(
            QStringLiteral("UPDATE contact SET job_title = 'Chief Verifier' WHERE legacy_id = %1").arg(changed));
        target->execute(QStringLiteral("DELETE FROM activity WHERE legacy_id = %1").arg(deleted));
        target->execute(QStringLiteral("INSERT INTO account (legacy_id, name, status) VALUES (987654, 'Extra Ltd', "
                                       "'active')"));
        target.reset();

        const VerifyResult dirty = verify(*project);
        QVERIFY2(dirty.failure == VerifyFailure::None, describe(dirty));
        QVERIFY(!dirty.clean());
        qint64 different = 0, missing = 0, extra = 0;
        for (const VerifyTableResult& t : dirty.tables) {
            different += t.different;
            missing += t.missing;
            extra += t.extra;
        }
        QCOMPARE(different, 1);
        QCOMPARE(missing, 1);
        QCOMPARE(extra, 1);

        const VerifyTableResult* contact = table(dirty, QStringLiteral("contact"));
        QCOMPARE(contact->different, 1);
        QCOMPARE(contact->differentColumns, (QMap<QString, qint64>{{QStringLiteral("job_title"), 1}}));
        QCOMPARE(contact->matched, contact->expected - 1);
        QCOMPARE(contact->samples.size(), 1);
        QCOMPARE(contact->samples[0].kind, VerifySample::Kind::Different);
        QCOMPARE(contact->samples[0].key, QString::number(changed));
        QCOMPARE(contact->samples[0].columns, QStringList{QStringLiteral("job_title")});
        QCOMPARE(contact->samples[0].actual, QStringList{QStringLiteral("\"Chief Verifier\"")});

        const VerifyTableResult* activity = table(dirty, QStringLiteral("activity"));
        QCOMPARE(activity->missing, 1);
        QCOMPARE(activity->targetRows, activity->expected - 1);
        QCOMPARE(activity->samples.size(), 1);
        QCOMPARE(activity->samples[0].kind, VerifySample::Kind::Missing);
        QCOMPARE(activity->samples[0].key, QString::number(deleted));

        const VerifyTableResult* account = table(dirty, QStringLiteral("account"));
        QCOMPARE(account->extra, 1);
        QCOMPARE(account->samples.size(), 1);
        QCOMPARE(account->samples[0].kind, VerifySample::Kind::Extra);
        QCOMPARE(account->samples[0].key, QStringLiteral("987654"));
        QVERIFY(account->samples[0].actual.contains(QStringLiteral("\"Extra Ltd\"")));

        // JSON as ferry-cli verify --json prints it.
        const QJsonObject json = dirty.toJson();
        QCOMPARE(json.value(QStringLiteral("clean")).toBool(), false);
        const QJsonObject first = json.value(QStringLiteral("tables")).toArray().at(1).toObject();
        QCOMPARE(first.value(QStringLiteral("target")).toString(), QStringLiteral("contact"));
        QCOMPARE(first.value(QStringLiteral("different")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("differentColumns")).toObject().value(QStringLiteral("job_title")).toInt(),
                 1);

        // Only the tables asked for; an unknown name is a project error.
        VerifyRequest one;
        one.tables = {QStringLiteral("ACCOUNT")};
        const VerifyResult only = verify(*project, one);
        QCOMPARE(only.tables.size(), 1);
        QCOMPARE(only.tables[0].extra, 1);
        one.tables = {QStringLiteral("nosuch")};
        const VerifyResult bad = verify(*project, one);
        QCOMPARE(bad.failure, VerifyFailure::Project);
        QVERIFY2(bad.error.contains(QLatin1String("\"nosuch\"")), qPrintable(bad.error));
    }

    // Without keys or a mapped primary key, whole rows are compared as a multiset.
    void wholeRowFallback()
    {
        QTemporaryDir tmp;
        const QString src = tmp.filePath(QStringLiteral("s.sqlite")), dst = tmp.filePath(QStringLiteral("t.sqlite"));
        {
            auto s = openDb(Db::SqliteQt, src);
            s->execute(QStringLiteral("CREATE TABLE people (name TEXT, city TEXT)"));
            for (int i = 0; i < 300; ++i)
                s->execute(QStringLiteral("INSERT INTO people VALUES ('P%1', 'C%2')").arg(i).arg(i % 7));
            s->execute(QStringLiteral("INSERT INTO people VALUES ('P1', 'C1')")); // a duplicate row
            auto t = openDb(Db::SqliteQt, dst);
            t->execute(QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, city "
                                      "TEXT)"));
        }
        Project p;
        p.name = QStringLiteral("rows");
        p.source = profileFor(Db::SqliteQt, src);
        p.target = profileFor(Db::SqliteQt, dst);
        p.options.outputDirectory = tmp.filePath(QStringLiteral("runs"));
        TableMapping m;
        m.source = QStringLiteral("people");
        m.target = QStringLiteral("person");
        m.fields = {field(QStringLiteral("name"), QStringLiteral("name")),
                    field(QStringLiteral("city"), QStringLiteral("city"))};
        p.tables = {m};
        Migration(p).run();

        const VerifyResult clean = verify(p);
        QVERIFY2(clean.clean(), describe(clean));
        QCOMPARE(clean.tables[0].method, QStringLiteral("row"));
        QCOMPARE(clean.tables[0].matched, 301);
        QVERIFY(!clean.tables[0].notes.isEmpty());

        openDb(Db::SqliteQt, dst)->execute(QStringLiteral("UPDATE person SET city = 'Elsewhere' WHERE name = 'P42'"));
        const VerifyResult changed = verify(p);
        QCOMPARE(changed.tables[0].matched, 300);
        QCOMPARE(changed.tables[0].missing, 1);
        QCOMPARE(changed.tables[0].extra, 1);
        QCOMPARE(changed.tables[0].different, 0);
    }

    // A row the database refused during the run (UNIQUE) is listed in rejects.csv and is not expected.
    void runRejectsExcluded()
    {
        QTemporaryDir tmp;
        const QString src = tmp.filePath(QStringLiteral("s.sqlite")), dst = tmp.filePath(QStringLiteral("t.sqlite"));
        {
            auto s = openDb(Db::SqliteQt, src);
            s->execute(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT)"));
            for (int i = 1; i <= 200; ++i)
                s->execute(
                    QStringLiteral("INSERT INTO people VALUES (%1, 'm%2@example.com')").arg(i).arg(i == 50 ? 49 : i));
            auto t = openDb(Db::SqliteQt, dst);
            t->execute(QStringLiteral("CREATE TABLE person (legacy_id INTEGER PRIMARY KEY, email TEXT UNIQUE)"));
        }
        Project p;
        p.name = QStringLiteral("rejects");
        p.source = profileFor(Db::SqliteQt, src);
        p.target = profileFor(Db::SqliteQt, dst);
        p.options.outputDirectory = tmp.filePath(QStringLiteral("runs"));
        TableMapping m;
        m.source = QStringLiteral("people");
        m.target = QStringLiteral("person");
        m.fields = {field(QStringLiteral("legacy_id"), QStringLiteral("id")),
                    field(QStringLiteral("email"), QStringLiteral("email"))};
        p.tables = {m};
        const RunSummary run = Migration(p).run();
        QCOMPARE(run.tables.value(0).rejected, 1);
        QCOMPARE(run.tables.value(0).inserted, 199);

        const VerifyResult clean = verify(p);
        QVERIFY2(clean.clean(), describe(clean));
        QCOMPARE(clean.tables[0].method, QStringLiteral("key")); // by the mapped target primary key
        QCOMPARE(clean.tables[0].matched, 199);
        QCOMPARE(clean.tables[0].excluded, 1);

        // Without that run's rejects the refused row is missing: the exclusion is what made it clean.
        VerifyRequest noRun;
        noRun.runDirectory = tmp.filePath(QStringLiteral("nowhere"));
        const VerifyResult unexcluded = verify(p, noRun);
        QCOMPARE(unexcluded.tables[0].missing, 1);
        QCOMPARE(unexcluded.tables[0].samples.value(0).key, QStringLiteral("50"));

        // A dry run's folder is not a run: the newest real run is used.
        QDir(p.options.outputDirectory).mkpath(QStringLiteral("29991231-235959-dry-run"));
        QVERIFY(Verifier::lastRunDirectory(p.options.outputDirectory).endsWith(QLatin1String("-run")));
        QVERIFY(!Verifier::lastRunDirectory(p.options.outputDirectory).contains(QLatin1String("dry")));
    }

    // (3) one byte of one text value in 100,000 rows, PostgreSQL → PostgreSQL.
    void postgresOneByte()
    {
        constexpr int kRows = 100000;
        auto pg = openDb(Db::Postgres);
        const QString src = uniqueTable(QStringLiteral("verify_src")), dst = uniqueTable(QStringLiteral("verify_dst"));
        pg->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT, email VARCHAR(100), "
                                   "amount NUMERIC(12,2), created TIMESTAMP)")
                        .arg(src));
        pg->execute(QStringLiteral("INSERT INTO %1 SELECT g, 'Person number ' || g, 'p' || g || '@example.com', "
                                   "(g % 1000) * 1.25, TIMESTAMP '2020-01-01' + g * INTERVAL '1 minute' "
                                   "FROM generate_series(1, %2) g")
                        .arg(src)
                        .arg(kRows));
        pg->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT, email VARCHAR(100), "
                                   "amount NUMERIC(12,2), created TIMESTAMP)")
                        .arg(dst));
        QTemporaryDir tmp;
        Project p = postgresProject(QStringLiteral("pg 100k"), tmp);
        TableMapping m;
        m.source = src;
        m.target = dst;
        m.keys = {QStringLiteral("id")};
        m.batchSize = 2000;
        for (const char* c : {"id", "name", "email", "amount", "created"})
            m.fields << field(QLatin1String(c), QLatin1String(c));
        p.tables = {m};
        const RunSummary run = Migration(p).run();
        QCOMPARE(run.tables.value(0).inserted, kRows);

        pg->execute(QStringLiteral("UPDATE %1 SET name = 'Person numbes ' || id WHERE id = 77777").arg(dst));
        QElapsedTimer clock;
        clock.start();
        const VerifyResult r = verify(p);
        const qint64 ms = clock.elapsed();
        qInfo("verify of %d PostgreSQL rows with one changed byte took %lld ms", kRows, ms);
        QVERIFY2(r.failure == VerifyFailure::None, describe(r));
        const VerifyTableResult& t = r.tables.value(0);
        QCOMPARE(t.expected, kRows);
        QCOMPARE(t.targetRows, kRows);
        QCOMPARE(t.matched, kRows - 1);
        QCOMPARE(t.different, 1);
        QCOMPARE(t.missing, 0);
        QCOMPARE(t.extra, 0);
        QCOMPARE(t.differentColumns, (QMap<QString, qint64>{{QStringLiteral("name"), 1}}));
        QCOMPARE(t.samples.size(), 1);
        QCOMPARE(t.samples[0].key, QStringLiteral("77777"));
        QCOMPARE(t.samples[0].expected, QStringList{QStringLiteral("\"Person number 77777\"")});
        QCOMPARE(t.samples[0].actual, QStringList{QStringLiteral("\"Person numbes 77777\"")});

        // Few buckets and small passes: the drill-down still finds exactly the one row.
        VerifyRequest small;
        small.buckets = 16;
        small.rowsPerPass = 10000;
        const VerifyResult r2 = verify(p, small);
        QCOMPARE(r2.tables.value(0).matched, kRows - 1);
        QCOMPARE(r2.tables.value(0).different, 1);
        QCOMPARE(r2.tables.value(0).differentColumns.value(QStringLiteral("name")), 1);

        dropTable(*pg, src);
        dropTable(*pg, dst);
    }

    // (4) representation-only differences are not differences; a real one in the same columns is.
    void representationOnly()
    {
        auto pg = openDb(Db::Postgres);
        const QString src = uniqueTable(QStringLiteral("verify_rsrc")),
                      dst = uniqueTable(QStringLiteral("verify_rdst"));
        pg->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, amount NUMERIC, code VARCHAR(5), "
                                   "flag INTEGER, at TIMESTAMP(0), ratio DOUBLE PRECISION)")
                        .arg(src));
        pg->execute(QStringLiteral("INSERT INTO %1 VALUES (1, 12.5, 'ab', 1, '2024-03-01 10:00:00', -0.0), "
                                   "(2, 7, 'abcde', 0, '2024-03-01 10:00:01', 0.1), "
                                   "(3, -0.0, 'x', 1, '2024-12-31 23:59:59', 1e20)")
                        .arg(src));
        pg->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, amount NUMERIC(10,2), code CHAR(5), "
                                   "flag BOOLEAN, at TIMESTAMP(6), ratio DOUBLE PRECISION)")
                        .arg(dst));
        QTemporaryDir tmp;
        Project p = postgresProject(QStringLiteral("representation"), tmp);
        TableMapping m;
        m.source = src;
        m.target = dst;
        m.keys = {QStringLiteral("id")};
        for (const char* c : {"id", "amount", "code", "flag", "at", "ratio"})
            m.fields << field(QLatin1String(c), QLatin1String(c));
        p.tables = {m};
        const RunSummary run = Migration(p).run();
        QVERIFY2(run.tables.value(0).inserted == 3, qPrintable(run.error));

        const VerifyResult clean = verify(p);
        QVERIFY2(clean.clean(), describe(clean));
        QCOMPARE(clean.tables[0].matched, 3);

        pg->execute(QStringLiteral("UPDATE %1 SET amount = 12.51 WHERE id = 1").arg(dst));
        const VerifyResult changed = verify(p);
        QCOMPARE(changed.tables[0].different, 1);
        QCOMPARE(changed.tables[0].differentColumns, (QMap<QString, qint64>{{QStringLiteral("amount"), 1}}));
        QCOMPARE(changed.tables[0].samples.value(0).expected, QStringList{QStringLiteral("12.5")});

        dropTable(*pg, src);
        dropTable(*pg, dst);
    }

    // (6) A query mapping in update mode after rejects: the target rows whose update the run refused (a
    // CHECK the database enforces, a value too long for its column) keep their old values; they are counted
    // once, under excludedInTarget, never both as excluded and as extra.
    void queryUpdateAfterRejects()
    {
        auto pg = openDb(Db::Postgres);
        const QString src = uniqueTable(QStringLiteral("verify_qsrc")),
                      dst = uniqueTable(QStringLiteral("verify_qdst"));
        pg->execute(
            QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT, amount NUMERIC(10,2))").arg(src));
        pg->execute(
            QStringLiteral("INSERT INTO %1 SELECT g, CASE WHEN g = 30 THEN 'a name far too long' ELSE 'New ' "
                           "|| g END, CASE WHEN g IN (10, 20) THEN 5000 ELSE g END FROM generate_series(1, 60) g")
                .arg(src));
        pg->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(10), amount NUMERIC(10,2) "
                                   "CHECK (amount < 1000))")
                        .arg(dst));
        pg->execute(QStringLiteral("INSERT INTO %1 SELECT g, 'Old ' || g, 0 FROM generate_series(1, 50) g").arg(dst));
        QTemporaryDir tmp;
        Project p = postgresProject(QStringLiteral("query update"), tmp);
        TableMapping m;
        m.query = QStringLiteral("SELECT id, name, amount FROM %1 WHERE id <= 55 ORDER BY id").arg(src);
        m.target = dst;
        m.keys = {QStringLiteral("id")};
        m.mode = WriteMode::UpdateOnly;
        m.batchSize = 20;
        for (const char* c : {"id", "name", "amount"})
            m.fields << field(QLatin1String(c), QLatin1String(c));
        p.tables = {m};
        const RunSummary run = Migration(p).run();
        QVERIFY2(run.tables.value(0).rejected == 3, qPrintable(run.error));
        QCOMPARE(run.tables.value(0).updated, 47);

        const VerifyResult r = verify(p);
        QVERIFY2(r.failure == VerifyFailure::None, describe(r));
        const VerifyTableResult& t = r.tables.value(0);
        QVERIFY2(r.clean(), describe(r));
        QCOMPARE(t.source, QStringLiteral("query"));
        QCOMPARE(t.mapping, 0);
        QCOMPARE(t.matched, 47);
        QCOMPARE(t.extra, 0);
        QCOMPARE(t.excludedInTarget, 3); // ids 10, 20 (CHECK) and 30 (too long), still 'Old …'
        QCOMPARE(t.excluded, 3 + 5);     // the rejects, and ids 51–55 that have no target row to update
        QCOMPARE(t.targetRows, 50);
        const QJsonObject json = r.toJson().value(QStringLiteral("tables")).toArray().at(0).toObject();
        QCOMPARE(json.value(QStringLiteral("excludedInTarget")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("extra")).toInt(), 0);

        // A changed row among them is still found.
        pg->execute(QStringLiteral("UPDATE %1 SET name = 'New 41 ' WHERE id = 41").arg(dst));
        const VerifyTableResult changed = verify(p).tables.value(0);
        QCOMPARE(changed.different, 1);
        QCOMPARE(changed.extra, 0);
        QCOMPARE(changed.samples.value(0).key, QStringLiteral("41"));
        dropTable(*pg, src);
        dropTable(*pg, dst);
    }

    // (7) Two mappings into one target: one entry each (index, source), each matching its own rows; the
    // other's rows are not extra for it, a row neither expects is extra once (under the first mapping), and
    // a changed row is reported under the mapping that wrote it.
    void twoMappingsIntoOneTarget()
    {
        auto pg = openDb(Db::Postgres);
        const QString a = uniqueTable(QStringLiteral("verify_a")), b = uniqueTable(QStringLiteral("verify_b")),
                      dst = uniqueTable(QStringLiteral("verify_ab"));
        pg->execute(QStringLiteral("CREATE TABLE %1 AS SELECT g AS id, 'A ' || g AS name FROM generate_series(1, 30) g")
                        .arg(a));
        pg->execute(
            QStringLiteral("CREATE TABLE %1 AS SELECT g AS id, 'B ' || g AS name FROM generate_series(101, 140) g")
                .arg(b));
        pg->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT)").arg(dst));
        QTemporaryDir tmp;
        Project p = postgresProject(QStringLiteral("two into one"), tmp);
        for (const QString& src : {a, b}) {
            TableMapping m;
            m.source = src;
            m.target = dst;
            m.keys = {QStringLiteral("id")};
            m.fields = {field(QStringLiteral("id"), QStringLiteral("id")),
                        field(QStringLiteral("name"), QStringLiteral("name"))};
            p.tables << m;
        }
        const RunSummary run = Migration(p).run();
        QVERIFY2(run.status == RunSummary::Status::Ok, qPrintable(run.error));

        const VerifyResult clean = verify(p);
        QVERIFY2(clean.clean(), describe(clean));
        QCOMPARE(clean.tables.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const VerifyTableResult& t = clean.tables[i];
            QCOMPARE(t.mapping, i);
            QCOMPARE(t.source, i == 0 ? a : b);
            QCOMPARE(t.target, dst);
            QCOMPARE(t.matched, i == 0 ? 30 : 40);
            QCOMPARE(t.otherMappings, i == 0 ? 40 : 30);
            QCOMPARE(t.extra, 0);
        }

        pg->execute(QStringLiteral("UPDATE %1 SET name = 'B 12O' WHERE id = 120; INSERT INTO %1 VALUES (999, 'Nobody')")
                        .arg(dst));
        const VerifyResult dirty = verify(p);
        QCOMPARE(dirty.tables[0].different, 0);
        QCOMPARE(dirty.tables[0].extra, 1);
        QCOMPARE(dirty.tables[0].samples.value(0).key, QStringLiteral("999"));
        QCOMPARE(dirty.tables[1].different, 1);
        QCOMPARE(dirty.tables[1].extra, 0);
        QCOMPARE(dirty.tables[1].samples.value(0).key, QStringLiteral("120"));
        QCOMPARE(dirty.tables[1].samples.value(0).columns, QStringList{QStringLiteral("name")});
        dropTable(*pg, a);
        dropTable(*pg, b);
        dropTable(*pg, dst);
    }

    // (5) MariaDB target, read in primary-key pages (more rows than one page).
    void mariadbTarget()
    {
        constexpr int kRows = 25000;
        QTemporaryDir tmp;
        const QString srcFile = tmp.filePath(QStringLiteral("src.sqlite"));
        {
            auto s = openDb(Db::SqliteQt, srcFile);
            s->execute(QStringLiteral("CREATE TABLE src (id INTEGER PRIMARY KEY, name TEXT, email TEXT, amount TEXT)"));
            s->begin();
            std::vector<Row> rows;
            for (int i = 1; i <= kRows; ++i)
                rows.push_back({Value::integer(i), Value::text(QStringLiteral("Name %1 Ø").arg(i)),
                                Value::text(QStringLiteral("m%1@example.com").arg(i)),
                                Value::text(QStringLiteral("%1.50").arg(i % 300))});
            const TableRef ref{QString(), QStringLiteral("src")};
            s->insertWriter(ref, s->describe(ref).columns)->insert(rows);
            s->commit();
        }
        auto maria = openDb(Db::MariaDB);
        const QString dst = uniqueTable(QStringLiteral("verify_m"));
        maria->execute(QStringLiteral("CREATE TABLE %1 (id INT AUTO_INCREMENT PRIMARY KEY, legacy_id INT NOT NULL "
                                      "UNIQUE, name VARCHAR(40), email VARCHAR(100) UNIQUE, amount DECIMAL(10,2)) "
                                      "CHARACTER SET utf8mb4")
                           .arg(dst));
        Project p;
        p.name = QStringLiteral("mariadb");
        p.source = profileFor(Db::SqliteQt, srcFile);
        p.target = profileFor(Db::MariaDB);
        p.options.outputDirectory = tmp.filePath(QStringLiteral("runs"));
        TableMapping m;
        m.source = QStringLiteral("src");
        m.target = dst;
        m.keys = {QStringLiteral("legacy_id")};
        m.mode = WriteMode::Upsert;
        m.batchSize = 1000;
        m.fields = {field(QStringLiteral("legacy_id"), QStringLiteral("id")),
                    field(QStringLiteral("name"), QStringLiteral("name")),
                    field(QStringLiteral("email"), QStringLiteral("email")),
                    field(QStringLiteral("amount"), QStringLiteral("amount"))};
        p.tables = {m};
        const RunSummary run = Migration(p).run();
        QVERIFY2(run.tables.value(0).inserted == kRows, qPrintable(run.error));

        const VerifyResult clean = verify(p);
        QVERIFY2(clean.clean(), describe(clean));
        QCOMPARE(clean.tables[0].matched, kRows);
        QCOMPARE(clean.tables[0].targetRows, kRows);

        maria->execute(QStringLiteral("UPDATE %1 SET amount = 1.51 WHERE legacy_id = 24001").arg(dst));
        const VerifyResult changed = verify(p);
        QCOMPARE(changed.tables[0].different, 1);
        QCOMPARE(changed.tables[0].matched, kRows - 1);
        QCOMPARE(changed.tables[0].differentColumns, (QMap<QString, qint64>{{QStringLiteral("amount"), 1}}));
        dropTable(*maria, dst);
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
