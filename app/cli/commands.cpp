#include "commands.h"

#include "cli_output.h"
#include "db/connection_string.h"
#include "db/odbc/odbc_connect.h"
#include "db/schema_format.h"
#include "engine/migration.h"
#include "engine/run_history.h"
#include "exit_codes.h"
#include "interrupt.h"
#include "password_prompt.h"
#include "progress_printer.h"
#include "project/project_file.h"
#include "report_option.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>

namespace ferry::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::cli", text);
}

std::optional<Project> loadProject(const QString& path, ProjectError* failure = nullptr)
{
    ProjectError error;
    std::optional<Project> p = ProjectFile::load(path, &error);
    if (!p)
        err(tr("%1: %2").arg(path, error.toString()));
    if (failure)
        *failure = error;
    return p;
}

// validate --json: every problem with its project path.
void printInvalid(const QList<PlanError>& errors)
{
    QJsonArray list;
    for (const PlanError& e : errors)
        list << QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("message"), e.message}};
    printJson({{QStringLiteral("status"), QStringLiteral("invalid")}, {QStringLiteral("errors"), list}});
}

// Prints why a database could not be used (with the advice a ConnectError carries) and exits 3.
int connectionFailure(const Error& e)
{
    const auto* connect = dynamic_cast<const ConnectError*>(&e);
    err(connect ? e.message() + QLatin1Char(' ') + connect->advice() : e.message());
    return ExitConnection;
}

QString padded(const QString& s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

void printSummary(const RunSummary& s)
{
    const QStringList heads{tr("source"),    tr("target"),  tr("read"),     tr("inserted"),   tr("updated"),
                            tr("unchanged"), tr("skipped"), tr("rejected"), tr("duplicates"), tr("mismatches")};
    QList<QStringList> rows;
    for (const TableCounts& t : s.tables)
        rows << QStringList{t.source,
                            t.target,
                            QString::number(t.read),
                            QString::number(t.inserted),
                            QString::number(t.updated),
                            QString::number(t.unchanged),
                            QString::number(t.skipped),
                            QString::number(t.rejected),
                            QString::number(t.duplicates),
                            QString::number(t.mismatches)};
    QList<int> widths;
    for (int c = 0; c < heads.size(); ++c) {
        int w = int(heads[c].size());
        for (const QStringList& r : rows)
            w = qMax(w, int(r[c].size()));
        widths << w;
    }
    auto line = [&](const QStringList& cells) {
        QString l;
        for (int c = 0; c < cells.size(); ++c)
            l += (c < 2 ? padded(cells[c], widths[c]) : cells[c].rightJustified(widths[c])) + QStringLiteral("  ");
        out(l.trimmed() + QLatin1Char('\n'));
    };
    out(s.dryRun ? tr("Dry run (nothing was written to the target)\n") : tr("Run finished\n"));
    line(heads);
    for (const QStringList& r : rows)
        line(r);
    out(tr("Status: %1, %2 s\n").arg(RunSummary::statusName(s.status)).arg(s.elapsedSeconds, 0, 'f', 1));
    // A dry run says how it judged the rows: the target in a rehearsal, or Ferry's prediction and its limits.
    for (const QString& note : s.dryRunNotes)
        out(note + QLatin1Char('\n'));
    if (!s.error.isEmpty())
        out(tr("Error: %1\n").arg(s.error));
    if (!s.runDirectory.isEmpty())
        out(tr("Log: %1\nRejects: %2\n").arg(s.logFile, s.rejectsFile));
}

} // namespace

