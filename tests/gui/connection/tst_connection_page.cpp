// The Source/Target page on SQLite (built in) and on failures that need no server: Next follows a
// successful test of the current values, errors are plain, typed passwords stay out of the project.
#include "connection_page.h"
#include "gui/tables/page_fixture.h"
#include "project/project_file.h"
#include "widgets/connection_form.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::ui;

namespace {

constexpr int kTimeout = 30000;

template <typename T> T* child(QWidget* w, const char* name)
{
    T* c = w->findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

// A small SQLite database the test makes itself (the user's own file, not the demo's script).
QString makeSqliteFile(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("crm.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot create %s", qPrintable(path));
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"));
        q.exec(QStringLiteral("INSERT INTO customers VALUES (1, 'Ada')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maker"));
    return path;
}

} // namespace

class TstConnectionPage : public QObject {
    Q_OBJECT
private slots:
    void demoSourceIsTestedOnEntry()
    {
        QTemporaryDir dir;
        ProjectDocument doc;
        QString error;
        QVERIFY2(doc.load(test::copyDemo(dir.path()), &error), qPrintable(error));
        auto* page = new ConnectionPage(&doc, Side::Source);
        test::PageHost host(page);
        QSignalSpy busy(page, &WizardPage::busyChanged);
        host.show();
        // SQLite needs no password: the test starts by itself, off the GUI thread.
        QVERIFY(page->isBusy());
        QVERIFY(!host.next()->isEnabled());
        QVERIFY(!child<QWidget>(page, "connectionForm")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(host.next()->isEnabled(), kTimeout);
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        QVERIFY2(page->resultText().startsWith(QLatin1String("Connected to SQLite 3.")),
                 qPrintable(page->resultText()));
        QVERIFY2(page->resultText().contains(QLatin1String("through Qt's built-in SQLite driver")),
                 qPrintable(page->resultText()));
        QVERIFY2(page->resultText().endsWith(QStringLiteral("— 3 tables")), qPrintable(page->resultText()));
        QVERIFY(doc.schema(Side::Source));
        QCOMPARE(doc.schema(Side::Source)->tableNames(),
                 (QStringList{QStringLiteral("accounts"), QStringLiteral("activities"), QStringLiteral("contacts")}));
        // Browsing never creates the user's file: the script ran in a scratch folder.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("legacy_crm.sqlite"))));
        QCOMPARE(child<QComboBox>(page, "kindCombo")->currentIndex(), int(ConnectionForm::SqliteKind));
        QVERIFY(child<QLineEdit>(page, "sqliteFileEdit")->isVisible());
        QVERIFY(!child<QLineEdit>(page, "hostEdit")->isVisible());
        QVERIFY(!doc.isModified()); // showing a profile is not editing it
        QVERIFY(host.save(QStringLiteral("connection-page-source.png")));
    }

    void demoTargetThatDoesNotExistYet()
    {
        QTemporaryDir dir;
        ProjectDocument doc;
        QVERIFY(doc.load(test::copyDemo(dir.path()), nullptr));
        auto* page = new ConnectionPage(&doc, Side::Target);
        test::PageHost host(page);
        host.show();
        QTRY_VERIFY_WITH_TIMEOUT(host.next()->isEnabled(), kTimeout);
        QVERIFY2(page->resultText().endsWith(QStringLiteral("— 3 tables")), qPrintable(page->resultText()));
        QCOMPARE(page->title(), QStringLiteral("Target database"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("runs/modern_crm.sqlite"))));
        QVERIFY(doc.schema(Side::Target)->table(QStringLiteral("contact")));
        QVERIFY(host.save(QStringLiteral("connection-page-target.png")));
    }

