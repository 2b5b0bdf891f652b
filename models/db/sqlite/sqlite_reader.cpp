#include "sqlite_reader.h"

#include "sqlite_interrupt.h"

#include <QCoreApplication>

namespace ferry::sqlite {

SqliteRowReader::SqliteRowReader(QSqlQuery query, QList<ResultColumn> columns, std::vector<DeclaredType> types,
                                 Interrupter* interrupter)
    : query_(std::move(query))
    , columns_(std::move(columns))
    , types_(std::move(types))
    , interrupter_(interrupter)
{
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
            row.push_back(readValue(query_.value(int(i)), types_[i]));
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
