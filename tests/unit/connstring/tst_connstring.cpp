// Connection strings (escaping, per-driver defaults, redaction) and the classification of connect
// failures from driver diagnostics, without a server.
#include "db/odbc/odbc_connect.h"

#include <QTest>

using namespace ferry;
using namespace ferry::odbc;

class TstConnString : public QObject {
    Q_OBJECT
private slots:
    void escapeAttribute_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("force");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "ferry" << false << "ferry";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("empty forced") << "" << true << "{}";
        QTest::newRow("semicolon") << "a;b" << false << "{a;b}";
        QTest::newRow("equals") << "a=b" << false << "{a=b}";
        QTest::newRow("open brace") << "a{b" << false << "{a{b}";
        QTest::newRow("close brace doubled") << "a}b" << false << "{a}}b}";
        QTest::newRow("two close braces") << "}}" << false << "{}}}}}";
        QTest::newRow("leading space") << " a" << false << "{ a}";
        QTest::newRow("trailing space") << "a " << false << "{a }";
        QTest::newRow("inner space") << "a b" << false << "a b";
        QTest::newRow("forced") << "secret" << true << "{secret}";
        QTest::newRow("non-ascii") << "Straße" << false << "Straße";
    }
    void escapeAttribute()
    {
        QFETCH(QString, value);
        QFETCH(bool, force);
        QFETCH(QString, expected);
        QCOMPARE(odbc::escapeAttribute(value, force), expected);
    }

    void familyFromDriverName()
    {
        QCOMPARE(odbc::familyFromDriverName(QStringLiteral("PostgreSQL Unicode")), DbFamily::PostgreSQL);
        QCOMPARE(odbc::familyFromDriverName(QStringLiteral("psqlODBC postgres 13")), DbFamily::PostgreSQL);
        QCOMPARE(odbc::familyFromDriverName(QStringLiteral("MariaDB Unicode")), DbFamily::MariaDB);
        QCOMPARE(odbc::familyFromDriverName(QStringLiteral("MySQL ODBC 8.0 Unicode Driver")), DbFamily::MariaDB);
        QCOMPARE(odbc::familyFromDriverName(QStringLiteral("SQLite3")), DbFamily::SQLite);
        QCOMPARE(odbc::familyFromDriverName(QStringLiteral("ODBC Driver 18 for SQL Server")), DbFamily::Generic);
        QCOMPARE(odbc::familyFromDbmsName(QStringLiteral("MariaDB")), DbFamily::MariaDB);
    }

    void postgresString()
    {
        ConnectionProfile p;
        p.driver = QStringLiteral("PostgreSQL Unicode");
        p.host = QStringLiteral("db.example.com");
        p.port = 5432;
        p.database = QStringLiteral("crm");
        p.user = QStringLiteral("ferry");
        QCOMPARE(connectionString(p, QStringLiteral("pa;s}s")),
                 QStringLiteral("Driver={PostgreSQL Unicode};Server=db.example.com;Port=5432;Database=crm;Uid=ferry;"
                                "Pwd={pa;s}}s};UseDeclareFetch=1;Fetch=10000;UseServerSidePrepare=1;Protocol=7.4-0;"
                                "BoolsAsChar=0;LFConversion=0;CommLog=0;Debug=0"));
        // The password is always braced, even when it needs no escaping.
        QVERIFY(connectionString(p, QStringLiteral("plain")).contains(QLatin1String(";Pwd={plain};")));
    }

    void userOptionsOverrideDefaultsButNotDebug()
    {
        ConnectionProfile p;
        p.driver = QStringLiteral("PostgreSQL Unicode");
        p.host = QStringLiteral("h");
        p.options.insert(QStringLiteral("fetch"), QStringLiteral("500"));
        p.options.insert(QStringLiteral("SSLmode"), QStringLiteral("require"));
        p.options.insert(QStringLiteral("Debug"), QStringLiteral("1"));
        p.options.insert(QStringLiteral("Options"), QStringLiteral("a=b"));
        const QString s = connectionString(p, QString());
        QVERIFY2(s.contains(QLatin1String(";Fetch=500;")), qPrintable(s));
        QVERIFY2(!s.contains(QLatin1String("Fetch=10000")), qPrintable(s));
        // psqlODBC unwraps {…} only for the password: other values go in raw.
        QVERIFY2(s.endsWith(QLatin1String(";Debug=0;Options=a=b;SSLmode=require")), qPrintable(s));
        QVERIFY2(!s.contains(QLatin1String("Pwd")), qPrintable(s));
    }

    void mariadbAndSqliteDefaults()
    {
        ConnectionProfile my;
        my.driver = QStringLiteral("MariaDB Unicode");
        my.host = QStringLiteral("127.0.0.1");
        my.port = 3306;
        my.database = QStringLiteral("crm");
        my.user = QStringLiteral("u;{x}");
        // MariaDB's driver unwraps {…} in every value.
        QCOMPARE(connectionString(my, QStringLiteral("p")),
                 QStringLiteral("Driver={MariaDB Unicode};Server=127.0.0.1;Port=3306;Database=crm;Uid={u;{x}}};"
                                "Pwd={p};CHARSET=utf8mb4;NO_CACHE=1;OPTION=2;CONN_TIMEOUT=15"));
        ConnectionProfile lite;
        lite.driver = QStringLiteral("SQLite3");
        lite.database = QStringLiteral("/data/my crm=v2 {x}.db");
        QCOMPARE(connectionString(lite, QString()),
                 QStringLiteral("Driver={SQLite3};Database=/data/my crm=v2 {x}.db;StepAPI=1;FKSupport=1;BigInt=1"));
        // Neither psqlODBC nor the SQLite3 driver can take a ';' outside the password: say so.
        lite.database = QStringLiteral("/data/a;b.db");
        try {
            connectionString(lite, QString());
            QFAIL("a ';' in an SQLite path must be refused");
        } catch (const ConnectError& e) {
            QCOMPARE(e.kind(), ConnectFailure::Other);
            QCOMPARE(e.message(), QStringLiteral("The SQLite ODBC driver cannot take a \";\" in the connection "
                                                 "setting Database."));
        }
        QCOMPARE(redactedConnectionString(lite),
                 QStringLiteral("Driver={SQLite3};Database=/data/a;b.db;StepAPI=1;FKSupport=1;BigInt=1"));
        ConnectionProfile other;
        other.driver = QStringLiteral("Acme ODBC");
        other.host = QStringLiteral("h");
        QCOMPARE(connectionString(other, QString()), QStringLiteral("Driver={Acme ODBC};Server=h"));
    }

    // MariaDB Connector/ODBC 3.1.15 ignores SQL_ATTR_LOGIN_TIMEOUT: the login timeout travels as
    // CONN_TIMEOUT. sqliteodbc's busy timeout is Timeout (ms). A user's own option wins.
    void timeoutAttributes()
    {
        ConnectionProfile my;
        my.driver = QStringLiteral("MariaDB Unicode");
        my.loginTimeoutSeconds = 0;
        my.queryTimeoutSeconds = 7; // SET SESSION max_statement_time, not the connection string
        QCOMPARE(connectionString(my, QString()),
                 QStringLiteral("Driver={MariaDB Unicode};CHARSET=utf8mb4;NO_CACHE=1;OPTION=2"));
        my.loginTimeoutSeconds = 4;
        QVERIFY(connectionString(my, QString()).endsWith(QLatin1String(";CONN_TIMEOUT=4")));
        my.options.insert(QStringLiteral("conn_timeout"), QStringLiteral("9"));
        QVERIFY(connectionString(my, QString()).endsWith(QLatin1String(";CONN_TIMEOUT=9")));
        ConnectionProfile lite;
        lite.driver = QStringLiteral("SQLite3");
        lite.database = QStringLiteral("/data/crm.db");
        lite.queryTimeoutSeconds = 3;
        QCOMPARE(connectionString(lite, QString()),
                 QStringLiteral("Driver={SQLite3};Database=/data/crm.db;StepAPI=1;FKSupport=1;BigInt=1;Timeout=3000"));
        ConnectionProfile pg;
        pg.driver = QStringLiteral("PostgreSQL Unicode");
        pg.queryTimeoutSeconds = 3; // SET statement_timeout; the login timeout is SQL_ATTR_LOGIN_TIMEOUT
        QVERIFY(!connectionString(pg, QString()).contains(QLatin1String("imeout")));
    }

    void dsnProfile()
    {
        ConnectionProfile p;
        p.dsn = QStringLiteral("legacy crm");
        p.user = QStringLiteral("sa");
        // An unknown DSN gets no family defaults (the driver is unknown).
        QCOMPARE(connectionString(p, QStringLiteral("x")), QStringLiteral("DSN=legacy crm;Uid=sa;Pwd={x}"));
        QCOMPARE(redactedConnectionString(p), QStringLiteral("DSN=legacy crm;Uid=sa;Pwd=***"));
    }

    void redaction()
    {
        ConnectionProfile p;
        p.driver = QStringLiteral("MariaDB Unicode");
        p.host = QStringLiteral("h");
        p.user = QStringLiteral("u");
        p.options.insert(QStringLiteral("PASSWORD"), QStringLiteral("leaked"));
        const QString r = redactedConnectionString(p);
        QCOMPARE(r,
                 QStringLiteral("Driver={MariaDB Unicode};Server=h;Uid=u;Pwd=***;CHARSET=utf8mb4;NO_CACHE=1;OPTION=2;"
                                "CONN_TIMEOUT=15;PASSWORD=***"));
        QVERIFY(!r.contains(QLatin1String("leaked")));
    }

    void classifyFailures_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("native");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        const QString pg = QStringLiteral("PostgreSQL Unicode");
        const QString my = QStringLiteral("MariaDB Unicode");
        QTest::newRow("pg refused") << pg << "08001" << 101
                                    << "connection to server at \"127.0.0.1\", port 5 failed: Connection refused"
                                    << int(ConnectFailure::HostUnreachable)
                                    << "The database server at db.example.com:5 cannot be reached.";
        QTest::newRow("pg unknown host") << pg << "08001" << 101
                                         << "could not translate host name \"x\" to address: Name or service not known"
                                         << int(ConnectFailure::HostUnreachable)
                                         << "The server name \"db.example.com\" cannot be found.";
        QTest::newRow("pg password") << pg << "08001" << 101 << "FATAL:  password authentication failed for user \"u\""
                                     << int(ConnectFailure::BadCredentials)
                                     << "The server db.example.com:5 refused the user name or password for \"u\".";
        QTest::newRow("pg role") << pg << "08001" << 101 << "FATAL:  role \"u\" does not exist"
                                 << int(ConnectFailure::BadCredentials)
                                 << "The server db.example.com:5 refused the user name or password for \"u\".";
        QTest::newRow("pg database") << pg << "08001" << 101 << "FATAL:  database \"crm\" does not exist"
                                     << int(ConnectFailure::DatabaseMissing)
                                     << "The database \"crm\" does not exist on the server db.example.com:5.";
        QTest::newRow("my refused") << my << "HY000" << 2002 << "[ma-3.1.15]Can't connect to server on 'h' (115)"
                                    << int(ConnectFailure::HostUnreachable)
                                    << "The database server at db.example.com:5 cannot be reached.";
        QTest::newRow("my 1045") << my << "28000" << 1045 << "Access denied for user 'u'@'h' (using password: YES)"
                                 << int(ConnectFailure::BadCredentials)
                                 << "The server db.example.com:5 refused the user name or password for \"u\".";
        QTest::newRow("my 1049") << my << "42000" << 1049 << "Unknown database 'crm'"
                                 << int(ConnectFailure::DatabaseMissing)
                                 << "The database \"crm\" does not exist on the server db.example.com:5.";
        QTest::newRow("other") << my << "HY000" << 1 << "Something odd" << int(ConnectFailure::Other)
                               << "Cannot connect to db.example.com:5: Something odd";
    }
    void classifyFailures()
    {
        QFETCH(QString, driver);
        QFETCH(QString, state);
        QFETCH(int, native);
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, message);
        ConnectionProfile p;
        p.driver = driver;
        p.host = QStringLiteral("db.example.com");
        p.port = 5;
        p.database = QStringLiteral("crm");
        p.user = QStringLiteral("u");
        const ConnectError e = connectErrorFrom(p, QStringLiteral("s3cr3t"), {Diagnostic{state, native, text}});
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(e.message(), message);
        QCOMPARE(e.sqlState(), state);
        QVERIFY(!e.advice().isEmpty());
    }

    void echoedPasswordIsWithheld()
    {
        ConnectionProfile p;
        p.driver = QStringLiteral("Acme ODBC");
        p.host = QStringLiteral("h");
        p.user = QStringLiteral("u");
        const ConnectError e =
            connectErrorFrom(p, QStringLiteral("Tr0ub4dor&3"),
                             {Diagnostic{QStringLiteral("HY000"), 7, QStringLiteral("bad login u/Tr0ub4dor&3")}});
        QCOMPARE(int(e.kind()), int(ConnectFailure::Other));
        QVERIFY2(!e.message().contains(QLatin1String("Tr0ub4dor")), qPrintable(e.message()));
        QVERIFY2(!e.advice().contains(QLatin1String("Tr0ub4dor")), qPrintable(e.advice()));
        QVERIFY2(e.message().contains(QLatin1String("withheld")), qPrintable(e.message()));
    }

    void missingDriverNamesInstalledOnes()
    {
        ConnectionProfile p;
        p.driver = QStringLiteral("PostgreSQL Unicodex");
        const ConnectError e = connectErrorFrom(
            p, QString(),
            {Diagnostic{
                QStringLiteral("01000"), 0,
                QStringLiteral("[unixODBC][Driver Manager]Can't open lib 'PostgreSQL Unicodex' : file not found")}});
        QCOMPARE(int(e.kind()), int(ConnectFailure::DriverMissing));
        QCOMPARE(e.message(), QStringLiteral("The ODBC driver \"PostgreSQL Unicodex\" is not installed."));
        QVERIFY2(e.advice().contains(QLatin1String("PostgreSQL Unicode,")) ||
                     e.advice().contains(QLatin1String("PostgreSQL Unicode.")),
                 qPrintable(e.advice()));
        QVERIFY2(e.advice().contains(QLatin1String("odbc-postgresql")), qPrintable(e.advice()));
    }
};

QTEST_GUILESS_MAIN(TstConnString)
#include "tst_connstring.moc"
