#pragma once
// The last stage of a run: takes prepared batches and writes them table by table (TableRunner: decide
// insert / update / skip, write each batch in one transaction), keeps the counts, rejects and findings
// of the summary, records the duplicate rules' decisions, and sends samples to the observer. It runs on
// the thread that called Migration::run.
#include "engine/batch_recorder.h"
#include "engine/bounded_queue.h"
#include "engine/findings_collector.h"
#include "engine/pipeline_types.h"
#include "engine/retry_policy.h"
#include "engine/run_control.h"
#include "engine/run_output.h"
#include "engine/table_runner.h"
#include "engine/throttle.h"

#include <QElapsedTimer>
#include <functional>

namespace ferry::pipeline {

struct WriterSettings {
    bool dryRun = false;
    TargetMode dryRunMode = TargetMode::Predict; // Rehearse when the twins are in place
    bool foreignKeys = true;                     // Rehearse: the target enforces foreign keys
    RetryPolicy retry;
    int sampleIntervalMs = 250;
    // Also a sample once this many rows were read since the last one (0: by time only), so a run that
    // ends in a fraction of a second still draws a curve.
    qint64 sampleEveryRows = 0;
    BatchCommitHook* commitHook = nullptr;
    qint64 rowLimit = -1; // for the expected row counts the observer shows
    // A ceiling on the rate, rows per second (0: none); the writer waits before batches to keep under it.
    double maxRowsPerSecond = 0;
};

// What the writer needs around it; all outlive the stage.
struct WriterContext {
    const Plan& plan;
    std::unique_ptr<Connection>& target; // replaced when the connection is lost and made again
    // Opens a new connection to the target and takes the run's locks on it again. Throws DbError.
    std::function<std::unique_ptr<Connection>()> reconnectTarget;
    LookupCache& lookups;
    TableGate& gate;
    RunControl& control;
    RunSummary& summary;
    FindingsCollector& findings;
    RunOutput* output;     // null when the run writes no files
    RunObserver* observer; // may be null
    const QElapsedTimer& clock;
    StateStore* checkpoints;        // null for dry runs
    const ResumePoints& resume;     // empty unless the run resumes an interrupted one
    SharedTarget* shared = nullptr; // a rehearsal: the preparer reads through the target connection too
};

class WriterStage {
public:
    WriterStage(WriterContext context, WriterSettings settings);

    // Writes until the queue ends, the run is cancelled or a stop; never throws.
    void run(BoundedQueue<PreparedChunk>& in);

    // Empty when the run went through (or was cancelled between batches).
    const QString& stopReason() const { return stopReason_; }
    // Time running so far, paused time excluded.
    qint64 runningMs() const { return context_.clock.elapsed() - pausedMs_; }

private:
    void writeAll(BoundedQueue<PreparedChunk>& in);
    // Blocks while the run is paused, and counts the time as paused.
    void waitWhilePaused();
    // A throttled run: waits until `rows` more keep the rate under the ceiling. False when cancelled.
    bool throttle(qint64 rows);
    // A rehearsal shares the target connection with the preparer: held while the writer uses it.
    std::unique_lock<std::mutex> holdTarget() const;
    // False when the run must stop after this chunk.
    bool take(PreparedChunk&& chunk);
    void openTable(int table, bool alreadyDone);
    void closeTable(bool completed);
    void writeBatch(const PreparedBatch& batch);
    // After a fault that may pass: waits, reconnects (trying again within the policy), and says whether
    // the batch in flight committed after all. Throws the last error when the tries run out; returns
    // std::nullopt when the run was cancelled meanwhile.
    // lost: the session no longer answers, whatever the error said.
    std::optional<bool> recoverTarget(const DbError& first, int& attempt, bool lost);
    // The batch committed although its COMMIT was not confirmed: count it as the target's checkpoint does.
    void adoptCommitted(const PreparedBatch& batch, const Checkpoint& checkpoint);
    bool committedAfterAll();
    // A batch the interrupted run committed: remembered, not written; the last one is checked against
    // the checkpoint, so a source that changed since stops the resume instead of writing wrong rows.
    void replay(const PreparedBatch& batch);
    void emitSample(const TableCounts& current);
    void keepReject(const RejectRecord& r);
    void recordDecisions(const PreparedBatch& batch);
    const Checkpoint* checkpoint() const { return context_.resume.find(context_.plan.tables[current_]); }
    void log(const QString& message);
    void stop(const QString& reason);
    QString describe(const DbError& e) const;

    WriterContext context_;
    WriterSettings settings_;
    QList<LookupSpec> allLookups_; // every table's, for a dry run's stand-in parents
    BatchRecorder recorder_;
    Throttle throttle_;
    DbFamily family_;                        // of the target, also while it is being reconnected
    std::optional<RunControl::Watch> watch_; // a cancel interrupts the statement on the target
    std::optional<TableRunner> runner_;
    int current_ = -1;
    bool currentDone_ = false; // the current table was completed by the interrupted run
    qint64 replayLeft_ = 0;    // batches of the current table still to replay
    qint64 replayedRows_ = 0;
    QString replayedKey_;
    QString stopReason_;
    qint64 pausedMs_ = 0;
    qint64 totalRead_ = 0;
    qint64 lastSampleRead_ = 0;
    qint64 lastSampleMs_ = 0;
    RunSample sample_;
    TableTiming timing_;        // of the current table
    qint64 tableStartedMs_ = 0; // running time when it opened
};

} // namespace ferry::pipeline
