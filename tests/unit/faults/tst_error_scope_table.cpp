// scopeOf() as a pure table, including what no test server can provoke on demand (a full disk, a server
// shutting down, a read-only server) and the codes the drivers were measured to give
// (tests/integration/faults/tst_error_scope.cpp provokes those for real).
#include "db/error_scope.h"

#include <QTest>

using namespace ferry;

Q_DECLARE_METATYPE(ErrorScope)
Q_DECLARE_METATYPE(DbFamily)

class TstErrorScopeTable : public QObject {
    Q_OBJECT

    static void row(const char* name, DbFamily family, const char* state, int native, const char* message,
                    ErrorScope scope)
    {
        QTest::newRow(name) << family << QString::fromLatin1(state) << native << QString::fromLatin1(message) << scope;
    }

private slots:
    void table_data()
    {
        QTest::addColumn<DbFamily>("family");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("native");
        QTest::addColumn<QString>("message");
        QTest::addColumn<ErrorScope>("scope");
        const auto pg = DbFamily::PostgreSQL, my = DbFamily::MariaDB, lite = DbFamily::SQLite, odbc = DbFamily::Generic;
        const auto R = ErrorScope::Row, T = ErrorScope::Transient, J = ErrorScope::Job, C = ErrorScope::Cancelled;

        // Row: constraints and values, by SQLSTATE class and by native code where the state is generic.
        row("pg unique", pg, "23505", 1, "duplicate key value", R);
        row("pg bad integer", pg, "22P02", 1, "invalid input syntax for type integer", R);
        row("pg with check option", pg, "44000", 1, "new row violates check option for view", R);
        row("pg index row too big", pg, "54000", 1, "index row size 3000 exceeds btree maximum", R);
        row("pg trigger raise", pg, "P0001", 1, "rejected by trigger", R);
        row("pg upsert touches a row twice", pg, "21000", 1, "ON CONFLICT DO UPDATE command cannot affect row", R);
        row("constraint at commit", odbc, "40002", 0, "integrity constraint violation", R);
        row("mariadb incorrect integer HY000", my, "HY000", 1366, "Incorrect integer value", R);
        row("mariadb incorrect integer 22007", my, "22007", 1366, "Incorrect integer value", R);
        row("mariadb no default", my, "HY000", 1364, "Field 'x' doesn't have a default value", R);
        row("mariadb truncated warning", my, "01000", 1265, "Data truncated for column", R);
        row("mariadb signal", my, "45000", 1644, "rejected", R);
        row("mariadb check", my, "23000", 4025, "CONSTRAINT failed", R);
        row("sqlite odbc constraint", lite, "HY000", 19, "[SQLite]UNIQUE constraint failed: t.a (19)", R);
        row("sqlite qt unique", lite, "23505", 2067, "UNIQUE constraint failed", R);
        row("sqlite qt primary key", lite, "23505", 1555, "UNIQUE constraint failed", R);
        row("sqlite strict datatype", lite, "22018", 3091, "cannot store TEXT value in INTEGER column", R);
        row("sqlite mismatch", lite, "HY000", 20, "datatype mismatch", R);
        row("sqlite too big", lite, "HY000", 18, "string or blob too big", R);
        row("sqlite constraint without code", lite, "", 0, "FOREIGN KEY constraint failed", R);

        // Transient: the link, locks, timeouts.
        row("pg admin shutdown", pg, "57P01", 35, "terminating connection due to administrator command", T);
        row("pg crash shutdown", pg, "57P02", 0, "terminating connection because of crash of another server", T);
        row("pg cannot connect now", pg, "57P03", 0, "the database system is starting up", T);
        row("pg link lost", pg, "08S01", 35, "connection lost", T);
        row("pg serialization", pg, "40001", 1, "could not serialize access", T);
        row("pg deadlock", pg, "40P01", 1, "deadlock detected", T);
        row("pg lock timeout", pg, "55P03", 1, "canceling statement due to lock timeout", T);
        row("pg statement timeout", pg, "57014", 1, "ERROR: canceling statement due to statement timeout", T);
        row("pg too many connections", pg, "53300", 0, "sorry, too many clients already", T);
        row("completion unknown", odbc, "40003", 0, "statement completion unknown", T);
        row("odbc timeout", odbc, "HYT00", 0, "timeout expired", T);
        row("odbc connection timeout", odbc, "HYT01", 0, "connection timeout expired", T);
        row("odbc2 timeout", odbc, "S1T00", 0, "timeout expired", T);
        row("mariadb gone away", my, "HY000", 2006, "MySQL server has gone away", T);
        row("mariadb lost connection", my, "08S01", 2013, "Lost connection to server during query", T);
        row("mariadb deadlock", my, "40001", 1213, "Deadlock found", T);
        row("mariadb lock wait", my, "HY000", 1205, "Lock wait timeout exceeded", T);
        row("mariadb killed", my, "70100", 1927, "Connection was killed", T);
        row("mariadb shutdown", my, "08S01", 1053, "Server shutdown in progress", T);
        row("mariadb statement timeout", my, "HY018", 1969, "max_statement_time exceeded", T);
        row("sqlite busy", lite, "HY000", 5, "database is locked", T);
        row("sqlite qt busy", lite, "HYT00", 5, "database is locked", T);
        row("sqlite busy snapshot", lite, "HY000", 517, "database is locked", T);
        row("sqlite locked", lite, "HY000", 6, "database table is locked", T);
        row("sqlite locked without code", lite, "", 0, "database is locked", T);

        // Cancelled.
        row("odbc cancelled", odbc, "HY008", 0, "Operation canceled", C);
        row("odbc2 cancelled", odbc, "S1008", 0, "Operation canceled", C);
        row("pg user cancel", pg, "57014", 1, "ERROR: canceling statement due to user request", C);
        row("mariadb kill query", my, "HY018", 1317, "Query execution was interrupted", C);
        row("mariadb interrupted state", my, "70100", 1317, "Query execution was interrupted", C);
        row("interrupted state elsewhere", odbc, "70100", 0, "interrupted", C);
        row("sqlite interrupt", lite, "HY000", 9, "[SQLite]interrupted (9)", C);
        row("sqlite qt interrupt", lite, "HY008", 9, "interrupted", C);

        // Job: schema, rights, space, configuration — and everything unknown.
        row("pg undefined table", pg, "42P01", 1, "relation does not exist", J);
        row("pg undefined column", pg, "42703", 1, "column does not exist", J);
        row("pg permission", pg, "42501", 1, "permission denied for table", J);
        row("pg syntax", pg, "42601", 1, "syntax error", J);
        row("pg disk full", pg, "53100", 1, "could not extend file: No space left on device", J);
        row("pg out of memory", pg, "53200", 1, "out of memory", J);
        row("pg read-only transaction", pg, "25006", 1, "cannot execute INSERT in a read-only transaction", J);
        row("pg aborted transaction", pg, "25P02", 1, "current transaction is aborted", J);
        row("pg bad password", pg, "28P01", 0, "password authentication failed", J);
        row("pg no database", pg, "3D000", 0, "database does not exist", J);
        row("pg not supported", pg, "0A000", 1, "feature not supported", J);
        row("pg database dropped", pg, "57P04", 0, "database dropped", J);
        row("pg io error", pg, "58030", 1, "could not write to file", J);
        row("pg internal", pg, "XX000", 1, "internal error", J);
        row("pg unknown HY000", pg, "HY000", 1, "something the driver says", J);
        row("mariadb no table", my, "42S02", 1146, "Table doesn't exist", J);
        row("mariadb no column", my, "42S22", 1054, "Unknown column", J);
        row("mariadb denied", my, "42000", 1142, "INSERT command denied", J);
        row("mariadb disk full", my, "HY000", 1021, "Disk full; waiting for someone to free some space", J);
        row("mariadb table full", my, "HY000", 1114, "The table is full", J);
        row("mariadb read-only server", my, "HY000", 1290, "running with the --read-only option", J);
        row("mariadb read-only transaction", my, "25006", 1792, "READ ONLY transaction", J);
        row("mariadb unknown HY000", my, "HY000", 1234, "Incorrect usage", J);
        row("sqlite no table", lite, "HY000", 1, "no such table: x", J);
        row("sqlite read-only", lite, "HY000", 8, "attempt to write a readonly database", J);
        row("sqlite disk full", lite, "HY000", 13, "database or disk is full", J);
        row("sqlite io error", lite, "HY000", 10, "disk I/O error", J);
        row("sqlite unknown", lite, "HY000", 0, "something else", J);
        row("driver manager", odbc, "IM002", 0, "Data source name not found", J);
        row("memory", odbc, "HY001", 0, "Memory allocation error", J);
        row("no state", odbc, "", 0, "Ferry's own check", J);
    }
    void table()
    {
        QFETCH(DbFamily, family);
        QFETCH(QString, state);
        QFETCH(int, native);
        QFETCH(QString, message);
        QFETCH(ErrorScope, scope);
        const DbError e(message, state, native);
        QCOMPARE(errorScopeName(scopeOf(e, family)), errorScopeName(scope));
    }

