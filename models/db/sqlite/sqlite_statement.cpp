#include "sqlite_statement.h"

#include "sqlite_interrupt.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace ferry::sqlite {

RawStatement::RawStatement(sqlite3* db, Interrupter& interrupter)
    : db_(db)
    , interrupter_(interrupter)
{
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(stmt_);
}

void RawStatement::fail(int rc, const QString& what) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(db_));
    const int code = sqlite3_extended_errcode(db_) ? sqlite3_extended_errcode(db_) : rc;
    throw DbError(QCoreApplication::translate("ferry::SqliteConnection", "%1: %2").arg(what, message),
                  sqlStateFor(code, message), code);
}

void RawStatement::prepare(const QString& sql, const QString& what)
{
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(db_, utf8.constData(), int(utf8.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, what);
}

void RawStatement::bind(int position, const Value& v, const DeclaredType& column)
{
    const int at = position + 1;
    if (v.kind() == Value::Kind::Text) { // the bytes themselves, never through UTF-16
        sqlite3_bind_text64(stmt_, at, v.bytes().constData(), sqlite3_uint64(v.bytes().size()), SQLITE_TRANSIENT,
                            SQLITE_UTF8);
        return;
    }
    // Every other kind as QSQLITE's binding chooses it (sqlite_types.h bindValue: exact storage classes).
    const QVariant b = bindValue(v, column);
    switch (b.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(stmt_, at);
        return;
    case QMetaType::LongLong:
    case QMetaType::Int:
        sqlite3_bind_int64(stmt_, at, b.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(stmt_, at, b.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = b.toByteArray();
        sqlite3_bind_blob64(stmt_, at, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    default: {
        const QByteArray utf8 = b.toString().toUtf8();
        sqlite3_bind_text64(stmt_, at, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        return;
    }
    }
}

void RawStatement::exec(const QString& what)
{
    int rc = SQLITE_ROW;
    interrupter_.runRaw([&] {
        while ((rc = sqlite3_step(stmt_)) == SQLITE_ROW) {
        }
        return rc == SQLITE_DONE;
    });
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    if (rc != SQLITE_DONE)
        fail(rc, what);
}

qint64 RawStatement::changes() const
{
    return sqlite3_changes64(db_);
}

} // namespace ferry::sqlite
