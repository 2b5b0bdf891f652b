#include "source_reader.h"

#include "engine/stage_guard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <limits>

namespace ferry::pipeline {

namespace {
// MariaDB Connector/ODBC 3.1 caches a whole result set client-side whatever the options, so a large
// table is read in pages by primary key to keep memory flat.
bool pagesNeeded(const Connection& source, const TablePlan& table)
{
    return source.family() == DbFamily::MariaDB && !table.sourcePrimaryKey.isEmpty();
}

std::vector<Value> keyOf(const TablePlan& table, const Row& row)
{
    std::vector<Value> key;
    for (int k : table.sourcePrimaryKey)
        key.push_back(row[size_t(k)]);
    return key;
}
} // namespace

void SourceReader::operator()()
{
    const QString error = guarded([this] { readAll(); });
    watch_.reset();
    if (!error.isEmpty() && !control_.cancelled()) // after a cancel the interrupted statement's error is no news
        out_.push(Chunk{-1, {}, false, error});
    out_.close();
}

void SourceReader::readAll()
{
    source_ = openConnection(profile_, password_);
    watch_.emplace(control_, *source_);
    for (int t = 0; t < plan_.tables.size() && !control_.cancelled(); ++t) {
        // A table an interrupted run completed is not read again; the writer takes its counts from the
        // checkpoint.
        const bool done = resume_.completed(plan_.tables[t]);
        if ((!done && !readTable(t)) || !out_.push(Chunk{t, {}, true, {}, done}))
            return;
    }
}

bool SourceReader::readTable(int table)
{
    Progress progress;
    for (int attempt = 1;; ++attempt) {
        try {
            return readFrom(table, progress);
        } catch (const DbError& e) {
            if (control_.cancelled())
                throw;
            const bool transient = isTransient(e, source_->family()) || !sessionAnswers(*source_);
            if (!transient || !reconnect(e, attempt))
                throw;
        }
    }
}

bool SourceReader::reconnect(const DbError& first, int& attempt)
{
    const QString what = QCoreApplication::translate("ferry::Migration", "the connection to the source");
    std::optional<DbError> last = first;
    for (; attempt <= reports_.retry.attempts; ++attempt) {
        announceRetry(reports_.output, reports_.observer, what, *last, attempt, reports_.retry);
        if (!control_.sleepUnlessCancelled(reports_.retry.delayMs(attempt)))
            return false;
        try {
            watch_.reset();
            source_ = openConnection(profile_, password_);
            watch_.emplace(control_, *source_);
            announceRecovery(reports_.output, reports_.observer, what);
            return true;
        } catch (const DbError& e) {
            if (!isTransient(e, source_->family()))
                throw;
            last = e;
        }
    }
    throw *last;
}

bool SourceReader::readFrom(int table, Progress& progress)
{
    return pagesNeeded(*source_, plan_.tables[table]) ? readPaged(table, progress) : readStream(table, progress);
}

bool SourceReader::forward(int table, RowReader& reader, Progress& progress, qint64 want)
{
    const TablePlan& tp = plan_.tables[table];
    qint64 got = 0;
    while (got < want) {
        if (control_.cancelled())
            return false;
        qint64 n = qMin<qint64>(tp.batchSize, want - got);
        if (rowLimit_ >= 0)
            n = qMin(n, rowLimit_ - progress.sent);
        Chunk chunk{table, {}, false, {}};
        QElapsedTimer fetching;
        fetching.start();
        if (n <= 0 || !reader.fetch(chunk.rows, int(n)))
            break;
        chunk.readMs = double(fetching.nsecsElapsed()) / 1e6;
        got += qint64(chunk.rows.size());
        progress.sent += qint64(chunk.rows.size());
        progress.last = {chunk.rows.back()};
        if (!out_.push(std::move(chunk)))
            return false;
    }
    lastPage_ = got;
    return true;
}

bool SourceReader::readStream(int table, Progress& progress)
{
    // In a stable order (the key, else every column), so a resume or a reconnect knows which rows it had.
    const TablePlan& tp = plan_.tables[table];
    std::unique_ptr<RowReader> reader;
    if (progress.sent > 0 && !tp.sourcePrimaryKey.isEmpty()) {
        reader = source_->query(tp.pagedSourceSql(source_->dialect(), true, 0), keyOf(tp, progress.last.front()));
    } else {
        reader = source_->query(tp.orderedSourceSql);
        std::vector<Row> skipped; // after a reconnect without a key: past the rows already sent
        for (qint64 left = progress.sent; left > 0; left -= qint64(skipped.size()))
            if (!reader->fetch(skipped, int(qMin<qint64>(left, 10000))))
                break;
    }
    return forward(table, *reader, progress, std::numeric_limits<qint64>::max());
}

bool SourceReader::readPaged(int table, Progress& progress)
{
    const TablePlan& tp = plan_.tables[table];
    // A whole number of batches per page, so batches are the same whatever page a read starts on (a
    // resume counts them).
    const int pageSize = tp.batchSize * qMax(1, (20000 + tp.batchSize - 1) / tp.batchSize);
    for (;;) {
        const bool after = !progress.last.empty();
        auto reader = source_->query(tp.pagedSourceSql(source_->dialect(), after, pageSize),
                                     after ? keyOf(tp, progress.last.front()) : std::vector<Value>{});
        if (!forward(table, *reader, progress, pageSize))
            return false;
        if (lastPage_ < pageSize || (rowLimit_ >= 0 && progress.sent >= rowLimit_))
            return true;
    }
}

} // namespace ferry::pipeline
