#pragma once
// One run per target at a time: a real run holds a lock on its target database for as long as it
// writes, so two runs (of one project, or of two projects sharing a state table) never interleave
// their writes. PostgreSQL: a session advisory lock; MariaDB: GET_LOCK — both are released by the
// server when the connection ends, so a killed run never leaves a stale lock. SQLite: a lock file beside
// the database (QLockFile, which sees through a lock whose process died). Other ODBC databases offer no
// lock Ferry can rely on; the run says so in its log.
#include "db/connection.h"

#include <QLockFile>
#include <memory>

namespace ferry {

class TargetLock {
public:
    enum class Outcome { Locked, HeldByAnother, Unsupported };

    // Tries once, without waiting, on `target` (which then holds it, for the server-side kinds).
    // Throws DbError when the database cannot be asked.
    static Outcome acquire(Connection& target, const ConnectionProfile& profile, const QString& name,
                           std::unique_ptr<QLockFile>* fileLock);

    // The lock's name for a state table: one lock per target and state table.
    static QString nameFor(const QString& stateTable) { return QStringLiteral("ferry:") + stateTable; }
};

} // namespace ferry
