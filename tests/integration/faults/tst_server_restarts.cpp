// Real servers go away in the middle of a run, and `ferry-cli run` finishes on its own (exit 0) with
// every row exactly once: the target PostgreSQL restarted in crash mode (pg_ctl restart -m immediate),
// the target MariaDB killed with SIGKILL and started again, the source PostgreSQL stopped for 10 s. The
// servers are this test's own pair (scripts/test-databases.sh with FERRY_DB_DURABLE=1, so a crash keeps
// every commit it acknowledged), never the shared ones other suites use. Rows are counted through a
// separate connection.
#include "common/dbfixture.h"
#include "db/connection_string.h"
#include "project/project_file.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ferry;
using namespace ferry::test;

namespace {

constexpr int kTargetRows = 200000;
constexpr int kSourceRows = 1000000;

} // namespace

class TestServerRestarts : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    QString root_;
    int pgPort_ = 0, myPort_ = 0;
    QString pgString_, myString_;

    // scripts/test-databases.sh on this test's own servers.
    QString servers(const QString& command)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FERRY_DB_ROOT"), root_);
        env.insert(QStringLiteral("FERRY_PG_PORT"), QString::number(pgPort_));
        env.insert(QStringLiteral("FERRY_MY_PORT"), QString::number(myPort_));
        env.insert(QStringLiteral("FERRY_DB_DURABLE"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("FERRY_SOURCE_DIR") + QStringLiteral("/scripts/test-databases.sh"), {command});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qFatal("test-databases.sh %s failed: %s", qPrintable(command), p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static ConnectionProfile profileOf(const QString& connectionString)
    {
        ConnectionProfile p = parseConnectionArgument(connectionString).profile;
        p.passwordEnv = QStringLiteral("FERRY_TEST_DB_PASSWORD");
        return p;
    }

    QString writeProject(const ConnectionProfile& source, const QString& sourceTable, const ConnectionProfile& target,
                         const QString& targetTable)
    {
        Project p;
        p.name = targetTable;
        p.source = source;
        p.target = target;
        p.options.outputDirectory = tmp_.filePath(targetTable);
        TableMapping t;
        t.source = sourceTable;
        t.target = targetTable;
        t.batchSize = 1000;
        t.fields = identityFields({QStringLiteral("id"), QStringLiteral("name")});
        p.tables = {t};
        const QString path = tmp_.filePath(targetTable + QStringLiteral(".ferry.json"));
        QString error;
        if (!ProjectFile::save(p, path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    static void startCli(QProcess& cli, const QString& project)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FERRY_TEST_DB_PASSWORD"), QStringLiteral("ferry"));
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry-cli"),
                  {QStringLiteral("run"), project});
        QVERIFY(cli.waitForStarted());
    }

    // Waits until `table` holds at least `rows` (the run is under way), counting through its own connection.
    static void waitForRows(const ConnectionProfile& profile, const QString& table, qint64 rows)
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            qint64 n = 0;
            try {
                n = countRows(*openConnection(profile, QStringLiteral("ferry")), table);
            } catch (const DbError&) { // SQLite busy: try again
            }
            if (n >= rows)
                return;
            if (clock.elapsed() > 60000)
                qFatal("the run did not get to %lld rows", qlonglong(rows));
            QThread::msleep(20);
        }
    }

    static void expectCompleteCopy(QProcess& cli, const ConnectionProfile& target, const QString& table, qint64 rows)
    {
        QVERIFY(cli.waitForFinished(180000));
        const QByteArray errors = cli.readAllStandardError();
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit, ("ferry-cli crashed: " + errors).constData());
        QVERIFY2(cli.exitCode() == 0,
                 (QByteArray::number(cli.exitCode()) + ": " + errors + cli.readAllStandardOutput()).constData());
        QVERIFY2(errors.contains("Reconnecting"), errors.constData()); // it did notice and retry
        auto c = openConnection(target, QStringLiteral("ferry"));
        auto r = c->query(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT id), SUM(id) FROM %1").arg(table));
        std::vector<Row> out;
        r->fetch(out, 1);
        QCOMPARE(out[0][0].toUtf8().toLongLong(), rows);
        QCOMPARE(out[0][1].toUtf8().toLongLong(), rows);
        QCOMPARE(out[0][2].toUtf8().toLongLong(), rows * (rows + 1) / 2);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        // Outside tmp_ (mode 0700): PostgreSQL runs as its own user and must reach its data folder.
        root_ = QDir::temp().filePath(QStringLiteral("ferry-faults-%1").arg(QCoreApplication::applicationPid()));
        // Below Linux's ephemeral range (32768+), where a client's socket may hold a port at any moment.
        pgPort_ = 21000 + int(QCoreApplication::applicationPid() % 4000) * 2;
        myPort_ = pgPort_ + 1;
        const QString env = servers(QStringLiteral("start"));
        static const QRegularExpression pg(QStringLiteral("FERRY_TEST_PG=\"([^\"]+)\"")),
            my(QStringLiteral("FERRY_TEST_MARIADB=\"([^\"]+)\""));
        pgString_ = pg.match(env).captured(1);
        myString_ = my.match(env).captured(1);
        QVERIFY(!pgString_.isEmpty() && !myString_.isEmpty());
        qputenv("FERRY_TEST_DB_PASSWORD", "ferry");
        seedPeople(*openDb(Db::SqliteQt, tmp_.filePath(QStringLiteral("source.sqlite"))), QStringLiteral("people"),
                   kTargetRows);
    }

    void cleanupTestCase()
    {
        servers(QStringLiteral("stop"));
        QDir(root_).removeRecursively();
    }

    void targetPostgresRestartsInCrashMode()
    {
        const ConnectionProfile target = profileOf(pgString_);
        openConnection(target, QStringLiteral("ferry"))
            ->execute(QStringLiteral("CREATE TABLE pg_restarted (id INTEGER PRIMARY KEY, name TEXT)"));
        QProcess cli;
        startCli(cli, writeProject(profileFor(Db::SqliteQt, tmp_.filePath(QStringLiteral("source.sqlite"))),
                                   QStringLiteral("people"), target, QStringLiteral("pg_restarted")));
        waitForRows(target, QStringLiteral("pg_restarted"), 10000);
        servers(QStringLiteral("pg-crash-restart"));
        expectCompleteCopy(cli, target, QStringLiteral("pg_restarted"), kTargetRows);
    }

    void targetMariadbKilledAndStarted()
    {
        const ConnectionProfile target = profileOf(myString_);
        openConnection(target, QStringLiteral("ferry"))
            ->execute(QStringLiteral("CREATE TABLE my_killed (id INTEGER PRIMARY KEY, name TEXT)"));
        QProcess cli;
        startCli(cli, writeProject(profileFor(Db::SqliteQt, tmp_.filePath(QStringLiteral("source.sqlite"))),
                                   QStringLiteral("people"), target, QStringLiteral("my_killed")));
        waitForRows(target, QStringLiteral("my_killed"), 10000);
        servers(QStringLiteral("my-crash"));
        QThread::msleep(500);
        servers(QStringLiteral("my-start"));
        expectCompleteCopy(cli, target, QStringLiteral("my_killed"), kTargetRows);
    }

    void sourcePostgresStoppedForTenSeconds()
    {
        const ConnectionProfile source = profileOf(pgString_);
        auto seed = openConnection(source, QStringLiteral("ferry"));
        seed->execute(QStringLiteral("CREATE TABLE big_people AS SELECT g AS id, 'Person ' || g AS name "
                                     "FROM generate_series(1, %1) g")
                          .arg(kSourceRows));
        seed->execute(QStringLiteral("ALTER TABLE big_people ADD PRIMARY KEY (id)"));
        seed.reset();
        const ConnectionProfile target = profileFor(Db::SqliteQt, tmp_.filePath(QStringLiteral("copy.sqlite")));
        openConnection(target, QStringLiteral("ferry"))
            ->execute(QStringLiteral("CREATE TABLE copied (id INTEGER PRIMARY KEY, name TEXT)"));
        QProcess cli;
        startCli(cli, writeProject(source, QStringLiteral("big_people"), target, QStringLiteral("copied")));
        waitForRows(target, QStringLiteral("copied"), 20000);
        servers(QStringLiteral("pg-stop"));
        QThread::sleep(10);
        servers(QStringLiteral("pg-start"));
        expectCompleteCopy(cli, target, QStringLiteral("copied"), kSourceRows);
    }
};

QTEST_GUILESS_MAIN(TestServerRestarts)
#include "tst_server_restarts.moc"
