#include "source_reader.h"

#include "engine/stage_guard.h"

#include <limits>

namespace ferry::pipeline {

namespace {
// MariaDB Connector/ODBC 3.1 caches a whole result set client-side whatever the options, so a large
// table is read in pages by primary key to keep memory flat.
bool pagesNeeded(const Connection& source, const TablePlan& table)
{
    return source.family() == DbFamily::MariaDB && !table.sourcePrimaryKey.isEmpty();
}
} // namespace

void SourceReader::operator()()
{
    const QString error = guarded([this] { readAll(); });
    if (!error.isEmpty())
        out_.push(Chunk{-1, {}, false, error});
    out_.close();
}

void SourceReader::readAll()
{
    auto source = openConnection(profile_, password_);
    for (int t = 0; t < plan_.tables.size() && !control_.cancelled(); ++t) {
        // A table an interrupted run completed is not read again; the writer takes its counts from the
        // checkpoint.
        const bool done = resume_.completed(plan_.tables[t]);
        const bool ok =
            done || (pagesNeeded(*source, plan_.tables[t]) ? readPaged(*source, t) : readStream(*source, t));
        if (!ok || !out_.push(Chunk{t, {}, true, {}, done}))
            return;
    }
}

bool SourceReader::forward(int table, RowReader& reader, qint64& sent, qint64 want, std::vector<Row>* last)
{
    const TablePlan& tp = plan_.tables[table];
    qint64 got = 0;
    while (got < want) {
        if (control_.cancelled())
            return false;
        qint64 n = qMin<qint64>(tp.batchSize, want - got);
        if (rowLimit_ >= 0)
            n = qMin(n, rowLimit_ - sent);
        Chunk chunk{table, {}, false, {}};
        if (n <= 0 || !reader.fetch(chunk.rows, int(n)))
            break;
        got += qint64(chunk.rows.size());
        sent += qint64(chunk.rows.size());
        if (last)
            *last = {chunk.rows.back()};
        if (!out_.push(std::move(chunk)))
            return false;
    }
    lastPage_ = got;
    return true;
}

bool SourceReader::readStream(Connection& source, int table)
{
    // In a stable order (the key, else every column), so a resume can tell which rows a checkpoint covers.
    auto reader = source.query(plan_.tables[table].orderedSourceSql);
    qint64 sent = 0;
    return forward(table, *reader, sent, std::numeric_limits<qint64>::max(), nullptr);
}

bool SourceReader::readPaged(Connection& source, int table)
{
    const TablePlan& tp = plan_.tables[table];
    const int pageSize = qMax(tp.batchSize, 20000);
    qint64 sent = 0;
    std::vector<Row> last;
    for (;;) {
        std::vector<Value> params;
        if (!last.empty())
            for (int k : tp.sourcePrimaryKey)
                params.push_back(last.front()[k]);
        auto reader = source.query(tp.pagedSourceSql(source.dialect(), !last.empty(), pageSize), params);
        if (!forward(table, *reader, sent, pageSize, &last))
            return false;
        if (lastPage_ < pageSize || (rowLimit_ >= 0 && sent >= rowLimit_))
            return true;
    }
}

} // namespace ferry::pipeline