    void nextOnlyAfterASuccessfulTestOfTheCurrentValues()
    {
        QTemporaryDir dir;
        const QString file = makeSqliteFile(dir.path());
        ProjectDocument doc;
        auto* page = new ConnectionPage(&doc, Side::Source);
        test::PageHost host(page);
        host.show();
        QVERIFY(!page->isBusy()); // nothing filled in: nothing to test
        QVERIFY(!host.next()->isEnabled());

        page->form()->setSqliteFile(file);
        QCOMPARE(doc.profile(Side::Source).kind, ConnectionProfile::Kind::Sqlite);
        QCOMPARE(doc.profile(Side::Source).file, file);
        QVERIFY(!host.next()->isEnabled()); // filled in, not tested
        QTest::mouseClick(child<QPushButton>(page, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(host.next()->isEnabled(), kTimeout);
        QVERIFY2(page->resultText().endsWith(QStringLiteral("— 1 table")), qPrintable(page->resultText()));

        // Any edit invalidates the test.
        auto* fileEdit = child<QLineEdit>(page, "sqliteFileEdit");
        fileEdit->setFocus();
        fileEdit->end(false);
        QTest::keyClicks(fileEdit, QStringLiteral(".bak"));
        QVERIFY(!host.next()->isEnabled());
        QVERIFY(!doc.schema(Side::Source));
        QCOMPARE(page->resultText(), QStringLiteral("The settings changed: test the connection again."));
        // Typing it back is not a test either.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(fileEdit, Qt::Key_Backspace);
        QCOMPARE(doc.profile(Side::Source).file, file);
        QVERIFY(!host.next()->isEnabled());
        page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(host.next()->isEnabled(), kTimeout);

        // The browse button goes through the seam.
        const QString other = QDir(dir.path()).filePath(QStringLiteral("other.sqlite"));
        page->form()->setFileChooser([&](QWidget*, const QString& current) {
            [&] { QCOMPARE(current, file); }();
            return other;
        });
        QTest::mouseClick(child<QPushButton>(page, "browseButton"), Qt::LeftButton);
        QCOMPARE(doc.profile(Side::Source).file, other);
        QVERIFY(!host.next()->isEnabled());
    }

    void missingFileIsExplained()
    {
        QTemporaryDir dir;
        ProjectDocument doc;
        auto* page = new ConnectionPage(&doc, Side::Source);
        test::PageHost host(page);
        host.show();
        const QString missing = QDir(dir.path()).filePath(QStringLiteral("nope.sqlite"));
        page->form()->setSqliteFile(missing);
        page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kTimeout);
        QCOMPARE(page->resultText(), QStringLiteral("The SQLite file %1 was not found.\nCheck the path in the "
                                                    "connection settings.")
                                         .arg(QDir::toNativeSeparators(missing)));
        QVERIFY(!host.next()->isEnabled());
        QVERIFY(!QFile::exists(missing));
    }

    void missingDriverIsExplained()
    {
        ProjectDocument doc;
        auto* page = new ConnectionPage(&doc, Side::Target);
        test::PageHost host(page);
        host.show();
        page->form()->setKind(ConnectionForm::OdbcDriverKind);
        child<QComboBox>(page, "driverCombo")->setCurrentText(QStringLiteral("Ferry Imaginary Driver 9"));
        child<QLineEdit>(page, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
        page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kTimeout);
        QVERIFY2(page->resultText().contains(QLatin1String("Ferry Imaginary Driver 9")),
                 qPrintable(page->resultText()));
        QVERIFY2(page->resultText().contains(QLatin1String("PostgreSQL Unicode")),
                 qPrintable(page->resultText())); // the advice names the installed drivers
        QVERIFY(!host.next()->isEnabled());
        QVERIFY(!doc.schema(Side::Target));
    }

    void typedPasswordStaysOutOfTheProject()
    {
        QTemporaryDir dir;
        ProjectDocument doc;
        auto* page = new ConnectionPage(&doc, Side::Source);
        test::PageHost host(page);
        host.show();
        page->form()->setKind(ConnectionForm::OdbcDriverKind);
        child<QComboBox>(page, "driverCombo")->setCurrentText(QStringLiteral("PostgreSQL Unicode"));
        QTest::keyClicks(child<QLineEdit>(page, "hostEdit"), QStringLiteral("crm.example.com"));
        QTest::keyClicks(child<QLineEdit>(page, "databaseEdit"), QStringLiteral("crm"));
        QTest::keyClicks(child<QLineEdit>(page, "userEdit"), QStringLiteral("migrator"));
        auto* password = child<QLineEdit>(page, "passwordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, QStringLiteral("Sup3r-S3cret!"));
        QTest::keyClicks(child<QLineEdit>(page, "passwordEnvEdit"), QStringLiteral("CRM_PASSWORD"));
        child<QPlainTextEdit>(page, "optionsEdit")
            ->setPlainText(QStringLiteral("SSLmode = require\n\nnonsense\nA=b=c"));

        QCOMPARE(doc.password(Side::Source), QStringLiteral("Sup3r-S3cret!"));
        const ConnectionProfile& p = doc.profile(Side::Source);
        QCOMPARE(p.kind, ConnectionProfile::Kind::Odbc);
        QCOMPARE(p.driver, QStringLiteral("PostgreSQL Unicode"));
        QCOMPARE(p.host, QStringLiteral("crm.example.com"));
        QCOMPARE(p.port, 5432);
        QCOMPARE(p.database, QStringLiteral("crm"));
        QCOMPARE(p.user, QStringLiteral("migrator"));
        QCOMPARE(p.passwordEnv, QStringLiteral("CRM_PASSWORD"));
        QCOMPARE(p.options, (QMap<QString, QString>{{QStringLiteral("SSLmode"), QStringLiteral("require")},
                                                    {QStringLiteral("A"), QStringLiteral("b=c")}}));
        QVERIFY(p.file.isEmpty());
        QVERIFY(doc.isModified());

        const QByteArray json = ProjectFile::toJson(doc.project(), dir.path());
        QVERIFY(json.contains("CRM_PASSWORD"));
        QVERIFY(json.contains("crm.example.com"));
        QVERIFY(!json.contains("Sup3r"));
        const QString path = QDir(dir.path()).filePath(QStringLiteral("p.ferry.json"));
        QString error;
        QVERIFY2(doc.save(path, &error), qPrintable(error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("Sup3r"));
        QVERIFY(host.save(QStringLiteral("connection-page-odbc-form.png")));
    }

    void portFollowsTheDriverUnlessTyped()
    {
        ConnectionForm form;
        auto* driver = form.findChild<QComboBox*>(QStringLiteral("driverCombo"));
        auto* port = form.findChild<QSpinBox*>(QStringLiteral("portSpin"));
        QSignalSpy edited(&form, &ConnectionForm::edited);
        driver->setCurrentText(QStringLiteral("PostgreSQL Unicode"));
        QCOMPARE(port->value(), 5432);
        driver->setCurrentText(QStringLiteral("MariaDB Unicode"));
        QCOMPARE(port->value(), 3306);
        QVERIFY(edited.count() >= 2);
        port->setValue(6033);
        driver->setCurrentText(QStringLiteral("PostgreSQL Unicode"));
        QCOMPARE(port->value(), 6033);
        // The SQLite ODBC driver takes a file: no host or port.
        driver->setCurrentText(QStringLiteral("SQLite3"));
        form.show();
        QVERIFY(!port->isVisible());
        QCOMPARE(form.profile().port, 0);
        // Loading a profile keeps its values and says nothing.
        edited.clear();
        ConnectionProfile p;
        p.driver = QStringLiteral("MariaDB Unicode");
        p.host = QStringLiteral("db");
        p.port = 0;
        form.setProfile(p);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(port->value(), 0);
        QCOMPARE(port->text(), QStringLiteral("driver default"));
        QCOMPARE(form.profile(), p);
    }

    void aProfileThatNeedsAPasswordWaitsForIt()
    {
        ProjectDocument doc;
        Project project;
        project.source.driver = QStringLiteral("PostgreSQL Unicode");
        project.source.host = QStringLiteral("127.0.0.1");
        project.source.user = QStringLiteral("ferry");
        doc.reset(project);
        auto* page = new ConnectionPage(&doc, Side::Source);
        test::PageHost host(page);
        host.show();
        QVERIFY(!page->isBusy());
        QCOMPARE(page->resultText(), QStringLiteral("Type the password, then test the connection."));
        QVERIFY(!host.next()->isEnabled());
        QCOMPARE(child<QLineEdit>(page, "hostEdit")->text(), QStringLiteral("127.0.0.1"));
    }
};

QTEST_MAIN(TstConnectionPage)
#include "tst_connection_page.moc"
