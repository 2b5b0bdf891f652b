// ConnectionCheck: the one-line summary "Test connection" shows, from what the driver manager reports.
#include "assist/connection_check.h"

#include <QTest>

using namespace ferry;

namespace {

SchemaSnapshot snapshot(DbFamily family, const ServerInfo& server, int tables, int views)
{
    SchemaSnapshot s;
    s.family = family;
    s.server = server;
    for (int i = 0; i < tables + views; ++i) {
        TableInfo t;
        t.name = QStringLiteral("t%1").arg(i);
        t.isView = i >= tables;
        s.tables << t;
    }
    return s;
}

} // namespace

class TstConnectionCheck : public QObject {
    Q_OBJECT
private slots:
    void shortVersion()
    {
        QCOMPARE(ConnectionCheck::shortVersion(QStringLiteral("03.01.0015")), QStringLiteral("3.1.15"));
        QCOMPARE(ConnectionCheck::shortVersion(QStringLiteral("10.11.000019")), QStringLiteral("10.11.19"));
        QCOMPARE(ConnectionCheck::shortVersion(QStringLiteral("13.02.0000"), true), QStringLiteral("13.02"));
        QCOMPARE(ConnectionCheck::shortVersion(QStringLiteral("6.4.0")), QStringLiteral("6.4"));
        QCOMPARE(ConnectionCheck::shortVersion(QStringLiteral("3.40.1")), QStringLiteral("3.40.1"));
        QCOMPARE(ConnectionCheck::shortVersion(QStringLiteral("15.4 (Debian)")), QStringLiteral("15.4 (Debian)"));
    }

    void summaries()
    {
        QCOMPARE(ConnectionCheck::summary(snapshot(DbFamily::PostgreSQL,
                                                   {QStringLiteral("PostgreSQL"), QStringLiteral("15.0.18"),
                                                    QStringLiteral("psqlodbcw.so"), QStringLiteral("13.02.0000")},
                                                   12, 0)),
                 QStringLiteral("Connected to PostgreSQL 15.18 through psqlODBC 13.02 — 12 tables"));
        QCOMPARE(ConnectionCheck::summary(snapshot(DbFamily::MariaDB,
                                                   {QStringLiteral("MariaDB"), QStringLiteral("10.11.000019"),
                                                    QStringLiteral("libmaodbc.so"), QStringLiteral("03.01.0015")},
                                                   1, 2)),
                 QStringLiteral("Connected to MariaDB 10.11.19 through MariaDB Connector/ODBC 3.1.15 — 1 table and 2 "
                                "views"));
        QCOMPARE(
            ConnectionCheck::summary(snapshot(DbFamily::SQLite,
                                              {QStringLiteral("SQLite"), QStringLiteral("3.40.1"),
                                               QStringLiteral("Qt QSQLITE"), QStringLiteral("6.4.2")},
                                              0, 1)),
            QStringLiteral("Connected to SQLite 3.40.1 through Qt's built-in SQLite driver — 0 tables and 1 view"));
    }

    void errorsAreCaught()
    {
        ConnectionProfile p;
        p.kind = ConnectionProfile::Kind::Sqlite;
        p.file = QStringLiteral("/nonexistent/folder/none.sqlite");
        const ConnectionCheck c = ConnectionCheck::run(p, {});
        QVERIFY(!c.ok());
        QCOMPARE(c.failure, ConnectFailure::DatabaseMissing);
        QVERIFY(c.message.contains(QLatin1String("none.sqlite")));
        QCOMPARE(c.advice, QStringLiteral("Check the path in the connection settings."));
    }
};

QTEST_GUILESS_MAIN(TstConnectionCheck)
#include "tst_connection_check.moc"
