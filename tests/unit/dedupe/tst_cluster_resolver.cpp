// What happens to a cluster: every action and every survivorship rule, with the exact rows kept,
// skipped or merged and the sentence that explains it.
#include "dedupe/cluster_resolver.h"

#include <QTest>

using namespace ferry;
using namespace ferry::dedupe;

namespace {

const QStringList kColumns{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
                           QStringLiteral("notes"), QStringLiteral("updated_at")};

Value text(const char* s)
{
    return s ? Value::text(QString::fromUtf8(s)) : Value::null();
}

Value at(int y, int m, int d, int hour = 0)
{
    return Value::timestamp(QDate(y, m, d), qint64(hour) * 3600 * 1000000);
}

// #10: oldest, no phone, blank notes; #11: most recent and most complete; #12: no date.
std::vector<Member> members()
{
    return {
        {10, {text("Ann Lee"), text("ann@example.com"), Value::null(), text("  "), at(2020, 1, 1, 10)}},
        {11, {text("Ann Lee"), Value::null(), text("+14155550123"), text("VIP customer"), at(2023, 5, 1)}},
        {12, {text("Ann B. Lee"), text("ann.lee@example.com"), text("+12125550199"), Value::null(), Value::null()}},
    };
}

QString keyOf(qint64 id)
{
    return QStringLiteral("#%1").arg(id);
}

DedupeConfig config(ClusterAction action)
{
    DedupeConfig c;
    c.action = action;
    c.recentColumn = QStringLiteral("Updated_At"); // looked up case-insensitively
    return c;
}

Resolution resolve(const DedupeConfig& c, const std::vector<Member>& m = members())
{
    return resolveCluster(c, kColumns, {QStringLiteral("same e-mail")}, m, keyOf);
}

using Ids = std::vector<qint64>;

} // namespace

class TestClusterResolver : public QObject {
    Q_OBJECT
private slots:
    void keepFirst()
    {
        const Resolution r = resolve(config(ClusterAction::KeepFirst));
        QCOMPARE(r.keptId, 10);
        QCOMPARE(r.dropped, (Ids{11, 12}));
        QVERIFY(!r.merged);
        QCOMPARE(r.explanation,
                 QStringLiteral("Rule \"same e-mail\" matched rows #10, #11, #12; kept #10, the first one read, and "
                                "skipped #11, #12."));
    }

    void keepMostRecent()
    {
        const Resolution r = resolve(config(ClusterAction::KeepMostRecent));
        QCOMPARE(r.keptId, 11);
        QCOMPARE(r.dropped, (Ids{10, 12}));
        QCOMPARE(r.explanation, QStringLiteral("Rule \"same e-mail\" matched rows #10, #11, #12; kept #11, the most "
                                               "recent by Updated_At (2023-05-01 00:00:00), and skipped #10, #12."));
    }

    void keepMostRecentTiesAndNulls()
    {
        auto m = members();
        m[0].values[4] = at(2023, 5, 1); // ties with #11: the first read wins
        QCOMPARE(resolve(config(ClusterAction::KeepMostRecent), m).keptId, 10);
        for (Member& each : m)
            each.values[4] = Value::null(); // nobody has a date: all equally old
        QCOMPARE(resolve(config(ClusterAction::KeepMostRecent), m).keptId, 10);
        m[2].values[4] = at(1999, 1, 1); // any date is more recent than NULL
        QCOMPARE(resolve(config(ClusterAction::KeepMostRecent), m).keptId, 12);
    }

    void keepMostComplete()
    {
        // #10 has 3 values (its blank notes do not count), #11 has 4, #12 has 4 but comes later.
        auto m = members();
        m[2].values[4] = at(2001, 1, 1);
        const Resolution r = resolve(config(ClusterAction::KeepMostComplete), m);
        QCOMPARE(r.keptId, 11);
        QCOMPARE(r.dropped, (Ids{10, 12}));
        QCOMPARE(r.explanation, QStringLiteral("Rule \"same e-mail\" matched rows #10, #11, #12; kept #11, the most "
                                               "complete (4 of 5 values filled), and skipped #10, #12."));
    }

    void mergeFirstNonEmptyByDefault()
    {
        const Resolution r = resolve(config(ClusterAction::Merge));
        QCOMPARE(r.keptId, 10);
        QCOMPARE(r.dropped, (Ids{11, 12}));
        QVERIFY(r.merged);
        const Row expected{text("Ann Lee"), text("ann@example.com"), text("+14155550123"), text("VIP customer"),
                           at(2020, 1, 1, 10)};
        QCOMPARE(*r.merged, expected);
        QCOMPARE(r.explanation, QStringLiteral("Rule \"same e-mail\" matched rows #10, #11, #12; merged them into #10, "
                                               "taking phone, notes from the other rows, and skipped #11, #12."));
    }

