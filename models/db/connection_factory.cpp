#include "connection.h"

#include "odbc/odbc_connection.h"
#include "sqlite/sqlite_connection.h"

namespace ferry {

std::unique_ptr<Connection> openConnection(const ConnectionProfile& profile, const QString& password)
{
    if (profile.kind == ConnectionProfile::Kind::Sqlite)
        return openSqliteConnection(profile);
    return openOdbcConnection(profile, password);
}

} // namespace ferry