int validateCommand(const QString& path, const Options& o)
{
    ProjectError loadError;
    std::optional<Project> project = loadProject(path, &loadError);
    if (!project) {
        if (o.json)
            printInvalid({PlanError{loadError.path, loadError.message}});
        return ExitBadInput;
    }
    try {
        // Validation reads schemas; it creates nothing (a SQLite target is built in a scratch folder).
        QTemporaryDir scratch;
        const auto sourcePassword = passwordFor(project->source, tr("the source"));
        const auto targetPassword = sourcePassword ? passwordFor(project->target, tr("the target")) : std::nullopt;
        if (!targetPassword)
            return ExitConnection;
        auto target = openConnection(Migration::withoutCreating(project->target, scratch.path()), *targetPassword);
        auto source = openConnection(project->source, *sourcePassword);
        ConnectionSchemaProvider s(*source), t(*target);
        auto built = buildPlan(*project, s, t);
        if (auto* errors = std::get_if<QList<PlanError>>(&built)) {
            for (const PlanError& e : *errors)
                err(tr("%1: %2").arg(path, e.toString()));
            if (o.json)
                printInvalid(*errors);
            return ExitBadInput;
        }
        const Plan& plan = std::get<Plan>(built);
        if (o.json) {
            QJsonArray tables;
            for (const TablePlan& tp : plan.tables)
                tables << QJsonObject{{QStringLiteral("source"), tp.sourceLabel},
                                      {QStringLiteral("target"), tp.target.name},
                                      {QStringLiteral("mode"), writeModeName(tp.mode)},
                                      {QStringLiteral("fields"), int(tp.fields.size())}};
            printJson({{QStringLiteral("status"), QStringLiteral("ok")},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)}});
        } else {
            out(tr("%1 is valid. Tables in run order:\n").arg(path));
            for (const TablePlan& tp : plan.tables)
                out(tr("  %1 (%2, %3 fields)\n").arg(tp.label(), writeModeName(tp.mode)).arg(tp.fields.size()));
            for (const QString& w : plan.warnings)
                out(tr("Warning: %1\n").arg(w));
        }
        return ExitOk;
    } catch (const Error& e) {
        return connectionFailure(e);
    }
}

int inspectCommand(const QString& what, const Options& o)
{
    QList<QPair<QString, ParsedConnection>> targets;
    QTemporaryDir scratch; // inspecting reads schemas; it creates no SQLite target
    if (what.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        std::optional<Project> project = loadProject(what);
        if (!project)
            return ExitBadInput;
        if (o.side.isEmpty() || o.side == QLatin1String("source"))
            targets << qMakePair(QStringLiteral("source"), ParsedConnection{project->source, {}});
        if (o.side.isEmpty() || o.side == QLatin1String("target"))
            targets << qMakePair(QStringLiteral("target"),
                                 ParsedConnection{Migration::withoutCreating(project->target, scratch.path()), {}});
    } else {
        targets << qMakePair(QString(), parseConnectionArgument(what));
    }
    QJsonObject all;
    for (const auto& [label, parsed] : targets) {
        try {
            std::optional<QString> password = parsed.password;
            if (password->isEmpty())
                password = passwordFor(parsed.profile, label.isEmpty() ? tr("the database") : label);
            if (!password)
                return ExitConnection;
            auto c = openConnection(parsed.profile, *password);
            QList<TableInfo> tables;
            for (const TableRef& ref : c->tables(true))
                tables << c->describe(ref);
            if (o.json) {
                const QJsonObject j = schemaToJson(tables, c->serverInfo());
                if (label.isEmpty())
                    all = j;
                else
                    all.insert(label, j);
            } else {
                const ServerInfo info = c->serverInfo();
                if (!label.isEmpty())
                    out(QStringLiteral("== %1 ==\n").arg(label));
                out(tr("%1 %2 (driver %3 %4)\n\n")
                        .arg(info.dbmsName, info.dbmsVersion, info.driverName, info.driverVersion));
                out(formatSchemaText(tables));
            }
        } catch (const Error& e) {
            return connectionFailure(e);
        }
    }
    if (o.json)
        printJson(all);
    return ExitOk;
}

std::optional<LoadedProject> loadForRun(const QString& path, const Options& o, int* exitCode, QString* outputDirectory)
{
    std::optional<Project> project = loadProject(path);
    if (!project) {
        *exitCode = ExitBadInput;
        return std::nullopt;
    }
    *outputDirectory = o.outputDirectory.isEmpty() ? project->options.outputDirectory : o.outputDirectory;
    const auto sourcePassword = passwordFor(project->source, tr("the source"));
    const auto targetPassword = sourcePassword ? passwordFor(project->target, tr("the target")) : std::nullopt;
    if (!targetPassword) {
        *exitCode = ExitConnection;
        return std::nullopt;
    }
    return LoadedProject{std::move(*project), *sourcePassword, *targetPassword, *outputDirectory};
}

