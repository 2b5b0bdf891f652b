// Kill anywhere, resume, lose nothing, double nothing. ferry-cli runs a three-table migration (parents,
// children with lookups and planted rejects, a target table without a primary key) and is killed with
// SIGKILL at exact points — the first batch, the middle, between one table's last batch and the next
// table, inside the lookup table, the last batch, after the last table — and at moments picked by the
// clock; then `ferry-cli resume` finishes the run. Each time the target, read through the database's own
// client, equals a clean run's row for row, rejects.csv holds exactly the clean run's rejects, and the
// summary's counts equal the clean run's. In insert and upsert modes, on the database named by
// FERRY_KILL_TARGET (postgres, mariadb, sqlite).
#include "crm_fixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::WriteMode)

namespace {

bool journalState()
{
    return qEnvironmentVariable("FERRY_KILL_STATE") == QLatin1String("journal");
}

Db targetDb()
{
    const QString name = qEnvironmentVariable("FERRY_KILL_TARGET", QStringLiteral("sqlite"));
    if (name == QLatin1String("postgres"))
        return Db::Postgres;
    if (name == QLatin1String("mariadb"))
        return Db::MariaDB;
    return Db::SqliteQt;
}

struct Outcome {
    QStringList target;  // crmSnapshot
    QStringList rejects; // rejects.csv without its header, sorted
    QJsonArray tables;   // summary.json's counts
    int exitCode = -1;
    qint64 ms = 0; // how long the run took
};

QString cli()
{
    return qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry-cli");
}

} // namespace

