#pragma once
// The first stage of a run: streams every table's source rows, in plan order, into a bounded queue
// (memory stays flat whatever the table size). Runs on its own thread with its own connection.
#include "engine/bounded_queue.h"
#include "engine/pipeline_types.h"
#include "engine/plan.h"
#include "engine/run_control.h"

namespace ferry::pipeline {

class SourceReader {
public:
    // rowLimit ≥ 0: at most that many rows per table (a dry run on a sample).
    SourceReader(const Plan& plan, ConnectionProfile source, QString password, qint64 rowLimit,
                 BoundedQueue<Chunk>& out, const RunControl& control, const ResumePoints& resume)
        : plan_(plan)
        , profile_(std::move(source))
        , password_(std::move(password))
        , rowLimit_(rowLimit)
        , out_(out)
        , control_(control)
        , resume_(resume)
    {
    }

    // The thread's body; never throws. Ends with the queue closed; a failure travels as a Chunk with
    // an error.
    void operator()();

private:
    void readAll();
    // Sends up to `want` rows; returns false when the preparer gave up or the run was cancelled.
    bool forward(int table, RowReader& reader, qint64& sent, qint64 want, std::vector<Row>* last);
    bool readStream(Connection& source, int table);
    bool readPaged(Connection& source, int table);

    const Plan& plan_;
    ConnectionProfile profile_;
    QString password_;
    qint64 rowLimit_;
    BoundedQueue<Chunk>& out_;
    const RunControl& control_;
    const ResumePoints& resume_;
    qint64 lastPage_ = 0;
};

} // namespace ferry::pipeline
