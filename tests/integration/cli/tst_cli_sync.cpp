// `ferry-cli sync` as a scheduler runs it: two syncs of one project started at once (one runs, the other
// exits 5 naming the process that holds the lock; every row lands once), a lock left by a killed sync
// does not block the next one, --max-rows-per-second holds the rate, history.jsonl records each run and
// sync with the counts the target holds, and --watch syncs again until Ctrl+C, which ends the wait at
// once. Rows are counted with the databases' own clients, never through Ferry.
#include "common/db_client.h"
#include "engine/project_lock.h"
#include "engine/run_history.h"
#include "project/project_file.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace ferry;
using namespace ferry::test;

namespace {

QString cliPath()
{
    return qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry-cli");
}

QList<QJsonObject> historyLines(const QString& outputDirectory)
{
    QFile f(QDir(outputDirectory).filePath(RunHistory::fileName()));
    QList<QJsonObject> lines;
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(line, &e).object();
        if (e.error != QJsonParseError::NoError)
            qFatal("history.jsonl has a damaged line: %s", line.constData());
        lines << o;
    }
    return lines;
}

qint64 clientCount(Db db, const QString& sqlitePath, const QString& table)
{
    return clientRows(db, sqlitePath, QStringLiteral("SELECT COUNT(*) FROM %1;").arg(table)).value(0).toLongLong();
}

} // namespace

