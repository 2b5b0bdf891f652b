#include "odbc_connect.h"

#include "odbc_cancel.h"
#include "odbc_session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <optional>

namespace ferry::odbc {

namespace {

// Context for the translated connect messages.
struct ConnectText {
    Q_DECLARE_TR_FUNCTIONS(ferry::odbc::Connect)
};

using Attributes = QList<QPair<QString, QString>>;

bool isPasswordKey(const QString& key)
{
    return key.compare(QLatin1String("Pwd"), Qt::CaseInsensitive) == 0 ||
           key.compare(QLatin1String("Password"), Qt::CaseInsensitive) == 0;
}

// Sets key (case-insensitively) to value, in place when present, appended otherwise.
void setAttribute(Attributes& attrs, const QString& key, const QString& value)
{
    for (auto& a : attrs) {
        if (a.first.compare(key, Qt::CaseInsensitive) == 0) {
            a.second = value;
            return;
        }
    }
    attrs.append({key, value});
}

// The driver a profile resolves to: its own, or the DSN's as the driver manager lists it.
QString effectiveDriver(const ConnectionProfile& profile)
{
    if (!profile.dsn.isEmpty()) {
        for (const DataSourceEntry& ds : dataSources())
            if (ds.name.compare(profile.dsn, Qt::CaseInsensitive) == 0)
                return ds.driver;
        return {};
    }
    return profile.driver;
}

Attributes buildAttributes(const ConnectionProfile& profile, const QString& password, bool withPassword)
{
    Attributes attrs;
    if (!profile.dsn.isEmpty()) {
        attrs.append({QStringLiteral("DSN"), profile.dsn});
    } else {
        attrs.append({QStringLiteral("Driver"), profile.driver});
        if (!profile.host.isEmpty())
            attrs.append({QStringLiteral("Server"), profile.host});
        if (profile.port > 0)
            attrs.append({QStringLiteral("Port"), QString::number(profile.port)});
        if (!profile.database.isEmpty())
            attrs.append({QStringLiteral("Database"), profile.database});
    }
    if (!profile.user.isEmpty())
        attrs.append({QStringLiteral("Uid"), profile.user});
    if (withPassword)
        attrs.append({QStringLiteral("Pwd"), password});

    const DbFamily family = familyFromDriverName(effectiveDriver(profile));
    for (const auto& d : driverDefaults(family))
        setAttribute(attrs, d.first, d.second);
    for (const auto& t : timeoutAttributes(profile, family))
        setAttribute(attrs, t.first, t.second);
    for (auto it = profile.options.cbegin(); it != profile.options.cend(); ++it)
        setAttribute(attrs, it.key().trimmed(), it.value());
    // psqlODBC's Debug log writes the password in clear text (mylog_*.log): never allow it.
    if (family == DbFamily::PostgreSQL)
        setAttribute(attrs, QStringLiteral("Debug"), QStringLiteral("0"));
    return attrs;
}

// psqlODBC 13 and the SQLite3 driver unwrap {…} only for the password (psqlODBC) or not at all
// (SQLite3): a braced user or database name reaches the server braces and all. Their other values go
// in raw, and a ';' there cannot be written at all.
bool bracesUnderstood(DbFamily family)
{
    return family != DbFamily::PostgreSQL && family != DbFamily::SQLite;
}

QString render(const Attributes& attrs, DbFamily family, bool redact)
{
    QStringList parts;
    for (const auto& [key, value] : attrs) {
        if (isPasswordKey(key)) {
            parts << key + (redact ? QStringLiteral("=***") : QLatin1Char('=') + escapeAttribute(value, true));
        } else if (key.compare(QLatin1String("Driver"), Qt::CaseInsensitive) == 0) {
            parts << key + QLatin1Char('=') + escapeAttribute(value, true);
        } else if (bracesUnderstood(family)) {
            parts << key + QLatin1Char('=') + escapeAttribute(value);
        } else {
            if (!redact && value.contains(QLatin1Char(';')))
                throw ConnectError(ConnectFailure::Other,
                                   ConnectText::tr("The %1 ODBC driver cannot take a \";\" in the connection "
                                                   "setting %2.")
                                       .arg(familyName(family), key),
                                   ConnectText::tr("Rename the value, or use a data source (DSN) configured in the "
                                                   "ODBC administrator."));
            parts << key + QLatin1Char('=') + value;
        }
    }
    return parts.join(QLatin1Char(';'));
}

QString textOf(const QList<Diagnostic>& diags)
{
    QStringList lines;
    for (const Diagnostic& d : diags)
        lines << d.message;
    return lines.join(QLatin1Char('\n'));
}

bool anyState(const QList<Diagnostic>& diags, std::initializer_list<const char*> states)
{
    for (const Diagnostic& d : diags)
        for (const char* s : states)
            if (d.sqlState == QLatin1String(s))
                return true;
    return false;
}

bool anyNative(const QList<Diagnostic>& diags, std::initializer_list<int> codes)
{
    for (const Diagnostic& d : diags)
        for (int c : codes)
            if (d.nativeCode == c)
                return true;
    return false;
}

bool textHas(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* n : needles)
        if (text.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    return false;
}

// The package that provides a family's driver, for the advice text.
QString driverPackage(DbFamily family)
{
    switch (family) {
    case DbFamily::PostgreSQL:
        return ConnectText::tr("psqlODBC (Debian/Ubuntu: odbc-postgresql)");
    case DbFamily::MariaDB:
        return ConnectText::tr("MariaDB Connector/ODBC (Debian/Ubuntu: odbc-mariadb)");
    case DbFamily::SQLite:
        return ConnectText::tr("the SQLite ODBC driver (Debian/Ubuntu: libsqliteodbc)");
    case DbFamily::Generic:
        break;
    }
    return ConnectText::tr("your database vendor's ODBC driver");
}

QString listOrNone(const QStringList& names)
{
    return names.isEmpty() ? ConnectText::tr("none") : names.join(QStringLiteral(", "));
}

QString installedDriverList()
{
    QStringList names;
    for (const DriverEntry& d : installedDrivers())
        names << d.name;
    return listOrNone(names);
}

QString dataSourceList()
{
    QStringList names;
    for (const DataSourceEntry& ds : dataSources())
        names << ds.name;
    return listOrNone(names);
}

QString serverLabel(const ConnectionProfile& p)
{
    if (!p.dsn.isEmpty())
        return p.dsn;
    if (p.port > 0)
        return p.host + QLatin1Char(':') + QString::number(p.port);
    return p.host;
}

// What a failed SQLDriverConnect said, read once for each of the classifications below.
struct FailedConnect {
    FailedConnect(const ConnectionProfile& p, const QString& pwd, const QList<Diagnostic>& d)
        : profile(p)
        , password(pwd)
        , diags(d)
        , text(textOf(d))
        , state(d.isEmpty() ? QString() : d.first().sqlState)
        , driver(p.dsn.isEmpty() ? p.driver : effectiveDriver(p))
        , family(familyFromDriverName(driver))
        , where(serverLabel(p))
    {
        // Never hand back driver text that echoes the password (or any option value we consider secret).
        if (!password.isEmpty() && text.contains(password))
            text = ConnectText::tr("(the driver's message is withheld because it contains the password)");
    }