    void mergeWithSurvivorshipPerColumn()
    {
        DedupeConfig c = config(ClusterAction::Merge);
        c.defaultSurvivorship = Survivorship::MostRecent;
        c.survivorship.insert(QStringLiteral("EMAIL"), Survivorship::Longest);
        c.survivorship.insert(QStringLiteral("name"), Survivorship::Longest);
        c.survivorship.insert(QStringLiteral("notes"), Survivorship::FirstNonEmpty);
        const Resolution r = resolve(c);
        QVERIFY(r.merged);
        // phone: most recent row with a phone is #11; updated_at: #11's; notes: #10's blank is skipped.
        const Row expected{text("Ann B. Lee"), text("ann.lee@example.com"), text("+14155550123"), text("VIP customer"),
                           at(2023, 5, 1)};
        QCOMPARE(*r.merged, expected);
        QCOMPARE(r.keptId, 10);
    }

    void mergeSurvivorTakesTheMostCompleteRowsValueEvenIfEmpty()
    {
        DedupeConfig c = config(ClusterAction::Merge);
        c.defaultSurvivorship = Survivorship::Survivor; // #11 is the most complete
        const Resolution r = resolve(c);
        QVERIFY(r.merged);
        QCOMPARE(*r.merged, members()[1].values); // including its NULL e-mail
        QCOMPARE(r.explanation,
                 QStringLiteral("Rule \"same e-mail\" matched rows #10, #11, #12; merged them into #10, taking email, "
                                "phone, notes, updated_at from the other rows, and skipped #11, #12."));
    }

    void mergeWhereNobodyHasAValueKeepsTheFirstRows()
    {
        std::vector<Member> m{{1, {text("A"), Value::null(), Value::null(), text(""), Value::null()}},
                              {2, {text("A"), Value::null(), Value::null(), Value::null(), Value::null()}}};
        DedupeConfig c = config(ClusterAction::Merge);
        c.defaultSurvivorship = Survivorship::Longest;
        const Resolution r = resolve(c, m);
        QCOMPARE(*r.merged, m[0].values);
        QCOMPARE(r.explanation, QStringLiteral("Rule \"same e-mail\" matched rows #1, #2; merged them into #1 (its "
                                               "values won everywhere) and skipped #2."));
    }

    void flagOnly()
    {
        const Resolution r = resolve(config(ClusterAction::Flag));
        QCOMPARE(r.keptId, -1);
        QVERIFY(r.dropped.empty());
        QVERIFY(!r.merged);
        QCOMPARE(r.explanation, QStringLiteral("Rule \"same e-mail\" matched rows #10, #11, #12; all of them are "
                                               "written and flagged for review."));
    }

    void everyRuleIsNamed()
    {
        const QStringList two{QStringLiteral("same e-mail"), QStringLiteral("same phone")};
        const Resolution r = resolveCluster(config(ClusterAction::KeepFirst), kColumns, two, members(), keyOf);
        QCOMPARE(r.explanation, QStringLiteral("Rules \"same e-mail\" and \"same phone\" matched rows #10, #11, #12; "
                                               "kept #10, the first one read, and skipped #11, #12."));
        const Resolution flagged = resolveCluster(config(ClusterAction::Flag), kColumns,
                                                  two + QStringList{QStringLiteral("similar name")}, members(), keyOf);
        QCOMPARE(flagged.explanation, QStringLiteral("Rules \"same e-mail\", \"same phone\" and \"similar name\" "
                                                     "matched rows #10, #11, #12; all of them are written and flagged "
                                                     "for review."));
    }

    void percentInKeysIsNotAPlaceholder()
    {
        const auto odd = [](qint64 id) { return QStringLiteral("%1%2").arg(QStringLiteral("%"), QString::number(id)); };
        const Resolution r =
            resolveCluster(config(ClusterAction::KeepMostComplete), kColumns, {QStringLiteral("r")}, members(), odd);
        QCOMPARE(r.explanation, QStringLiteral("Rule \"r\" matched rows %10, %11, %12; kept %11, the most complete "
                                               "(4 of 5 values filled), and skipped %10, %12."));
    }

    void recencyOrder()
    {
        QVERIFY(compareRecency(Value::null(), Value::integer(-5)) < 0);
        QCOMPARE(compareRecency(Value::null(), Value::null()), 0);
        QVERIFY(compareRecency(Value::date(QDate(2024, 1, 2)), at(2024, 1, 1, 23)) > 0);
        QVERIFY(compareRecency(at(2024, 1, 1, 1), Value::date(QDate(2024, 1, 1))) > 0);
        QVERIFY(compareRecency(Value::integer(10), Value::integer(9)) > 0);
        QVERIFY(compareRecency(Value::decimal("10.5"), Value::integer(10)) > 0);
        QVERIFY(compareRecency(text("2024-01-02"), text("2023-12-31")) > 0);
        QVERIFY(!hasContent(text(" \t")));
        QVERIFY(hasContent(Value::integer(0)));
    }
};

QTEST_GUILESS_MAIN(TestClusterResolver)
#include "tst_cluster_resolver.moc"
