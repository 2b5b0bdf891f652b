#include "migration.h"

#include "core/errors.h"
#include "engine/findings_collector.h"
#include "engine/pipeline_stages.h"
#include "engine/run_ledger.h"
#include "engine/run_output.h"

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

// Rows the duplicate rules skipped or rewrote go to the run folder, so verification knows what to expect.
void recordDecisions(RunOutput& output, const TablePlan& plan, const PreparedBatch& batch)
{
    for (const PreparedRow& row : batch.rows) {
        const bool skipped = row.fate == PreparedRow::Fate::SkipDuplicate;
        if (!skipped && !row.rewritten)
            continue;
        const Row& source = batch.source[size_t(row.source)];
        output.duplicateDecision(plan.target.name, sourceKeyText(plan, source), sourceValuesText(source),
                                 skipped ? nullptr : &row.values);
    }
    output.flushDecisions();
}

} // namespace

Migration::Migration(Project project, RunRequest request)
    : project_(std::move(project))
    , request_(std::move(request))
{
}

std::optional<qint64> Migration::expectedRows(const TablePlan& table) const
{
    if (!table.sourceRowEstimate || request_.rowLimit < 0)
        return table.sourceRowEstimate;
    return qMin(*table.sourceRowEstimate, request_.rowLimit);
}

void Migration::cancel()
{
    std::lock_guard lock(pauseMutex_);
    cancelled_ = true;
    pauseChanged_.notify_all();
}

void Migration::setPaused(bool paused)
{
    std::lock_guard lock(pauseMutex_);
    paused_ = paused;
    pauseChanged_.notify_all();
}

