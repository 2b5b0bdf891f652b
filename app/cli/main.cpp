// ferry-cli: everything the wizard does, headless, on a saved project file.
#include "cli_output.h"
#include "commands.h"
#include "exit_codes.h"
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
        err(Cli::tr("usage: ferry-cli validate|inspect|dry-run|run|resume|verify TARGET [--json]"));
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
                "  verify PROJECT         compare the target with what the last run should have left there\n"
                "  drivers                list installed ODBC drivers and data sources\n\n"
                "Exit codes: 0 every row landed, 1 finished with rejects, 2 bad project or usage,\n"
                "3 connection failure, 4 run failed or aborted."));
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
    parser.addOptions({json, limit, side, outDir, report, mask, predict, ferry::languageOption()});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Cli::tr("validate, inspect, dry-run, run, resume, verify or drivers"));
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
    return finish(dispatch(args, o), o.json);
}
