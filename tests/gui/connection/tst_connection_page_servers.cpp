// The Source/Target page against the real test servers (scripts/test-databases.sh): the form filled
// in as a user would, "Test connection" off the GUI thread, versions shown on success, the plain
// error and a disabled Next on a wrong password.
#include "common/testenv.h"
#include "connection_page.h"
#include "db/connection_string.h"
#include "gui/tables/page_fixture.h"
#include "widgets/connection_form.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace ferry;
using namespace ferry::ui;

namespace {

constexpr int kTimeout = 60000;

// Types the server's settings into the form, field by field.
void fillIn(ConnectionPage* page, const QString& connectionString, const QString& passwordOverride = {})
{
    const ParsedConnection parsed = parseConnectionArgument(connectionString);
    page->form()->setKind(ConnectionForm::OdbcDriverKind);
    page->findChild<QComboBox*>(QStringLiteral("driverCombo"))->setCurrentText(parsed.profile.driver);
    auto type = [page](const char* name, const QString& text) {
        auto* edit = page->findChild<QLineEdit*>(QString::fromLatin1(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type("hostEdit", parsed.profile.host);
    page->findChild<QSpinBox*>(QStringLiteral("portSpin"))->setValue(parsed.profile.port);
    type("databaseEdit", parsed.profile.database);
    type("userEdit", parsed.profile.user);
    type("passwordEdit", passwordOverride.isEmpty() ? parsed.password : passwordOverride);
}

} // namespace

class TstConnectionPageServers : public QObject {
    Q_OBJECT
private slots:
    void postgres()
    {
        ProjectDocument doc;
        auto* page = new ConnectionPage(&doc, Side::Source);
        test::PageHost host(page);
        host.show();
        fillIn(page, test::postgresConnectionString());
        QCOMPARE(doc.profile(Side::Source).driver, QStringLiteral("PostgreSQL Unicode"));
        QCOMPARE(doc.profile(Side::Source).port, 55432);
        QVERIFY(!host.next()->isEnabled());
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
        QVERIFY(page->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kTimeout);
        qInfo().noquote() << page->resultText();
        QVERIFY2(host.next()->isEnabled(), qPrintable(page->resultText()));
        QVERIFY(page->resultText().startsWith(QLatin1String("Connected to PostgreSQL 1")));
        QVERIFY(page->resultText().contains(QStringLiteral(" through psqlODBC 13.02 — ")));
        QCOMPARE(doc.schema(Side::Source)->family, DbFamily::PostgreSQL);
        QVERIFY(host.save(QStringLiteral("connection-page-postgres.png")));

        // Editing after success disables Next again.
        QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("databaseEdit")), QStringLiteral("x"));
        QVERIFY(!host.next()->isEnabled());
        QVERIFY(!doc.schema(Side::Source));
    }

    void mariadb()
    {
        ProjectDocument doc;
        auto* page = new ConnectionPage(&doc, Side::Target);
        test::PageHost host(page);
        host.show();
        fillIn(page, test::mariadbConnectionString());
        page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kTimeout);
        qInfo().noquote() << page->resultText();
        QVERIFY2(host.next()->isEnabled(), qPrintable(page->resultText()));
        QVERIFY(page->resultText().startsWith(QLatin1String("Connected to MariaDB ")));
        QVERIFY(page->resultText().contains(QLatin1String(" through MariaDB Connector/ODBC 3.1")));
    }

    void mariadbWrongPassword()
    {
        ProjectDocument doc;
        auto* page = new ConnectionPage(&doc, Side::Target);
        test::PageHost host(page);
        host.show();
        fillIn(page, test::mariadbConnectionString(), QStringLiteral("Wr0ng-Passw0rd"));
        page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kTimeout);
        const QString text = page->resultText();
        qInfo().noquote() << text;
        QVERIFY(!host.next()->isEnabled());
        QVERIFY(!doc.schema(Side::Target));
        QVERIFY2(text.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("ferry")), qPrintable(text)); // names the user
        QVERIFY(!text.contains(QLatin1String("Wr0ng")));
        QVERIFY(host.save(QStringLiteral("connection-page-wrong-password.png")));

        // The right password then works, with no other change.
        auto* password = page->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        password->clear();
        QTest::keyClicks(password, parseConnectionArgument(test::mariadbConnectionString()).password);
        page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kTimeout);
        QVERIFY2(host.next()->isEnabled(), qPrintable(page->resultText()));
    }

    void unreachableHost()
    {
        ProjectDocument doc;
        auto* page = new ConnectionPage(&doc, Side::Source);
        test::PageHost host(page);
        host.show();
        fillIn(page, test::postgresConnectionString());
        page->findChild<QSpinBox*>(QStringLiteral("portSpin"))->setValue(1); // nothing listens there
        page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kTimeout);
        const QString text = page->resultText();
        qInfo().noquote() << text;
        QVERIFY(!host.next()->isEnabled());
        QVERIFY2(text.contains(QLatin1String("127.0.0.1:1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("firewall")), qPrintable(text)); // the advice
    }
};

QTEST_MAIN(TstConnectionPageServers)
#include "tst_connection_page_servers.moc"
