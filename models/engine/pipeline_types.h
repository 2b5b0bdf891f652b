#pragma once
// What the stages of a run hand each other (source rows, then prepared rows) and the gate that keeps a
// table's lookups waiting until its parents are committed.
#include "core/findings.h"
#include "engine/checkpoint_store.h"
#include "engine/row_preparer.h"

#include <QHash>

#include <condition_variable>
#include <mutex>
#include <vector>

namespace ferry::pipeline {

// Source rows handed from the reader to the preparer.
struct Chunk {
    int table = 0;
    std::vector<Row> rows;
    bool endOfTable = false;
    QString error;            // the reader failed; the run stops
    bool alreadyDone = false; // with endOfTable: an interrupted run completed the table; nothing was read
    double readMs = 0;        // time fetching these rows
};

// Prepared rows handed from the preparer to the writer.
struct PreparedChunk {
    int table = 0;
    PreparedBatch batch;
    bool endOfTable = false;
    QString error;                    // a stage failed; the run stops
    QList<DuplicateCluster> clusters; // the table's duplicate pass, on its first chunk
    bool alreadyDone = false;         // as Chunk::alreadyDone
    double readMs = 0;                // the reader's time for these rows (Chunk::readMs)
    double prepareMs = 0;             // the preparer's, including a table's lookups and duplicate pass
};

// Where a resumed run picks up: the interrupted run's checkpoints, by table mapping (Project::tables
// index). Empty for a new run.
struct ResumePoints {
    QHash<int, Checkpoint> byMapping;
    const Checkpoint* find(const TablePlan& table) const
    {
        const auto it = byMapping.constFind(table.projectIndex);
        return it == byMapping.constEnd() ? nullptr : &*it;
    }
    bool completed(const TablePlan& table) const
    {
        const Checkpoint* c = find(table);
        return c && c->complete;
    }
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

// A rehearsing dry run keeps its temporary twins in the writer's session (engine/rehearsal.h): the
// preparer reads lookups and duplicates through that same connection, and never while the writer uses it.
struct SharedTarget {
    Connection* connection = nullptr;
    std::mutex mutex;
};

} // namespace ferry::pipeline
