#pragma once
// The first stage of a run: streams every table's source rows, in plan order, into a bounded queue
// (memory stays flat whatever the table size). Runs on its own thread with its own connection. When the
// source goes away for a while (lost connection, restart) it reconnects within the retry policy and
// goes on after the last row it sent: after its key, or — for a source without one — past as many rows
// of the same stable order.
#include "engine/bounded_queue.h"
#include "engine/pipeline_types.h"
#include "engine/plan.h"
#include "engine/retry_policy.h"
#include "engine/run_control.h"

namespace ferry {
class RunObserver;
class RunOutput;
} // namespace ferry

namespace ferry::pipeline {

// What the reader tells the world about retries.
struct ReaderReports {
    RunOutput* output = nullptr;
    RunObserver* observer = nullptr;
    RetryPolicy retry;
};

class SourceReader {
public:
    // rowLimit ≥ 0: at most that many rows per table (a dry run on a sample).
    SourceReader(const Plan& plan, ConnectionProfile source, QString password, qint64 rowLimit,
                 BoundedQueue<Chunk>& out, const RunControl& control, const ResumePoints& resume,
                 ReaderReports reports = {})
        : plan_(plan)
        , profile_(std::move(source))
        , password_(std::move(password))
        , rowLimit_(rowLimit)
        , out_(out)
        , control_(control)
        , resume_(resume)
        , reports_(reports)
    {
    }

    // The thread's body; never throws. Ends with the queue closed; a failure travels as a Chunk with
    // an error.
    void operator()();

private:
    // How far a table got: rows sent, and the last of them (for its key).
    struct Progress {
        qint64 sent = 0;
        std::vector<Row> last;
    };

    void readAll();
    // One table, from `progress` on, reconnecting when the source fails in a way that may pass. False
    // when the preparer gave up or the run was cancelled.
    bool readTable(int table);
    bool readFrom(int table, Progress& progress);
    // Sends up to `want` rows; returns false when the preparer gave up or the run was cancelled.
    bool forward(int table, RowReader& reader, Progress& progress, qint64 want);
    bool readStream(int table, Progress& progress);
    bool readPaged(int table, Progress& progress);
    // Waits and reconnects within the policy; false when cancelled. Throws the last error when the tries
    // run out.
    bool reconnect(const DbError& first, int& attempt);

    const Plan& plan_;
    ConnectionProfile profile_;
    QString password_;
    qint64 rowLimit_;
    BoundedQueue<Chunk>& out_;
    const RunControl& control_;
    const ResumePoints& resume_;
    ReaderReports reports_;
    std::unique_ptr<Connection> source_;
    std::optional<RunControl::Watch> watch_; // a cancel interrupts the statement on the source
    qint64 lastPage_ = 0;
};

} // namespace ferry::pipeline