RunOutcome runLoaded(const LoadedProject& loaded, RunMode mode, const Options& o,
                     const std::function<void(Migration*)>& attach)
{
    const bool dryRun = mode == RunMode::DryRun;
    RunRequest request;
    request.sourcePassword = loaded.sourcePassword;
    request.targetPassword = loaded.targetPassword;
    request.dryRun = dryRun;
    request.rehearse = !o.predict;
    request.resume = mode == RunMode::Resume;
    request.rowLimit = o.limit;
    request.outputDirectory = o.outputDirectory;
    request.maxRowsPerSecond = o.maxRowsPerSecond;
    ProgressPrinter progress(ProgressPrinter::stderrIsTerminal());
    Migration migration(loaded.project, request);
    RunOutcome outcome;
    outcome.started = QDateTime::currentDateTimeUtc();
    RunSummary& summary = outcome.summary;
    if (attach) {
        attach(&migration);
        summary = migration.run(&progress);
        attach(nullptr);
    } else {
        const InterruptGuard interrupt([&migration] { migration.cancel(); }); // Ctrl+C cancels the run
        summary = migration.run(&progress);
    }
    progress.finish();
    const auto result = [&](int code) {
        outcome.exitCode = code;
        return outcome;
    };
    const bool ranTables = !summary.tables.isEmpty();
    if (ranTables && !o.report.isEmpty()) {
        if (const int code = writeCliReport(loaded.project, summary, o.report, o.mask))
            return result(code);
    }
    if (o.json)
        printJson(summary.toJson());
    else if (ranTables || migration.failureKind() == FailureKind::None)
        printSummary(summary); // a run that never started has no table to show: the error says it all
    if (ranTables && !o.json && migration.failureKind() != FailureKind::None)
        return result(ExitRunFailed); // printSummary already showed the error
    switch (migration.failureKind()) {
    case FailureKind::Project:
        err(summary.error);
        return result(ExitBadInput);
    case FailureKind::Connection:
        err(summary.error);
        return result(ExitConnection);
    case FailureKind::Run:
        err(summary.error);
        return result(ExitRunFailed);
    case FailureKind::None:
        break;
    }
    return result(summary.status == RunSummary::Status::Ok ? ExitOk : ExitRejects);
}

RunOutcome notStarted(int exitCode, const QDateTime& started, const QString& error)
{
    RunOutcome outcome{exitCode, {}, started};
    outcome.summary.status = RunSummary::Status::Failed;
    outcome.summary.error = error;
    return outcome;
}

void recordHistory(const QString& outputDirectory, const QString& command, const RunOutcome& outcome,
                   const QString& status)
{
    const HistoryEntry entry{command,
                             outcome.started,
                             QDateTime::currentDateTimeUtc(),
                             status.isEmpty() ? RunHistory::statusOf(outcome.summary) : status,
                             outcome.exitCode,
                             outcome.summary};
    QString problem;
    if (!RunHistory::append(outputDirectory, entry, &problem))
        err(problem);
}

int migrateCommand(const QString& path, RunMode mode, const Options& o)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    int exitCode = ExitOk;
    QString output;
    const std::optional<LoadedProject> loaded = loadForRun(path, o, &exitCode, &output);
    if (!loaded) {
        // A run whose project loaded but had no password is in the history too: it was due and did not run.
        if (mode == RunMode::Run && !output.isEmpty())
            recordHistory(output, QStringLiteral("run"), notStarted(exitCode, started, lastError()));
        return exitCode;
    }
    const RunOutcome outcome = runLoaded(*loaded, mode, o);
    if (mode == RunMode::Run)
        recordHistory(loaded->outputDirectory, QStringLiteral("run"), outcome);
    return outcome.exitCode;
}

int driversCommand(const Options& o)
{
    try {
        const auto drivers = odbc::installedDrivers();
        const auto sources = odbc::dataSources();
        if (o.json) {
            QJsonArray d, s;
            for (const auto& e : drivers)
                d << e.name;
            for (const auto& e : sources)
                s << QJsonObject{{QStringLiteral("name"), e.name},
                                 {QStringLiteral("driver"), e.driver},
                                 {QStringLiteral("system"), e.system}};
            printJson({{QStringLiteral("drivers"), d}, {QStringLiteral("dataSources"), s}});
            return ExitOk;
        }
        out(tr("ODBC drivers:\n"));
        for (const auto& e : drivers)
            out(QStringLiteral("  %1\n").arg(e.name));
        out(tr("ODBC data sources:\n"));
        if (sources.isEmpty())
            out(tr("  (none configured)\n"));
        for (const auto& e : sources)
            out(QStringLiteral("  %1 (%2)\n").arg(e.name, e.driver));
        return ExitOk;
    } catch (const Error& e) {
        err(e.message());
        return ExitConnection;
    }
}

} // namespace ferry::cli
