#include "migration.h"

#include "core/errors.h"
#include "engine/fault_points.h"
#include "engine/findings_collector.h"
#include "engine/prepare_stage.h"
#include "engine/rehearsal.h"
#include "engine/run_output.h"
#include "engine/run_state.h"
#include "engine/source_reader.h"
#include "engine/stage_guard.h"
#include "engine/target_lock.h"
#include "engine/throttle.h"
#include "engine/writer_stage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <thread>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::Migration", text);
}

} // namespace

struct Migration::Started {
    QElapsedTimer clock;
    // A dry run creates nothing in the target: a SQLite target that does not exist yet is built from
    // its init script in a scratch folder instead of where the real run would put it.
    QTemporaryDir scratch;
    ConnectionProfile targetProfile;
    std::unique_ptr<Connection> target;
    Plan plan;
    std::unique_ptr<RunState> state;                   // a real run's folder, record and checkpoints
    std::unique_ptr<RunOutput> dryOutput;              // a dry run's folder
    RunOutput* output = nullptr;                       // whichever of the two, or none
    std::vector<std::unique_ptr<QLockFile>> fileLocks; // a SQLite target's run locks
    bool unlocked = false;                             // the target offers no lock (said in the log)
    // A dry run's twins in the target session; declared after `target`, so they go before it does.
    std::unique_ptr<Rehearsal> rehearsal;
    pipeline::SharedTarget shared;
};

Migration::Migration(Project project, RunRequest request)
    : project_(std::move(project))
    , request_(std::move(request))
{
}

void Migration::cancel()
{
    control_.cancel();
}

void Migration::setPaused(bool paused)
{
    control_.setPaused(paused);
}

ConnectionProfile Migration::withoutCreating(const ConnectionProfile& profile, const QString& scratchDir)
{
    ConnectionProfile p = profile;
    if (p.kind == ConnectionProfile::Kind::Sqlite && !p.initSql.isEmpty() && !QFile::exists(p.file))
        p.file = QDir(scratchDir).filePath(QStringLiteral("scratch-") + QFileInfo(p.file).fileName());
    return p;
}

QString Migration::passwordFor(const ConnectionProfile& profile, const QString& explicitPassword)
{
    if (!explicitPassword.isEmpty() || profile.passwordEnv.isEmpty())
        return explicitPassword;
    return qEnvironmentVariable(profile.passwordEnv.toLocal8Bit().constData());
}

