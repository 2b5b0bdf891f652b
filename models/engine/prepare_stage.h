#pragma once
// The second stage of a run: transforms and coerces each source row (RowPreparer), applies the table's
// duplicate rules, and loads lookups once the parent tables are committed. Runs on its own thread; it
// opens a target connection only when a table looks values up or has duplicate rules.
#include "engine/bounded_queue.h"
#include "engine/dedupe_pass.h"
#include "engine/lookup_cache.h"
#include "engine/pipeline_types.h"
#include "engine/plan.h"
#include "engine/run_control.h"
#include "engine/source_reader.h"

namespace ferry::pipeline {

struct PrepareSides {
    ConnectionProfile source;
    QString sourcePassword;
    ConnectionProfile target;
    QString targetPassword;
    SharedTarget* shared = nullptr; // a rehearsal: read the target through the writer's session instead
};

class PrepareStage {
public:
    PrepareStage(const Plan& plan, PrepareSides sides, qint64 rowLimit, LookupCache& lookups, BoundedQueue<Chunk>& in,
                 BoundedQueue<PreparedChunk>& out, TableGate& gate, const RunControl& control,
                 ReaderReports reports = {})
        : plan_(plan)
        , sides_(std::move(sides))
        , rowLimit_(rowLimit)
        , lookups_(lookups)
        , in_(in)
        , out_(out)
        , gate_(gate)
        , control_(control)
        , reports_(reports)
    {
    }

    // The thread's body; never throws. Ends with both queues closed; a failure travels as a
    // PreparedChunk with an error.
    void operator()();

private:
    void prepareAll();
    // Starts a table: lookups, the row preparer, the duplicate pass — again after a reconnect when a
    // connection fails in a way that may pass. False when the run ended meanwhile.
    bool startTable(int table);
    bool tryStartTable(int table);
    // The table's duplicate rules, decided before its first row goes on; clusters for the report.
    QList<DuplicateCluster> findDuplicates(int table);
    Connection& target();
    // Held while the target is read: a rehearsal shares the writer's connection (SharedTarget).
    std::unique_lock<std::mutex> holdTarget() const;

    const Plan& plan_;
    PrepareSides sides_;
    qint64 rowLimit_;
    LookupCache& lookups_;
    BoundedQueue<Chunk>& in_;
    BoundedQueue<PreparedChunk>& out_;
    TableGate& gate_;
    const RunControl& control_;
    ReaderReports reports_;
    std::unique_ptr<Connection> target_;     // opened only when needed
    std::optional<RunControl::Watch> watch_; // a cancel interrupts the statement on target_
    DbFamily family_ = DbFamily::Generic;    // of the target, once connected (MariaDB's error numbers)
    std::optional<RowPreparer> preparer_;
    DedupeDecisions decisions_;
    double gateWaitMs_ = 0; // waiting for parent tables is not preparing: kept out of PreparedChunk::prepareMs
};

} // namespace ferry::pipeline
