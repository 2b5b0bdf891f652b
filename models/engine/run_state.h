#pragma once
// The durable side of a real run: its folder (RunOutput), its record (run.json) and its checkpoints in
// the target (CheckpointStore). A new run creates all three; a resume finds the interrupted run, checks
// that the project still describes the same migration, reads the checkpoints and cuts the run folder's
// files back to what they cover.
#include "engine/pipeline_types.h"
#include "engine/run_record.h"

#include <memory>

namespace ferry {

// The project's interrupted run, as the wizard offers to resume it: the newest real run under the
// project's output folder, when it did not complete and the project still describes the same migration.
struct InterruptedRun {
    QString directory;
    RunRecord record;
};
std::optional<InterruptedRun> findInterruptedRun(const Project& project);

class RunState {
public:
    // A new run in a new folder under outputDirectory; maxBatchRows as RunRecord's. Throws Error (folder,
    // run.json) or DbError (state table).
    static std::unique_ptr<RunState> start(const Project& project, const QString& outputDirectory, Connection& target,
                                           int maxBatchRows = 0);
    // The interrupted run in runDirectory (empty: the newest run under outputDirectory). When there is
    // nothing to resume — no run, a completed one, a project that changed since — returns null and says
    // why in *refusal. Throws Error or DbError when the files or the state table cannot be used.
    static std::unique_ptr<RunState> resume(const Project& project, const Plan& plan, const QString& outputDirectory,
                                            const QString& runDirectory, Connection& target, QString* refusal);

    RunOutput& output() { return *output_; }
    StateStore& checkpoints() { return *store_; }
    const pipeline::ResumePoints& resumePoints() const { return points_; }
    const RunRecord& record() const { return record_; }
    // A resume: how the interrupted run had ended, in a sentence for run.log.
    const QString& interruption() const { return interruption_; }

    // Records how the run ended in run.json; after a completed run the project's earlier checkpoints go.
    void finish(const RunSummary& summary);

private:
    RunRecord record_;
    std::unique_ptr<RunOutput> output_;
    std::unique_ptr<StateStore> store_;
    pipeline::ResumePoints points_;
    QString interruption_;
};

} // namespace ferry
