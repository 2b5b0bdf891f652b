// Match keys for duplicate detection: values that mean the same customer give the same key, values
// that do not give different keys; Jaro-Winkler against the published reference pairs.
#include "dedupe/match_keys.h"

#include <QTest>

using namespace ferry::match;

class TestMatchKeys : public QObject {
    Q_OBJECT
private slots:
    void emails()
    {
        QCOMPARE(emailKey(QStringLiteral("  Bob.Smith@Example.COM ")), QStringLiteral("bob.smith@example.com"));
        QCOMPARE(emailKey(QString()), QString());
        QVERIFY(emailKey(QStringLiteral("bob@example.com")) != emailKey(QStringLiteral("bob@example.org")));
    }

    void names_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");
        QTest::newRow("case and spaces") << QStringLiteral("  ANNA   maria ") << QStringLiteral("anna maria");
        QTest::newRow("accents") << QStringLiteral("Élodie Hämäläinen") << QStringLiteral("elodie hamalainen");
        QTest::newRow("apostrophe") << QStringLiteral("O'Neill") << QStringLiteral("oneill");
        QTest::newRow("hyphen") << QStringLiteral("Jean-Luc") << QStringLiteral("jean luc");
        QTest::newRow("tab and newline") << QStringLiteral("Li\t\nWei") << QStringLiteral("li wei");
        QTest::newRow("CJK kept") << QStringLiteral("周 慧") << QStringLiteral("周 慧");
        QTest::newRow("German sharp s folds") << QStringLiteral("Weiß") << QStringLiteral("weiss");
        QTest::newRow("empty") << QString() << QString();
    }
    void names()
    {
        QFETCH(QString, input);
        QFETCH(QString, key);
        QCOMPARE(nameKey(input), key);
    }

    void companies_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");
        QTest::newRow("GmbH and ampersand")
            << QStringLiteral("Müller & Söhne GmbH.") << QStringLiteral("muller and sohne");
        QTest::newRow("Inc with comma") << QStringLiteral("Acme, Inc.") << QStringLiteral("acme");
        QTest::newRow("S.A. with dots") << QStringLiteral("Telefónica S.A.") << QStringLiteral("telefonica");
        QTest::newRow("two suffixes") << QStringLiteral("Globex Co. Ltd") << QStringLiteral("globex");
        QTest::newRow("suffix alone stays") << QStringLiteral("AG") << QStringLiteral("ag");
        QTest::newRow("suffix inside name stays")
            << QStringLiteral("Incorporated Widgets Group") << QStringLiteral("incorporated widgets group");
    }
    void companies()
    {
        QFETCH(QString, input);
        QFETCH(QString, key);
        QCOMPARE(companyKey(input), key);
    }

    void phones()
    {
        const QString us = QStringLiteral("US");
        const auto a = phoneKey(QStringLiteral("(415) 555-0123"), us);
        const auto b = phoneKey(QStringLiteral("+1 415.555.0123"), us);
        QVERIFY(a && b);
        QCOMPARE(*a, QStringLiteral("+14155550123"));
        QCOMPARE(*a, *b);
        QCOMPARE(phoneKey(QStringLiteral("+49 30 2497083"), us).value_or(QString()), QStringLiteral("+49302497083"));
        QVERIFY(!phoneKey(QStringLiteral("n/a"), us));
        QVERIFY(!phoneKey(QStringLiteral("   "), us));
    }

    void jaroWinklerReferencePairs()
    {
        // Winkler's worked examples.
        QCOMPARE(qRound(jaroWinkler(QStringLiteral("MARTHA"), QStringLiteral("MARHTA")) * 10000), 9611);
        QCOMPARE(qRound(jaroWinkler(QStringLiteral("DWAYNE"), QStringLiteral("DUANE")) * 10000), 8400);
        QCOMPARE(qRound(jaroWinkler(QStringLiteral("DIXON"), QStringLiteral("DICKSONX")) * 10000), 8133);
        QCOMPARE(jaroWinkler(QStringLiteral("same"), QStringLiteral("same")), 1.0);
        QCOMPARE(jaroWinkler(QStringLiteral("abc"), QStringLiteral("xyz")), 0.0);
        QCOMPARE(jaroWinkler(QString(), QStringLiteral("x")), 0.0);
        // Symmetric.
        QCOMPARE(jaroWinkler(QStringLiteral("katherine"), QStringLiteral("catherine")),
                 jaroWinkler(QStringLiteral("catherine"), QStringLiteral("katherine")));
    }
};

QTEST_GUILESS_MAIN(TestMatchKeys)
#include "tst_match_keys.moc"
