// ferry: the desktop application.
#include "main_window.h"
#include "tour/tour_runner.h"
#include "translation_loader.h"

#include <ferry/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>
#include <cstdio>

namespace {
bool hasArgument(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], name) == 0)
            return true;
    return false;
}
} // namespace

int main(int argc, char** argv)
{
    // --version must work without a display.
    if (hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v")) {
        std::printf("ferry %s\n", ferry::kVersion);
        return 0;
    }
    // The tour renders pictures; it needs no screen unless the caller chose a platform.
    if (hasArgument(argc, argv, "--tour") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ferry"));
    QApplication::setOrganizationName(QStringLiteral("Ferry"));
    QApplication::setApplicationVersion(QString::fromLatin1(ferry::kVersion));
    ferry::installTranslations(ferry::requestedLocale(argc, argv));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(ferry::languageOption());
    const QCommandLineOption tour(
        QStringLiteral("tour"),
        QApplication::translate("main", "Render every page of the wizard on the demo into DIR as PNG files and exit."),
        QStringLiteral("DIR"));
    parser.addOption(tour);
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "Project file to open."));
    parser.process(app);

    if (parser.isSet(tour)) {
        // The tour must not touch the user's recent projects or window geometry.
        QTemporaryDir settingsDir;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        ferry::ui::MainWindow window;
        ferry::ui::TourRunner runner(&window, parser.value(tour));
        QObject::connect(&runner, &ferry::ui::TourRunner::finished, &app, [&](int code) {
            window.wizard()->document()->setModified(false); // nothing of the tour's is worth a prompt
            QApplication::exit(code);
        });
        runner.start();
        return app.exec();
    }

    ferry::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    window.show();
    return app.exec();
}