qint64 Migration::waitWhilePaused(RunObserver* observer)
{
    if (!paused_ || cancelled_)
        return 0;
    QElapsedTimer waited;
    waited.start();
    if (observer)
        observer->pausedChanged(true);
    {
        std::unique_lock lock(pauseMutex_);
        pauseChanged_.wait(lock, [&] { return !paused_ || cancelled_; });
    }
    if (observer)
        observer->pausedChanged(false);
    return waited.elapsed();
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
    QElapsedTimer clock;
    clock.start();
    auto say = [&](const QString& m) {
        if (observer)
            observer->message(m);
    };
    auto failWith = [&](FailureKind kind, const QString& message) {
        failure_ = kind;
        summary.status = RunSummary::Status::Failed;
        summary.error = message;
        summary.elapsedSeconds = clock.elapsed() / 1000.0;
        return summary;
    };

    // A dry run creates nothing in the target: a SQLite target that does not exist yet is built from its
    // init script in a scratch folder instead of where the real run would put it.
    QTemporaryDir scratch;
    const ConnectionProfile targetProfile =
        request_.dryRun ? withoutCreating(project_.target, scratch.path()) : project_.target;

    std::unique_ptr<Connection> target;
    Plan plan;
    try {
        QString planErrors;
        std::optional<Opened> opened =
            openAndPlan(project_, targetProfile, request_.sourcePassword, request_.targetPassword, &planErrors);
        if (!opened)
            return failWith(FailureKind::Project, planErrors);
        target = std::move(opened->target);
        plan = std::move(opened->plan);
    } catch (const ConnectError& e) {
        return failWith(FailureKind::Connection, e.message() + QLatin1Char(' ') + e.advice());
    } catch (const Error& e) {
        return failWith(FailureKind::Connection, e.message());
    }

    std::unique_ptr<RunOutput> output;
    if (request_.writeFiles) {
        try {
            const QString dir =
                request_.outputDirectory.isEmpty() ? project_.options.outputDirectory : request_.outputDirectory;
            output = std::make_unique<RunOutput>(dir, request_.dryRun);
            summary.runDirectory = output->directory();
            summary.logFile = output->logPath();
            summary.rejectsFile = output->rejectsPath();
            output->log(tr("%1 of project \"%2\"").arg(request_.dryRun ? tr("Dry run") : tr("Run"), project_.name));
            for (const QString& w : plan.warnings)
                output->log(w);
        } catch (const Error& e) {
            return failWith(FailureKind::Run, e.message());
        }
    }
    auto log = [&](const QString& m) {
        if (output)
            output->log(m);
        say(m);
    };

    QList<LookupSpec> allLookups;
    for (const TablePlan& t : plan.tables)
        for (const FieldPlan& f : t.fields)
            allLookups << f.chain->lookups();

    using namespace pipeline;
    LookupCache lookups;
    BoundedQueue<Chunk> sourceQueue(2);
    BoundedQueue<PreparedChunk> queue(2);
    TableGate gate;
    SourceReader reader(project_, plan, request_, sourceQueue, cancelled_);
    PrepareStage preparer(plan, project_, request_, targetProfile, lookups, sourceQueue, queue, gate, cancelled_);
    FindingsCollector findings;
    std::thread readerThread(std::ref(reader));
    std::thread preparerThread(std::ref(preparer));

    qint64 totalRead = 0, lastSampleRead = 0;
    qint64 lastSampleMs = 0;
    qint64 pausedMs = 0;
    auto runningMs = [&] { return clock.elapsed() - pausedMs; };
    RunSample sample;
    auto emitSample = [&](int table, const TableCounts& current) {
        const qint64 now = runningMs();
        sample.elapsedMs = now;
        sample.table = table;
        sample.tableRead = current.read;
        sample.totalRead = totalRead;
        // A sample forced soon after the last one (a table's end) keeps the last rate: a rate over a few
        // milliseconds is noise, and would draw a dip in the throughput chart at every table boundary.
        if (now - lastSampleMs >= qMax(1, request_.sampleIntervalMs / 2)) {
            sample.rowsPerSecond = (totalRead - lastSampleRead) * 1000.0 / double(now - lastSampleMs);
            lastSampleMs = now;
            lastSampleRead = totalRead;
        }
        if (observer)
            observer->sample(sample);
    };

    std::optional<TableRunner> runner;
    int currentTable = -1;
    QString stopReason;
    FailureKind stopKind = FailureKind::None;
    auto closeTable = [&](bool completed) {
        if (!runner)
            return;
        TableCounts counts = runner->counts();
        counts.completed = completed;
        for (const CheckEvaluator::NotEvaluated& c : runner->checksNotEvaluated()) {
            findings.checkNotEvaluated(currentTable, plan.tables[currentTable].target.name, c.constraint, c.columns,
                                       c.why);
            log(tr("%1: the check %2 was not evaluated: %3")
                    .arg(plan.tables[currentTable].label(), c.constraint, c.why));
        }
        summary.tables << counts;
        summary.sourceColumns << plan.tables[currentTable].sourceColumns;
        log(tr("%1: read %2, inserted %3, updated %4, skipped %5, rejected %6, duplicates %7")
                .arg(plan.tables[currentTable].label())
                .arg(counts.read)
                .arg(counts.inserted)
                .arg(counts.updated)
                .arg(counts.skipped)
                .arg(counts.rejected)
                .arg(counts.duplicates));
        if (!counts.balanced()) {
            stopReason = tr("the counts for %1 do not add up: read %2 but inserted + updated + skipped + rejected "
                            "= %3")
                             .arg(plan.tables[currentTable].label())
                             .arg(counts.read)
                             .arg(counts.inserted + counts.updated + counts.skipped + counts.rejected);
            stopKind = FailureKind::Run;
        }
        if (observer)
            observer->tableFinished(currentTable, counts);
        gate.finished(currentTable);
        runner.reset();
    };

    // Keeps the first rejects in memory, each with its table and the source cells that feed its column.
    auto keepReject = [&](const RejectRecord& r) {
        if (summary.rejects.size() >= RunSummary::kKeptRejects) {
            ++summary.rejectsNotKept;
            return;
        }
        RejectRecord kept = r;
        kept.tableIndex = currentTable;
        for (const FieldPlan& f : plan.tables[currentTable].fields)
            if (!r.column.isEmpty() && f.target.name.compare(r.column, Qt::CaseInsensitive) == 0)
                kept.cells = f.sourceIndexes;
        summary.rejects << kept;
    };

    try {
        for (;;) {
            // Between batches: nothing is held open while the user pauses.
            pausedMs += waitWhilePaused(observer);
            if (cancelled_)
                break;
            std::optional<PreparedChunk> chunk = queue.pop();
            if (!chunk)
                break;
            if (!chunk->error.isEmpty()) {
                stopReason = chunk->error;
                stopKind = FailureKind::Run;
                break;
            }
            if (chunk->table != currentTable) {
                closeTable(true);
                currentTable = chunk->table;
                const TablePlan& tp = plan.tables[currentTable];
                runner.emplace(
                    tp, *target, lookups, request_.dryRun,
                    [&](const RejectRecord& r) {
                        if (output)
                            output->reject(r);
                        keepReject(r);
                        findings.reject(currentTable, r);
                        ++sample.rejected;
                    },
                    request_.commitHook);
                runner->setMismatchSink([&](const MismatchRecord& m) {
                    findings.mismatch(currentTable, m);
                    ++sample.mismatches;
                });
                runner->setDownstreamLookups(allLookups);
                runner->start();
                log(tr("Table %1").arg(tp.label()));
                if (observer)
                    observer->tableStarted(currentTable, tp.sourceLabel, tp.target.name, expectedRows(tp));
            }
            findings.clusters(chunk->table, chunk->clusters);
            if (chunk->endOfTable) {
                emitSample(currentTable, runner->counts());
                closeTable(true);
                if (!stopReason.isEmpty())
                    break;
                continue;
            }
            const qint64 before = runner->counts().read;
            const qint64 dupBefore = runner->counts().duplicates;
            if (output && plan.tables[currentTable].dedupe.enabled())
                recordDecisions(*output, plan.tables[currentTable], chunk->batch);
            runner->processBatch(std::move(chunk->batch));
            totalRead += runner->counts().read - before;
            sample.duplicates += runner->counts().duplicates - dupBefore;
            if (runningMs() - lastSampleMs >= request_.sampleIntervalMs)
                emitSample(currentTable, runner->counts());
            if (cancelled_)
                break;
        }
    } catch (const StopRun& s) {
        stopReason = s.reason;
        stopKind = FailureKind::Run;
    } catch (const DbError& e) {
        const QString table = currentTable >= 0 ? plan.tables[currentTable].label() : QString();
        stopReason = e.isConnectionLost()
                         ? tr("the connection to the target was lost while writing %1 (%2). The batch in flight was "
                              "rolled back; every row counted above is committed. Run again to continue: with "
                              "match keys (upsert, skip-existing) nothing is duplicated.")
                               .arg(table, e.message())
                         : tr("writing %1 failed: %2").arg(table, e.message());
        stopKind = FailureKind::Run;
    } catch (const Error& e) {
        stopReason = tr("writing %1 failed: %2")
                         .arg(currentTable >= 0 ? plan.tables[currentTable].label() : QString(), e.message());
        stopKind = FailureKind::Run;
    }
    closeTable(stopReason.isEmpty() && !cancelled_);
    gate.abort();
    queue.close();
    sourceQueue.close();
    preparerThread.join();
    readerThread.join();

    summary.elapsedSeconds = runningMs() / 1000.0;
    qint64 rejected = 0;
    for (const TableCounts& t : summary.tables)
        rejected += t.rejected;
    if (cancelled_ && stopReason.isEmpty()) {
        summary.cancelled = true;
        stopReason = tr("cancelled by the user");
        stopKind = FailureKind::Run;
    }
    if (!stopReason.isEmpty()) {
        failure_ = stopKind;
        summary.status = RunSummary::Status::Failed;
        summary.error = stopReason;
        log(stopReason);
    } else {
        summary.status = rejected ? RunSummary::Status::Rejects : RunSummary::Status::Ok;
    }
    findings.finish(summary);
    if (output)
        output->writeSummary(summary);
    return summary;
}

} // namespace ferry
