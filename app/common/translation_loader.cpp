#include "translation_loader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <cstring>

namespace ferry {

QLocale requestedLocale(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QLocale(QString::fromLocal8Bit(argv[i + 1]));
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QLocale(QString::fromLocal8Bit(argv[i] + 7));
    }
    return QLocale::system();
}

bool installTranslations(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    // Qt's own strings (QCommandLineParser's "Usage:", dialog buttons) are optional: an installation
    // without them still shows Ferry's messages translated.
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("ferry"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("ferry::Language",
                                    "Language of the messages, such as zh_CN or en (default: the system language)."),
        QStringLiteral("locale"));
}

} // namespace ferry
