// connect() against the real PostgreSQL and MariaDB servers and the SQLite3 ODBC driver: family and
// versions, session set-up, every connect failure kind with its message, escaping of awkward
// passwords, driver discovery, psqlODBC's rollback level and bounded memory while streaming.
#include "integration/odbc_connect/test_profiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::odbc;
using namespace ferry::test;

namespace {

// Resident memory in MiB (Linux); -1 where unknown.
long residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    return -1;
}

ConnectError expectFailure(const ConnectionProfile& p, const QString& password)
{
    try {
        odbc::connect(p, password);
    } catch (const ConnectError& e) {
        return e;
    }
    qFatal("connect() succeeded where it must fail: %s", qPrintable(redactedConnectionString(p)));
}

struct StreamFigures {
    long before = 0;
    long peak = 0;
    qint64 rows = 0;
};

// Reads every row of `sql` value by value and records the resident-memory peak.
StreamFigures stream(SQLHDBC dbc, const QString& sql)
{
    StreamFigures f;
    StmtHandle st = allocStatement(dbc);
    f.before = residentMiB();
    f.peak = f.before;
    const QByteArray text = sql.toUtf8();
    check(SQLExecDirect(st.get(), reinterpret_cast<SQLCHAR*>(const_cast<char*>(text.constData())),
                        SQLINTEGER(text.size())),
          SQL_HANDLE_STMT, st.get(), sql);
    f.peak = qMax(f.peak, residentMiB());
    char buf[512];
    SQLLEN ind = 0;
    while (SQLFetch(st.get()) == SQL_SUCCESS) {
        SQLGetData(st.get(), 2, SQL_C_CHAR, buf, sizeof buf, &ind);
        if (++f.rows % 20000 == 0)
            f.peak = qMax(f.peak, residentMiB());
    }
    return f;
}

const int kStreamRows = 200000;

} // namespace

class TstOdbcConnect : public QObject {
    Q_OBJECT
private:
    QString pgPassword, myPassword;
    ConnectionProfile pg, my;
    QTemporaryDir tmp;

private slots:
    void initTestCase()
    {
        pg = postgresProfile(&pgPassword);
        my = mariadbProfile(&myPassword);
        QVERIFY(tmp.isValid());
    }

    void goodConnectPostgres()
    {
        Session s = odbc::connect(pg, pgPassword);
        QCOMPARE(s.family, DbFamily::PostgreSQL);
        QCOMPARE(s.info.dbmsName, QStringLiteral("PostgreSQL"));
        QVERIFY2(s.info.dbmsVersion.startsWith(QLatin1String("15.")), qPrintable(s.info.dbmsVersion));
        QCOMPARE(s.info.driverName, QStringLiteral("psqlodbcw.so"));
        QVERIFY2(s.info.driverVersion.startsWith(QLatin1String("13.02")), qPrintable(s.info.driverVersion));
        QCOMPARE(s.identifierQuote, QStringLiteral("\""));
        QCOMPARE(scalar(s.dbc.get(), QStringLiteral("SHOW TIME ZONE")), QStringLiteral("UTC"));
        SQLULEN autocommit = 0;
        SQLGetConnectAttr(s.dbc.get(), SQL_ATTR_AUTOCOMMIT, &autocommit, 0, nullptr);
        QCOMPARE(autocommit, SQLULEN(SQL_AUTOCOMMIT_ON));
    }

    void goodConnectMariadb()
    {
        Session s = odbc::connect(my, myPassword);
        QCOMPARE(s.family, DbFamily::MariaDB);
        QCOMPARE(s.info.dbmsName, QStringLiteral("MariaDB"));
        QVERIFY2(s.info.dbmsVersion.contains(QLatin1String("10.11")), qPrintable(s.info.dbmsVersion));
        QCOMPARE(s.info.driverName, QStringLiteral("libmaodbc.so"));
        QVERIFY2(s.info.driverVersion.startsWith(QLatin1String("03.01")), qPrintable(s.info.driverVersion));
        QCOMPARE(s.identifierQuote, QStringLiteral("`"));
        QCOMPARE(scalar(s.dbc.get(), QStringLiteral("SELECT @@session.time_zone")), QStringLiteral("+00:00"));
        QCOMPARE(scalar(s.dbc.get(), QStringLiteral("SELECT @@character_set_client")), QStringLiteral("utf8mb4"));
        QCOMPARE(scalar(s.dbc.get(), QStringLiteral("SELECT @@character_set_results")), QStringLiteral("utf8mb4"));
        const QString mode = scalar(s.dbc.get(), QStringLiteral("SELECT @@session.sql_mode"));
        QVERIFY2(mode.split(QLatin1Char(',')).contains(QStringLiteral("STRICT_TRANS_TABLES")), qPrintable(mode));
    }

