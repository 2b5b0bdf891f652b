#include "migration.h"

#include "core/errors.h"
#include "engine/findings_collector.h"
#include "engine/prepare_stage.h"
#include "engine/run_output.h"
#include "engine/source_reader.h"
#include "engine/stage_guard.h"
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
    std::unique_ptr<RunOutput> output;
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
    if (!open(started, summary) || !openOutput(started, summary))
        return summary;
    runStages(started, summary, observer);
    if (started.output)
        started.output->writeSummary(summary);
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

bool Migration::openOutput(Started& started, RunSummary& summary)
{
    if (!request_.writeFiles)
        return true;
    const QString error = guarded([&] {
        const QString dir =
            request_.outputDirectory.isEmpty() ? project_.options.outputDirectory : request_.outputDirectory;
        started.output = std::make_unique<RunOutput>(dir, request_.dryRun);
        summary.runDirectory = started.output->directory();
        summary.logFile = started.output->logPath();
        summary.rejectsFile = started.output->rejectsPath();
        started.output->log(tr("%1 of project \"%2\"").arg(request_.dryRun ? tr("Dry run") : tr("Run"), project_.name));
        for (const QString& w : started.plan.warnings)
            started.output->log(w);
    });
    if (error.isEmpty())
        return true;
    fail(summary, FailureKind::Run, error);
    summary.elapsedSeconds = double(started.clock.elapsed()) / 1000.0;
    return false;
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
    SourceReader reader(started.plan, project_.source, sourcePassword, request_.rowLimit, sourceQueue, control_);
    PrepareStage preparer(started.plan,
                          PrepareSides{project_.source, sourcePassword, started.targetProfile, targetPassword},
                          request_.rowLimit, lookups, sourceQueue, preparedQueue, gate, control_);
    WriterStage writer(
        WriterContext{started.plan, *started.target, lookups, gate, control_, summary, findings, started.output.get(),
                      observer, started.clock},
        WriterSettings{request_.dryRun, request_.sampleIntervalMs, request_.commitHook, request_.rowLimit});
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