std::optional<Migration::Opened> Migration::openAndPlan(const Project& project, const ConnectionProfile& targetProfile,
                                                        const QString& sourcePassword, const QString& targetPassword,
                                                        QString* planErrors)
{
    Opened opened;
    opened.target = openConnection(targetProfile, passwordFor(project.target, targetPassword));
    opened.source = openConnection(project.source, passwordFor(project.source, sourcePassword));
    ConnectionSchemaProvider sourceSchema(*opened.source), targetSchema(*opened.target);
    auto built = buildPlan(project, sourceSchema, targetSchema);
    if (auto* errors = std::get_if<QList<PlanError>>(&built)) {
        QStringList lines;
        for (const PlanError& e : *errors)
            lines << e.toString();
        *planErrors = lines.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    opened.plan = std::move(std::get<Plan>(built));
    return opened;
}

RunSummary Migration::run(RunObserver* observer)
{
    RunSummary summary;
    summary.dryRun = request_.dryRun;
    Started started;
    started.clock.start();
    started.targetProfile =
        request_.dryRun ? withoutCreating(project_.target, started.scratch.path()) : project_.target;
    if (!open(started, summary) || !lockTarget(started, summary) || !openOutput(started, summary))
        return summary;
    if (request_.dryRun)
        rehearse(started, summary);
    runStages(started, summary, observer);
    if (started.rehearsal && started.rehearsal->rehearsing()) {
        // Dropped now rather than with the session, so nothing is left even for a moment.
        const QString error = guarded([&] { started.rehearsal->finish(); });
        if (!error.isEmpty() && started.output)
            started.output->log(
                tr("dropping the rehearsal's temporary tables failed (they go with the session): %1").arg(error));
    }
    if (started.state)
        faultPoint("run-end", QStringLiteral("*"));
    // summary.json first: a run.json that says "completed" always has its summary beside it.
    if (started.output)
        started.output->writeSummary(summary);
    if (started.state)
        started.state->finish(summary);
    return summary;
}

void Migration::fail(RunSummary& summary, FailureKind kind, const QString& message)
{
    failure_ = kind;
    summary.status = RunSummary::Status::Failed;
    summary.error = message;
}

bool Migration::open(Started& started, RunSummary& summary)
{
    FailureKind kind = FailureKind::Connection;
    const QString error = guarded([&] {
        try {
            QString planErrors;
            std::optional<Opened> opened = openAndPlan(project_, started.targetProfile, request_.sourcePassword,
                                                       request_.targetPassword, &planErrors);
            if (!opened) {
                kind = FailureKind::Project;
                throw Error(planErrors);
            }
            started.target = std::move(opened->target);
            started.plan = std::move(opened->plan);
        } catch (const ConnectError& e) {
            throw Error(e.message() + QLatin1Char(' ') + e.advice());
        }
    });
    if (error.isEmpty())
        return true;
    fail(summary, kind, error);
    summary.elapsedSeconds = double(started.clock.elapsed()) / 1000.0;
    return false;
}

QString Migration::takeLocks(Started& started, Connection& target)
{
    QString refusal;
    const QString error = guarded([&] {
        QStringList taken; // several mappings may write one table: one lock each
        for (const TablePlan& t : started.plan.tables) {
            const QString name = TargetLock::nameFor(t.target);
            if (taken.contains(name))
                continue;
            taken << name;
            switch (TargetLock::acquire(target, started.targetProfile, name, &started.fileLocks)) {
            case TargetLock::Outcome::Locked:
                break;
            case TargetLock::Outcome::Unsupported:
                started.unlocked = true;
                break;
            case TargetLock::Outcome::HeldByAnother:
                refusal = tr("another Ferry run is writing to this target table (it holds the lock \"%1\"); wait "
                             "until it ends, or stop it, then run again")
                              .arg(name);
                return;
            }
        }
    });
    return !refusal.isEmpty() ? refusal
           : error.isEmpty()  ? QString()
                              : tr("cannot lock the target for this run: %1").arg(error);
}

bool Migration::lockTarget(Started& started, RunSummary& summary)
{
    if (request_.dryRun)
        return true; // a dry run writes nothing
    const QString refusal = takeLocks(started, *started.target);
    if (refusal.isEmpty())
        return true;
    fail(summary, FailureKind::Run, refusal);
    summary.elapsedSeconds = double(started.clock.elapsed()) / 1000.0;
    return false;
}

bool Migration::openOutput(Started& started, RunSummary& summary)
{
    if (!request_.writeFiles)
        return true;
    FailureKind kind = FailureKind::Run;
    const QString error = guarded([&] {
        const QString dir =
            request_.outputDirectory.isEmpty() ? project_.options.outputDirectory : request_.outputDirectory;
        if (request_.dryRun) {
            started.dryOutput = std::make_unique<RunOutput>(dir, true);
            started.output = started.dryOutput.get();
        } else if (request_.resume) {
            QString refusal;
            started.state =
                RunState::resume(project_, started.plan, dir, request_.resumeDirectory, *started.target, &refusal);
            if (!started.state) {
                kind = FailureKind::Project;
                throw Error(refusal);
            }
        } else {
            started.state =
                RunState::start(project_, dir, *started.target, Throttle::batchCap(request_.maxRowsPerSecond));
        }
        if (started.state)
            started.output = &started.state->output();
        summary.runDirectory = started.output->directory();
        summary.logFile = started.output->logPath();
        summary.rejectsFile = started.output->rejectsPath();
        started.output->log(
            request_.dryRun ? tr("Dry run of project \"%1\"").arg(project_.name)
            : request_.resume
                ? tr("Resumed run of project \"%1\" (run %2)").arg(project_.name, started.state->record().runId)
                : tr("Run of project \"%1\" (run %2)").arg(project_.name, started.state->record().runId));
        if (request_.resume)
            started.output->log(started.state->interruption());
        if (started.unlocked)
            started.output->log(tr("this target offers no lock Ferry can hold: do not start another run into it until "
                                   "this one ends"));
        for (const QString& w : started.plan.warnings)
            started.output->log(w);
    });
    if (error.isEmpty())
        return true;
    fail(summary, kind, error);
    summary.elapsedSeconds = double(started.clock.elapsed()) / 1000.0;
    return false;
}

void Migration::rehearse(Started& started, RunSummary& summary)
{
    if (request_.rehearse) {
        const RunControl::Watch watching(control_, *started.target); // a cancel interrupts copying the rows
        started.rehearsal = std::make_unique<Rehearsal>(*started.target, started.plan);
        summary.rehearsed = started.rehearsal->rehearsing();
        summary.dryRunNotes = started.rehearsal->notes();
    } else {
        summary.dryRunNotes << Rehearsal::predictionLimits();
    }
    if (started.output)
        for (const QString& note : summary.dryRunNotes)
            started.output->log(note);
}

void Migration::runStages(Started& started, RunSummary& summary, RunObserver* observer)
{
    using namespace pipeline;
    const QString sourcePassword = passwordFor(project_.source, request_.sourcePassword);
    const QString targetPassword = passwordFor(project_.target, request_.targetPassword);
    LookupCache lookups;
    BoundedQueue<Chunk> sourceQueue(2);
    BoundedQueue<PreparedChunk> preparedQueue(2);
    TableGate gate;
    FindingsCollector findings;
    static const ResumePoints nothingToResume;
    const ResumePoints& resume = started.state ? started.state->resumePoints() : nothingToResume;
    const ReaderReports reports{started.output, observer, request_.retry};
    // Before the reader cuts batches: a throttled run's are small, and a resume cuts them as its run did.
    const int maxBatchRows =
        started.state ? started.state->record().maxBatchRows : Throttle::batchCap(request_.maxRowsPerSecond);
    if (maxBatchRows > 0)
        for (TablePlan& t : started.plan.tables)
            t.batchSize = qMin(t.batchSize, maxBatchRows);
    SourceReader reader(started.plan, project_.source, sourcePassword, request_.rowLimit, sourceQueue, control_, resume,
                        reports);
    const bool rehearsing = started.rehearsal && started.rehearsal->rehearsing();
    started.shared.connection = started.target.get();
    pipeline::SharedTarget* shared = rehearsing ? &started.shared : nullptr;
    PrepareStage preparer(started.plan,
                          PrepareSides{project_.source, sourcePassword, started.targetProfile, targetPassword, shared},
                          request_.rowLimit, lookups, sourceQueue, preparedQueue, gate, control_, reports);
    WriterStage writer(
        WriterContext{started.plan, started.target,
                      [&]() {
                          std::unique_ptr<Connection> fresh = openConnection(started.targetProfile, targetPassword);
                          // The locks went with the old session; another run may have taken them since.
                          if (const QString refusal = takeLocks(started, *fresh); !refusal.isEmpty())
                              throw Error(refusal);
                          return fresh;
                      },
                      lookups, gate, control_, summary, findings, started.output, observer, started.clock,
                      started.state ? &started.state->checkpoints() : nullptr, resume, shared},
        WriterSettings{request_.dryRun, rehearsing ? TargetMode::Rehearse : TargetMode::Predict,
                       !rehearsing || started.rehearsal->foreignKeysEnforced(), request_.retry,
                       request_.sampleIntervalMs, request_.sampleEveryRows, request_.commitHook, request_.rowLimit,
                       request_.maxRowsPerSecond});
    {
        std::jthread readerThread(std::ref(reader));
        std::jthread preparerThread(std::ref(preparer));
        writer.run(preparedQueue);
        // Whatever stopped the writer, the other stages stop too; the threads join here.
        gate.abort();
        preparedQueue.close();
        sourceQueue.close();
    }

    summary.elapsedSeconds = double(writer.runningMs()) / 1000.0;
    QString stopReason = writer.stopReason();
    if (control_.cancelled() && stopReason.isEmpty()) {
        summary.cancelled = true;
        stopReason = tr("cancelled by the user");
    }
    if (!stopReason.isEmpty()) {
        fail(summary, FailureKind::Run, stopReason);
        if (started.output)
            started.output->log(stopReason);
        if (observer)
            observer->message(stopReason);
    } else {
        qint64 rejected = 0;
        for (const TableCounts& t : summary.tables)
            rejected += t.rejected;
        summary.status = rejected ? RunSummary::Status::Rejects : RunSummary::Status::Ok;
    }
    findings.finish(summary);
}

} // namespace ferry
