#include "run_state.h"

#include "core/errors.h"
#include "engine/journal_store.h"

#include <QFileInfo>

#include <QCoreApplication>
#include <QDir>
#include <QUuid>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::RunState", text);
}

void saveRecord(const RunRecord& record, const QString& directory)
{
    QString error;
    if (!record.save(directory, &error))
        throw Error(error);
}

// The files end where the newest checkpoint says (they only grow, so the largest offsets are the newest).
RunOutput::Offsets filesAtCheckpoints(const QList<Checkpoint>& checkpoints)
{
    RunOutput::Offsets keep;
    for (const Checkpoint& c : checkpoints) {
        keep.rejects = qMax(keep.rejects, c.files.rejects);
        keep.dedupe = qMax(keep.dedupe, c.files.dedupe);
    }
    return keep;
}

// The journal lives in the output folder, beside the run folders, so every run of the project finds it.
std::unique_ptr<StateStore> makeStore(const Project& project, const QString& runDirectory, const RunRecord& r,
                                      Connection& target)
{
    if (project.options.stateStore == RunOptions::StateStore::Journal)
        return std::make_unique<JournalStore>(QFileInfo(runDirectory).absolutePath(), r.runId, r.project);
    return std::make_unique<CheckpointStore>(target, r.stateTable, r.runId, r.project);
}

} // namespace

std::optional<InterruptedRun> findInterruptedRun(const Project& project)
{
    const QString dir = runDirectories(project.options.outputDirectory).value(0);
    if (dir.isEmpty())
        return std::nullopt;
    QString ignored;
    std::optional<RunRecord> record = RunRecord::load(dir, &ignored);
    if (!record || !record->resumable() || record->fingerprint != projectFingerprint(project))
        return std::nullopt;
    return InterruptedRun{dir, *record};
}

std::unique_ptr<RunState> RunState::start(const Project& project, const QString& outputDirectory, Connection& target,
                                          int maxBatchRows)
{
    auto state = std::make_unique<RunState>();
    state->output_ = std::make_unique<RunOutput>(outputDirectory, false);
    RunRecord& r = state->record_;
    r.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.project = project.name;
    r.fingerprint = projectFingerprint(project);
    r.started = QDateTime::currentDateTimeUtc();
    r.stateTable = project.options.stateTable;
    r.maxBatchRows = maxBatchRows;
    saveRecord(r, state->output_->directory());
    state->store_ = makeStore(project, state->output_->directory(), r, target);
    state->store_->ensureTable();
    return state;
}

std::unique_ptr<RunState> RunState::resume(const Project& project, const Plan& plan, const QString& outputDirectory,
                                           const QString& runDirectory, Connection& target, QString* refusal)
{
    const QString dir = runDirectory.isEmpty() ? runDirectories(outputDirectory).value(0) : runDirectory;
    if (dir.isEmpty()) {
        *refusal = tr("there is no run to resume in %1").arg(QDir::toNativeSeparators(outputDirectory));
        return nullptr;
    }
    QString error;
    std::optional<RunRecord> record = RunRecord::load(dir, &error);
    if (!record) {
        *refusal = error;
        return nullptr;
    }
    if (!record->resumable()) {
        *refusal = tr("the last run (%1) completed; there is nothing to resume").arg(QDir::toNativeSeparators(dir));
        return nullptr;
    }
    if (record->fingerprint != projectFingerprint(project)) {
        *refusal = tr("the project's connections or mappings changed since the interrupted run (%1), so its "
                      "checkpoints no longer describe this migration; run it again from the start")
                       .arg(QDir::toNativeSeparators(dir));
        return nullptr;
    }
    auto state = std::make_unique<RunState>();
    state->record_ = *record;
    switch (record->status) {
    case RunRecord::Status::Running:
        state->interruption_ = tr("the run stopped without ending: its process was killed or its machine stopped");
        break;
    case RunRecord::Status::Failed:
        state->interruption_ = tr("the run failed: %1").arg(record->error);
        break;
    case RunRecord::Status::Cancelled:
        state->interruption_ = tr("the run was cancelled");
        break;
    case RunRecord::Status::Completed:
        break;
    }
    state->store_ = makeStore(project, dir, *record, target);
    state->store_->ensureTable();
    const QList<Checkpoint> checkpoints = settleCheckpoints(state->store_->load(), target, plan);
    for (const Checkpoint& c : checkpoints)
        state->points_.byMapping.insert(c.mapping, c);
    state->output_ = RunOutput::reopen(dir, filesAtCheckpoints(checkpoints));
    state->record_.status = RunRecord::Status::Running;
    state->record_.error.clear();
    state->record_.resumed << QDateTime::currentDateTimeUtc();
    saveRecord(state->record_, dir);
    return state;
}

void RunState::finish(const RunSummary& summary)
{
    record_.status = summary.status != RunSummary::Status::Failed ? RunRecord::Status::Completed
                     : summary.cancelled                          ? RunRecord::Status::Cancelled
                                                                  : RunRecord::Status::Failed;
    record_.error = summary.error;
    QString error;
    if (!record_.save(output_->directory(), &error))
        output_->log(error);
    if (record_.status == RunRecord::Status::Completed) {
        try {
            store_->forgetEarlierRuns();
        } catch (const DbError& e) {
            output_->log(tr("the checkpoints of earlier runs could not be removed: %1").arg(e.message()));
        }
    }
}

} // namespace ferry
