// TableMatcher: source tables paired with target tables by name as a person would pair them.
#include "assist/table_matcher.h"
#include "demo_schemas.h"

#include <QTest>

using namespace ferry;

class TstTableMatcher : public QObject {
    Q_OBJECT
private slots:
    void normalizedName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plural") << "accounts"
                                << "account";
        QTest::newRow("ies") << "activities"
                             << "activity";
        QTest::newRow("case") << "Contacts"
                              << "contact";
        QTest::newRow("tbl_ prefix") << "tbl_Contacts"
                                     << "contact";
        QTest::newRow("t_ prefix") << "t_activities"
                                   << "activity";
        QTest::newRow("tbl camel prefix") << "tblCompanies"
                                          << "company";
        QTest::newRow("schema") << "crm.Addresses"
                                << "address";
        QTest::newRow("sses") << "addresses"
                              << "address";
        QTest::newRow("singular ss") << "address"
                                     << "address";
        QTest::newRow("status") << "status"
                                << "status";
        QTest::newRow("statuses") << "statuses"
                                  << "status";
        QTest::newRow("underscores") << "contact_persons"
                                     << "contactperson";
        QTest::newRow("people") << "people"
                                << "person";
        QTest::newRow("short word kept") << "bus"
                                         << "bus";
    }
    void normalizedName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(TableMatcher::normalizedName(name), expected);
    }

    void sameTable_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("plural") << "accounts"
                                << "account" << true;
        QTest::newRow("ies") << "activities"
                             << "Activity" << true;
        QTest::newRow("movies") << "tblMovies"
                                << "movie" << true;
        QTest::newRow("camel vs snake") << "ContactPerson"
                                        << "contact_persons" << true;
        QTest::newRow("prefix both") << "t_orders"
                                     << "tbl_order" << true;
        QTest::newRow("different") << "accounts"
                                   << "contact" << false;
        QTest::newRow("prefix of another word") << "account"
                                                << "accounting" << false;
        QTest::newRow("t is not a prefix here") << "tasks"
                                                << "asks" << false;
    }
    void sameTable()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(TableMatcher::sameTable(a, b), same);
        QCOMPARE(TableMatcher::sameTable(b, a), same);
    }

    void matchPairsTheDemo()
    {
        const QList<TableMatcher::Match> m =
            TableMatcher::match({QStringLiteral("accounts"), QStringLiteral("contacts"), QStringLiteral("notes"),
                                 QStringLiteral("activities")},
                                {QStringLiteral("activity"), QStringLiteral("contact"), QStringLiteral("account"),
                                 QStringLiteral("opportunity")});
        const QList<TableMatcher::Match> expected{
            {QStringLiteral("accounts"), QStringLiteral("account"), false},
            {QStringLiteral("contacts"), QStringLiteral("contact"), false},
            {QStringLiteral("activities"), QStringLiteral("activity"), false},
        };
        QCOMPARE(m, expected);
    }

    void exactNameWinsAndTargetsAreUsedOnce()
    {
        // "contacts" comes first but "contact" is the exact name: it gets the target.
        const QList<TableMatcher::Match> m =
            TableMatcher::match({QStringLiteral("contacts"), QStringLiteral("CONTACT")}, {QStringLiteral("contact")});
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.first().source, QStringLiteral("CONTACT"));
        QVERIFY(m.first().exact);
        QCOMPARE(TableMatcher::bestTarget(QStringLiteral("tbl_Accounts"),
                                          {QStringLiteral("contact"), QStringLiteral("account")}),
                 QStringLiteral("account"));
        QCOMPARE(TableMatcher::bestTarget(QStringLiteral("notes"), {QStringLiteral("contact")}), QString());
    }

    void suggestedKeysPreferANaturalKey()
    {
        // id numbers itself: the unique legacy_id identifies incoming rows.
        const TableInfo account = test::modernTable(QStringLiteral("account"));
        QCOMPARE(TableMatcher::suggestedKeys(account), QStringList{QStringLiteral("legacy_id")});
        // A primary key the source supplies is the key.
        const TableInfo legacy = test::legacyTable(QStringLiteral("accounts"), QStringLiteral("acct_id"), 1);
        QCOMPARE(TableMatcher::suggestedKeys(legacy), QStringList{QStringLiteral("acct_id")});
        // Only a self-numbering key: it is still named, but a proposal inserts.
        TableInfo bare = account;
        bare.uniqueKeys.clear();
        QCOMPARE(TableMatcher::suggestedKeys(bare), QStringList{QStringLiteral("id")});
        const TableMapping insert = TableMatcher::proposal(QStringLiteral("accounts"), bare);
        QCOMPARE(insert.mode, WriteMode::Insert);
        QVERIFY(insert.keys.isEmpty());
        const TableMapping upsert = TableMatcher::proposal(QStringLiteral("accounts"), account);
        QCOMPARE(upsert.mode, WriteMode::Upsert);
        QCOMPARE(upsert.keys, QStringList{QStringLiteral("legacy_id")});
        QVERIFY(upsert.fields.isEmpty());
    }

    void proposeSkipsViewTargets()
    {
        QList<TableInfo> sources = test::legacySchema().tables;
        sources << test::legacyTable(QStringLiteral("account_summaries"), QStringLiteral("id"), 1);
        const QList<TableMapping> p = TableMatcher::propose(sources, test::modernSchema().tables);
        QCOMPARE(p.size(), 3);
        QCOMPARE(p[0].source, QStringLiteral("accounts"));
        QCOMPARE(p[0].target, QStringLiteral("account"));
        QCOMPARE(p[2].source, QStringLiteral("activities"));
        QCOMPARE(p[2].target, QStringLiteral("activity"));
    }
};

QTEST_GUILESS_MAIN(TstTableMatcher)
#include "tst_table_matcher.moc"
