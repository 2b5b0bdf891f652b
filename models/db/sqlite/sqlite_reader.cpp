#include "sqlite_reader.h"

#include "sqlite_interrupt.h"

#include <QCoreApplication>
#include <QSqlResult>
#include <sqlite3.h>

namespace ferry::sqlite {

SqliteRowReader::SqliteRowReader(QSqlQuery query, QList<ResultColumn> columns, std::vector<DeclaredType> types,
                                 Interrupter* interrupter)
    : query_(std::move(query))
    , columns_(std::move(columns))
    , types_(std::move(types))
    , interrupter_(interrupter)
{
    // Same library as Ferry's (the interrupter has a handle only then): its statement may be read.
    const QVariant h = query_.result() ? query_.result()->handle() : QVariant();
    if (interrupter_ && interrupter_->handle() && h.isValid() && qstrcmp(h.typeName(), "sqlite3_stmt*") == 0)
        stmt_ = *static_cast<sqlite3_stmt* const*>(h.constData());
}

Value SqliteRowReader::cell(int column) const
{
    const QVariant v = query_.value(column);
    if (stmt_ && v.typeId() == QMetaType::QString && sqlite3_column_type(stmt_, column) == SQLITE_TEXT) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
        const QByteArray bytes(text, sqlite3_column_bytes(stmt_, column));
        return readText(bytes, types_[size_t(column)]);
    }
    return readValue(v, types_[size_t(column)]);
}

bool SqliteRowReader::fetch(std::vector<Row>& out, int maxRows)
{
    out.clear();
    if (done_)
        return false;
    const int limit = qMax(1, maxRows);
    const size_t width = types_.size();
    out.reserve(size_t(limit));
    while (int(out.size()) < limit) {
        if (!next()) {
            done_ = true;
            const QSqlError error = query_.lastError();
            // Reset the statement now: an open read statement would keep other connections waiting.
            query_.finish();
            if (error.isValid())
                throw sqliteError(error, QCoreApplication::translate("ferry::SqliteConnection", "Reading rows failed"));
            break;
        }
        Row row;
        row.reserve(width);
        for (size_t i = 0; i < width; ++i)
            row.push_back(cell(int(i)));
        out.push_back(std::move(row));
    }
    return !out.empty();
}

bool SqliteRowReader::next()
{
    if (!interrupter_)
        return query_.next();
    try {
        return interrupter_->run(query_, CallTracker::Kind::Fetch, [this] { return query_.next(); });
    } catch (const DbError&) {
        done_ = true;
        query_.finish(); // an interrupted statement must not stay open (see sqlite_interrupt.h)
        throw;
    }
}

} // namespace ferry::sqlite
