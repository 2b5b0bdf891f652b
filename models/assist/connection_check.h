#pragma once
// "Test connection" as a value: run check() off the GUI thread (QtConcurrent), hand the result back
// through a QFutureWatcher, and show summary() or the error. Nothing here throws.
#include "assist/schema_snapshot.h"
#include "core/errors.h"

#include <QCoreApplication>
#include <optional>

namespace ferry {

struct ConnectionCheck {
    Q_DECLARE_TR_FUNCTIONS(ferry::ConnectionCheck)
public:
    std::optional<SchemaSnapshot> snapshot; // set when the connection worked
    ConnectFailure failure = ConnectFailure::None;
    QString message; // plain-language error
    QString advice;  // what to do about it

    bool ok() const { return snapshot.has_value(); }

    // Blocking: connects and reads the schema (readSchemaSnapshot), catching every error.
    static ConnectionCheck run(const ConnectionProfile& profile, const QString& password);
    // A check that failed for `message` (what a background check that threw reports).
    static ConnectionCheck failed(const QString& message);

    // "Connected to PostgreSQL 15.4 through psqlODBC 13.02 — 12 tables"
    static QString summary(const SchemaSnapshot& snapshot);
    // "psqlodbcw.so" → "psqlODBC", "libmaodbc.so" → "MariaDB Connector/ODBC", …; unknown names unchanged.
    static QString driverProduct(const QString& driverName);
    // Driver-manager version strings made readable: "03.01.0015" → "3.1.15", "10.11.000019" →
    // "10.11.19", trailing zero parts dropped ("6.4.0" → "6.4"). keepMinorDigits keeps the second
    // part as written ("13.02.0000" → "13.02", psqlODBC's own spelling). Non-numeric text unchanged.
    static QString shortVersion(const QString& version, bool keepMinorDigits = false);
};

} // namespace ferry
