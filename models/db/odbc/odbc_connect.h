#pragma once
// Opening ODBC connections: connection strings (escaped), per-driver tuning, session set-up and
// plain-language connect errors.
#include "db/connection.h"
#include "odbc_handles.h"

#include <memory>

namespace ferry::odbc {

class Canceller;

struct Session {
    DbcHandle dbc;
    DbFamily family = DbFamily::Generic;
    ServerInfo info;
    QString identifierQuote = QStringLiteral("\"");
    // Reaches the statement in flight from another thread (odbc_cancel.h); set by connect().
    std::shared_ptr<Canceller> canceller;
};

// Escapes one attribute value: wrapped in {…} with '}' doubled whenever it holds ; { } = or
// surrounding spaces (and always for passwords).
QString escapeAttribute(const QString& value, bool force = false);
// The full connection string for a profile, with per-driver defaults Ferry relies on (streaming
// fetch for psqlODBC, no client-side result caching for MariaDB, no driver logging).
QString connectionString(const ConnectionProfile& profile, const QString& password);
// The same string with the password replaced by ***, for logs and messages.
QString redactedConnectionString(const ConnectionProfile& profile);

// Connects, detects the family, sets the session up (UTC time zone, UTF-8, strict SQL mode, the
// profile's timeouts: odbc_session.h) and throws ConnectError naming what is wrong (driver missing, host unreachable,
// bad credentials, database missing) with advice.
Session connect(const ConnectionProfile& profile, const QString& password);

// Installed drivers and configured data sources.
struct DriverEntry {
    QString name;
    QString attributes; // "Driver=…;Setup=…" as the driver manager reports
};
struct DataSourceEntry {
    QString name;
    QString driver;
    bool system = false;
};
QList<DriverEntry> installedDrivers();
QList<DataSourceEntry> dataSources();

// --- Added by odbc-connect (helpers, also used by tests) ---

// The family a driver name belongs to, case-insensitively: "postgres" → PostgreSQL, "maria"/"mysql"
// → MariaDB, "sqlite" → SQLite, anything else Generic. Decides the connection-string defaults.
DbFamily familyFromDriverName(const QString& driver);
// The family from SQLGetInfo(SQL_DBMS_NAME) ("PostgreSQL", "MariaDB", "MySQL", "SQLite").
DbFamily familyFromDbmsName(const QString& dbmsName);
// Ferry's connection-string defaults for a family, in the order they are written.
QList<QPair<QString, QString>> driverDefaults(DbFamily family);
// Turns the diagnostics of a failed SQLDriverConnect into a ConnectError with a plain-language message
// and advice. Neither ever contains `password`, even when the driver echoes it.
ConnectError connectErrorFrom(const ConnectionProfile& profile, const QString& password,
                              const QList<Diagnostic>& diagnostics);

} // namespace ferry::odbc
