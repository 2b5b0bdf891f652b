// The duplicate finder: planted duplicates of every kind are found, empty values never match, matching
// is transitive, reaches rows already in the target, honours AND within a rule and OR between rules,
// and still finds pairs when a block is split. On 20,000 generated contacts it reports precision and
// recall against the planted ground truth.
#include "contact_generator.h"
#include "dedupe/duplicate_finder.h"
#include "dedupe/match_record.h"
#include "dedupe/nicknames.h"

#include <QTest>
#include <map>
#include <set>

using namespace ferry;
using namespace ferry::dedupe;
using ferry::testdata::ContactGenerator;
using ferry::testdata::DuplicateKind;

namespace {

const QStringList kColumns = ContactGenerator::columns();

Value text(const char* s)
{
    return s ? Value::text(QString::fromUtf8(s)) : Value::null();
}

// first, last, email, phone, company (city and updated_at are not matched on)
Row contact(const char* first, const char* last, const char* email, const char* phone, const char* company)
{
    return {text(first), text(last), text(email), text(phone), text(company), Value::null(), Value::null()};
}

std::vector<Cluster> run(const DedupeConfig& config, const std::vector<Row>& source,
                         const std::vector<Row>& target = {}, FinderStats* stats = nullptr)
{
    DuplicateFinder finder(config, kColumns);
    for (size_t i = 0; i < source.size(); ++i)
        finder.addSource(qint64(i), source[i]);
    for (size_t i = 0; i < target.size(); ++i)
        finder.addTarget(qint64(i), target[i]);
    auto clusters = finder.finish();
    if (stats)
        *stats = finder.stats();
    return clusters;
}

using Ids = std::vector<qint64>;

} // namespace

class TestDuplicateFinder : public QObject {
    Q_OBJECT
private slots:
    void eachKindFound_data()
    {
        QTest::addColumn<Row>("original");
        QTest::addColumn<Row>("duplicate");
        QTest::addColumn<int>("rule");
        const Row bob = contact("Robert", "Smith", "bob.smith@example.com", "(415) 555-0123", "Acme Widgets Inc.");
        QTest::newRow("typo") << bob << contact("Robert", "Smiht", nullptr, "(415) 555-0123", nullptr) << 1;
        QTest::newRow("typo in the first letter")
            << bob << contact("Robert", "Xmith", nullptr, nullptr, "Acme Widgets Inc.") << 2;
        QTest::newRow("swapped") << bob << contact("Smith", "Robert", nullptr, "415-555-0123", nullptr) << 1;
        QTest::newRow("case") << bob << contact("ROBERT", "smith", nullptr, nullptr, "ACME WIDGETS INC") << 2;
        QTest::newRow("whitespace") << bob << contact("  Robert ", " Smith   ", nullptr, nullptr, "Acme  Widgets Inc. ")
                                    << 2;
        QTest::newRow("phone format") << bob << contact("Robert", "Smith", nullptr, "+1 415.555.0123", nullptr) << 1;
        QTest::newRow("nickname") << bob << contact("Bob", "Smith", nullptr, "4155550123", nullptr) << 1;
        QTest::newRow("e-mail case") << bob << contact("R.", "S.", " Bob.Smith@EXAMPLE.com ", nullptr, nullptr) << 0;
        QTest::newRow("accents") << contact("José", "Müller", nullptr, nullptr, "Müller & Söhne GmbH")
                                 << contact("Jose", "Muller", nullptr, nullptr, "Muller and Sohne") << 2;
    }
    void eachKindFound()
    {
        QFETCH(Row, original);
        QFETCH(Row, duplicate);
        QFETCH(int, rule);
        const Row other = contact("Maria", "Garcia", "mg@example.org", "(212) 555-0199", "Globex Ltd");
        const auto clusters = run(testdata::contactRules(), {original, other, duplicate});
        QCOMPARE(clusters.size(), size_t(1));
        QCOMPARE(clusters[0].sourceIds, (Ids{0, 2}));
        QVERIFY(clusters[0].targetIds.empty());
        QCOMPARE(clusters[0].rules, std::vector<int>{rule});
    }

