// Opening a SQLite file, creating it from an init script when it does not exist yet.
#include "sqlite_connection.h"
#include "sqlite_script.h"
#include "sqlite_types.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <atomic>
#include <climits>

namespace ferry {

namespace {

// Busy timeout: how long a statement waits for another connection's write lock before SQLITE_BUSY,
// unless the profile sets queryTimeoutSeconds.
constexpr int kBusyTimeoutMs = 10000;

// A registered, open QSqlDatabase; unregisters itself unless released into a SqliteConnection.
class OpenDatabase {
public:
    explicit OpenDatabase(const QString& file, int busyTimeoutMs = kBusyTimeoutMs)
    {
        static std::atomic<quint64> counter{0};
        name_ = QStringLiteral("ferry-sqlite-%1").arg(++counter);
        db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        if (!db_.isValid()) {
            discard();
            throw ConnectError(ConnectFailure::DriverMissing,
                               QCoreApplication::translate("ferry::SqliteConnection",
                                                           "Qt's SQLite driver (QSQLITE) is not available."),
                               QCoreApplication::translate("ferry::SqliteConnection",
                                                           "Install the Qt SQLite plugin (on Debian and Ubuntu: "
                                                           "libqt6sql6-sqlite) and start Ferry again."));
        }
        db_.setDatabaseName(file);
        db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db_.open())
            fail(file, db_.lastError());
        QSqlQuery q(db_);
        // Reading the schema proves the file is a database ("file is not a database" shows only here).
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
            !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            fail(file, q.lastError());
    }
    ~OpenDatabase()
    {
        if (!released_)
            discard();
    }
    OpenDatabase(const OpenDatabase&) = delete;
    OpenDatabase& operator=(const OpenDatabase&) = delete;

    QSqlDatabase& db() { return db_; }
    const QString& name() const { return name_; }
    void release() { released_ = true; }
    void discard()
    {
        db_.close();
        db_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(name_);
        released_ = true;
    }

private:
    [[noreturn]] void fail(const QString& file, const QSqlError& error)
    {
        const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
        discard();
        throw ConnectError(ConnectFailure::Other,
                           QCoreApplication::translate("ferry::SqliteConnection", "Cannot open the SQLite file %1: %2")
                               .arg(QDir::toNativeSeparators(file), detail),
                           QCoreApplication::translate("ferry::SqliteConnection",
                                                       "Check that the file is an SQLite database and that you may "
                                                       "read and write it."),
                           sqlite::sqlStateFor(error.nativeErrorCode().toInt(), detail));
    }

