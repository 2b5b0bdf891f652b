#pragma once
// How to reach a database. Stored in the project file, so it never holds a password: the secret comes
// from the environment variable named in passwordEnv, or from a prompt, at connect time.
#include <QMap>
#include <QString>

namespace ferry {

struct ConnectionProfile {
    enum class Kind { Odbc, Sqlite };
    Kind kind = Kind::Odbc;
    QString name; // label shown to the user, e.g. "legacy CRM"

    // Kind::Odbc: either a DSN, or a driver with host/port/database.
    QString dsn;
    QString driver; // as listed in odbcinst.ini / the Windows ODBC administrator
    QString host;
    int port = 0;
    QString database; // for the SQLite ODBC driver: the file path
    QString user;
    QString passwordEnv;            // environment variable holding the password
    QMap<QString, QString> options; // extra connection-string attributes, passed through escaped

    // Kind::Sqlite (Qt's built-in driver, no ODBC set-up needed).
    QString file;    // absolute once loaded; relative to the project file on disk
    QString initSql; // script run when the file does not exist yet (demo databases)

    // Both kinds. How long connecting may take (ODBC; 0: the driver's own limit), and how long one
    // statement may run (0: no limit) — on SQLite, how long a statement waits for another connection's
    // lock. See docs/project-format.md for how each driver applies them.
    int loginTimeoutSeconds = 15;
    int queryTimeoutSeconds = 0;

    bool operator==(const ConnectionProfile&) const = default;
};

// A server login whose password is not in its options (PWD=…): one must come from somewhere — the
// variable passwordEnv names, the wizard's memory, or a person at a terminal.
bool loginNeedsPassword(const ConnectionProfile& p);

} // namespace ferry
