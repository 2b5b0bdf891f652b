#include "sqlite_interrupt.h"

#include "sqlite_types.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <sqlite3.h>

namespace ferry::sqlite {

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The handle belongs to the SQLite library Qt's plugin uses: Debian's links the system libsqlite3,
    // like Ferry, but Qt's own Windows and macOS builds carry a copy of their own. A handle from another
    // version of SQLite must not be touched: cancel() then does nothing there.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next() ||
        q.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

void Interrupter::cancel()
{
    tracker_.cancel([this](void*, CallTracker::Kind) {
        if (!db_)
            return false;
        sqlite3_interrupt(db_);
        return true;
    });
}

void Interrupter::throwCancelled(const QSqlError& error)
{
    const QString what = QCoreApplication::translate("ferry::SqliteConnection", "The statement was cancelled");
    // SQLite's own report where it says "interrupted" (SQLITE_INTERRUPT, 9).
    if (error.isValid() && (error.nativeErrorCode().toInt() & 0xff) == SQLITE_INTERRUPT)
        throw sqliteError(error, what);
    throw DbError(what, QStringLiteral("HY008"), SQLITE_INTERRUPT);
}

} // namespace ferry::sqlite
