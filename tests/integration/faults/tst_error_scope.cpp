// Every class of error provoked for real on each database — PostgreSQL and MariaDB through ODBC, SQLite
// through sqliteodbc and through Qt's QSQLITE — and what scopeOf() makes of it. The SQLSTATE and native
// code each driver gives are pinned too: they are the facts the table in db/error_scope.h is built on.
// (Cancel and timeouts: tst_cancel.cpp, tst_timeouts.cpp.)
#include "faults_fixture.h"

#include <QTemporaryDir>
#include <QUuid>
#include <map>
#include <thread>

using namespace ferry;
using namespace ferry::test;

namespace {

// What one driver reported: "state/native", or only the state for psqlODBC, whose native numbers are its
// own internal codes.
struct Fact {
    Db db;
    const char* said;
};

struct Case {
    const char* name;
    QString sql;
    ErrorScope scope;
    QList<Fact> facts;
};

QString insertChild(const char* values)
{
    return QStringLiteral("INSERT INTO es_child (id, code, n, parent_id) VALUES (%1)").arg(QLatin1String(values));
}

constexpr Db PG = Db::Postgres, MY = Db::MariaDB, SO = Db::SqliteOdbc, SQ = Db::SqliteQt;

const QList<Case>& statementCases()
{
    static const QList<Case> cases{
        {"unique violation",
         insertChild("2, 'a', 1, 1"),
         ErrorScope::Row,
         {{PG, "23505"}, {MY, "23000/1062"}, {SO, "HY000/19"}, {SQ, "23505/2067"}}},
        {"not null",
         insertChild("3, NULL, 1, 1"),
         ErrorScope::Row,
         {{PG, "23502"}, {MY, "23000/1048"}, {SO, "HY000/19"}, {SQ, "23502/1299"}}},
        // SQLite does not check lengths.
        {"too long", insertChild("4, 'abcdefgh', 1, 1"), ErrorScope::Row, {{PG, "22001"}, {MY, "22001/1406"}}},
        {"check",
         insertChild("5, 'e', -1, 1"),
         ErrorScope::Row,
         {{PG, "23514"}, {MY, "23000/4025"}, {SO, "HY000/19"}, {SQ, "23514/275"}}},
        {"foreign key",
         insertChild("6, 'f', 1, 999"),
         ErrorScope::Row,
         {{PG, "23503"}, {MY, "23000/1452"}, {SO, "HY000/19"}, {SQ, "23503/787"}}},
        {"bad integer text", insertChild("7, 'g', 'abc', 1"), ErrorScope::Row, {{PG, "22P02"}, {MY, "22007/1366"}}},
        // SQLite stores text in an INTEGER column unless the table is STRICT or the column is the rowid.
        {"bad integer text",
         QStringLiteral("INSERT INTO es_strict (n) VALUES ('abc')"),
         ErrorScope::Row,
         {{SO, "HY000/19"}, {SQ, "22018/3091"}}},
        {"rowid mismatch",
         QStringLiteral("INSERT INTO es_child (id, code) VALUES ('x', 'h')"),
         ErrorScope::Row,
         {{SO, "HY000/20"}, {SQ, "22018/20"}}},
        {"undefined table",
         QStringLiteral("SELECT * FROM es_no_such_table"),
         ErrorScope::Job,
         {{PG, "42P01"}, {MY, "42S02/1146"}, {SO, "HY000/1"}, {SQ, "HY000/1"}}},
        {"undefined column",
         QStringLiteral("SELECT no_such_column FROM es_child"),
         ErrorScope::Job,
         {{PG, "42703"}, {MY, "42S22/1054"}, {SO, "HY000/1"}, {SQ, "HY000/1"}}},
        {"syntax",
         QStringLiteral("SELEC 1"),
         ErrorScope::Job,
         {{PG, "42601"}, {MY, "42000/1064"}, {SO, "HY000/1"}, {SQ, "HY000/1"}}},
    };
    return cases;
}

QString uniqueName(const char* prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

} // namespace

class TstErrorScope : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::map<Db, std::unique_ptr<Connection>> conns_;

