// The window, driven as a user would (offscreen): open the demo, press Dry run, read the summary. The
// engine runs off the GUI thread; the table must show the counts the demo's generator planted. A
// screenshot is saved for a person to look at ($FERRY_SCREENSHOT_DIR, default: the build folder).
#include "main_window.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void dryRunShowsTheDemoCounts()
    {
        QTemporaryDir tmp;
        const QDir demo(qEnvironmentVariable("FERRY_SOURCE_DIR") + QStringLiteral("/resources/demo"));
        for (const QString& name : demo.entryList({QStringLiteral("*.json"), QStringLiteral("*.sql")}, QDir::Files))
            QVERIFY(QFile::copy(demo.filePath(name), QDir(tmp.path()).filePath(name)));

        ferry::ui::MainWindow window;
        window.resize(1000, 600);
        window.show();
        auto* dryRun = window.findChild<QPushButton*>(QStringLiteral("dryRunButton"));
        auto* run = window.findChild<QPushButton*>(QStringLiteral("runButton"));
        auto* table = window.findChild<QTableWidget*>(QStringLiteral("summaryTable"));
        QVERIFY(dryRun && run && table);
        QVERIFY(!dryRun->isEnabled()); // nothing to run before a project is open
        QVERIFY(window.openProject(QDir(tmp.path()).filePath(QStringLiteral("demo.ferry.json"))));
        QVERIFY(dryRun->isEnabled() && run->isEnabled());

        QTest::mouseClick(dryRun, Qt::LeftButton);
        QVERIFY(!dryRun->isEnabled()); // busy: the event loop keeps running while the engine works
        QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() == 3, 60000);
        QVERIFY(dryRun->isEnabled());

        QFile f(demo.filePath(QStringLiteral("expected.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray want = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("tables")).toArray();
        for (int r = 0; r < 3; ++r) {
            const QJsonObject w = want[r].toObject();
            QCOMPARE(table->item(r, 1)->text(), w.value(QStringLiteral("target")).toString());
            QCOMPARE(table->item(r, 2)->text(), QString::number(w.value(QStringLiteral("read")).toInt()));
            QCOMPARE(table->item(r, 3)->text(), QString::number(w.value(QStringLiteral("inserted")).toInt()));
            QCOMPARE(table->item(r, 6)->text(), QString::number(w.value(QStringLiteral("rejected")).toInt()));
        }
        QVERIFY(!QFile::exists(QDir(tmp.path()).filePath(QStringLiteral("runs/modern_crm.sqlite"))));

        const QString shots = qEnvironmentVariable("FERRY_SCREENSHOT_DIR", qEnvironmentVariable("FERRY_BINARY_DIR"));
        QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("main-window-dry-run.png"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