class TestKillResume : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    Db db_ = Db::SqliteQt;
    CrmSizes sizes_;
    CrmTables tables_;
    QString sourcePath_, targetPath_;
    std::optional<Outcome> clean_[2]; // per mode

    QString projectFile(WriteMode mode, const QString& runs) const
    {
        const QString path = tmp_.filePath(QStringLiteral("crm-%1.ferry.json").arg(int(mode)));
        Project p = crmProject(profileFor(Db::SqliteQt, sourcePath_), profileFor(db_, targetPath_), tables_, mode,
                               sizes_, runs);
        if (journalState()) {
            // No state table in the target; the journal needs keys, which the notes table has not.
            p.options.stateStore = RunOptions::StateStore::Journal;
            p.tables.removeLast();
        }
        QString error;
        if (!ProjectFile::save(p, path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    void resetTarget()
    {
        auto c = openDb(db_, targetPath_);
        createCrmTarget(*c, tables_);
    }

    static QProcessEnvironment cliEnvironment(const QByteArray& fault)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FERRY_TEST_DB_PASSWORD"), QStringLiteral("ferry"));
        if (!fault.isEmpty())
            env.insert(QStringLiteral("FERRY_FAULT"), QString::fromLatin1(fault));
        return env;
    }

    // Runs ferry-cli; returns its exit code, or -9 when it was killed. stderr goes to *errors.
    static int runCli(const QStringList& args, const QByteArray& fault, int killAfterMs = -1,
                      QByteArray* errors = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(cliEnvironment(fault));
        p.start(cli(), args);
        if (!p.waitForStarted())
            qFatal("ferry-cli did not start");
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs))
            p.kill(); // SIGKILL
        if (p.state() != QProcess::NotRunning && !p.waitForFinished(180000))
            qFatal("ferry-cli did not finish");
        if (errors)
            *errors = p.readAllStandardError();
        if (p.exitStatus() == QProcess::CrashExit)
            return -9;
        return p.exitCode();
    }

    Outcome collect(const QString& runs, int exitCode) const
    {
        Outcome o;
        o.exitCode = exitCode;
        o.target = crmSnapshot(db_, targetPath_, tables_);
        // The newest run folder (a run killed before it began leaves one with nothing to resume).
        const QStringList dirs = QDir(runs).entryList({QStringLiteral("*-run*")}, QDir::Dirs, QDir::Name);
        if (dirs.isEmpty())
            qFatal("no run folder in %s", qPrintable(runs));
        const QDir dir(QDir(runs).filePath(dirs.last()));
        QFile rejects(dir.filePath(QStringLiteral("rejects.csv")));
        if (rejects.open(QIODevice::ReadOnly)) {
            o.rejects = QString::fromUtf8(rejects.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            o.rejects.removeFirst();
            o.rejects.sort();
        }
        QFile summary(dir.filePath(QStringLiteral("summary.json")));
        if (summary.open(QIODevice::ReadOnly))
            o.tables = QJsonDocument::fromJson(summary.readAll()).object().value(QLatin1String("tables")).toArray();
        return o;
    }

    const Outcome& clean(WriteMode mode)
    {
        std::optional<Outcome>& c = clean_[mode == WriteMode::Insert ? 0 : 1];
        if (!c) {
            resetTarget();
            const QString runs = tmp_.filePath(QStringLiteral("clean-%1").arg(int(mode)));
            QElapsedTimer clock;
            clock.start();
            const int code = runCli({QStringLiteral("run"), projectFile(mode, runs)}, {});
            c = collect(runs, code);
            c->ms = clock.elapsed();
        }
        return *c;
    }

    static void compareCounts(const QJsonArray& got, const QJsonArray& want)
    {
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QJsonObject g = got[i].toObject(), w = want[i].toObject();
            for (const char* k : {"read", "inserted", "updated", "skipped", "rejected", "duplicates", "mismatches"})
                QCOMPARE(g.value(QLatin1String(k)).toInteger(), w.value(QLatin1String(k)).toInteger());
            QVERIFY(g.value(QLatin1String("completed")).toBool());
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        db_ = targetDb();
        tables_ = uniqueCrmTables();
        sourcePath_ = tmp_.filePath(QStringLiteral("legacy.sqlite"));
        targetPath_ = tmp_.filePath(QStringLiteral("target.sqlite"));
        writeCrmSource(sourcePath_, sizes_);
        qInfo("target: %s", qPrintable(dbName(db_)));
    }

    void cleanRunIsWhatTheDataSays()
    {
        // The planted problems, counted independently of Ferry: contacts 4000; 41 repeated codes, 30
        // without a name, 23 broken e-mails, 16 with a missing account (the classes overlap a little).
        const Outcome& insert = clean(WriteMode::Insert);
        QCOMPARE(insert.exitCode, 1); // rejects
        QVERIFY(insert.target.contains(QStringLiteral("-- notes")));
        const Outcome& upsert = clean(WriteMode::Upsert);
        QCOMPARE(upsert.exitCode, 1);
        QVERIFY(insert.rejects.size() > upsert.rejects.size()); // insert also refuses the repeated codes
        if (journalState()) // nothing of Ferry's own in the target: the state is in the journal
            QVERIFY(!openDb(db_, targetPath_)->findTable(tables_.state));
        if (!journalState())
            QCOMPARE(insert.tables[2].toObject().value(QLatin1String("inserted")).toInteger(), qint64(sizes_.notes));
    }

    void killAnywhere_data()
    {
        QTest::addColumn<WriteMode>("mode");
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<int>("killAtPercent"); // of the clean run's time; -1 = at the fault point
        const QByteArray a = tables_.account.toLatin1(), c = tables_.contact.toLatin1(), n = tables_.note.toLatin1();
        const QList<QPair<QByteArray, QByteArray>> points = {
            {"first batch, before commit", "before-commit:" + a + ":1"},
            {"first batch, after commit", "after-commit:" + a + ":1"},
            {"parents' last batch, before commit", "before-commit:" + a + ":9"},
            {"between tables", "table-done:" + a},
            {"lookup table, before its first batch", "table-start:" + c},
            {"lookup table, middle, before commit", "before-commit:" + c + ":11"},
            {"lookup table, middle, after commit", "after-commit:" + c + ":11"},
            {"keyless table, first batch", "before-commit:" + n + ":1"},
            {"last batch, before commit", "before-commit:" + n + ":15"},
            {"last batch, after commit", "after-commit:" + n + ":15"},
            {"after the last table", "run-end:*"},
            {"parents, committed but not yet recorded", "after-commit-unrecorded:" + a + ":3"},
            {"lookup table, committed but not yet recorded", "after-commit-unrecorded:" + c + ":11"},
        };
        for (WriteMode mode : {WriteMode::Insert, WriteMode::Upsert}) {
            const char* m = mode == WriteMode::Insert ? "insert" : "upsert";
            for (const auto& [name, fault] : points)
                if (!journalState() || !fault.contains(n)) // the journal's project has no notes table
                    QTest::addRow("%s: %s", m, name.constData()) << mode << fault << -1;
            for (int percent : {20, 45, 70})
                QTest::addRow("%s: at %d%% of the time", m, percent) << mode << QByteArray() << percent;
        }
    }

    void killAnywhere()
    {
        QFETCH(WriteMode, mode);
        QFETCH(QByteArray, fault);
        QFETCH(int, killAtPercent);
        const Outcome& want = clean(mode);
        const int killAfterMs = killAtPercent < 0 ? -1 : int(want.ms * killAtPercent / 100);
        resetTarget();
        const QString runs = tmp_.filePath(QUuid::createUuid().toString(QUuid::Id128));
        const QString project = projectFile(mode, runs);
        const int killed = runCli({QStringLiteral("run"), project}, fault, killAfterMs);
        if (killAfterMs < 0)
            QCOMPARE(killed, -9); // the fault point was reached
        // A clock-picked kill may come after the run ended (nothing to resume), before it began (nothing to
        // resume either: the run starts again), or after it recorded its end (resume says so).
        QByteArray errors;
        int resumed = killed == -9 ? runCli({QStringLiteral("resume"), project}, {}, -1, &errors) : killed;
        if (resumed == 2 && killAtPercent >= 0) {
            if (errors.contains("there is nothing to resume"))
                resumed = want.exitCode; // killed on its way out; the summary below shows what it did
            else if (errors.contains("there is no run to resume") || errors.contains("is missing"))
                resumed = runCli({QStringLiteral("run"), project}, {});
        }
        const Outcome got = collect(runs, resumed);
        QCOMPARE(got.exitCode, want.exitCode);
        QCOMPARE(got.target.size(), want.target.size());
        QCOMPARE(got.target, want.target);
        QCOMPARE(got.rejects, want.rejects);
        compareCounts(got.tables, want.tables);
    }

    void killedTwice()
    {
        // Killed in the parents, resumed and killed again in the children, resumed to the end.
        const Outcome& want = clean(WriteMode::Upsert);
        resetTarget();
        const QString runs = tmp_.filePath(QStringLiteral("twice"));
        const QString project = projectFile(WriteMode::Upsert, runs);
        QCOMPARE(runCli({QStringLiteral("run"), project}, "before-commit:" + tables_.account.toLatin1() + ":4"), -9);
        QCOMPARE(runCli({QStringLiteral("resume"), project}, "after-commit:" + tables_.contact.toLatin1() + ":7"), -9);
        const Outcome got = collect(runs, runCli({QStringLiteral("resume"), project}, {}));
        QCOMPARE(got.exitCode, want.exitCode);
        QCOMPARE(got.target, want.target);
        QCOMPARE(got.rejects, want.rejects);
        compareCounts(got.tables, want.tables);
        QFile runLog(QDir(runs).filePath(QDir(runs).entryList({QStringLiteral("*-run*")}, QDir::Dirs).value(0) +
                                         QStringLiteral("/run.log")));
        QVERIFY(runLog.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(runLog.readAll());
        QCOMPARE(text.count(QLatin1String("Resumed run of project")), 2);
        QVERIFY(text.contains(QLatin1String("its process was killed")));
    }

    void secondRunIsRefused()
    {
        // A holds the target's lock (it sleeps after its second committed batch); B, started meanwhile,
        // is refused at once and writes nothing; A finishes, and the target is a clean run's.
        const Outcome& want = clean(WriteMode::Insert);
        resetTarget();
        const QString runs = tmp_.filePath(QStringLiteral("two"));
        const QString project = projectFile(WriteMode::Insert, runs);
        QProcess a;
        QProcessEnvironment env = cliEnvironment("after-commit:" + tables_.account.toLatin1() + ":2");
        env.insert(QStringLiteral("FERRY_FAULT_SLEEP"), QStringLiteral("4000"));
        a.setProcessEnvironment(env);
        a.start(cli(), {QStringLiteral("run"), project});
        QVERIFY(a.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        while (QDir(runs).entryList({QStringLiteral("*-run*")}, QDir::Dirs).isEmpty() && clock.elapsed() < 30000)
            QThread::msleep(20);
        QThread::msleep(300); // A is past its lock and into its sleep
        QByteArray errors;
        QElapsedTimer refused;
        refused.start();
        QCOMPARE(runCli({QStringLiteral("run"), project}, {}, -1, &errors), 4);
        QVERIFY2(refused.elapsed() < 3500, "B waited instead of refusing");
        QVERIFY2(errors.contains("another Ferry run is writing to this target table"), errors.constData());
        QVERIFY(a.waitForFinished(120000));
        QCOMPARE(a.exitCode(), want.exitCode);
        // One folder each (B's refusal comes before it would create one), and A's is the clean outcome.
        QCOMPARE(QDir(runs).entryList({QStringLiteral("*-run*")}, QDir::Dirs).size(), 1);
        const Outcome got = collect(runs, a.exitCode());
        QCOMPARE(got.target, want.target);
        QCOMPARE(got.rejects, want.rejects);
    }

    void nothingToResume()
    {
        const QString runs = tmp_.filePath(QStringLiteral("none"));
        const QString project = projectFile(WriteMode::Insert, runs);
        QProcess p;
        p.start(cli(), {QStringLiteral("resume"), project});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("there is no run to resume"), "message");
        // A completed run: nothing to resume either.
        resetTarget();
        QCOMPARE(runCli({QStringLiteral("run"), project}, {}), 1);
        p.start(cli(), {QStringLiteral("resume"), project});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("completed; there is nothing to resume"), "message");
    }

    void changedProjectIsRefused()
    {
        resetTarget();
        const QString runs = tmp_.filePath(QStringLiteral("changed"));
        const QString project = projectFile(WriteMode::Insert, runs);
        QCOMPARE(runCli({QStringLiteral("run"), project}, "after-commit:" + tables_.contact.toLatin1() + ":3"), -9);
        // The same file, now with another batch size: its checkpoints no longer fit.
        sizes_.batch = 250;
        projectFile(WriteMode::Insert, runs);
        sizes_.batch = 200;
        QProcess p;
        p.start(cli(), {QStringLiteral("resume"), project});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("changed since the interrupted run"), "message");
    }
};

QTEST_GUILESS_MAIN(TestKillResume)
#include "tst_kill_resume.moc"