    QSqlDatabase db_;
    QString name_;
    bool released_ = false;
};

// Runs the script's statements in one transaction. Its own BEGIN/COMMIT lines (as in `sqlite3 .dump`
// output) are skipped; foreign keys are checked at the end so tables may be filled in any order.
void runInitScript(QSqlDatabase& db, const QString& scriptPath)
{
    QFile script(scriptPath);
    if (!script.open(QIODevice::ReadOnly))
        throw ConnectError(ConnectFailure::Other,
                           QCoreApplication::translate("ferry::SqliteConnection", "Cannot read the init script %1: %2")
                               .arg(QDir::toNativeSeparators(scriptPath), script.errorString()),
                           QCoreApplication::translate("ferry::SqliteConnection",
                                                       "Check the init script path in the connection settings."));
    const QString text = QString::fromUtf8(script.readAll());
    const QString name = QFileInfo(scriptPath).fileName();
    const QString advice =
        QCoreApplication::translate("ferry::SqliteConnection", "Fix the init script and open the connection again.");
    QSqlQuery q(db);
    if (!db.transaction() || !q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        throw ConnectError(ConnectFailure::Other, db.lastError().text(), advice);
    for (const sqlite::ScriptStatement& st : sqlite::splitSqlScript(text)) {
        if (st.control == sqlite::ScriptStatement::Control::Begin ||
            st.control == sqlite::ScriptStatement::Control::Commit)
            continue;
        if (!q.exec(st.sql)) {
            const QSqlError error = q.lastError();
            db.rollback();
            throw ConnectError(ConnectFailure::Other,
                               QCoreApplication::translate("ferry::SqliteConnection",
                                                           "The init script %1 failed at statement %2 (line %3): %4")
                                   .arg(name)
                                   .arg(st.number)
                                   .arg(st.line)
                                   .arg(error.databaseText()),
                               advice, sqlite::sqlStateFor(error.nativeErrorCode().toInt(), error.databaseText()));
        }
    }
    if (!db.commit()) {
        const QString detail = db.lastError().databaseText();
        db.rollback();
        throw ConnectError(
            ConnectFailure::Other,
            QCoreApplication::translate("ferry::SqliteConnection", "The init script %1 failed when committing: %2")
                .arg(name, detail),
            advice, sqlite::sqlStateFor(0, detail));
    }
}

void removeDatabaseFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

// Builds the file under a temporary name beside it and renames it into place once the script has
// succeeded, so neither a failing script nor a concurrent opener ever sees a half-made database.
void createFromScript(const QString& file, const QString& scriptPath)
{
    const QFileInfo target(file);
    if (!QDir().mkpath(target.absolutePath()))
        throw ConnectError(ConnectFailure::Other,
                           QCoreApplication::translate("ferry::SqliteConnection", "Cannot create the folder %1")
                               .arg(QDir::toNativeSeparators(target.absolutePath())),
                           QCoreApplication::translate("ferry::SqliteConnection", "Choose a folder you may write to."));
    QString tempPath;
    {
        QTemporaryFile temp(target.absoluteFilePath() + QStringLiteral(".init-XXXXXX"));
        temp.setAutoRemove(false);
        if (!temp.open())
            throw ConnectError(
                ConnectFailure::Other,
                QCoreApplication::translate("ferry::SqliteConnection", "Cannot create %1: %2")
                    .arg(QDir::toNativeSeparators(file), temp.errorString()),
                QCoreApplication::translate("ferry::SqliteConnection", "Choose a folder you may write to."));
        tempPath = temp.fileName();
    }
    try {
        OpenDatabase db(tempPath);
        runInitScript(db.db(), scriptPath);
        db.discard();
    } catch (...) {
        removeDatabaseFiles(tempPath);
        throw;
    }
    if (!QFile::rename(tempPath, file)) {
        removeDatabaseFiles(tempPath);
        if (!QFileInfo::exists(file)) // otherwise another connection created it first: use theirs
            throw ConnectError(
                ConnectFailure::Other,
                QCoreApplication::translate("ferry::SqliteConnection", "Cannot create %1")
                    .arg(QDir::toNativeSeparators(file)),
                QCoreApplication::translate("ferry::SqliteConnection", "Choose a folder you may write to."));
    }
}

} // namespace

std::unique_ptr<Connection> openSqliteConnection(const ConnectionProfile& profile)
{
    const QString file = profile.file;
    const bool inMemory = file == QLatin1String(":memory:");
    if (file.isEmpty())
        throw ConnectError(
            ConnectFailure::DatabaseMissing,
            QCoreApplication::translate("ferry::SqliteConnection", "No SQLite file is set for the connection \"%1\".")
                .arg(profile.name),
            QCoreApplication::translate("ferry::SqliteConnection",
                                        "Choose the database file in the connection settings."));
    if (!inMemory && !QFileInfo::exists(file)) {
        if (profile.initSql.isEmpty())
            throw ConnectError(
                ConnectFailure::DatabaseMissing,
                QCoreApplication::translate("ferry::SqliteConnection", "The SQLite file %1 was not found.")
                    .arg(QDir::toNativeSeparators(file)),
                QCoreApplication::translate("ferry::SqliteConnection", "Check the path in the connection settings."));
        createFromScript(file, profile.initSql);
    }
    OpenDatabase db(file, profile.queryTimeoutSeconds > 0
                              ? int(qMin<qint64>(qint64(profile.queryTimeoutSeconds) * 1000, INT_MAX))
                              : kBusyTimeoutMs);
    if (inMemory && !profile.initSql.isEmpty())
        runInitScript(db.db(), profile.initSql); // an in-memory database is always new
    auto connection = std::make_unique<SqliteConnection>(db.db(), db.name(), file);
    db.release();
    return connection;
}

std::unique_ptr<Connection> openSqliteFileCreating(const QString& file)
{
    // SQLite creates a missing file on open; only users' connections refuse one (a typo must not make an
    // empty database).
    OpenDatabase db(file, kBusyTimeoutMs);
    auto connection = std::make_unique<SqliteConnection>(db.db(), db.name(), file);
    db.release();
    return connection;
}

} // namespace ferry
