#pragma once
// The test databases' own command-line clients (psql, mariadb, sqlite3): what a database holds, read
// back and rendered by the database itself, never through Ferry's readers or coercion.
#include "dbfixture.h"

#include <QProcess>
#include <QRegularExpression>

namespace ferry::test {

// Runs `sql` (statements or a script) through the client of `db`; one output line per row, columns
// separated by tabs. A client error stops the test with the client's message.
inline QStringList clientRows(Db db, const QString& sqlitePath, const QString& sql)
{
    QProcess client;
    QStringList args;
    QString program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    static const QRegularExpression dbRe(QStringLiteral("Database=([^;]+)"));
    switch (db) {
    case Db::Postgres:
        program = QStringLiteral("psql");
        args << QStringLiteral("-h") << QStringLiteral("127.0.0.1") << QStringLiteral("-p")
             << requiredEnv("FERRY_TEST_PG_PORT") << QStringLiteral("-U") << QStringLiteral("ferry")
             << QStringLiteral("-d") << dbRe.match(postgresConnectionString()).captured(1) << QStringLiteral("-AtqX")
             << QStringLiteral("-F") << QStringLiteral("\t") << QStringLiteral("-v")
             << QStringLiteral("ON_ERROR_STOP=1");
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("ferry"));
        break;
    case Db::MariaDB:
        program = QStringLiteral("mariadb");
        args << QStringLiteral("--no-defaults") << QStringLiteral("-h127.0.0.1")
             << QStringLiteral("-P") + requiredEnv("FERRY_TEST_MY_PORT") << QStringLiteral("-uferry")
             << QStringLiteral("-pferry") << QStringLiteral("--default-character-set=utf8mb4") << QStringLiteral("-N")
             << QStringLiteral("-B") << dbRe.match(mariadbConnectionString()).captured(1);
        break;
    default:
        program = QStringLiteral("sqlite3");
        args << QStringLiteral("-bail") << QStringLiteral("-separator") << QStringLiteral("\t") << sqlitePath;
        break;
    }
    client.setProcessEnvironment(env);
    client.start(program, args);
    client.write(sql.toUtf8());
    client.closeWriteChannel();
    if (!client.waitForFinished(120000) || client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), client.readAllStandardError().constData());
    return QString::fromUtf8(client.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace ferry::test