    QString sqliteFile(Db db) const { return dir_.filePath(dbName(db) + QStringLiteral(".db")); }
    std::unique_ptr<Connection> open(Db db) const { return openDb(db, sqliteFile(db)); }
    Connection& c(Db db) { return *conns_.at(db); }

    // Drops the suite's tables, children first.
    static void dropAll(Connection& c)
    {
        for (const char* t : {"es_child", "es_parent", "es_strict", "es_lock"})
            dropTable(c, QLatin1String(t));
    }

    // Checks the scope and, where given, what the driver said ("state/native", or the state alone).
    void expectScope(Db db, const std::optional<DbError>& e, ErrorScope scope, const char* what,
                     const char* said = nullptr)
    {
        QVERIFY2(e, qPrintable(QStringLiteral("%1: %2 raised no error").arg(dbName(db), QLatin1String(what))));
        const QString described = describe(*e, familyOf(db));
        qInfo("%s %s: %s", qPrintable(dbName(db)), what, qPrintable(described));
        QVERIFY2(scopeOf(*e, familyOf(db)) == scope,
                 qPrintable(QStringLiteral("expected %1, got %2").arg(errorScopeName(scope), described)));
        if (said) {
            const QString expected = QLatin1String(said);
            const QString actual = expected.contains(QLatin1Char('/'))
                                       ? QStringLiteral("%1/%2").arg(e->sqlState()).arg(e->nativeCode())
                                       : e->sqlState();
            QCOMPARE(actual, expected);
        }
    }

