#pragma once
// What the run pages' tests share: the demo copied into a temporary folder (it creates its SQLite files
// beside itself), its expected counts, a bigger generated project for pause and cancel, a run killed
// half-way, and screenshots.
#include "common/dbfixture.h"
#include "common/demo.h"
#include "items/project_document.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace ferry::test {

// A SQLite source of `rows` people and an empty SQLite target, batches of `batch` rows: big enough that a
// run is still going when the test pauses or cancels it.
inline Project generatedProject(const QString& dir, int rows, int batch)
{
    const QString source = QDir(dir).filePath(QStringLiteral("big_source.sqlite"));
    const QString target = QDir(dir).filePath(QStringLiteral("big_target.sqlite"));
    {
        auto c = openDb(Db::SqliteQt, source);
        c->execute(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, email TEXT)"));
        std::vector<Row> data;
        data.reserve(rows);
        for (int i = 1; i <= rows; ++i)
            data.push_back({Value::integer(i), Value::text(QStringLiteral("Person %1").arg(i)),
                            Value::text(QStringLiteral("p%1@example.com").arg(i))});
        const TableRef ref{QString(), QStringLiteral("people")};
        c->begin();
        c->insertWriter(ref, c->describe(ref).columns)->insert(data);
        c->commit();
        auto t = openDb(Db::SqliteQt, target);
        t->execute(QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, legacy_id INTEGER UNIQUE NOT NULL, "
                                  "name VARCHAR(40), email VARCHAR(100))"));
    }
    Project p;
    p.name = QStringLiteral("generated");
    p.source = profileFor(Db::SqliteQt, source);
    p.target = profileFor(Db::SqliteQt, target);
    p.options.outputDirectory = QDir(dir).filePath(QStringLiteral("runs"));
    TableMapping t;
    t.source = QStringLiteral("people");
    t.target = QStringLiteral("person");
    t.mode = WriteMode::Upsert;
    t.keys = {QStringLiteral("legacy_id")};
    t.batchSize = batch;
    const QList<QPair<QString, QString>> fields = {{QStringLiteral("legacy_id"), QStringLiteral("id")},
                                                   {QStringLiteral("name"), QStringLiteral("name")},
                                                   {QStringLiteral("email"), QStringLiteral("email")}};
    for (const auto& [to, from] : fields) {
        FieldMapping f;
        f.target = to;
        f.sources = {from};
        t.fields << f;
    }
    p.tables = {t};
    return p;
}

// A real run of the demo ended with the counts expected.json plants, table by table, and the target
// (targetFile) holds exactly the inserted rows. Fails the test with QCOMPARE: callers check
// QTest::currentTestFailed() when they go on.
inline void checkDemoCounts(const RunSummary& s, const QString& targetFile)
{
    const QList<ExpectedTable> expected = expectedDemoCounts();
    QCOMPARE(s.tables.size(), expected.size());
    auto target = openDb(Db::SqliteQt, targetFile);
    for (int i = 0; i < expected.size(); ++i) {
        const ExpectedTable& e = expected[i];
        const TableCounts& t = s.tables[i];
        QCOMPARE(t.source, e.source);
        QCOMPARE(t.target, e.target);
        QCOMPARE(t.read, e.read);
        QCOMPARE(t.inserted, e.inserted);
        QCOMPARE(t.updated, e.updated);
        QCOMPARE(t.skipped, e.skipped);
        QCOMPARE(t.rejected, e.rejected);
        QVERIFY(t.completed);
        QCOMPARE(countRows(*target, e.target), e.inserted);
    }
}

// Runs `ferry-cli run project` with FERRY_FAULT=fault (models/engine/fault_points.h), so the process
// kills itself at that point as `kill -9` would, leaving an interrupted run behind. Returns what went
// wrong, or an empty string when the process died as planned.
inline QString killedCliRun(const QString& project, const QString& fault)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FERRY_FAULT"), fault);
    cli.setProcessEnvironment(env);
    cli.start(qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry-cli"),
              {QStringLiteral("run"), project, QStringLiteral("--json")});
    if (!cli.waitForFinished(120000))
        return QStringLiteral("ferry-cli did not finish: %1").arg(cli.errorString());
    if (cli.exitStatus() != QProcess::CrashExit)
        return QStringLiteral("ferry-cli was not killed at %1 (exit code %2): %3")
            .arg(fault)
            .arg(cli.exitCode())
            .arg(QString::fromUtf8(cli.readAllStandardError()));
    return {};
}

inline QString screenshotPath(const QString& name)
{
    QString dir = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = qEnvironmentVariable("FERRY_BINARY_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

} // namespace ferry::test
