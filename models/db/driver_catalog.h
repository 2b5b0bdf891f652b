#pragma once
// What the connection form offers to pick from: the ODBC drivers and data sources installed on this
// machine, and the port each database family listens on by default. Keeps the widgets away from the
// ODBC headers.
#include "db/schema.h"

#include <QString>
#include <QStringList>

namespace ferry {

struct DriverCatalog {
    QStringList drivers;     // as odbcinst.ini / the ODBC administrator names them
    QStringList dataSources; // user and system DSNs

    // Asks the driver manager (cheap: it reads its configuration files, connects to nothing).
    static DriverCatalog installed();
};

// "PostgreSQL Unicode" → PostgreSQL, "MariaDB Unicode" → MariaDB, "SQLite3" → SQLite, else Generic.
DbFamily familyOfDriver(const QString& driver);
// The port a family's server listens on out of the box; 0 when the family has no port (SQLite) or
// none is known.
int defaultPort(DbFamily family);

} // namespace ferry
