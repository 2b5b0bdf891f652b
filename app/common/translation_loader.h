#pragma once
// Picks the language of Ferry's messages and installs the translators for it. Shared by ferry and
// ferry-cli; the compiled catalogues are embedded in both executables under :/i18n.
#include <QCommandLineOption>
#include <QLocale>

namespace ferry {

// The locale named by "--lang NAME" or "--lang=NAME" in the raw arguments, else the system locale.
// It reads argv directly so the language is known before anything is printed, --help included.
QLocale requestedLocale(int argc, const char* const* argv);

// Installs Ferry's catalogue for the locale and, when the Qt installation has one, Qt's own
// (qtbase_<locale>.qm from QLibraryInfo::TranslationsPath). Needs a QCoreApplication. Returns true
// if Ferry's catalogue was found; English needs none, so false is not an error.
bool installTranslations(const QLocale& locale);

// The --lang option, so that QCommandLineParser accepts it and lists it in --help.
QCommandLineOption languageOption();

} // namespace ferry
