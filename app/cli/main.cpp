// ferry-cli: everything the wizard does, headless, on a saved project file.
#include "cli_output.h"
#include "commands.h"
#include "exit_codes.h"
#include "sync_command.h"
#include "translation_loader.h"
#include "verify_command.h"

#include <ferry/version.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace ferry::cli;

namespace {
// A class, so that lupdate knows the context of the Cli::tr() calls in main(); same context as commands.cpp.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(ferry::cli)
};

// Runs the command the arguments name; its exit code.
int dispatch(const QStringList& args, const Options& o)
{
    const QString command = args.value(0);
    if (command == QLatin1String("drivers"))
        return driversCommand(o);
    if (args.size() != 2) {
        err(Cli::tr("usage: ferry-cli validate|inspect|dry-run|run|resume|sync|verify TARGET [--json]"));
        return ExitBadInput;
    }
    if (command == QLatin1String("validate"))
        return validateCommand(args[1], o);
    if (command == QLatin1String("inspect"))
        return inspectCommand(args[1], o);
    if (command == QLatin1String("dry-run"))
        return migrateCommand(args[1], RunMode::DryRun, o);
    if (command == QLatin1String("run"))
        return migrateCommand(args[1], RunMode::Run, o);
    if (command == QLatin1String("sync"))
        return syncCommand(args[1], o);
    if (command == QLatin1String("resume"))
        return migrateCommand(args[1], RunMode::Resume, o);
    if (command == QLatin1String("verify"))
        return verifyCommand(args[1], o.json);
    err(Cli::tr("unknown command \"%1\"; try --help").arg(command));
    return ExitBadInput;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Before the parser, so that --help and its errors are translated too.
    ferry::installTranslations(ferry::requestedLocale(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("ferry-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ferry::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Migrate and sync CRM data between databases.\n\n"
                "Commands:\n"
                "  validate PROJECT       check a project file against both databases\n"
                "  inspect WHAT           print tables, columns and keys; WHAT is a project file,\n"
                "                         a SQLite file, an ODBC connection string or dsn:NAME\n"
                "  dry-run PROJECT        show what a run would do; writes nothing to the target\n"
                "  run PROJECT            migrate\n"
                "  resume PROJECT         continue the project's interrupted run where it stopped\n"
                "  sync PROJECT           run for a scheduler: one at a time per project, each in\n"
                "                         history.jsonl; with --watch again and again until stopped\n"
                "  verify PROJECT         compare the target with what the last run should have left there\n"
                "  drivers                list installed ODBC drivers and data sources\n\n"
                "Exit codes: 0 every row landed, 1 finished with rejects, 2 bad project or usage,\n"
                "3 connection failure, 4 run failed or aborted (or cancelled), 5 sync: another sync of\n"
                "the project is running."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON on stdout."));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("dry-run: only the first N rows of each table."),
                                   QStringLiteral("N"));
    const QCommandLineOption side(QStringLiteral("side"), Cli::tr("inspect a project: source or target only."),
                                  QStringLiteral("side"));
    const QCommandLineOption outDir(QStringLiteral("output"), Cli::tr("Folder for run logs and reject files."),
                                    QStringLiteral("dir"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    Cli::tr("dry-run, run: write an HTML report (and CSV files beside it)."),
                                    QStringLiteral("file.html"));
    const QCommandLineOption mask(QStringLiteral("mask"), Cli::tr("Mask personal values (names, e-mail, phone) in "
                                                                  "the report."));
    const QCommandLineOption predict(QStringLiteral("predict"),
                                     Cli::tr("dry-run: predict with Ferry's own checks instead of rehearsing the "
                                             "writes in temporary tables (faster; misses what only the database "
                                             "refuses)."));
    const QCommandLineOption maxRate(QStringLiteral("max-rows-per-second"),
                                     Cli::tr("run, sync: write at most N rows per second on average."),
                                     QStringLiteral("N"));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   Cli::tr("sync: sync again INTERVAL after each sync ends (30s, 5m, 1h or "
                                           "seconds) until Ctrl+C or SIGTERM."),
                                   QStringLiteral("INTERVAL"));
    const QCommandLineOption massDelete(QStringLiteral("allow-mass-delete"),
                                        Cli::tr("sync: reserved for delete propagation (accepted, no effect yet)."));
    parser.addOptions(
        {json, limit, side, outDir, report, mask, predict, maxRate, watch, massDelete, ferry::languageOption()});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Cli::tr("validate, inspect, dry-run, run, resume, sync, verify or drivers"));
    parser.addPositionalArgument(QStringLiteral("target"), Cli::tr("project file or connection"));
    // --json asks for a JSON object on stdout whatever happens, even before the options are understood.
    const bool wantsJson = QCoreApplication::arguments().contains(QLatin1String("--json"));
    if (!parser.parse(QCoreApplication::arguments())) {
        err(parser.errorText());
        return finish(ExitBadInput, wantsJson);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("ferry-cli %s\n", ferry::kVersion);
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);

    const QStringList args = parser.positionalArguments();
    Options o;
    o.json = parser.isSet(json);
    o.side = parser.value(side);
    o.outputDirectory = parser.value(outDir);
    o.report = parser.value(report);
    o.mask = parser.isSet(mask);
    o.predict = parser.isSet(predict);
    if (parser.isSet(limit)) {
        bool ok = false;
        o.limit = parser.value(limit).toLongLong(&ok);
        if (!ok || o.limit < 0) {
            err(Cli::tr("--limit needs a whole number of rows"));
            return finish(ExitBadInput, o.json);
        }
    }
    o.allowMassDelete = parser.isSet(massDelete);
    if (parser.isSet(maxRate)) {
        bool ok = false;
        o.maxRowsPerSecond = parser.value(maxRate).toDouble(&ok);
        if (!ok || !(o.maxRowsPerSecond > 0)) {
            err(Cli::tr("--max-rows-per-second needs a number of rows greater than 0"));
            return finish(ExitBadInput, o.json);
        }
    }
    if (parser.isSet(watch)) {
        const std::optional<qint64> seconds = parseInterval(parser.value(watch));
        if (!seconds || args.value(0) != QLatin1String("sync")) {
            err(Cli::tr("--watch needs the sync command and an interval such as 30s, 5m, 1h or a number of seconds"));
            return finish(ExitBadInput, o.json);
        }
        o.watchSeconds = *seconds;
    }
    return finish(dispatch(args, o), o.json);
}