    void differentPeopleStayApart()
    {
        // Namesakes at different companies with different phones; similar names at the same company; a
        // shared home phone; one shared first name does not make two surnames alike.
        const auto clusters =
            run(testdata::contactRules(), {contact("John", "Smith", "js1@example.com", "(415) 555-0123", "Acme"),
                                           contact("John", "Smith", "js2@example.com", "(212) 555-0199", "Globex"),
                                           contact("Jane", "Smith", "js3@example.com", nullptr, "Acme"),
                                           contact("Mary", "Smith", "js4@example.com", "(415) 555-0123", nullptr),
                                           contact("Mathilde", "Porter", nullptr, nullptr, "Rhein Health LLC"),
                                           contact("Mathilde", "Perrin", nullptr, nullptr, "Rhein Health LLC")});
        QCOMPARE(clusters.size(), size_t(0));
    }

    void emptyValuesNeverMatch()
    {
        DedupeConfig config;
        config.rules = {
            MatchRule{QStringLiteral("email"), {MatchCondition{{QStringLiteral("email")}, MatchKind::Email, 0, {}}}},
            MatchRule{QStringLiteral("phone"),
                      {MatchCondition{{QStringLiteral("phone")}, MatchKind::Phone, 0, QStringLiteral("US")}}},
            MatchRule{QStringLiteral("company"),
                      {MatchCondition{{QStringLiteral("company")}, MatchKind::Company, 0.9, {}}}},
            MatchRule{
                QStringLiteral("name"),
                {MatchCondition{{QStringLiteral("first_name"), QStringLiteral("last_name")}, MatchKind::Name, 0, {}}}},
        };
        // NULL, '', blank, punctuation-only, an invalid phone twice, a name with one part missing.
        const auto clusters =
            run(config,
                {contact(nullptr, "Smith", nullptr, nullptr, nullptr), contact("", "Smith", "", "", ""),
                 contact("  ", "Smith", "   ", "   ", "  "), contact("--", "Smith", "  ", "n/a", "..."),
                 contact(nullptr, "Smith", nullptr, "n/a", nullptr), contact("Ann", nullptr, nullptr, "123", "GmbH")});
        QCOMPARE(clusters.size(), size_t(0));
    }

    void nameWithAnEmptyPartNeverMatchesOnIt()
    {
        // A condition on first + last name needs every part: a lone "Smith" would otherwise match every
        // other lone "Smith". Such rows can still match by another rule (here the e-mail).
        DedupeConfig config;
        config.rules = {
            MatchRule{
                QStringLiteral("same name"),
                {MatchCondition{{QStringLiteral("first_name"), QStringLiteral("last_name")}, MatchKind::Name, 0, {}}}},
            MatchRule{QStringLiteral("same e-mail"),
                      {MatchCondition{{QStringLiteral("email")}, MatchKind::Email, 0, {}}}}};
        const auto clusters = run(config, {contact(nullptr, "Smith", "a@example.com", nullptr, nullptr),
                                           contact("", "Smith", "b@example.com", nullptr, nullptr),
                                           contact("John", "Smith", "c@example.com", nullptr, nullptr),
                                           contact("John Smith", "", "d@example.com", nullptr, nullptr),
                                           contact("", "", "e@example.com", nullptr, nullptr),
                                           contact(" ", nullptr, "f@example.com", nullptr, nullptr),
                                           contact("", "Smith", "A@example.com", nullptr, nullptr),
                                           contact("Smith", "John", "g@example.com", nullptr, nullptr)});
        QCOMPARE(clusters.size(), size_t(2));
        QCOMPARE(clusters[0].sourceIds, (Ids{0, 6})); // by e-mail only, though both are "Smith"
        QCOMPARE(clusters[0].rules, std::vector<int>{1});
        QCOMPARE(clusters[1].sourceIds, (Ids{2, 7})); // both parts filled: swapped order still matches
        QCOMPARE(clusters[1].rules, std::vector<int>{0});
    }

