// ferry: the desktop application.
#include "main_window.h"
#include "translation_loader.h"

#include <ferry/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

int main(int argc, char** argv)
{
    // --version must work without a display.
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            std::printf("ferry %s\n", ferry::kVersion);
            return 0;
        }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ferry"));
    QApplication::setOrganizationName(QStringLiteral("Ferry"));
    QApplication::setApplicationVersion(QString::fromLatin1(ferry::kVersion));
    ferry::installTranslations(ferry::requestedLocale(argc, argv));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(ferry::languageOption());
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "Project file to open."));
    parser.process(app);

    ferry::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    window.show();
    return app.exec();
}
