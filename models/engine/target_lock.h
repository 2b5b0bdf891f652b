#pragma once
// One run per target table at a time: a real run holds a lock on each table it writes for as long as
// it runs, so two runs (of one project, or of two projects that write the same table) never interleave
// their writes, while runs into different tables of one database may go side by side. PostgreSQL: a session advisory
// lock; MariaDB: GET_LOCK — both are released by the server when the connection ends, so a killed run never leaves a
// stale lock. SQLite: a lock file beside the database (QLockFile, which sees through a lock whose process died). Other
// ODBC databases offer no lock Ferry can rely on; the run says so in its log.
#include "db/connection.h"

#include <QLockFile>
#include <memory>
#include <vector>

namespace ferry {

class TargetLock {
public:
    enum class Outcome { Locked, HeldByAnother, Unsupported };

    // Tries once, without waiting, on `target` (which then holds it, for the server-side kinds).
    // Throws DbError when the database cannot be asked.
    static Outcome acquire(Connection& target, const ConnectionProfile& profile, const QString& name,
                           std::vector<std::unique_ptr<QLockFile>>* fileLocks);

    // The lock's name for a target table.
    static QString nameFor(const TableRef& table)
    {
        return QStringLiteral("ferry:") +
               (table.schema.isEmpty() ? table.name : table.schema + QLatin1Char('.') + table.name);
    }
};

} // namespace ferry