    void transitiveClusters()
    {
        // 0~2 by e-mail (rule 0), 2~3 by name + phone (rule 1), 1 alone; 4~5 only by rule 2.
        const auto clusters =
            run(testdata::contactRules(), {contact("Anna", "Berg", "anna@example.com", nullptr, nullptr),
                                           contact("Carl", "Lind", "carl@example.com", nullptr, nullptr),
                                           contact("Anne", "Bergman", "ANNA@example.com", "(617) 555-0100", nullptr),
                                           contact("Anne", "Bergmann", nullptr, "617 555 0100", nullptr),
                                           contact("Pierre", "Dubois", nullptr, nullptr, "Vertex SARL"),
                                           contact("Pierre", "Duboiss", nullptr, nullptr, "Vertex")});
        QCOMPARE(clusters.size(), size_t(2));
        QCOMPARE(clusters[0].sourceIds, (Ids{0, 2, 3}));
        QCOMPARE(clusters[0].rules, (std::vector<int>{0, 1})); // each link names its rule
        QCOMPARE(clusters[1].sourceIds, (Ids{4, 5}));
        QCOMPARE(clusters[1].rules, std::vector<int>{2});
    }

    void clusterNamesEveryRuleThatLinkedIt()
    {
        // 0~1 by e-mail only (rule 0), 0~2 by a similar name at the same company only (rule 2): one cluster
        // naming rules 0 and 2, not rule 1, which matched no pair.
        const auto clusters = run(testdata::contactRules(),
                                  {contact("Pierre", "Dubois", "pd@example.com", "(617) 555-0100", "Vertex SARL"),
                                   contact("Marie", "Curie", "PD@example.com", nullptr, nullptr),
                                   contact("Pierre", "Duboiss", nullptr, "(212) 555-0199", "Vertex"),
                                   contact("Carl", "Lind", "carl@example.com", nullptr, nullptr)});
        QCOMPARE(clusters.size(), size_t(1));
        QCOMPARE(clusters[0].sourceIds, (Ids{0, 1, 2}));
        QCOMPARE(clusters[0].rules, (std::vector<int>{0, 2}));

        // A rule that also matches a pair already linked by an earlier rule is named too: both the e-mail
        // and the similar name at the same company say these two are one customer.
        const auto both =
            run(testdata::contactRules(), {contact("Pierre", "Dubois", "pd@example.com", nullptr, "Vertex SARL"),
                                           contact("Pierre", "Duboiss", "pd@example.com", nullptr, "Vertex")});
        QCOMPARE(both.size(), size_t(1));
        QCOMPARE(both[0].rules, (std::vector<int>{0, 2}));
    }

    void matchesAgainstTarget()
    {
        const std::vector<Row> source{contact("William", "Turner", nullptr, "(312) 555-0142", nullptr),
                                      contact("Grace", "Hopper", "grace@example.com", nullptr, nullptr),
                                      contact("Ada", "Lovelace", "ada@example.com", nullptr, nullptr)};
        const std::vector<Row> target{contact("Lisa", "Meyer", "lm@example.com", "(312) 555-0999", nullptr),
                                      contact("Bill", "Turner", "bt@example.com", "+13125550142", "Acme"),
                                      contact("Grace", "Hopper", "GRACE@example.com ", nullptr, nullptr),
                                      contact("Lisa", "Meyer", "lm@example.com", nullptr, nullptr)};
        FinderStats stats;
        const auto clusters = run(testdata::contactRules(), source, target, &stats);
        // Target rows 0 and 3 duplicate each other only: not a cluster of this run.
        QCOMPARE(clusters.size(), size_t(2));
        QCOMPARE(clusters[0].sourceIds, (Ids{0}));
        QCOMPARE(clusters[0].targetIds, (Ids{1}));
        QCOMPARE(clusters[0].rules, std::vector<int>{1});
        QCOMPARE(clusters[1].sourceIds, (Ids{1}));
        QCOMPARE(clusters[1].targetIds, (Ids{2}));
        QCOMPARE(clusters[1].rules, std::vector<int>{0});
        QCOMPARE(stats.rows, 3);
        QCOMPARE(stats.targetRows, 4);
    }

