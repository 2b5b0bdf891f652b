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

bool RawStatement::step(const QString& what)
{
    int rc = SQLITE_DONE;
    try {
        interrupter_.runRaw([&] {
            rc = sqlite3_step(stmt_);
            return rc == SQLITE_ROW || rc == SQLITE_DONE;
        });
    } catch (const DbError&) {
        reset(); // an interrupted statement must not stay open (see sqlite_interrupt.h)
        throw;
    }
    if (rc == SQLITE_ROW)
        return true;
    reset(); // an open read statement would keep other connections waiting
    if (rc != SQLITE_DONE)
        fail(rc, what);
    return false;
}

void RawStatement::reset()
{
    sqlite3_reset(stmt_);
}

int RawStatement::columnCount() const
{
    return sqlite3_column_count(stmt_);
}

QString RawStatement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(stmt_, column));
}

QString RawStatement::declaredType(int column) const
{
    return QString::fromUtf8(sqlite3_column_decltype(stmt_, column));
}

ColumnType RawStatement::storageType(int column) const
{
    switch (sqlite3_column_type(stmt_, column)) {
    case SQLITE_INTEGER:
        return ColumnType::Integer;
    case SQLITE_FLOAT:
        return ColumnType::Double;
    case SQLITE_BLOB:
        return ColumnType::Binary;
    case SQLITE_TEXT:
        return ColumnType::Text;
    default:
        return ColumnType::Unknown;
    }
}

Value RawStatement::value(int column, const DeclaredType& type) const
{
    switch (sqlite3_column_type(stmt_, column)) {
    case SQLITE_NULL:
        return Value::null();
    case SQLITE_INTEGER:
        return readValue(QVariant(qlonglong(sqlite3_column_int64(stmt_, column))), type);
    case SQLITE_FLOAT:
        return readValue(QVariant(sqlite3_column_double(stmt_, column)), type);
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
        return readValue(QVariant(QByteArray(blob, sqlite3_column_bytes(stmt_, column))), type);
    }
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
        return readText(QByteArray(text, sqlite3_column_bytes(stmt_, column)), type);
    }
    }
}

} // namespace ferry::sqlite
