#include "error_scope.h"

#include <algorithm>
#include <optional>

namespace ferry {

namespace {

struct NativeRule {
    int code;
    ErrorScope scope;
};

constexpr ErrorScope R = ErrorScope::Row;
constexpr ErrorScope T = ErrorScope::Transient;
constexpr ErrorScope J = ErrorScope::Job;
constexpr ErrorScope C = ErrorScope::Cancelled;

// MariaDB server (mysqld_error.h) and client (errmsg.h) error numbers; see the table in the header.
constexpr NativeRule kMariaDb[] = {
    // Row: constraints and values.
    {1048, R}, // Column cannot be null
    {1062, R}, // Duplicate entry
    {1169, R}, // Can't write, because of unique constraint
    {1216, R}, // Cannot add a child row: a foreign key constraint fails (old form)
    {1217, R}, // Cannot delete a parent row (old form)
    {1263, R}, // Column set to default value; NULL supplied to NOT NULL column
    {1264, R}, // Out of range value
    {1265, R}, // Data truncated (01000 under STRICT_TRANS_TABLES)
    {1292, R}, // Incorrect (truncated) datetime/double value
    {1364, R}, // Field doesn't have a default value
    {1366, R}, // Incorrect integer (decimal, string) value
    {1367, R}, // Illegal value
    {1406, R}, // Data too long for column
    {1411, R}, // Incorrect value for function
    {1416, R}, // Cannot get geometry object from data
    {1451, R}, // Cannot delete or update a parent row: a foreign key constraint fails
    {1452, R}, // Cannot add or update a child row: a foreign key constraint fails
    {1557, R}, // Upholding foreign key constraints would lead to a duplicate entry
    {1586, R}, // Duplicate entry for key
    {1644, R}, // SIGNAL SQLSTATE '45000' from a trigger
    {1690, R}, // Value out of range
    {1761, R}, // Foreign key constraint would lead to a duplicate entry
    {1762, R}, // Foreign key constraint would lead to a duplicate entry (child)
    {1859, R}, // Duplicate entry for key (unknown value)
    {1918, R}, // Encountered illegal value when converting
    {3819, R}, // Check constraint is violated (MySQL)
    {4025, R}, // CONSTRAINT failed (CHECK)
    // Transient: the link, locks, timeouts.
    {1040, T}, // Too many connections
    {1053, T}, // Server shutdown in progress
    {1152, T}, // Aborted connection
    {1158, T}, // Got an error reading communication packets
    {1159, T}, // Got timeout reading communication packets
    {1160, T}, // Got an error writing communication packets
    {1161, T}, // Got timeout writing communication packets
    {1184, T}, // Aborted connection (init_db)
    {1205, T}, // Lock wait timeout exceeded
    {1213, T}, // Deadlock found when trying to get lock
    {1927, T}, // Connection was killed
    {1969, T}, // Query execution was interrupted (max_statement_time exceeded)
    {2002, T}, // Can't connect to local server through socket
    {2003, T}, // Can't connect to server
    {2006, T}, // Server has gone away
    {2013, T}, // Lost connection to server during query
    {2055, T}, // Lost connection to server at '…', system error
    {5013, T}, // Connector/C: read error on the socket
    {5014, T}, // Connector/C: write error on the socket (broken pipe)
    {4031, T}, // The client was disconnected by the server because of inactivity
    // Cancelled.
    {1317, C}, // Query execution was interrupted (KILL QUERY)
    // Job: named so they never fall elsewhere.
    {1021, J}, // Disk full
    {1044, J}, // Access denied for user to database
    {1045, J}, // Access denied for user (using password)
    {1054, J}, // Unknown column
    {1064, J}, // Syntax error
    {1114, J}, // The table is full
    {1142, J}, // Command denied to user for table
    {1143, J}, // Command denied to user for column
    {1146, J}, // Table doesn't exist
    {1227, J}, // Access denied; you need the SUPER privilege
    {1290, J}, // The server is running with --read-only
    {1792, J}, // Cannot execute statement in a READ ONLY transaction
};

std::optional<ErrorScope> mariaDbScope(int code)
{
    const auto* rule =
        std::find_if(std::begin(kMariaDb), std::end(kMariaDb), [code](const NativeRule& r) { return r.code == code; });
    if (rule == std::end(kMariaDb))
        return std::nullopt;
    return rule->scope;
}

bool has(const QString& text, const char* needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

// SQLite result codes (sqlite3.h); extended codes keep the primary code in their low byte.
std::optional<ErrorScope> sqliteScope(int code, const QString& message)
{
    if (code > 0) {
        switch (code & 0xff) {
        case 18: // SQLITE_TOOBIG
        case 19: // SQLITE_CONSTRAINT
        case 20: // SQLITE_MISMATCH
            return R;
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return T;
        case 9: // SQLITE_INTERRUPT
            return C;
        default:
            return J;
        }
    }
    if (has(message, "constraint failed") || has(message, "datatype mismatch") || has(message, "too big"))
        return R;
    if (has(message, "database is locked") || has(message, "table is locked") || has(message, "is busy"))
        return T;
    if (has(message, "interrupted"))
        return C;
    return std::nullopt;
}

std::optional<ErrorScope> stateScope(const QString& state, const QString& message)
{
    if (state.size() != 5)
        return std::nullopt;
    auto is = [&state](const char* s) { return state == QLatin1String(s); };
    const QStringView cls = QStringView(state).left(2);
    auto classIs = [&cls](const char* c) { return cls == QLatin1String(c); };

    if (is("HY008") || is("S1008") || is("70100"))
        return C;
    if (is("57014")) // PostgreSQL reports a statement timeout and a cancel request alike
        return has(message, "statement timeout") ? T : C;
    if (is("HYT00") || is("HYT01") || is("S1T00") || classIs("08") || is("55P03") || is("53300"))
        return T;
    if (is("40002"))
        return R;
    if (classIs("40"))
        return T;
    if (classIs("57"))
        return is("57P04") ? J : T;
    if (classIs("22") || classIs("23") || classIs("44") || is("21000") || is("27000") || is("54000") || is("01004") ||
        is("P0001") || is("45000"))
        return R;
    return J;
}

} // namespace

ErrorScope scopeOf(const DbError& e, DbFamily family)
{
    if (const auto* connect = dynamic_cast<const ConnectError*>(&e)) {
        switch (connect->kind()) {
        case ConnectFailure::HostUnreachable:
            return T;
        case ConnectFailure::DriverMissing:
        case ConnectFailure::BadCredentials:
        case ConnectFailure::DatabaseMissing:
            return J;
        case ConnectFailure::None:
        case ConnectFailure::Other:
            break;
        }
    }
    std::optional<ErrorScope> byCode;
    if (family == DbFamily::MariaDB)
        byCode = mariaDbScope(e.nativeCode());
    else if (family == DbFamily::SQLite)
        byCode = sqliteScope(e.nativeCode(), e.message());
    if (byCode)
        return *byCode;
    return stateScope(e.sqlState(), e.message()).value_or(J);
}

QString errorScopeName(ErrorScope scope)
{
    switch (scope) {
    case ErrorScope::Row:
        return QStringLiteral("row");
    case ErrorScope::Transient:
        return QStringLiteral("transient");
    case ErrorScope::Job:
        return QStringLiteral("job");
    case ErrorScope::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

} // namespace ferry