    void andWithinRuleOrBetweenRules()
    {
        const MatchCondition sameName{
            {QStringLiteral("first_name"), QStringLiteral("last_name")}, MatchKind::Name, 0, {}};
        const MatchCondition samePhone{{QStringLiteral("phone")}, MatchKind::Phone, 0, QStringLiteral("US")};
        const std::vector<Row> rows{contact("Eva", "Klein", nullptr, "(303) 555-0101", nullptr),
                                    contact("Eva", "Klein", nullptr, "(303) 555-0102", nullptr),
                                    contact("Max", "Weber", nullptr, "(303) 555-0101", nullptr)};
        DedupeConfig both;
        both.rules = {MatchRule{QStringLiteral("name and phone"), {sameName, samePhone}}};
        QCOMPARE(run(both, rows).size(), size_t(0));

        DedupeConfig either;
        either.rules = {MatchRule{QStringLiteral("name"), {sameName}}, MatchRule{QStringLiteral("phone"), {samePhone}}};
        const auto clusters = run(either, rows);
        QCOMPARE(clusters.size(), size_t(1));
        QCOMPARE(clusters[0].sourceIds, (Ids{0, 1, 2}));
        QCOMPARE(clusters[0].rules, (std::vector<int>{0, 1}));
    }

    void exactKindIsTrimmedButCaseSensitive()
    {
        DedupeConfig config;
        config.rules = {
            MatchRule{QStringLiteral("code"), {MatchCondition{{QStringLiteral("CITY")}, MatchKind::Exact, 0, {}}}}};
        std::vector<Row> rows(3, contact("a", "b", nullptr, nullptr, nullptr));
        rows[0][5] = Value::text(QStringLiteral(" K-100 "));
        rows[1][5] = Value::text(QStringLiteral("k-100"));
        rows[2][5] = Value::text(QStringLiteral("K-100"));
        const auto clusters = run(config, rows);
        QCOMPARE(clusters.size(), size_t(1));
        QCOMPARE(clusters[0].sourceIds, (Ids{0, 2}));
    }

    void columnsDifferingInCaseStayApart()
    {
        // PostgreSQL columns "Code" and code: a rule on code reads code, not its namesake.
        DedupeConfig config;
        config.rules = {
            MatchRule{QStringLiteral("code"), {MatchCondition{{QStringLiteral("code")}, MatchKind::Exact, 0, {}}}}};
        const std::vector<Row> rows{{text("A"), text("x1")}, {text("A"), text("x2")}, {text("B"), text("x1")}};
        DuplicateFinder finder(config, {QStringLiteral("Code"), QStringLiteral("code")});
        for (size_t i = 0; i < rows.size(); ++i)
            finder.addSource(qint64(i), rows[i]);
        const auto clusters = finder.finish();
        QCOMPARE(clusters.size(), size_t(1));
        QCOMPARE(clusters[0].sourceIds, (Ids{0, 2}));
    }