    // STRICT_TRANS_TABLES is added to whatever the server has, never replacing it.
    void mariadbKeepsServerSqlMode()
    {
        ConnectionProfile p = my;
        p.options.insert(QStringLiteral("INITSTMT"), QStringLiteral("SET SESSION sql_mode='NO_BACKSLASH_ESCAPES'"));
        Session s = odbc::connect(p, myPassword);
        QCOMPARE(scalar(s.dbc.get(), QStringLiteral("SELECT @@session.sql_mode")),
                 QStringLiteral("NO_BACKSLASH_ESCAPES,STRICT_TRANS_TABLES"));
        // And the strict mode bites: an over-long value is an error, not a silent truncation.
        exec(s.dbc.get(), QStringLiteral("DROP TABLE IF EXISTS odbc_connect_strict"));
        exec(s.dbc.get(), QStringLiteral("CREATE TABLE odbc_connect_strict (v varchar(3))"));
        QVERIFY_THROWS_EXCEPTION(DbError,
                                 exec(s.dbc.get(), QStringLiteral("INSERT INTO odbc_connect_strict VALUES ('abcd')")));
        QCOMPARE(scalar(s.dbc.get(), QStringLiteral("SELECT COUNT(*) FROM odbc_connect_strict")), QStringLiteral("0"));
        exec(s.dbc.get(), QStringLiteral("DROP TABLE odbc_connect_strict"));
    }