    const ConnectionProfile& profile;
    const QString& password;
    const QList<Diagnostic>& diags;
    QString text;
    QString state;  // the first SQLSTATE
    QString driver; // empty for a data source the driver manager does not know
    DbFamily family;
    QString where; // the server (or data source) as the messages name it
};

// unixODBC: 01000 "Can't open lib 'X' : file not found"; ODBC: IM002 (no such DSN/driver), IM003.
std::optional<ConnectError> driverMissing(const FailedConnect& f)
{
    const bool cantLoad = textHas(f.text, {"Can't open lib", "specified driver could not be loaded"});
    if (!cantLoad && !anyState(f.diags, {"IM002", "IM003"}))
        return std::nullopt;
    if (!f.profile.dsn.isEmpty() && f.driver.isEmpty())
        return ConnectError(ConnectFailure::DriverMissing,
                            ConnectText::tr("The ODBC data source \"%1\" is not configured.").arg(f.profile.dsn),
                            ConnectText::tr("Configured data sources: %1. Create the data source in the ODBC "
                                            "administrator (odbc.ini), or connect with a driver, host and "
                                            "database instead.")
                                .arg(dataSourceList()),
                            f.state);
    bool registered = false;
    for (const DriverEntry& d : installedDrivers())
        registered = registered || d.name.compare(f.driver, Qt::CaseInsensitive) == 0;
    if (registered && (cantLoad || f.state == QLatin1String("IM003")))
        return ConnectError(
            ConnectFailure::DriverMissing,
            ConnectText::tr("The ODBC driver \"%1\" is registered but its library cannot be "
                            "loaded.")
                .arg(f.driver),
            ConnectText::tr("Reinstall %1; the driver manager said: %2").arg(driverPackage(f.family), f.text), f.state);
    return ConnectError(ConnectFailure::DriverMissing,
                        ConnectText::tr("The ODBC driver \"%1\" is not installed.").arg(f.driver),
                        ConnectText::tr("Installed drivers: %1. Pick one of them, or install %2.")
                            .arg(installedDriverList(), driverPackage(f.family)),
                        f.state);
}

// Wrong credentials: ODBC 28000, PostgreSQL 28P01/28000 (psqlODBC reports 08001 with the server's text),
// MariaDB 1045 (and 1044: no access to the database).
std::optional<ConnectError> credentialsRefused(const FailedConnect& f)
{
    const bool refused = anyState(f.diags, {"28000", "28P01"}) || anyNative(f.diags, {1045, 1044, 1698}) ||
                         textHas(f.text, {"password authentication failed", "no pg_hba.conf entry",
                                          "authentication failed", "Access denied for user"}) ||
                         (f.family == DbFamily::PostgreSQL &&
                          f.text.contains(QRegularExpression(QStringLiteral("role \".*\" does not exist"))));
    if (!refused)
        return std::nullopt;
    // MariaDB Connector/ODBC 3.1 trims spaces around attribute values even inside {…}.
    const QString spaces =
        f.family == DbFamily::MariaDB && f.password != f.password.trimmed()
            ? QLatin1Char(' ') +
                  ConnectText::tr("Note: the MariaDB ODBC driver drops spaces at the start and end of a password, "
                                  "so such a password cannot be used through ODBC.")
            : QString();
    const ConnectionProfile& p = f.profile;
    return ConnectError(
        ConnectFailure::BadCredentials,
        ConnectText::tr("The server %1 refused the user name or password for \"%2\".").arg(f.where, p.user),
        (p.passwordEnv.isEmpty() ? ConnectText::tr("Check the user name and password. The server said: %1").arg(f.text)
                                 : ConnectText::tr("Check the user name and the password in the environment variable "
                                                   "%1. The server said: %2")
                                       .arg(p.passwordEnv, f.text)) +
            spaces,
        f.state);
}

// Database missing: PostgreSQL 3D000 "database "x" does not exist", MariaDB 1049 "Unknown database", or
// a SQLite file in a folder that does not exist.
std::optional<ConnectError> databaseMissing(const FailedConnect& f)
{
    const ConnectionProfile& p = f.profile;
    if (anyState(f.diags, {"3D000"}) || anyNative(f.diags, {1049}) ||
        f.text.contains(QRegularExpression(QStringLiteral("database \".*\" does not exist"))))
        return ConnectError(
            ConnectFailure::DatabaseMissing,
            ConnectText::tr("The database \"%1\" does not exist on the server %2.").arg(p.database, f.where),
            ConnectText::tr("Check the spelling of the database name, or create the database "
                            "first."),
            f.state);
    if (f.family == DbFamily::SQLite && !p.database.isEmpty() && !QFileInfo(p.database).absoluteDir().exists())
        return ConnectError(ConnectFailure::DatabaseMissing,
                            ConnectText::tr("The folder of the SQLite file \"%1\" does not exist.")
                                .arg(QDir::toNativeSeparators(p.database)),
                            ConnectText::tr("Check the path of the database file."), f.state);
    return std::nullopt;
}

// Host unreachable: refused, unknown host, timeout (the profile's loginTimeout, named in the message).
// MariaDB: 2002/2003 (cannot connect), 2005 (unknown host), 2013 (lost during handshake).
std::optional<ConnectError> hostUnreachable(const FailedConnect& f)
{
    const bool unknownHost = anyNative(f.diags, {2005}) ||
                             textHas(f.text, {"could not translate host name", "Unknown server host",
                                              "Name or service not known", "nodename nor servname", "No such host"});
    if (unknownHost)
        return ConnectError(ConnectFailure::HostUnreachable,
                            ConnectText::tr("The server name \"%1\" cannot be found.").arg(f.profile.host),
                            ConnectText::tr("Check the spelling of the host name, and that this computer can "
                                            "resolve it (network, VPN, DNS)."),
                            f.state);
    // libpq's connect_timeout says "timeout expired"; MariaDB's waits end with errno 110 (ETIMEDOUT).
    const bool timedOut = anyState(f.diags, {"HYT00", "HYT01"}) ||
                          textHas(f.text, {"timeout expired", "timed out", "system error: 110", "(110)"});
    if (timedOut && f.profile.loginTimeoutSeconds > 0)
        return ConnectError(ConnectFailure::HostUnreachable,
                            ConnectText::tr("The database server at %1 did not answer within %n second(s).", nullptr,
                                            f.profile.loginTimeoutSeconds)
                                .arg(f.where),
                            ConnectText::tr("Check that the server is running and not overloaded, and that no "
                                            "firewall drops the connection; if the server is only slow to accept "
                                            "logins, raise \"loginTimeout\" in the connection settings. The driver "
                                            "said: %1")
                                .arg(f.text),
                            f.state);
    if (anyNative(f.diags, {2002, 2003, 2013}) || anyState(f.diags, {"08001", "HYT00", "HYT01", "08S01"}) ||
        textHas(f.text, {"Connection refused", "timeout expired", "timed out", "No route to host",
                         "could not connect to server", "Can't connect to"}))
        return ConnectError(ConnectFailure::HostUnreachable,
                            ConnectText::tr("The database server at %1 cannot be reached.").arg(f.where),
                            ConnectText::tr("Check the host name and port, that the database server is running, "
                                            "and that no firewall blocks the port. The driver said: %1")
                                .arg(f.text),
                            f.state);
    return std::nullopt;
}

} // namespace

QString escapeAttribute(const QString& value, bool force)
{
    static const QRegularExpression special(QStringLiteral("[;{}=]|^\\s|\\s$"));
    if (!force && !value.contains(special))
        return value;
    QString v = value;
    v.replace(QLatin1Char('}'), QStringLiteral("}}"));
    return QLatin1Char('{') + v + QLatin1Char('}');
}

DbFamily familyFromDriverName(const QString& driver)
{
    if (driver.contains(QLatin1String("postgres"), Qt::CaseInsensitive))
        return DbFamily::PostgreSQL;
    if (driver.contains(QLatin1String("maria"), Qt::CaseInsensitive) ||
        driver.contains(QLatin1String("mysql"), Qt::CaseInsensitive))
        return DbFamily::MariaDB;
    if (driver.contains(QLatin1String("sqlite"), Qt::CaseInsensitive))
        return DbFamily::SQLite;
    return DbFamily::Generic;
}

DbFamily familyFromDbmsName(const QString& dbmsName)
{
    // The same substrings work for the DBMS names the drivers report.
    return familyFromDriverName(dbmsName);
}

QList<QPair<QString, QString>> driverDefaults(DbFamily family)
{
    auto kv = [](const char* k, const char* v) { return qMakePair(QString::fromLatin1(k), QString::fromLatin1(v)); };
    switch (family) {
    case DbFamily::PostgreSQL:
        return {
            kv("UseDeclareFetch", "1"),      // stream through a cursor: 12 MB instead of 105 MB for 300k rows
            kv("Fetch", "10000"),            // rows per cursor round trip
            kv("UseServerSidePrepare", "1"), // real prepared statements
            kv("Protocol", "7.4-0"),         // no per-statement SAVEPOINT, no driver rollback: the engine
                                             // keeps its own savepoints (7.4-1 would roll back all of them)
            kv("BoolsAsChar", "0"),          // boolean as SQL_BIT, not varchar "1"/"0"
            kv("LFConversion", "0"),         // never turn LF into CR LF (the Windows default): data stays exact
            kv("CommLog", "0"),              // Debian's odbcinst.ini turns the communication log on
            kv("Debug", "0"),                // the debug log holds the password in clear text
        };
    case DbFamily::MariaDB:
        return {
            kv("CHARSET", "utf8mb4"),
            // Result-set streaming (Connector/ODBC 3.1.17+, forward-only cursors). 3.1.15 ignores the
            // key and still caches the whole result client-side (measured: ~280 bytes per row of
            // 250-byte text), so readers must page there; see tst_odbc_connect::mariadbStreaming.
            kv("NO_CACHE", "1"),
            // CLIENT_FOUND_ROWS: UPDATE reports matched rows, not changed rows, so rewriting a row with
            // equal values is not mistaken for a missing key.
            kv("OPTION", "2"),
        };
    case DbFamily::SQLite:
        return {
            kv("StepAPI",
               "1"),              // sqlite3_step instead of sqlite3_get_table: 6 MB instead of 97 MB for 300k rows
            kv("FKSupport", "1"), // enforce declared foreign keys, like the server databases do
            kv("BigInt", "1"),    // INTEGER columns hold 64 bits: report SQL_BIGINT, not SQL_INTEGER
        };
    case DbFamily::Generic:
        break;
    }
    return {};
}

QString connectionString(const ConnectionProfile& profile, const QString& password)
{
    return render(buildAttributes(profile, password, !password.isEmpty()),
                  familyFromDriverName(effectiveDriver(profile)), false);
}

QString redactedConnectionString(const ConnectionProfile& profile)
{
    return render(buildAttributes(profile, QString(), !profile.user.isEmpty()),
                  familyFromDriverName(effectiveDriver(profile)), true);
}

ConnectError connectErrorFrom(const ConnectionProfile& profile, const QString& password, const QList<Diagnostic>& diags)
{
    const FailedConnect failed(profile, password, diags);
    for (const auto classify : {driverMissing, credentialsRefused, databaseMissing, hostUnreachable})
        if (std::optional<ConnectError> error = classify(failed))
            return *error;
    return ConnectError(
        ConnectFailure::Other,
        failed.text.isEmpty() ? ConnectText::tr("Cannot connect to %1.").arg(failed.where)
                              : ConnectText::tr("Cannot connect to %1: %2").arg(failed.where, failed.text),
        ConnectText::tr("Check the connection settings (%1).").arg(redactedConnectionString(profile)), failed.state);
}

Session connect(const ConnectionProfile& profile, const QString& password)
{
    Session s;
    s.dbc = allocConnection();
    applyLoginTimeout(s.dbc.get(), profile);
    const QByteArray conn = toSql(connectionString(profile, password));
    SQLCHAR out[2048];
    SQLSMALLINT outLen = 0;
    sqlite3* captured = nullptr;
    SQLRETURN rc = SQL_ERROR;
    {
        const SqliteHandleCapture capture; // the SQLite driver's handle, for cancelling (odbc_cancel.h)
        rc = SQLDriverConnect(s.dbc.get(), nullptr, reinterpret_cast<SQLCHAR*>(const_cast<char*>(conn.constData())),
                              static_cast<SQLSMALLINT>(conn.size()), out, sizeof out, &outLen, SQL_DRIVER_NOPROMPT);
        captured = capture.handle();
    }
    // The completed string echoes the password: wipe it at once.
    std::fill(std::begin(out), std::end(out), SQLCHAR(0));
    if (!succeeded(rc)) {
        const QList<Diagnostic> diags = diagnostics(SQL_HANDLE_DBC, s.dbc.get());
        throw connectErrorFrom(profile, password, diags);
    }

    s.info.dbmsName = infoString(s.dbc.get(), SQL_DBMS_NAME);
    s.info.dbmsVersion = infoString(s.dbc.get(), SQL_DBMS_VER);
    s.info.driverName = infoString(s.dbc.get(), SQL_DRIVER_NAME);
    s.info.driverVersion = infoString(s.dbc.get(), SQL_DRIVER_VER);
    s.family = familyFromDbmsName(s.info.dbmsName);
    const QString quote = infoString(s.dbc.get(), SQL_IDENTIFIER_QUOTE_CHAR).trimmed();
    if (!quote.isEmpty())
        s.identifierQuote = quote;

    SQLSetConnectAttr(s.dbc.get(), SQL_ATTR_AUTOCOMMIT, reinterpret_cast<SQLPOINTER>(SQL_AUTOCOMMIT_ON), 0);
    prepareSession(s.dbc.get(), s.family, profile);
    s.canceller = std::make_shared<Canceller>(s.dbc.get(), s.family, profile, password, captured);
    return s;
}

QList<DriverEntry> installedDrivers()
{
    QList<DriverEntry> out;
    SQLCHAR name[512];
    SQLCHAR attrs[4096];
    SQLUSMALLINT direction = SQL_FETCH_FIRST;
    for (;;) {
        SQLSMALLINT nameLen = 0;
        SQLSMALLINT attrLen = 0;
        const SQLRETURN rc =
            SQLDrivers(environment(), direction, name, sizeof name, &nameLen, attrs, sizeof attrs, &attrLen);
        if (!succeeded(rc))
            break;
        direction = SQL_FETCH_NEXT;
        DriverEntry e;
        e.name = fromSql(name, qMin<SQLSMALLINT>(nameLen, sizeof name - 1));
        // Attributes come as "k=v\0k=v\0\0".
        QByteArray raw(reinterpret_cast<const char*>(attrs), qMin<int>(attrLen, int(sizeof attrs) - 1));
        QStringList pairs;
        for (const QByteArray& p : raw.split('\0'))
            if (!p.isEmpty())
                pairs << QString::fromUtf8(p);
        e.attributes = pairs.join(QLatin1Char(';'));
        out << e;
    }
    return out;
}

QList<DataSourceEntry> dataSources()
{
    QList<DataSourceEntry> out;
    for (const SQLUSMALLINT first : {SQLUSMALLINT(SQL_FETCH_FIRST_USER), SQLUSMALLINT(SQL_FETCH_FIRST_SYSTEM)}) {
        SQLUSMALLINT direction = first;
        for (;;) {
            SQLCHAR name[SQL_MAX_DSN_LENGTH + 1];
            SQLCHAR desc[512];
            SQLSMALLINT nameLen = 0;
            SQLSMALLINT descLen = 0;
            const SQLRETURN rc =
                SQLDataSources(environment(), direction, name, sizeof name, &nameLen, desc, sizeof desc, &descLen);
            if (!succeeded(rc))
                break;
            direction = SQL_FETCH_NEXT;
            DataSourceEntry e;
            e.name = fromSql(name, qMin<SQLSMALLINT>(nameLen, sizeof name - 1));
            e.driver = fromSql(desc, qMin<SQLSMALLINT>(descLen, sizeof desc - 1));
            e.system = first == SQL_FETCH_FIRST_SYSTEM;
            out << e;
        }
    }
    return out;
}

} // namespace ferry::odbc