    void splitBlockStillFindsPair()
    {
        // 60 people at one company form one block; with maxBlockSize 5 it is split into a sorted
        // neighbourhood, where the two spellings of one name sort next to each other.
        DedupeConfig config = testdata::contactRules();
        config.maxBlockSize = 5;
        std::vector<Row> rows;
        const char* const firsts[] = {"Anna",    "Bruno", "Carla",  "Dmitri",  "Elif",  "Farid",  "Greta", "Hiro",
                                      "Ines",    "Jonas", "Kwame",  "Leonie",  "Mateo", "Nora",   "Oskar", "Priya",
                                      "Quentin", "Rosa",  "Sven",   "Tariq",   "Ulla",  "Viktor", "Wanda", "Xavier",
                                      "Yusuf",   "Zofia", "Amadou", "Beatrix", "Cyril", "Dagny"};
        for (int i = 0; i < 60; ++i)
            rows.push_back(contact(firsts[i % 30], i < 30 ? "Example" : "Okonkwo", nullptr, nullptr, "Big Corp"));
        rows.push_back(contact("Theodora", "Papadopoulos", nullptr, nullptr, "Big Corp"));
        rows.insert(rows.begin() + 7, contact("Theodora", "Papadopoulou", nullptr, nullptr, "Big Corp."));
        FinderStats stats;
        const auto clusters = run(config, rows, {}, &stats);
        QCOMPARE(clusters.size(), size_t(1));
        QCOMPARE(clusters[0].sourceIds, (Ids{7, 61}));
        QCOMPARE(stats.splitBlocks, 1);
        QVERIFY2(stats.comparisons < 62 * 61 / 2 / 4, qPrintable(QString::number(stats.comparisons)));
    }

    void fuzzyOnlyRuleBlocksOnFuzzyKeys()
    {
        DedupeConfig config;
        config.rules = {MatchRule{
            QStringLiteral("similar name"),
            {MatchCondition{{QStringLiteral("first_name"), QStringLiteral("last_name")}, MatchKind::Name, 0.9, {}}}}};
        // Typos in the first letters of one token still share the other token's prefix.
        const auto clusters = run(config, {contact("Katherine", "Johnson", nullptr, nullptr, nullptr),
                                           contact("Emil", "Nowak", nullptr, nullptr, nullptr),
                                           contact("Kathrine", "Jonson", nullptr, nullptr, nullptr),
                                           contact("Katherine", "Xohnson", nullptr, nullptr, nullptr),
                                           contact("Emilia", "Kowalska", nullptr, nullptr, nullptr)});
        QCOMPARE(clusters.size(), size_t(1));
        QCOMPARE(clusters[0].sourceIds, (Ids{0, 2, 3}));
    }

    void keysAndNicknames()
    {
        QVERIFY(nicknameCount() >= 60 && nicknameCount() <= 150);
        QCOMPARE(canonicalGivenName(u"bob"), QStringLiteral("robert"));
        QCOMPARE(canonicalGivenName(u"liz"), QStringLiteral("elizabeth"));
        QCOMPARE(canonicalGivenName(u"hans"), QStringLiteral("johannes"));
        QCOMPARE(canonicalGivenName(u"zoe"), QStringLiteral("zoe"));
        QCOMPARE(foldName(QStringLiteral("  SMITH,  Bob ")).sorted, QStringLiteral("robert smith"));
        QCOMPARE(foldName(QStringLiteral("  SMITH,  Bob ")).inOrder, QStringLiteral("smith robert"));
        QCOMPARE(hashKey(QString()), quint64(0));
        QVERIFY(hashKey(u"a") != hashKey(u"b"));
        // Every blocking key of a one-typo variant: at least one shared with the original.
        const auto keys = [](const char* s) {
            std::set<quint64> out;
            for (const BlockingKey& k : blockingKeys(QString::fromLatin1(s)))
                out.insert(k.hash);
            return out;
        };
        const auto a = keys("johnson katherine"), b = keys("katherine xohnson");
        QVERIFY(std::any_of(a.begin(), a.end(), [&](quint64 h) { return b.count(h) > 0; }));
    }

