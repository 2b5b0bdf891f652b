// Every page of the wizard, in English and in Chinese (loaded as the app loads it): no two controls
// on a page share an Alt+ mnemonic (the wizard's own buttons included), and every interactive control
// has an accessible name. Pages are checked as a new project and as the opened demo shows them, since
// the connection form differs between a server and a SQLite file.
#include "common/demo.h"
#include "main_window.h"
#include "translation_loader.h"
#include "widget_audit.h"

#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ferry;
using namespace ferry::test;
using namespace ferry::ui;

namespace {

// Chinese text carries CJK characters; an unfinished translation falls back to the English source
// and is left to the translator (the English run judges it).
bool isChinese(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x3000 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

void removeTranslations()
{
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestWizardA11y : public QObject {
    Q_OBJECT

    // Both states of every page: a new project (server connection form) and the demo (SQLite files).
    void audit(const std::function<void(const QString& where, QWizard*, int id)>& check)
    {
        QTemporaryDir dir;
        for (bool demo : {false, true}) {
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            if (demo)
                QVERIFY(window.openProject(copyDemo(dir.path())));
            else
                QVERIFY(window.newProject());
            QWizard* w = window.wizard();
            for (int id : w->pageIds())
                check(QStringLiteral("%1, page %2").arg(demo ? QStringLiteral("demo") : QStringLiteral("new")).arg(id),
                      w, id);
        }
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings_.path());
    }
    void cleanup() { removeTranslations(); }

    void mnemonicsUniquePerPage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void mnemonicsUniquePerPage()
    {
        QFETCH(QString, locale);
        const bool chinese = locale != QLatin1String("en");
        if (chinese)
            QVERIFY(installTranslations(QLocale(locale)));
        QStringList clashes, unfinished;
        audit([&](const QString& where, QWizard* w, int id) {
            // The window's menu bar shares the Alt key with every page.
            const QList<QWidget*> widgets = pageWidgets(w, id) << w->window()->findChild<QMenuBar*>();
            for (const QString& c :
                 mnemonicClashes(widgets, [&](const QString& t) { return !chinese || isChinese(t); }))
                clashes << where + QStringLiteral(": ") + c;
            if (chinese)
                for (const QWidget* widget : widgets)
                    for (const QString& t : mnemonicTexts(widget))
                        if (!QKeySequence::mnemonic(t).isEmpty() && !isChinese(t) && !unfinished.contains(t))
                            unfinished << t;
        });
        if (!unfinished.isEmpty())
            qInfo("Not judged, no Chinese yet: %s", qPrintable(unfinished.join(QStringLiteral(" | "))));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void everyControlHasAnAccessibleName()
    {
        QStringList nameless;
        audit([&](const QString& where, QWizard* w, int id) {
            for (const QString& n : namelessControls(pageWidgets(w, id)))
                nameless << where + QStringLiteral(": ") + n;
        });
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir settings_;
};

QTEST_MAIN(TestWizardA11y)
#include "tst_wizard_a11y.moc"
