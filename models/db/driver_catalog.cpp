#include "db/driver_catalog.h"

#include "db/odbc/odbc_connect.h"

namespace ferry {

DriverCatalog DriverCatalog::installed()
{
    DriverCatalog c;
    for (const odbc::DriverEntry& d : odbc::installedDrivers())
        c.drivers << d.name;
    for (const odbc::DataSourceEntry& ds : odbc::dataSources())
        if (!c.dataSources.contains(ds.name))
            c.dataSources << ds.name;
    return c;
}

DbFamily familyOfDriver(const QString& driver)
{
    return odbc::familyFromDriverName(driver);
}

int defaultPort(DbFamily family)
{
    switch (family) {
    case DbFamily::PostgreSQL:
        return 5432;
    case DbFamily::MariaDB:
        return 3306;
    case DbFamily::SQLite:
    case DbFamily::Generic:
        break;
    }
    return 0;
}

} // namespace ferry
