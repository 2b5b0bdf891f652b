// Where ferry-cli gets a server password, and what a script reading --json sees when it cannot: the
// variable the project names; else a prompt at a terminal (run under script(1), which gives the child a
// real pseudo-terminal) — also when the project names no variable; else the server's refusal, and with
// --json always one JSON object on stdout. Real MariaDB server through its ODBC driver.
#include "common/dbfixture.h"
#include "project/project_file.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

QString cli()
{
    return qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry-cli");
}

struct Outcome {
    int exitCode = -1;
    QByteArray out, err;
};

// ferry-cli with `args`, its stdin closed at once: no terminal, nobody to ask.
Outcome runCli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cli(), args);
    if (!p.waitForStarted())
        qFatal("cannot start ferry-cli");
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("ferry-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// ferry-cli at a terminal (script(1) gives it a pseudo-terminal): each time it asks for a password, a
// person types `password` and Enter. script merges the child's stdout and stderr into `out`.
Outcome runAtTerminal(const QStringList& args, const QByteArray& password, int prompts, const QProcessEnvironment& env)
{
    QStringList quoted{cli()};
    quoted << args;
    for (QString& a : quoted)
        a = QLatin1Char('\'') + a + QLatin1Char('\'');
    QProcess p;
    p.setProcessEnvironment(env);
    // -e: script exits with the child's code; its log goes nowhere.
    p.start(QStringLiteral("script"),
            {QStringLiteral("-qec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    if (!p.waitForStarted())
        qFatal("cannot start script");
    QByteArray out;
    for (int asked = 0; asked < prompts;) {
        if (!p.waitForReadyRead(30000))
            break;
        out += p.readAllStandardOutput();
        if (out.count("Password for") > asked) {
            ++asked;
            p.write(password + "\n");
        }
    }
    if (!p.waitForFinished(60000))
        qFatal("ferry-cli did not finish");
    out += p.readAllStandardOutput();
    return {p.exitCode(), out, p.readAllStandardError()};
}

QProcessEnvironment withoutPasswords()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FERRY_TEST_DB_PASSWORD"));
    env.remove(QStringLiteral("FERRY_CLI_TEST_PW"));
    return env;
}

} // namespace

class TestCliPasswords : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    // A project from MariaDB to MariaDB whose connections name `passwordEnv` (maybe none).
    QString project(const QString& passwordEnv)
    {
        Project p;
        p.name = QStringLiteral("passwords");
        p.source = profileFor(Db::MariaDB);
        p.target = profileFor(Db::MariaDB);
        p.source.passwordEnv = p.target.passwordEnv = passwordEnv;
        TableMapping m;
        m.source = m.target = QStringLiteral("cli_pw_people");
        m.fields = identityFields({QStringLiteral("id"), QStringLiteral("name")});
        p.tables = {m};
        const QString path = dir_.filePath(QStringLiteral("pw-%1.ferry.json").arg(passwordEnv));
        QString error;
        if (!ProjectFile::save(p, path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    static QJsonObject json(const Outcome& o)
    {
        QJsonParseError error;
        const QJsonDocument d = QJsonDocument::fromJson(o.out, &error);
        if (error.error != QJsonParseError::NoError || !d.isObject())
            qWarning("not a JSON object on stdout: %s (stderr: %s)", o.out.constData(), o.err.constData());
        return d.object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty(), "script(1) is missing");
        // The server is up (a missing one fails here), with a table for the projects to name.
        auto c = openDb(Db::MariaDB);
        dropTable(*c, QStringLiteral("cli_pw_people"));
        c->execute(QStringLiteral("CREATE TABLE cli_pw_people (id INT PRIMARY KEY, name VARCHAR(20))"));
    }

    void noVariableWithoutTerminalIsRefusedAsJson()
    {
        const Outcome o =
            runCli({QStringLiteral("validate"), project({}), QStringLiteral("--json")}, withoutPasswords());
        QCOMPARE(o.exitCode, 3);
        const QJsonObject j = json(o);
        QCOMPARE(j.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(j.value(QLatin1String("exitCode")).toInt(), 3);
        QVERIFY2(j.value(QLatin1String("error")).toString().contains(QLatin1String("using password: NO")),
                 o.out.constData());
    }

    void unsetVariableWithoutTerminalIsRefusedAsJson()
    {
        const Outcome o =
            runCli({QStringLiteral("run"), project(QStringLiteral("FERRY_CLI_TEST_PW")), QStringLiteral("--json")},
                   withoutPasswords());
        QCOMPARE(o.exitCode, 3);
        const QJsonObject j = json(o);
        QCOMPARE(j.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QVERIFY2(j.value(QLatin1String("error"))
                     .toString()
                     .contains(QLatin1String("environment variable FERRY_CLI_TEST_PW, which is not set")),
                 o.out.constData());
    }

    void badProjectIsRefusedAsJson()
    {
        QFile f(dir_.filePath(QStringLiteral("broken.ferry.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"formatVersion": 1, "name": "broken", "tables": 7})");
        f.close();
        const Outcome o = runCli({QStringLiteral("dry-run"), f.fileName(), QStringLiteral("--json")});
        QCOMPARE(o.exitCode, 2);
        QCOMPARE(json(o).value(QLatin1String("exitCode")).toInt(), 2);
        QVERIFY2(json(o).value(QLatin1String("error")).toString().contains(QLatin1String("source: missing")),
                 o.out.constData());
    }

    void terminalIsAskedWithoutVariable()
    {
        const Outcome o = runAtTerminal({QStringLiteral("validate"), project({})}, "ferry", 2, withoutPasswords());
        QVERIFY2(o.exitCode == 0, o.out.constData());
        QVERIFY2(o.out.contains("Password for the source (user ferry; Enter for none): "), o.out.constData());
        QVERIFY2(o.out.contains("Password for the target (user ferry; Enter for none): "), o.out.constData());
        QVERIFY2(o.out.contains("is valid"), o.out.constData());
        QVERIFY2(!o.out.contains("): ferry"), "the password was echoed");
    }

    void terminalIsAskedWhenVariableUnset()
    {
        const Outcome o = runAtTerminal({QStringLiteral("validate"), project(QStringLiteral("FERRY_CLI_TEST_PW"))},
                                        "ferry", 2, withoutPasswords());
        QVERIFY2(o.exitCode == 0, o.out.constData());
        QVERIFY2(o.out.contains("Password for the source (FERRY_CLI_TEST_PW is not set): "), o.out.constData());
        QVERIFY2(!o.out.contains("): ferry"), "the password was echoed");
    }
};

QTEST_GUILESS_MAIN(TestCliPasswords)
#include "tst_cli_passwords.moc"