    void goodConnectSqlite()
    {
        Session s = odbc::connect(sqliteProfile(tmp.filePath(QStringLiteral("good.db"))), QString());
        QCOMPARE(s.family, DbFamily::SQLite);
        QCOMPARE(s.info.dbmsName, QStringLiteral("SQLite"));
        QVERIFY2(s.info.dbmsVersion.startsWith(QLatin1String("3.")), qPrintable(s.info.dbmsVersion));
        QCOMPARE(s.info.driverName, QStringLiteral("sqlite3odbc.so"));
        QVERIFY(!s.info.driverVersion.isEmpty());
        QCOMPARE(scalar(s.dbc.get(), QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("pg wrong port") << "pg"
                                       << "port" << int(ConnectFailure::HostUnreachable)
                                       << "The database server at 127.0.0.1:1 cannot be reached.";
        QTest::newRow("pg unknown host") << "pg"
                                         << "host" << int(ConnectFailure::HostUnreachable)
                                         << "The server name \"no-such-host.invalid\" cannot be found.";
        // The test server trusts local connections, so a wrong user stands in for a wrong password.
        QTest::newRow("pg bad credentials") << "pg"
                                            << "user" << int(ConnectFailure::BadCredentials)
                                            << "The server 127.0.0.1:55432 refused the user name or password for "
                                               "\"no_such_user\".";
        QTest::newRow("pg unknown driver") << "pg"
                                           << "driver" << int(ConnectFailure::DriverMissing)
                                           << "The ODBC driver \"PostgreSQL Unicodex\" is not installed.";
        QTest::newRow("pg missing database") << "pg"
                                             << "database" << int(ConnectFailure::DatabaseMissing)
                                             << "The database \"no_such_db\" does not exist on the server "
                                                "127.0.0.1:55432.";
        QTest::newRow("my wrong port") << "my"
                                       << "port" << int(ConnectFailure::HostUnreachable)
                                       << "The database server at 127.0.0.1:1 cannot be reached.";
        QTest::newRow("my unknown host") << "my"
                                         << "host" << int(ConnectFailure::HostUnreachable)
                                         << "The server name \"no-such-host.invalid\" cannot be found.";
        QTest::newRow("my wrong password") << "my"
                                           << "password" << int(ConnectFailure::BadCredentials)
                                           << "The server 127.0.0.1:53306 refused the user name or password for "
                                              "\"ferry\".";
        QTest::newRow("my unknown driver") << "my"
                                           << "driver" << int(ConnectFailure::DriverMissing)
                                           << "The ODBC driver \"MariaDB Unicodex\" is not installed.";
        QTest::newRow("my missing database") << "my"
                                             << "database" << int(ConnectFailure::DatabaseMissing)
                                             << "The database \"no_such_db\" does not exist on the server "
                                                "127.0.0.1:53306.";
    }
    void failures()
    {
        QFETCH(QString, server);
        QFETCH(QString, change);
        QFETCH(int, kind);
        QFETCH(QString, message);
        ConnectionProfile p = server == QLatin1String("pg") ? pg : my;
        // A password that must appear nowhere, whatever the failure.
        const QString secret = QStringLiteral("Zq;8}{x=Secret");
        if (change == QLatin1String("port"))
            p.port = 1;
        else if (change == QLatin1String("host"))
            p.host = QStringLiteral("no-such-host.invalid");
        else if (change == QLatin1String("user"))
            p.user = QStringLiteral("no_such_user");
        else if (change == QLatin1String("driver"))
            p.driver += QLatin1Char('x');
        else if (change == QLatin1String("database"))
            p.database = QStringLiteral("no_such_db");
        p.passwordEnv = QStringLiteral("FERRY_TEST_SECRET");
        // MariaDB checks the password before the database: the missing-database case needs the real one.
        const bool realPassword = server == QLatin1String("my") && change == QLatin1String("database");
        const ConnectError e = expectFailure(p, realPassword ? myPassword : secret);
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(e.message(), message);
        QVERIFY(!e.advice().isEmpty());
        for (const QString& text : {e.message(), e.advice(), QString::fromUtf8(e.what())})
            QVERIFY2(!text.contains(QLatin1String("Secret")), qPrintable(text));
        if (kind == int(ConnectFailure::DriverMissing)) {
            QVERIFY2(e.advice().contains(p.driver.chopped(1)), qPrintable(e.advice()));
            QVERIFY2(e.advice().contains(server == QLatin1String("pg") ? QLatin1String("odbc-postgresql")
                                                                       : QLatin1String("odbc-mariadb")),
                     qPrintable(e.advice()));
        }
        if (kind == int(ConnectFailure::BadCredentials))
            QVERIFY2(e.advice().contains(QLatin1String("FERRY_TEST_SECRET")), qPrintable(e.advice()));
    }

    void sqliteMissingFolder()
    {
        const ConnectError e =
            expectFailure(sqliteProfile(tmp.filePath(QStringLiteral("no/such/dir/x.db"))), QString());
        QCOMPARE(e.kind(), ConnectFailure::DatabaseMissing);
        QCOMPARE(e.message(), QStringLiteral("The folder of the SQLite file \"%1\" does not exist.")
                                  .arg(QDir::toNativeSeparators(tmp.filePath(QStringLiteral("no/such/dir/x.db")))));
    }

    void unknownDsn()
    {
        ConnectionProfile p;
        p.dsn = QStringLiteral("ferry_no_such_dsn");
        const ConnectError e = expectFailure(p, QString());
        QCOMPARE(e.kind(), ConnectFailure::DriverMissing);
        QCOMPARE(e.message(), QStringLiteral("The ODBC data source \"ferry_no_such_dsn\" is not configured."));
        QCOMPARE(e.sqlState(), QStringLiteral("IM002"));
    }

    // Passwords and user names with ; { } = and spaces survive the connection string: a MariaDB user
    // with such a password logs in, a PostgreSQL role with { } = and spaces in its name (psqlODBC takes
    // the user name raw) is who the session runs as.
    void awkwardCredentialsRoundTrip()
    {
        const QString user = QStringLiteral("odbc_connect_awk");
        const QString password = QStringLiteral("p;a}s{s=w }}rd");
        {
            Session admin = odbc::connect(my, myPassword);
            exec(admin.dbc.get(), QStringLiteral("DROP USER IF EXISTS '%1'@'127.0.0.1'").arg(user));
            exec(admin.dbc.get(),
                 QStringLiteral("CREATE USER '%1'@'127.0.0.1' IDENTIFIED BY '%2'").arg(user, password));
        }
        ConnectionProfile p = my;
        p.user = user;
        p.database.clear(); // the new user has no grants on the test database
        {
            Session s = odbc::connect(p, password);
            QCOMPARE(scalar(s.dbc.get(), QStringLiteral("SELECT CURRENT_USER()")), user + QStringLiteral("@127.0.0.1"));
        }
        const ConnectError wrong = expectFailure(p, password.chopped(1));
        QCOMPARE(wrong.kind(), ConnectFailure::BadCredentials);
        Session admin = odbc::connect(my, myPassword);
        // Connector/ODBC 3.1.15 trims spaces around a value even inside {…}: such a password cannot log
        // in, and the advice says why.
        const QString spaced = QStringLiteral(" spaced ");
        exec(admin.dbc.get(), QStringLiteral("ALTER USER '%1'@'127.0.0.1' IDENTIFIED BY '%2'").arg(user, spaced));
        const ConnectError trimmed = expectFailure(p, spaced);
        QCOMPARE(trimmed.kind(), ConnectFailure::BadCredentials);
        QVERIFY2(trimmed.advice().contains(QLatin1String("drops spaces")), qPrintable(trimmed.advice()));
        exec(admin.dbc.get(), QStringLiteral("DROP USER '%1'@'127.0.0.1'").arg(user));

        const QString role = QStringLiteral("odbc connect r{o}}le=");
        Session pgAdmin = odbc::connect(pg, pgPassword);
        exec(pgAdmin.dbc.get(), QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        exec(pgAdmin.dbc.get(), QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(role));
        ConnectionProfile q = pg;
        q.user = role;
        {
            Session s = odbc::connect(q, QStringLiteral("x}y;z"));
            QCOMPARE(scalar(s.dbc.get(), QStringLiteral("SELECT current_user")), role);
        }
        exec(pgAdmin.dbc.get(), QStringLiteral("DROP ROLE \"%1\"").arg(role));
    }

    // psqlODBC's debug log writes the password in clear text; Ferry pins Debug=0 even when asked.
    void noDriverLogs()
    {
        const QDir logDir(QStringLiteral("/tmp"));
        const QStringList filters{QStringLiteral("mylog_tst_odbc_connect*"),
                                  QStringLiteral("psqlodbc_tst_odbc_connect*")};
        for (const QString& f : logDir.entryList(filters, QDir::Files))
            QFile::remove(logDir.filePath(f));
        ConnectionProfile p = pg;
        p.options.insert(QStringLiteral("Debug"), QStringLiteral("1"));
        {
            Session s = odbc::connect(p, pgPassword);
            scalar(s.dbc.get(), QStringLiteral("SELECT 1"));
        }
        QCOMPARE(logDir.entryList(filters, QDir::Files), QStringList());
    }

    void driversAndDataSources()
    {
        QStringList names;
        for (const DriverEntry& d : installedDrivers()) {
            names << d.name;
            if (d.name == QLatin1String("PostgreSQL Unicode"))
                QVERIFY2(d.attributes.contains(QLatin1String("Driver=psqlodbcw.so")), qPrintable(d.attributes));
        }
        for (const char* wanted : {"PostgreSQL Unicode", "PostgreSQL ANSI", "MariaDB Unicode", "SQLite3"})
            QVERIFY2(names.contains(QLatin1String(wanted)), qPrintable(names.join(QStringLiteral(", "))));
        // A user DSN written to a private ODBCINI is listed with its driver.
        const QString ini = tmp.filePath(QStringLiteral("odbc.ini"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[ferry_test_dsn]\nDriver=SQLite3\nDatabase=/tmp/x.db\n");
        f.close();
        const QByteArray old = qgetenv("ODBCINI");
        qputenv("ODBCINI", ini.toLocal8Bit());
        const QList<DataSourceEntry> sources = dataSources();
        old.isNull() ? qunsetenv("ODBCINI") : qputenv("ODBCINI", old);
        bool found = false;
        for (const DataSourceEntry& ds : sources)
            if (ds.name == QLatin1String("ferry_test_dsn")) {
                found = true;
                QCOMPARE(ds.driver, QStringLiteral("SQLite3"));
                QCOMPARE(ds.system, false);
            }
        QVERIFY(found);
    }

    // Protocol=7.4-0: psqlODBC neither wraps statements in savepoints nor rolls back on error, so the
    // engine's own ROLLBACK TO SAVEPOINT keeps the rows before a bad one. With 7.4-1 the driver
    // rolls the whole transaction back and the earlier row is lost.
    void postgresRollbackLevel()
    {
        for (const QString& protocol : {QStringLiteral("7.4-0"), QStringLiteral("7.4-1")}) {
            ConnectionProfile p = pg;
            p.options.insert(QStringLiteral("Protocol"), protocol);
            Session s = odbc::connect(p, pgPassword);
            exec(s.dbc.get(), QStringLiteral("DROP TABLE IF EXISTS odbc_connect_sp"));
            exec(s.dbc.get(), QStringLiteral("CREATE TABLE odbc_connect_sp (id int PRIMARY KEY)"));
            SQLSetConnectAttr(s.dbc.get(), SQL_ATTR_AUTOCOMMIT, reinterpret_cast<SQLPOINTER>(SQL_AUTOCOMMIT_OFF), 0);
            exec(s.dbc.get(), QStringLiteral("INSERT INTO odbc_connect_sp VALUES (1)"));
            exec(s.dbc.get(), QStringLiteral("SAVEPOINT batch"));
            QVERIFY_THROWS_EXCEPTION(DbError,
                                     exec(s.dbc.get(), QStringLiteral("INSERT INTO odbc_connect_sp VALUES (1)")));
            bool rolledBack = true;
            try {
                exec(s.dbc.get(), QStringLiteral("ROLLBACK TO SAVEPOINT batch"));
            } catch (const DbError&) {
                rolledBack = false;
            }
            SQLEndTran(SQL_HANDLE_DBC, s.dbc.get(), SQL_COMMIT);
            SQLSetConnectAttr(s.dbc.get(), SQL_ATTR_AUTOCOMMIT, reinterpret_cast<SQLPOINTER>(SQL_AUTOCOMMIT_ON), 0);
            const QString kept = scalar(s.dbc.get(), QStringLiteral("SELECT COUNT(*) FROM odbc_connect_sp"));
            exec(s.dbc.get(), QStringLiteral("DROP TABLE odbc_connect_sp"));
            if (protocol == QLatin1String("7.4-0")) {
                QVERIFY(rolledBack);
                QCOMPARE(kept, QStringLiteral("1"));
            } else {
                QCOMPARE(kept, QStringLiteral("0"));
            }
        }
    }

    void streamingMemory_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("postgres") << "pg";
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("mariadb") << "my";
    }
    // Reading 200,000 rows of 250 characters (~50 MB) must not hold the result set in memory.
    void streamingMemory()
    {
#ifndef Q_OS_LINUX
        QSKIP("resident memory is read from /proc");
#endif
        QFETCH(QString, server);
        ConnectionProfile p = server == QLatin1String("pg") ? pg
                              : server == QLatin1String("my")
                                  ? my
                                  : sqliteProfile(tmp.filePath(QStringLiteral("stream.db")));
        Session s = odbc::connect(p, server == QLatin1String("pg")   ? pgPassword
                                     : server == QLatin1String("my") ? myPassword
                                                                     : QString());
        const QString table = QStringLiteral("odbc_connect_stream");
        exec(s.dbc.get(), QStringLiteral("DROP TABLE IF EXISTS ") + table);
        if (server == QLatin1String("pg"))
            exec(s.dbc.get(), QStringLiteral("CREATE TABLE %1 AS SELECT g AS id, repeat('x', 250) AS t FROM "
                                             "generate_series(1, %2) g")
                                  .arg(table)
                                  .arg(kStreamRows));
        else if (server == QLatin1String("my"))
            exec(s.dbc.get(),
                 QStringLiteral("CREATE TABLE %1 AS SELECT seq AS id, repeat('x', 250) AS t FROM seq_1_to_%2")
                     .arg(table)
                     .arg(kStreamRows));
        else
            exec(s.dbc.get(),
                 QStringLiteral("CREATE TABLE %1 AS WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                "FROM s WHERE i < %2) SELECT i AS id, printf('%.250c', 'x') AS t FROM s")
                     .arg(table)
                     .arg(kStreamRows));
        const StreamFigures f = stream(s.dbc.get(), QStringLiteral("SELECT id, t FROM ") + table);
        exec(s.dbc.get(), QStringLiteral("DROP TABLE ") + table);
        QCOMPARE(f.rows, qint64(kStreamRows));
        qInfo("%s: resident memory %ld MiB before, %ld MiB peak while reading %lld rows", qPrintable(server), f.before,
              f.peak, f.rows);
        if (server == QLatin1String("my") && s.info.driverVersion < QLatin1String("03.01.0017"))
            QEXPECT_FAIL("mariadb",
                         "MariaDB Connector/ODBC before 3.1.17 always caches the whole result set; "
                         "readers must page (keyset) on MariaDB",
                         Continue);
        QVERIFY2(f.peak - f.before < 20, qPrintable(QStringLiteral("grew by %1 MiB").arg(f.peak - f.before)));
    }
};

QTEST_GUILESS_MAIN(TstOdbcConnect)
#include "tst_odbc_connect.moc"