class TstCliSync : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QStringList dropPg_, dropMy_;

    // A project copying `sourceTable` (id, name) into `targetTable` by upsert on id, its runs under
    // outputDirectory; the target table is created empty on the target's server.
    QString writeProject(const QString& name, const ConnectionProfile& source, const QString& sourceTable,
                         const ConnectionProfile& target, const QString& targetTable, const QString& outputDirectory)
    {
        Project p;
        p.name = name;
        p.source = source;
        p.target = target;
        p.options.outputDirectory = outputDirectory;
        TableMapping t;
        t.source = sourceTable;
        t.target = targetTable;
        t.mode = WriteMode::Upsert;
        t.keys = {QStringLiteral("id")};
        t.fields = identityFields({QStringLiteral("id"), QStringLiteral("name")});
        p.tables = {t};
        const QString path = tmp_.filePath(name + QStringLiteral(".ferry.json"));
        QString error;
        if (!ProjectFile::save(p, path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    // A SQLite source of `rows` people and an empty SQLite target, in a folder of their own.
    QString sqliteProject(const QString& name, int rows)
    {
        const QString dir = tmp_.filePath(name);
        QDir().mkpath(dir);
        seedPeople(*openDb(Db::SqliteQt, dir + QStringLiteral("/source.sqlite")), QStringLiteral("people"), rows);
        auto target = openDb(Db::SqliteQt, dir + QStringLiteral("/target.sqlite"));
        target->execute(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)"));
        return writeProject(name, profileFor(Db::SqliteQt, dir + QStringLiteral("/source.sqlite")),
                            QStringLiteral("people"), profileFor(Db::SqliteQt, dir + QStringLiteral("/target.sqlite")),
                            QStringLiteral("people"), dir + QStringLiteral("/runs"));
    }

    // Source and target tables on a server (PostgreSQL or MariaDB); the names through *source and *target.
    QString serverProject(const QString& name, Db db, int rows, QString* target)
    {
        auto c = openDb(db);
        const QString source = uniqueTable(QStringLiteral("synccli_src"));
        *target = uniqueTable(QStringLiteral("synccli_dst"));
        (db == Db::Postgres ? dropPg_ : dropMy_) << source << *target;
        seedPeople(*c, source, rows);
        c->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(100))").arg(*target));
        return writeProject(name, profileFor(db), source, profileFor(db), *target,
                            tmp_.filePath(name + QStringLiteral("-runs")));
    }

    static void start(QProcess& p, const QStringList& args)
    {
        p.start(cliPath(), args);
        QVERIFY(p.waitForStarted());
    }

    static void finishWithin(QProcess& p, int ms)
    {
        QVERIFY2(p.waitForFinished(ms), "ferry-cli did not finish");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        qputenv("FERRY_TEST_DB_PASSWORD", "ferry");
    }

    void cleanupTestCase()
    {
        auto pg = openDb(Db::Postgres);
        for (const QString& t : dropPg_)
            dropTable(*pg, t);
        auto my = openDb(Db::MariaDB);
        for (const QString& t : dropMy_)
            dropTable(*my, t);
    }

    // Started at the same moment: the first to take the lock runs (throttled to about 2 s, so it still
    // runs when the other asks), the other exits at once with 5.
    void overlappingSyncsOnPostgres()
    {
        QString target;
        const QString project = serverProject(QStringLiteral("overlap"), Db::Postgres, 2000, &target);
        const QStringList args{QStringLiteral("sync"), project, QStringLiteral("--json"),
                               QStringLiteral("--max-rows-per-second"), QStringLiteral("1000")};
        QProcess a, b;
        start(a, args);
        start(b, args);
        const qint64 pidA = a.processId(), pidB = b.processId(); // 0 once they ended
        finishWithin(a, 60000);
        finishWithin(b, 60000);
        QProcess& winner = a.exitCode() == 5 ? b : a;
        QProcess& loser = a.exitCode() == 5 ? a : b;
        const QByteArray loserErr = loser.readAllStandardError(), winnerErr = winner.readAllStandardError();
        QVERIFY2(winner.exitCode() == 0, winnerErr.constData());
        QVERIFY2(loser.exitCode() == 5, loserErr.constData());
        const QByteArray pid = QByteArray::number(&winner == &a ? pidA : pidB);
        QVERIFY2(loserErr.contains("another sync of project \"overlap\"") &&
                     loserErr.contains("process " + pid + " holds"),
                 loserErr.constData());
        const QJsonObject locked = QJsonDocument::fromJson(loser.readAllStandardOutput()).object();
        QCOMPARE(locked.value(QStringLiteral("status")).toString(), QStringLiteral("locked"));
        QCOMPARE(locked.value(QStringLiteral("exitCode")).toInt(), 5);
        QVERIFY(locked.value(QStringLiteral("error")).toString().contains(QString::fromLatin1(pid)));

        const QStringList counted = clientRows(
            Db::Postgres, {}, QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT id), SUM(id) FROM %1;").arg(target));
        QCOMPARE(counted.value(0), QStringLiteral("2000\t2000\t2001000"));
        QStringList statuses;
        for (const QJsonObject& line : historyLines(tmp_.filePath(QStringLiteral("overlap-runs"))))
            statuses << line.value(QStringLiteral("status")).toString();
        statuses.sort();
        QCOMPARE(statuses, (QStringList{QStringLiteral("locked"), QStringLiteral("ok")}));
    }

    // A sync killed with SIGKILL leaves sync.lock behind; its process is gone, so the next sync takes it.
    void staleLockDoesNotBlock()
    {
        const QString project = sqliteProject(QStringLiteral("stale"), 3000);
        const QString lockFile = tmp_.filePath(QStringLiteral("stale/runs/") + ProjectLock::fileName());
        QProcess killed;
        start(killed,
              {QStringLiteral("sync"), project, QStringLiteral("--max-rows-per-second"), QStringLiteral("500")});
        QElapsedTimer clock;
        clock.start();
        while (!QFile::exists(lockFile) && clock.elapsed() < 10000)
            QTest::qWait(20);
        QTest::qWait(300);
        QVERIFY2(killed.state() == QProcess::Running, killed.readAllStandardError().constData());
        QCOMPARE(::kill(pid_t(killed.processId()), SIGKILL), 0);
        QVERIFY(killed.waitForFinished(5000));
        QVERIFY2(QFile::exists(lockFile), "the killed sync left no lock: this test proves nothing");

        QProcess next;
        start(next, {QStringLiteral("sync"), project});
        finishWithin(next, 60000);
        QVERIFY2(next.exitCode() == 0, next.readAllStandardError().constData());
        QVERIFY(!QFile::exists(lockFile));
        QCOMPARE(
            clientCount(Db::SqliteQt, tmp_.filePath(QStringLiteral("stale/target.sqlite")), QStringLiteral("people")),
            qint64(3000));
    }

    // 3,000 rows at 1,000 rows/s into MariaDB: 3 s ± 10 % by the test's own clock, and the rate the
    // summary reports within 10 % of the limit.
    void throttleHoldsTheRateOnMariaDB()
    {
        QString target;
        const QString project = serverProject(QStringLiteral("throttle"), Db::MariaDB, 3000, &target);
        QProcess p;
        QElapsedTimer clock;
        clock.start();
        start(p, {QStringLiteral("sync"), project, QStringLiteral("--json"), QStringLiteral("--max-rows-per-second"),
                  QStringLiteral("1000")});
        finishWithin(p, 60000);
        const qint64 ms = clock.elapsed();
        const QJsonObject summary = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const double rate = summary.value(QStringLiteral("rowsPerSecond")).toDouble();
        qInfo("3000 rows at --max-rows-per-second 1000: %lld ms by the test's clock, %.0f rows/s reported", ms, rate);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(ms >= 2700 && ms <= 3300, qPrintable(QString::number(ms)));
        QVERIFY2(rate >= 900 && rate <= 1000, qPrintable(QString::number(rate)));
        QCOMPARE(clientCount(Db::MariaDB, {}, target), qint64(3000));
    }

    // A run, rows added to the source, then a sync: two lines whose counts are what the target holds.
    void historyHasALinePerRunAndSync()
    {
        const QString project = sqliteProject(QStringLiteral("history"), 500);
        const QString targetFile = tmp_.filePath(QStringLiteral("history/target.sqlite"));
        QProcess run;
        start(run, {QStringLiteral("run"), project});
        finishWithin(run, 60000);
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        const qint64 afterRun = clientCount(Db::SqliteQt, targetFile, QStringLiteral("people"));
        clientRows(Db::SqliteQt, tmp_.filePath(QStringLiteral("history/source.sqlite")),
                   QStringLiteral("INSERT INTO people SELECT id + 500, 'Late ' || id FROM people WHERE id <= 100;"));
        QProcess sync;
        start(sync, {QStringLiteral("sync"), project});
        finishWithin(sync, 60000);
        QVERIFY2(sync.exitCode() == 0, sync.readAllStandardError().constData());
        const qint64 afterSync = clientCount(Db::SqliteQt, targetFile, QStringLiteral("people"));
        QCOMPARE(afterRun, qint64(500));
        QCOMPARE(afterSync, qint64(600));

        const QList<QJsonObject> lines = historyLines(tmp_.filePath(QStringLiteral("history/runs")));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value(QStringLiteral("command")).toString(), QStringLiteral("run"));
        QCOMPARE(lines[1].value(QStringLiteral("command")).toString(), QStringLiteral("sync"));
        for (const QJsonObject& line : lines) {
            QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            QCOMPARE(line.value(QStringLiteral("exitCode")).toInt(-1), 0);
            const QDateTime started =
                QDateTime::fromString(line.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
            const QDateTime ended =
                QDateTime::fromString(line.value(QStringLiteral("ended")).toString(), Qt::ISODateWithMs);
            QVERIFY(started.isValid() && started.timeSpec() == Qt::UTC && started <= ended);
            QVERIFY(line.value(QStringLiteral("elapsedSeconds")).toDouble() > 0);
            QVERIFY(QFile::exists(line.value(QStringLiteral("runDirectory")).toString() + QStringLiteral("/run.json")));
            const QJsonArray tables = line.value(QStringLiteral("tables")).toArray();
            QCOMPARE(tables.size(), 1);
            QCOMPARE(tables[0].toObject().value(QStringLiteral("target")).toString(), QStringLiteral("people"));
        }
        const QJsonObject first = lines[0].value(QStringLiteral("totals")).toObject();
        QCOMPARE(first.value(QStringLiteral("read")).toInteger(), afterRun);
        QCOMPARE(first.value(QStringLiteral("inserted")).toInteger(), afterRun);
        const QJsonObject second = lines[1].value(QStringLiteral("totals")).toObject();
        QCOMPARE(second.value(QStringLiteral("read")).toInteger(), afterSync);
        QCOMPARE(second.value(QStringLiteral("inserted")).toInteger(), afterSync - afterRun);
        QCOMPARE(lines[1].value(QStringLiteral("tables")).toArray()[0].toObject().value(QStringLiteral("read")),
                 second.value(QStringLiteral("read")));
    }

    // --watch 1: two syncs (two lines), then SIGINT while it waits ends it at once with the last code.
    void watchSyncsAgainUntilInterrupted()
    {
        const QString project = sqliteProject(QStringLiteral("watch"), 200);
        const QString runs = tmp_.filePath(QStringLiteral("watch/runs"));
        QProcess p;
        start(p, {QStringLiteral("sync"), project, QStringLiteral("--watch"), QStringLiteral("1")});
        QByteArray err;
        QElapsedTimer clock;
        clock.start();
        // "Next sync at …" is said as the wait begins: after the second, the watch is waiting.
        while (err.count("Next sync at") < 2 && clock.elapsed() < 30000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.count("Next sync at") >= 2, err.constData());
        QVERIFY(historyLines(runs).size() >= 2);
        QElapsedTimer stopping;
        stopping.start();
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        finishWithin(p, 5000);
        const qint64 ms = stopping.elapsed();
        qInfo("the watch stopped %lld ms after SIGINT", ms);
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!QFile::exists(QDir(runs).filePath(ProjectLock::fileName())));
        const QList<QJsonObject> lines = historyLines(runs);
        QVERIFY(lines.size() >= 2);
        QSet<QString> directories;
        for (const QJsonObject& line : lines) {
            QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            directories << line.value(QStringLiteral("runDirectory")).toString();
        }
        QCOMPARE(directories.size(), lines.size()); // each sync its own run folder
    }
};

QTEST_GUILESS_MAIN(TstCliSync)
#include "tst_cli_sync.moc"
