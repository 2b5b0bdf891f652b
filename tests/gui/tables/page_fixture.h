#pragma once
// Shared by the connection and tables GUI suites: the demo copied into a temporary folder, a QWizard
// hosting one page at 1280×800 (the size of the tour), and where screenshots go.
#include "common/demo.h"

#include <QAbstractButton>
#include <QDir>
#include <QTest>
#include <QWizard>

namespace ferry::test {

inline QString screenshotPath(const QString& name)
{
    QString dir = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = qEnvironmentVariable("FERRY_BINARY_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

// A wizard with `page` first and an empty page after it, so Next exists and follows isComplete().
class PageHost {
public:
    explicit PageHost(QWizardPage* page)
    {
        wizard.setWizardStyle(QWizard::ModernStyle);
        wizard.setOptions(QWizard::NoCancelButton);
        wizard.addPage(page);
        wizard.addPage(new QWizardPage);
        wizard.resize(1280, 800);
    }
    void show()
    {
        wizard.show(); // restart(): initializePage() of the first page
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    }
    QAbstractButton* next() const { return wizard.button(QWizard::NextButton); }
    bool save(const QString& name) { return wizard.grab().save(screenshotPath(name)); }

    QWizard wizard;
};

} // namespace ferry::test
