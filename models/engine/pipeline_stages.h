#pragma once
// The stages of a run, each on its own thread, joined by bounded queues (memory stays flat whatever
// the table size):
//   SourceReader  — streams source rows (MariaDB tables in primary-key pages)
//   PrepareStage  — transforms and coerces (RowPreparer); loads lookups once parent tables are committed
//   the writer    — Migration::run on the calling thread (TableRunner)
#include "engine/bounded_queue.h"
#include "engine/dedupe_pass.h"
#include "engine/lookup_cache.h"
#include "engine/migration.h"
#include "engine/row_preparer.h"

#include <atomic>
#include <condition_variable>
#include <limits>
#include <mutex>

namespace ferry::pipeline {

// Source rows handed from the reader to the preparer.
struct Chunk {
    int table = 0;
    std::vector<Row> rows;
    bool endOfTable = false;
    QString error; // the reader failed; the run stops
};

class SourceReader {
public:
    SourceReader(const Project& project, const Plan& plan, const RunRequest& request, BoundedQueue<Chunk>& queue,
                 std::atomic<bool>& cancelled)
        : project_(project)
        , plan_(plan)
        , request_(request)
        , queue_(queue)
        , cancelled_(cancelled)
    {
    }

    void operator()()
    {
        try {
            auto source =
                openConnection(project_.source, Migration::passwordFor(project_.source, request_.sourcePassword));
            for (int t = 0; t < plan_.tables.size() && !cancelled_; ++t) {
                const TablePlan& table = plan_.tables[t];
                const bool ok = pagesNeeded(*source, table) ? readPaged(*source, t) : readStream(*source, t);
                if (!ok || !queue_.push(Chunk{t, {}, true, {}}))
                    return finish();
            }
        } catch (const Error& e) {
            queue_.push(Chunk{-1, {}, false, e.message()});
        }
        finish();
    }

private:
    void finish() { queue_.close(); }

    // MariaDB Connector/ODBC 3.1 caches a whole result set client-side whatever the options, so a large
    // table is read in pages by primary key to keep memory flat.
    static bool pagesNeeded(Connection& source, const TablePlan& table)
    {
        return source.family() == DbFamily::MariaDB && !table.sourcePrimaryKey.isEmpty();
    }

    // Sends up to `want` rows; returns false when the writer gave up or the run was cancelled.
    bool forward(int table, RowReader& reader, qint64& sent, qint64 want, std::vector<Row>* last)
    {
        const TablePlan& tp = plan_.tables[table];
        qint64 got = 0;
        while (got < want) {
            if (cancelled_)
                return false;
            qint64 n = qMin<qint64>(tp.batchSize, want - got);
            if (request_.rowLimit >= 0)
                n = qMin(n, request_.rowLimit - sent);
            Chunk chunk{table, {}, false, {}};
            if (n <= 0 || !reader.fetch(chunk.rows, int(n)))
                break;
            got += qint64(chunk.rows.size());
            sent += qint64(chunk.rows.size());
            if (last)
                *last = {chunk.rows.back()};
            if (!queue_.push(std::move(chunk)))
                return false;
        }
        lastPage_ = got;
        return true;
    }

    bool readStream(Connection& source, int t)
    {
        auto reader = source.query(plan_.tables[t].sourceSql);
        qint64 sent = 0;
        return forward(t, *reader, sent, std::numeric_limits<qint64>::max(), nullptr);
    }

    bool readPaged(Connection& source, int t)
    {
        const TablePlan& tp = plan_.tables[t];
        const int pageSize = qMax(tp.batchSize, 20000);
        qint64 sent = 0;
        std::vector<Row> last;
        for (;;) {
            std::vector<Value> params;
            if (!last.empty())
                for (int k : tp.sourcePrimaryKey)
                    params.push_back(last.front()[k]);
            auto reader = source.query(tp.pagedSourceSql(source.dialect(), !last.empty(), pageSize), params);
            if (!forward(t, *reader, sent, pageSize, &last))
                return false;
            if (lastPage_ < pageSize || (request_.rowLimit >= 0 && sent >= request_.rowLimit))
                return true;
        }
    }

    qint64 lastPage_ = 0;

    const Project& project_;
    const Plan& plan_;
    const RunRequest& request_;
    BoundedQueue<Chunk>& queue_;
    std::atomic<bool>& cancelled_;
};

// Prepared rows handed from the preparer to the writer.
struct PreparedChunk {
    int table = 0;
    PreparedBatch batch;
    bool endOfTable = false;
    QString error;                    // a stage failed; the run stops
    QList<DuplicateCluster> clusters; // the table's duplicate pass, on its first chunk
};

// Lets the preparer wait until the writer has committed every table before the one it starts, so
// lookups into parent tables see their rows.
class TableGate {
public:
    void finished(int table)
    {
        std::lock_guard lock(mutex_);
        finished_ = table;
        cv_.notify_all();
    }
    void abort()
    {
        std::lock_guard lock(mutex_);
        aborted_ = true;
        cv_.notify_all();
    }
    // False if the run ended meanwhile.
    bool waitForTablesBefore(int table)
    {
        std::unique_lock lock(mutex_);
        cv_.wait(lock, [&] { return aborted_ || finished_ >= table - 1; });
        return !aborted_;
    }

private:
    std::mutex mutex_;
    std::condition_variable cv_;
    int finished_ = -1;
    bool aborted_ = false;
};

class PrepareStage {
public:
    PrepareStage(const Plan& plan, const Project& project, const RunRequest& request, const ConnectionProfile& target,
                 LookupCache& lookups, BoundedQueue<Chunk>& in, BoundedQueue<PreparedChunk>& out, TableGate& gate,
                 std::atomic<bool>& cancelled)
        : plan_(plan)
        , project_(project)
        , request_(request)
        , target_(target)
        , password_(Migration::passwordFor(project.target, request.targetPassword))
        , lookups_(lookups)
        , in_(in)
        , out_(out)
        , gate_(gate)
        , cancelled_(cancelled)
    {
    }
    void operator()();

private:
    // The table's duplicate rules, decided before its first row goes on; clusters for the report.
    QList<DuplicateCluster> findDuplicates(int table, std::unique_ptr<Connection>& target);

    const Plan& plan_;
    const Project& project_;
    const RunRequest& request_;
    const ConnectionProfile& target_;
    QString password_;
    LookupCache& lookups_;
    BoundedQueue<Chunk>& in_;
    BoundedQueue<PreparedChunk>& out_;
    TableGate& gate_;
    std::atomic<bool>& cancelled_;
    DedupeDecisions decisions_;
};

} // namespace ferry::pipeline
