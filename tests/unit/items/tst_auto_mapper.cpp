// AutoMapper: name normalisation, CRM synonyms, confidence ordering and the suggestions for the demo's
// legacy contacts → modern contact (the table the wizard's users auto-map first).
#include "assist/auto_mapper.h"
#include "demo_schema.h"

#include <QTest>

using namespace ferry;

namespace {

const MappingSuggestion* find(const QList<MappingSuggestion>& list, const QString& target)
{
    for (const MappingSuggestion& s : list)
        if (s.target == target)
            return &s;
    return nullptr;
}

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}

} // namespace

class TestAutoMapper : public QObject {
    Q_OBJECT
private slots:
    void tokens_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("snake") << "first_name" << words({"first", "name"});
        QTest::newRow("camel") << "firstName" << words({"first", "name"});
        QTest::newRow("pascal+punctuation") << "EMail-Address" << words({"e", "mail", "address"});
        QTest::newRow("acronym+digit") << "HTTPServer2" << words({"http", "server", "2"});
        QTest::newRow("spaces") << "  Zip  Code " << words({"zip", "code"});
        QTest::newRow("upper") << "PHONE_NO" << words({"phone", "no"});
    }
    void tokens()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, tokens);
        QCOMPARE(AutoMapper::nameTokens(name), tokens);
    }

    void synonyms_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("targetTable");
        QTest::newRow("e_mail") << "e_mail"
                                << "email"
                                << "";
        QTest::newRow("EmailAddress") << "EmailAddress"
                                      << "email"
                                      << "";
        QTest::newRow("fname") << "fname"
                               << "first_name"
                               << "";
        QTest::newRow("lname") << "lname"
                               << "last_name"
                               << "";
        QTest::newRow("surname") << "surname"
                                 << "last_name"
                                 << "";
        QTest::newRow("tel") << "tel"
                             << "phone"
                             << "";
        QTest::newRow("phone_no") << "phone_no"
                                  << "phone"
                                  << "";
        QTest::newRow("zip") << "zip"
                             << "postal_code"
                             << "";
        QTest::newRow("company→account_name") << "company"
                                              << "account_name"
                                              << "";
        QTest::newRow("company→name in account") << "company"
                                                 << "name"
                                                 << "account";
        QTest::newRow("created") << "created"
                                 << "created_at"
                                 << "";
        QTest::newRow("created→created_on") << "created"
                                            << "created_on"
                                            << "";
        QTest::newRow("title") << "title"
                               << "job_title"
                               << "";
        QTest::newRow("done") << "done"
                              << "completed"
                              << "";
        QTest::newRow("kind") << "kind"
                              << "type"
                              << "";
        QTest::newRow("industry_cd") << "industry_cd"
                                     << "industry"
                                     << "";
    }
    void synonyms()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, targetTable);
        const int score = AutoMapper::nameSimilarity(source, target, QString(), targetTable);
        QVERIFY2(score >= 90, qPrintable(QStringLiteral("%1 → %2 scored %3").arg(source, target).arg(score)));
    }

    void unrelatedNamesScoreLow()
    {
        QVERIFY(AutoMapper::nameSimilarity(QStringLiteral("cont_id"), QStringLiteral("account_id")) <
                AutoMapper::kMinimumConfidence);
        QVERIFY(AutoMapper::nameSimilarity(QStringLiteral("phone"), QStringLiteral("country")) <
                AutoMapper::kMinimumConfidence);
        // "name" is a person's name in a contact table, never a company.
        QVERIFY(AutoMapper::nameSimilarity(QStringLiteral("company"), QStringLiteral("name"), QString(),
                                           QStringLiteral("contact")) < AutoMapper::kMinimumConfidence);
    }

    void confidenceOrdering()
    {
        const int same = AutoMapper::nameSimilarity(QStringLiteral("email"), QStringLiteral("EMAIL"));
        const int punctuation = AutoMapper::nameSimilarity(QStringLiteral("e_mail"), QStringLiteral("email"));
        const int synonym = AutoMapper::nameSimilarity(QStringLiteral("surname"), QStringLiteral("last_name"));
        const int abbreviation = AutoMapper::nameSimilarity(QStringLiteral("acct_id"), QStringLiteral("account_id"));
        const int fuzzy = AutoMapper::nameSimilarity(QStringLiteral("adress"), QStringLiteral("address_line"));
        QCOMPARE(same, 100);
        QCOMPARE(punctuation, 95);
        QCOMPARE(synonym, 90);
        QCOMPARE(abbreviation, 85);
        QVERIFY2(fuzzy > 0 && fuzzy < abbreviation, qPrintable(QString::number(fuzzy)));
    }

    void editDistance()
    {
        QCOMPARE(AutoMapper::editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
        QCOMPARE(AutoMapper::editDistance(QString(), QStringLiteral("abc")), 3);
        QCOMPARE(AutoMapper::editDistance(QStringLiteral("same"), QStringLiteral("same")), 0);
    }

    void typeCompatibility()
    {
        const ColumnInfo text = test::column(QStringLiteral("a"), ColumnType::Text, QStringLiteral("TEXT"));
        const ColumnInfo integer = test::column(QStringLiteral("b"), ColumnType::Integer, QStringLiteral("INTEGER"));
        const ColumnInfo decimal = test::column(QStringLiteral("c"), ColumnType::Decimal, QStringLiteral("NUMERIC"));
        const ColumnInfo date = test::column(QStringLiteral("d"), ColumnType::Date, QStringLiteral("DATE"));
        const ColumnInfo stamp = test::column(QStringLiteral("e"), ColumnType::Timestamp, QStringLiteral("TIMESTAMP"));
        QCOMPARE(AutoMapper::typeCompatibility(text, text), 100);
        QCOMPARE(AutoMapper::typeCompatibility(integer, decimal), 95);
        QCOMPARE(AutoMapper::typeCompatibility(date, stamp), 95);
        QCOMPARE(AutoMapper::typeCompatibility(text, integer), 90);
        QCOMPARE(AutoMapper::typeCompatibility(date, integer), 50);
    }

    void demoContacts()
    {
        const QList<MappingSuggestion> s = AutoMapper::suggest(test::legacyContacts(), test::modernContact());
        struct Expected {
            const char* target;
            const char* source;
        };
        const Expected expected[] = {{"legacy_id", "cont_id"},   {"account_id", "acct_id"}, {"first_name", "full_name"},
                                     {"last_name", "full_name"}, {"email", "e_mail"},       {"phone", "phone"},
                                     {"country", "country"},     {"job_title", "title"},    {"status", "status"},
                                     {"created_at", "created"}};
        for (const Expected& e : expected) {
            const MappingSuggestion* m = find(s, QLatin1String(e.target));
            QVERIFY2(m, e.target);
            QCOMPARE(m->source, QLatin1String(e.source));
            QVERIFY(m->confidence >= AutoMapper::kMinimumConfidence && m->confidence <= 100);
            QVERIFY(!m->reason.isEmpty());
        }
        QCOMPARE(s.size(), qsizetype(std::size(expected))); // nothing for the generated id
        QVERIFY(!find(s, QStringLiteral("id")));

        // Best first, and the exact names above the synonyms above the splits.
        for (qsizetype i = 1; i < s.size(); ++i)
            QVERIFY(s[i - 1].confidence >= s[i].confidence);
        QCOMPARE(find(s, QStringLiteral("phone"))->confidence, 100);
        QCOMPARE(find(s, QStringLiteral("email"))->confidence, 95);
        QCOMPARE(find(s, QStringLiteral("job_title"))->confidence, 90);
        QCOMPARE(find(s, QStringLiteral("account_id"))->confidence, 85);
        QCOMPARE(find(s, QStringLiteral("created_at"))->confidence, 81); // a synonym, but text into a timestamp
        QVERIFY(find(s, QStringLiteral("legacy_id"))->confidence < find(s, QStringLiteral("account_id"))->confidence);

        // The full name is split, with a chain that compiles and says which part.
        const MappingSuggestion* first = find(s, QStringLiteral("first_name"));
        QCOMPARE(first->transforms.size(), 1);
        QCOMPARE(first->transforms[0].type, QStringLiteral("split-name"));
        QCOMPARE(first->transforms[0].params.value(QLatin1String("part")).toString(), QStringLiteral("first"));
        QCOMPARE(first->transforms[0].params.value(QLatin1String("ifMissing")).toString(), QStringLiteral("null"));
        const MappingSuggestion* last = find(s, QStringLiteral("last_name"));
        QCOMPARE(last->transforms[0].params.value(QLatin1String("part")).toString(), QStringLiteral("last"));
        QVERIFY(!last->transforms[0].params.contains(QLatin1String("ifMissing"))); // NOT NULL: reject a missing one
    }

    void respectsMappedTargetsAndUsedSources()
    {
        const QList<MappingSuggestion> s = AutoMapper::suggest(test::legacyContacts(), test::modernContact(),
                                                               {QStringLiteral("email")}, {QStringLiteral("phone")});
        QVERIFY(!find(s, QStringLiteral("email")));
        QVERIFY(!find(s, QStringLiteral("phone"))); // its only good source is used elsewhere
        for (const MappingSuggestion& m : s) {
            QVERIFY(m.source != QLatin1String("phone"));
            QVERIFY(m.source != QLatin1String("e_mail") || m.target == QLatin1String("email"));
        }
    }

    void eachSourceOnce()
    {
        // Two targets that both look like "phone": only the better one gets it.
        TableInfo source;
        source.name = QStringLiteral("people");
        source.columns = {test::column(QStringLiteral("tel"), ColumnType::Text, QStringLiteral("TEXT"))};
        TableInfo target;
        target.name = QStringLiteral("person");
        target.columns = {test::column(QStringLiteral("phone_number"), ColumnType::Text, QStringLiteral("TEXT")),
                          test::column(QStringLiteral("tel"), ColumnType::Text, QStringLiteral("TEXT"))};
        const QList<MappingSuggestion> s = AutoMapper::suggest(source, target);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].target, QStringLiteral("tel"));
        QCOMPARE(s[0].confidence, 100);
    }
};

QTEST_GUILESS_MAIN(TestAutoMapper)
#include "tst_auto_mapper.moc"