    // Native codes belong to their family: MariaDB's 1062 means nothing from another driver.
    void nativeCodesStayInTheirFamily()
    {
        QVERIFY(scopeOf(DbError(QStringLiteral("x"), QStringLiteral("HY000"), 1062), DbFamily::MariaDB) ==
                ErrorScope::Row);
        QVERIFY(scopeOf(DbError(QStringLiteral("x"), QStringLiteral("HY000"), 1062), DbFamily::PostgreSQL) ==
                ErrorScope::Job);
        QVERIFY(scopeOf(DbError(QStringLiteral("x"), QStringLiteral("HY000"), 19), DbFamily::Generic) ==
                ErrorScope::Job);
    }

    // A connect failure is Transient when the server could not be reached, Job otherwise.
    void connectErrors()
    {
        auto scope = [](ConnectFailure kind, const char* state) {
            return scopeOf(ConnectError(kind, QStringLiteral("m"), QStringLiteral("a"), QString::fromLatin1(state)),
                           DbFamily::PostgreSQL);
        };
        QVERIFY(scope(ConnectFailure::HostUnreachable, "08001") == ErrorScope::Transient);
        QVERIFY(scope(ConnectFailure::HostUnreachable, "") == ErrorScope::Transient);
        QVERIFY(scope(ConnectFailure::BadCredentials, "08001") == ErrorScope::Job);
        QVERIFY(scope(ConnectFailure::DriverMissing, "IM002") == ErrorScope::Job);
        QVERIFY(scope(ConnectFailure::DatabaseMissing, "3D000") == ErrorScope::Job);
        QVERIFY(scope(ConnectFailure::Other, "57P03") == ErrorScope::Transient);
        QVERIFY(scope(ConnectFailure::Other, "") == ErrorScope::Job);
    }
};

QTEST_GUILESS_MAIN(TstErrorScopeTable)
#include "tst_error_scope_table.moc"