    void precisionAndRecallOnGeneratedContacts()
    {
        // 20,000 contacts, 5% of them planted duplicates of the kinds in contact_generator.h.
        ContactGenerator gen(20240604, 20000, 0.05);
        DuplicateFinder finder(testdata::contactRules(), ContactGenerator::columns());
        Row row;
        std::vector<Row> debugRows; // FERRY_SHOW_FALSE_PAIRS=1 lists the false pairs with their values
        while (gen.next(&row)) {
            finder.addSource(gen.produced() - 1, row);
            if (qEnvironmentVariableIsSet("FERRY_SHOW_FALSE_PAIRS"))
                debugRows.push_back(row);
        }
        const auto show = [&](qint64 id) {
            QStringList parts;
            for (const Value& v : debugRows[size_t(id)])
                parts << v.display();
            return parts.join(QStringLiteral(" | "));
        };
        const auto clusters = finder.finish();
        const auto& entity = gen.entities();
        const auto& kind = gen.kinds();
        QVERIFY(gen.planted().size() > 900 && gen.planted().size() < 1100);

        // Pairs after clustering: every two rows of one cluster are reported as duplicates of each other.
        // The truth: every two rows of one person. A pair's kind is that of its (later) duplicate row.
        std::map<qint64, std::vector<qint64>> people;
        for (qint64 id = 0; id < qint64(entity.size()); ++id)
            people[entity[size_t(id)]].push_back(id);
        std::array<qint64, testdata::duplicateKindCount> truePairs{}, found{}, predicted{}, correct{};
        for (const auto& [who, ids] : people)
            for (size_t i = 0; i < ids.size(); ++i)
                for (size_t j = i + 1; j < ids.size(); ++j)
                    ++truePairs[size_t(kind[size_t(ids[j])])];
        for (const Cluster& c : clusters)
            for (size_t i = 0; i < c.sourceIds.size(); ++i)
                for (size_t j = i + 1; j < c.sourceIds.size(); ++j) {
                    const qint64 a = c.sourceIds[i], b = c.sourceIds[j];
                    const size_t k = size_t(kind[size_t(b)] != DuplicateKind::None ? kind[size_t(b)] : kind[size_t(a)]);
                    ++predicted[k];
                    if (qEnvironmentVariableIsSet("FERRY_SHOW_FALSE_PAIRS") && entity[size_t(a)] != entity[size_t(b)])
                        qInfo() << "false" << c.rules.front() << show(a) << show(b);
                    if (entity[size_t(a)] == entity[size_t(b)]) {
                        ++correct[k];
                        ++found[k];
                    }
                }
        qint64 allTrue = 0, allPredicted = 0, allCorrect = 0;
        for (int k = 0; k < testdata::duplicateKindCount; ++k) {
            allTrue += truePairs[size_t(k)];
            allPredicted += predicted[size_t(k)];
            allCorrect += correct[size_t(k)];
            if (k == 0 && predicted[0] == 0)
                continue;
            qInfo("%-13s true pairs %5lld  found %5lld  recall %.4f  predicted %5lld  precision %.4f",
                  qPrintable(k == 0 ? QStringLiteral("namesakes") : testdata::duplicateKindName(DuplicateKind(k))),
                  truePairs[size_t(k)], found[size_t(k)],
                  truePairs[size_t(k)] ? double(found[size_t(k)]) / double(truePairs[size_t(k)]) : 1.0,
                  predicted[size_t(k)],
                  predicted[size_t(k)] ? double(correct[size_t(k)]) / double(predicted[size_t(k)]) : 1.0);
        }
        const double precision = double(allCorrect) / double(allPredicted);
        const double recall = double(allCorrect) / double(allTrue);
        qInfo("all           true pairs %5lld  predicted %5lld  correct %5lld  precision %.4f  recall %.4f", allTrue,
              allPredicted, allCorrect, precision, recall);
        // The bars. Precision ≥ 0.98: the false pairs left are namesakes at one company (Diego Díaz and
        // Diego Diaz, Marie and Mary Schulz) that no rule on these columns can tell apart — the reason
        // clusters are explained and can be flagged for review; a finder that merged on the name alone
        // would fall far below. Recall ≥ 0.97: what the rules cannot see by design — one typo in a very
        // short name (Li → Lu) pushes it under 0.92 — stays under 3% (measured: 0.9927 / 0.9909).
        QVERIFY2(precision >= 0.98, qPrintable(QString::number(precision)));
        QVERIFY2(recall >= 0.97, qPrintable(QString::number(recall)));
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicate_finder.moc"
