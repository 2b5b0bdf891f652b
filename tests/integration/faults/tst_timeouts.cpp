// The profile's login and statement timeouts, applied for real: a server that accepts the TCP
// connection but never answers makes the connect fail within loginTimeout + 2 s with a ConnectError
// that says so; a statement longer than queryTimeout fails with a timeout whose scope is Transient.
// (SQLite's queryTimeout is its busy timeout: tst_error_scope.cpp, lockTimeout.)
#include "faults_fixture.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ferry;
using namespace ferry::test;

namespace {

// A TCP port on 127.0.0.1 whose connections the kernel accepts into the backlog and nobody ever reads
// or answers: what a hung server or a black-holing middlebox looks like to a client.
class SilentServer {
public:
    SilentServer()
    {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), len) != 0 || ::listen(fd_, 16) != 0 ||
            ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
            return;
        port_ = ntohs(addr.sin_port);
    }
    ~SilentServer()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    SilentServer(const SilentServer&) = delete;
    SilentServer& operator=(const SilentServer&) = delete;
    int port() const { return port_; }

private:
    int fd_ = -1;
    int port_ = 0;
};

QString text(Connection& c, const QString& sql)
{
    std::vector<Row> rows;
    c.query(sql)->fetch(rows, 1);
    return rows.empty() ? QString() : rows[0][0].toString();
}

} // namespace

class TstTimeouts : public QObject {
    Q_OBJECT

private slots:
    void servers_data()
    {
        QTest::addColumn<int>("db");
        QTest::newRow("postgres") << int(Db::Postgres);
        QTest::newRow("mariadb") << int(Db::MariaDB);
    }

    void loginTimeout_data() { servers_data(); }
    void loginTimeout()
    {
        QFETCH(int, db);
        const SilentServer silent;
        QVERIFY(silent.port() > 0);
        ConnectionProfile p = profileFor(Db(db));
        p.host = QStringLiteral("127.0.0.1");
        p.port = silent.port();
        p.loginTimeoutSeconds = 2;
        QElapsedTimer t;
        t.start();
        try {
            openConnection(p, QStringLiteral("ferry"));
            QFAIL("a server that never answers must not accept the login");
        } catch (const ConnectError& e) {
            const qint64 ms = t.elapsed();
            qInfo("%s gave up after %lld ms: %s/%d %s | %s", qPrintable(dbName(Db(db))), ms, qPrintable(e.sqlState()),
                  e.nativeCode(), qPrintable(e.message()), qPrintable(e.advice()));
            QVERIFY2(ms >= 1500 && ms < 4000, qPrintable(QString::number(ms)));
            QCOMPARE(e.kind(), ConnectFailure::HostUnreachable);
            QVERIFY2(e.message().contains(QLatin1String("did not answer within 2 second")), qPrintable(e.message()));
            QVERIFY(scopeOf(e, familyOf(Db(db))) == ErrorScope::Transient);
        }
    }

    // Without queryTimeout a session has no statement limit; with it, the server enforces one.
    void queryTimeout_data() { servers_data(); }
    void queryTimeout()
    {
        QFETCH(int, db);
        const bool pg = Db(db) == Db::Postgres;
        const QString setting =
            pg ? QStringLiteral("SHOW statement_timeout") : QStringLiteral("SELECT @@SESSION.max_statement_time");
        QCOMPARE(text(*openDb(Db(db)), setting).toDouble(), 0.0); // PostgreSQL "0", MariaDB "0"

        ConnectionProfile p = profileFor(Db(db));
        p.queryTimeoutSeconds = 1;
        auto c = openConnection(p, QStringLiteral("ferry"));
        QCOMPARE(text(*c, setting), pg ? QStringLiteral("1s") : QStringLiteral("1"));
        QElapsedTimer t;
        t.start();
        const auto e =
            errorOf([&] { c->execute(pg ? QStringLiteral("SELECT pg_sleep(5)") : QStringLiteral("SELECT SLEEP(5)")); });
        const qint64 ms = t.elapsed();
        QVERIFY(e);
        qInfo("%s timed out after %lld ms: %s", qPrintable(dbName(Db(db))), ms,
              qPrintable(describe(*e, familyOf(Db(db)))));
        QVERIFY2(ms >= 900 && ms < 3000, qPrintable(QString::number(ms)));
        QVERIFY(scopeOf(*e, familyOf(Db(db))) == ErrorScope::Transient);
        QCOMPARE(text(*c, QStringLiteral("SELECT 42")), QStringLiteral("42")); // still usable
    }
};

QTEST_GUILESS_MAIN(TstTimeouts)
#include "tst_timeouts.moc"
