// Ctrl+C on a running `ferry-cli run`: the first SIGINT cancels the run, which ends within 2 s with exit
// code 4 and says it was cancelled; a second one stops the process at once with 130.
#include "common/dbfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace ferry;

namespace {

constexpr int kRows = 1000000;

void write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

ConnectionProfile sqlite(const QString& file, const QString& initSql)
{
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Sqlite;
    p.file = file;
    p.initSql = initSql;
    return p;
}

} // namespace

class TstCliInterrupt : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString project_;

    QString path(const char* name) const { return dir_.filePath(QLatin1String(name)); }

    // Starts `ferry-cli run` on a fresh target and returns its process id once it has been running for a
    // while; 0 when it did not start or ended too soon. (Never signal a pid that is not positive: kill(0, …)
    // would reach this test's whole process group.)
    qint64 startRun(QProcess& p)
    {
        // The whole database: a journal left by the cancelled run before would be applied to a new file
        // ("database disk image is malformed").
        for (const char* suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(path("target.sqlite") + QLatin1String(suffix));
        p.start(qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry-cli"),
                {QStringLiteral("run"), project_});
        if (!p.waitForStarted())
            return 0;
        const qint64 pid = p.processId();
        QTest::qWait(1500);
        if (p.state() != QProcess::Running) {
            qWarning("the run ended before it could be interrupted (%s): make it longer",
                     p.readAllStandardError().constData());
            return 0;
        }
        return pid;
    }

    static void send(qint64 pid, int sig)
    {
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), sig), 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        write(path("source.sql"),
              QByteArrayLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                                "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r "
                                "WHERE i < ") +
                  QByteArray::number(kRows) + ") INSERT INTO people SELECT i, 'Person ' || i FROM r;\n");
        write(path("target.sql"), "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
        project_ = path("interrupt.ferry.json");
        write(project_, R"({"formatVersion": 1, "name": "interrupt",
  "source": {"type": "sqlite", "file": "source.sqlite", "initSql": "source.sql"},
  "target": {"type": "sqlite", "file": "target.sqlite", "initSql": "target.sql"},
  "tables": [{"source": "people", "target": "people", "mode": "insert",
              "fields": [{"target": "id", "source": "id"}, {"target": "name", "source": "name"}]}]})");
        // The source exists before the runs, so that they spend their time copying.
        auto source = openConnection(sqlite(path("source.sqlite"), path("source.sql")));
        QCOMPARE(test::countRows(*source, QStringLiteral("people")), qint64(kRows));
    }

    void firstCtrlCCancels()
    {
        QProcess p;
        const qint64 pid = startRun(p);
        QVERIFY(pid > 0);
        QElapsedTimer t;
        t.start();
        send(pid, SIGINT);
        QVERIFY2(p.waitForFinished(5000), "ferry-cli did not stop");
        const qint64 ms = t.elapsed();
        const QByteArray out = p.readAllStandardOutput(), err = p.readAllStandardError();
        qInfo("stopped %lld ms after SIGINT; stderr: %s", ms, err.trimmed().constData());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 4);
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
        QVERIFY2(err.contains("Cancelling") && err.contains("Ctrl+C again"), err.constData());
        QVERIFY2((out + err).contains("cancelled"), (out + err).constData());
        auto target = openConnection(sqlite(path("target.sqlite"), path("target.sql")));
        const qint64 copied = test::countRows(*target, QStringLiteral("people"));
        QVERIFY2(copied > 0 && copied < kRows, qPrintable(QString::number(copied)));
    }

    void secondCtrlCStopsAtOnce()
    {
        QProcess p;
        const qint64 pid = startRun(p);
        QVERIFY(pid > 0);
        QElapsedTimer t;
        t.start();
        // Two SIGINTs sent at once may merge into one (standard signals are not queued), and a cancelled
        // run ends within milliseconds: SIGINT then SIGTERM, which both arrive, stand for two Ctrl+C.
        send(pid, SIGINT);
        send(pid, SIGTERM);
        QVERIFY2(p.waitForFinished(5000), "ferry-cli did not stop");
        qInfo("stopped %lld ms after the second signal", t.elapsed());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(t.elapsed() < 2000);
    }

    // SIGTERM (a service manager stopping the job) is a first Ctrl+C.
    void sigtermCancels()
    {
        QProcess p;
        const qint64 pid = startRun(p);
        QVERIFY(pid > 0);
        send(pid, SIGTERM);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 4);
    }
};

QTEST_GUILESS_MAIN(TstCliInterrupt)
#include "tst_cli_interrupt.moc"
