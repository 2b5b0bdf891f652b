#include "sqlite_raw_reader.h"

#include <QCoreApplication>

namespace ferry::sqlite {

RawRowReader::RawRowReader(std::unique_ptr<RawStatement> statement, bool hasRow, QList<ResultColumn> columns,
                           std::vector<DeclaredType> types)
    : statement_(std::move(statement))
    , unread_(hasRow)
    , done_(!hasRow)
    , columns_(std::move(columns))
    , types_(std::move(types))
{
}

bool RawRowReader::fetch(std::vector<Row>& out, int maxRows)
{
    out.clear();
    const int limit = qMax(1, maxRows);
    out.reserve(size_t(qMin(limit, 4096)));
    while (!done_ && int(out.size()) < limit) {
        // Step only for a row that is asked for: the next one may take long to come.
        if (!unread_ &&
            !statement_->step(QCoreApplication::translate("ferry::SqliteConnection", "Reading rows failed"))) {
            done_ = true;
            break;
        }
        unread_ = false;
        Row row;
        row.reserve(types_.size());
        for (size_t i = 0; i < types_.size(); ++i)
            row.push_back(statement_->value(int(i), types_[i]));
        out.push_back(std::move(row));
    }
    return !out.empty();
}

} // namespace ferry::sqlite