    // Two rows (1 and 2) both connections fight over.
    void createLockTable(Connection& c)
    {
        dropTable(c, QStringLiteral("es_lock"));
        c.execute(QStringLiteral("CREATE TABLE es_lock (id INTEGER PRIMARY KEY, v INTEGER)"));
        c.execute(QStringLiteral("INSERT INTO es_lock (id, v) VALUES (1, 0), (2, 0)"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        for (Db db : allDbs()) {
            conns_[db] = open(db);
            Connection& k = c(db);
            dropAll(k);
            k.execute(QStringLiteral("CREATE TABLE es_parent (id INTEGER PRIMARY KEY)"));
            k.execute(QStringLiteral("CREATE TABLE es_child (id INTEGER PRIMARY KEY, code VARCHAR(5) NOT NULL UNIQUE, "
                                     "n INTEGER CHECK (n >= 0), parent_id INTEGER, "
                                     "FOREIGN KEY (parent_id) REFERENCES es_parent (id))"));
            if (isSqlite(db))
                k.execute(QStringLiteral("CREATE TABLE es_strict (n INTEGER) STRICT"));
            k.execute(QStringLiteral("INSERT INTO es_parent (id) VALUES (1)"));
            k.execute(insertChild("1, 'a', 1, 1"));
        }
    }

    void cleanupTestCase()
    {
        for (auto& [db, conn] : conns_)
            dropAll(*conn);
    }

    void statements_data()
    {
        QTest::addColumn<int>("db");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("said");
        for (const Case& k : statementCases())
            for (const Fact& f : k.facts)
                QTest::addRow("%s %s", qPrintable(dbName(f.db)), k.name)
                    << int(f.db) << k.sql << int(k.scope) << QString::fromLatin1(f.said);
    }
    void statements()
    {
        QFETCH(int, db);
        QFETCH(QString, sql);
        QFETCH(int, scope);
        QFETCH(QString, said);
        Connection& k = c(Db(db));
        expectScope(Db(db), errorOf([&] { k.execute(sql); }), ErrorScope(scope), QTest::currentDataTag(),
                    qPrintable(said));
        // Nothing landed, and the connection still works: a failed SELECT on PostgreSQL must not leave
        // psqlODBC's own transaction aborted (odbc_session.h, endFailedImplicitTransaction).
        QCOMPARE(countRows(k, QStringLiteral("es_child")), qint64(1));
    }

    // A user without rights on the table: PostgreSQL 42501, MariaDB 1142.
    void permissionDenied_data()
    {
        QTest::addColumn<int>("db");
        QTest::newRow("postgres") << int(Db::Postgres);
        QTest::newRow("mariadb") << int(Db::MariaDB);
    }
    void permissionDenied()
    {
        QFETCH(int, db);
        Connection& admin = c(Db(db));
        const QString user = uniqueName("ferry_es_");
        ConnectionProfile p = profileFor(Db(db));
        p.user = user;
        QString table = QStringLiteral("es_child");
        if (Db(db) == Db::Postgres) {
            admin.execute(QStringLiteral("CREATE ROLE %1 LOGIN").arg(user));
        } else {
            admin.execute(QStringLiteral("CREATE USER '%1'@'127.0.0.1' IDENTIFIED BY 'ferry'").arg(user));
            table = p.database + QStringLiteral(".es_child"); // no grants on the database: connect without it
            p.database.clear();
        }
        std::optional<DbError> e;
        {
            auto restricted = openConnection(p, QStringLiteral("ferry"));
            e = errorOf(
                [&] { restricted->execute(QStringLiteral("INSERT INTO %1 (id, code) VALUES (9, 'z')").arg(table)); });
        }
        admin.execute(Db(db) == Db::Postgres ? QStringLiteral("DROP ROLE %1").arg(user)
                                             : QStringLiteral("DROP USER '%1'@'127.0.0.1'").arg(user));
        expectScope(Db(db), e, ErrorScope::Job, "permission denied", Db(db) == Db::Postgres ? "42501" : "42000/1142");
    }

    // A read-only transaction (PostgreSQL 25006, MariaDB 1792) or connection (SQLite query_only: 8).
    void readOnly_data()
    {
        QTest::addColumn<int>("db");
        for (Db db : allDbs())
            QTest::newRow(qPrintable(dbName(db))) << int(db);
    }
    void readOnly()
    {
        QFETCH(int, db);
        auto k = open(Db(db));
        std::optional<DbError> e;
        const QString insert = insertChild("8, 'r', 1, 1");
        switch (Db(db)) {
        case Db::Postgres:
            k->begin();
            k->execute(QStringLiteral("SET TRANSACTION READ ONLY"));
            e = errorOf([&] { k->execute(insert); });
            k->rollback();
            break;
        case Db::MariaDB:
            k->execute(QStringLiteral("SET SESSION TRANSACTION READ ONLY"));
            k->begin();
            e = errorOf([&] { k->execute(insert); });
            k->rollback();
            break;
        case Db::SqliteOdbc:
        case Db::SqliteQt:
            k->execute(QStringLiteral("PRAGMA query_only = ON"));
            e = errorOf([&] { k->execute(insert); });
            break;
        }
        const char* said[] = {"25006", "25006/1792", "HY000/8", "HY000/8"}; // in allDbs() order
        expectScope(Db(db), e, ErrorScope::Job, "read-only", said[allDbs().indexOf(Db(db))]);
        QCOMPARE(countRows(c(Db(db)), QStringLiteral("es_child")), qint64(1));
    }

    // Two transactions each waiting for the other's row: PostgreSQL 40P01, MariaDB 1213.
    void deadlock_data() { permissionDenied_data(); }
    void deadlock()
    {
        QFETCH(int, db);
        createLockTable(c(Db(db)));
        auto a = open(Db(db));
        auto b = open(Db(db));
        a->begin();
        b->begin();
        a->execute(QStringLiteral("UPDATE es_lock SET v = 1 WHERE id = 1"));
        b->execute(QStringLiteral("UPDATE es_lock SET v = 2 WHERE id = 2"));
        std::optional<DbError> fromA;
        std::thread waiter(
            [&] { fromA = errorOf([&] { a->execute(QStringLiteral("UPDATE es_lock SET v = 1 WHERE id = 2")); }); });
        QTest::qSleep(300); // a now waits for b's row
        const std::optional<DbError> fromB =
            errorOf([&] { b->execute(QStringLiteral("UPDATE es_lock SET v = 2 WHERE id = 1")); });
        if (fromB)
            b->rollback(); // lets a go on
        waiter.join();
        QVERIFY2(bool(fromA) != bool(fromB), "exactly one side must be chosen as the deadlock victim");
        expectScope(Db(db), fromA ? fromA : fromB, ErrorScope::Transient, "deadlock",
                    Db(db) == Db::Postgres ? "40P01" : "40001/1213");
        if (!fromB)
            b->rollback();
        a->rollback();
    }

    // A lock held longer than the waiter will wait: PostgreSQL lock_timeout 55P03, MariaDB
    // innodb_lock_wait_timeout 1205, SQLite's busy timeout (queryTimeoutSeconds) SQLITE_BUSY 5.
    void lockTimeout_data()
    {
        QTest::addColumn<int>("db");
        for (Db db : allDbs())
            QTest::newRow(qPrintable(dbName(db))) << int(db);
    }
    void lockTimeout()
    {
        QFETCH(int, db);
        createLockTable(c(Db(db)));
        ConnectionProfile waiting = profileFor(Db(db), sqliteFile(Db(db)));
        if (isSqlite(Db(db)))
            waiting.queryTimeoutSeconds = 1; // the busy timeout
        auto holder = open(Db(db));
        auto waiter = openConnection(waiting, QStringLiteral("ferry"));
        if (Db(db) == Db::Postgres)
            waiter->execute(QStringLiteral("SET lock_timeout = '1s'"));
        if (Db(db) == Db::MariaDB)
            waiter->execute(QStringLiteral("SET SESSION innodb_lock_wait_timeout = 1"));
        holder->begin();
        holder->execute(QStringLiteral("UPDATE es_lock SET v = 1 WHERE id = 1"));
        QElapsedTimer t;
        t.start();
        const auto e = errorOf([&] { waiter->execute(QStringLiteral("UPDATE es_lock SET v = 2 WHERE id = 1")); });
        const qint64 ms = t.elapsed();
        holder->rollback();
        const char* said[] = {"55P03", "HY000/1205", "HY000/5", "HYT00/5"}; // in allDbs() order
        expectScope(Db(db), e, ErrorScope::Transient, "lock timeout", said[allDbs().indexOf(Db(db))]);
        qInfo("%s gave up after %lld ms", qPrintable(dbName(Db(db))), ms);
        QVERIFY2(ms >= 900 && ms < 5000, qPrintable(QString::number(ms)));
    }

    // REPEATABLE READ on PostgreSQL refuses to update a row changed since the snapshot: 40001.
    void serializationFailure()
    {
        createLockTable(c(Db::Postgres));
        auto a = open(Db::Postgres);
        auto b = open(Db::Postgres);
        a->begin();
        a->execute(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
        QCOMPARE(countRows(*a, QStringLiteral("es_lock")), 2); // takes the snapshot
        b->execute(QStringLiteral("UPDATE es_lock SET v = 5 WHERE id = 1"));
        const auto e = errorOf([&] { a->execute(QStringLiteral("UPDATE es_lock SET v = 6 WHERE id = 1")); });
        a->rollback();
        expectScope(Db::Postgres, e, ErrorScope::Transient, "serialization failure", "40001");
    }

    // The server ends the session (pg_terminate_backend, KILL): the next statements fail as connection
    // losses, and DbError::isConnectionLost() agrees.
    void connectionKilled_data() { permissionDenied_data(); }
    void connectionKilled()
    {
        QFETCH(int, db);
        const bool pg = Db(db) == Db::Postgres;
        auto victim = open(Db(db));
        std::vector<Row> rows;
        victim->query(pg ? QStringLiteral("SELECT pg_backend_pid()") : QStringLiteral("SELECT CONNECTION_ID()"))
            ->fetch(rows, 1);
        const QString id = rows.at(0).at(0).display();
        c(Db(db)).execute(pg ? QStringLiteral("SELECT pg_terminate_backend(%1)").arg(id)
                             : QStringLiteral("KILL %1").arg(id));
        QTest::qSleep(200);
        // PostgreSQL: the server's FATAL 57P01, then psqlODBC's 08S01; MariaDB: 2013, then the
        // driver manager's "connection not open".
        const QList<const char*> said =
            Db(db) == Db::Postgres ? QList<const char*>{"57P01", "08S01"} : QList<const char*>{"08S01/2013", "08003/0"};
        for (const char* s : said) {
            const auto e = errorOf([&] { victim->execute(QStringLiteral("SELECT 1")); });
            expectScope(Db(db), e, ErrorScope::Transient, "connection killed", s);
            QVERIFY(e->isConnectionLost());
        }
    }
};

QTEST_GUILESS_MAIN(TstErrorScope)
#include "tst_error_scope.moc"
