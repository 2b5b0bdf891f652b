// What a dry run finds besides counts, on the demo (SQLite, real drivers): its 30 planted duplicate pairs
// each in one cluster; every planted mismatch found exactly once with before and after; lookups that find
// no parent as pre-flight findings; and the rejects the dry run predicts equal the real run's. Then the
// cluster actions on a small table with known answers: keep first, keep most recent, merge, and matches
// against rows already in the target (skip, update) — and verify after each knows what the rules did.
#include "common/csv.h"
#include "common/dbfixture.h"
#include "common/demo.h"
#include "engine/migration.h"
#include "engine/verifier.h"
#include "project/project_file.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;
using namespace ferry::test;

namespace {

Project load(const QString& path)
{
    ProjectError e;
    std::optional<Project> p = ProjectFile::load(path, &e);
    if (!p)
        qFatal("%s", qPrintable(e.toString()));
    return *p;
}

RunSummary runProject(const Project& p, bool dryRun)
{
    RunRequest r;
    r.dryRun = dryRun;
    return Migration(p, r).run();
}

const MismatchRecord* findMismatch(const RunSummary& s, const QString& table, const QString& key, const QString& column,
                                   int* count)
{
    const MismatchRecord* found = nullptr;
    *count = 0;
    for (const MismatchRecord& m : s.mismatches)
        if (m.table == table && m.sourceKey == key && m.column == column) {
            found = &m;
            ++*count;
        }
    return found;
}

// "table/key/column/reason" of every reject, sorted.
QStringList rejectIds(const RunSummary& s)
{
    QStringList ids;
    for (const RejectRecord& r : s.rejects)
        ids << QStringLiteral("%1/%2/%3/%4/%5").arg(r.table, r.sourceKey, r.column, r.reason, r.origin);
    ids.sort();
    return ids;
}

// A SQLite source of people, some of them the same person; targets start with `targetRows`.
Project peopleProject(const QString& dir, const QString& targetRows)
{
    Project p;
    p.name = QStringLiteral("people");
    // Through the SQLite ODBC driver, as a user with an ODBC data source would.
    p.source = profileFor(Db::SqliteOdbc, dir + QStringLiteral("/src.sqlite"));
    p.target = profileFor(Db::SqliteOdbc, dir + QStringLiteral("/dst.sqlite"));
    auto src = openDb(Db::SqliteOdbc, p.source.database);
    src->execute(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, email TEXT, phone TEXT, "
                                "changed TEXT)"));
    src->execute(QStringLiteral("INSERT INTO people VALUES "
                                "(1, 'Ann Lee', 'ann@example.com', NULL, '2024-01-01 00:00:00'),"
                                "(2, 'Bob Marsh', 'bob@example.com', '555-0101', '2024-01-01 00:00:00'),"
                                "(3, 'ann lee', ' ANN@example.com ', '555-0199', '2024-06-01 00:00:00'),"
                                "(4, 'Cleo Park', 'cleo@example.com', NULL, '2024-01-01 00:00:00'),"
                                "(5, 'Dan Ruiz', 'dan@example.com', NULL, '2024-01-01 00:00:00')"));
    auto dst = openDb(Db::SqliteOdbc, p.target.database);
    dst->execute(QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, email TEXT, phone TEXT, "
                                "changed TIMESTAMP)"));
    if (!targetRows.isEmpty())
        dst->execute(QStringLiteral("INSERT INTO person VALUES ") + targetRows);
    TableMapping t;
    t.source = QStringLiteral("people");
    t.target = QStringLiteral("person");
    t.keys = {QStringLiteral("id")};
    t.mode = WriteMode::Insert;
    for (const char* c : {"id", "name", "email", "phone", "changed"}) {
        FieldMapping f;
        f.target = QString::fromLatin1(c);
        f.sources = {c == QByteArrayView("changed") ? QStringLiteral("changed") : QString::fromLatin1(c)};
        t.fields << f;
    }
    MatchRule rule;
    rule.name = QStringLiteral("same e-mail");
    rule.all << MatchCondition{{QStringLiteral("email")}, MatchKind::Email, 0, QStringLiteral("US")};
    t.dedupe.rules << rule;
    t.dedupe.recentColumn = QStringLiteral("changed");
    p.tables << t;
    return p;
}

QStringList targetRows(const QString& file)
{
    auto c = openDb(Db::SqliteOdbc, file);
    auto reader = c->query(QStringLiteral("SELECT id, name, email, phone FROM person ORDER BY id"));
    std::vector<Row> rows;
    QStringList out;
    while (reader->fetch(rows, 100)) {
        for (const Row& r : rows) {
            QStringList cells;
            for (const Value& v : r)
                cells << v.display();
            out << cells.join(QLatin1Char('|'));
        }
        rows.clear();
    }
    return out;
}

} // namespace

class TestFindings : public QObject {
    Q_OBJECT

private slots:
    void demoDryRunFindsEveryPlantedDuplicate()
    {
        QTemporaryDir tmp;
        const RunSummary s = runProject(load(copyDemo(tmp.path())), true);
        QVERIFY2(s.status != RunSummary::Status::Failed, qPrintable(s.error));
        const QJsonArray pairs = demoExpected()[QStringLiteral("plantedDuplicates")][QStringLiteral("pairs")].toArray();
        QCOMPARE(pairs.size(), 30);
        for (const QJsonValue& pair : pairs) {
            const QString a = QString::number(pair[0].toInt()), b = QString::number(pair[1].toInt());
            int clusters = 0;
            for (const DuplicateCluster& c : s.clusters)
                if (c.memberKeys.contains(a) && c.memberKeys.contains(b)) {
                    ++clusters;
                    QCOMPARE(c.table, QStringLiteral("contact"));
                    QCOMPARE(c.action, QStringLiteral("flag"));
                    QVERIFY(!c.rules.isEmpty());
                }
            QVERIFY2(clusters == 1,
                     qPrintable(QStringLiteral("planted pair %1/%2 in %3 clusters").arg(a, b).arg(clusters)));
        }
        // Besides the planted pairs the generator made people twice by chance (a name drawn again for the
        // same account, often with the same address): "Poppy Whitaker" and "WHITAKER, Poppy" of account 1232
        // share an e-mail; "Mercier, Hugo" and "Hugo Mercier" work for account 1387. They are duplicates
        // too. The generator works out what the rules find (duplicatesFound), so any change in what Ferry's
        // rules find shows up here.
        const QJsonObject found = demoExpected()[QStringLiteral("duplicatesFound")].toObject();
        QCOMPARE(s.clusters.size(), found[QStringLiteral("clusters")].toInteger());
        bool whitaker = false, mercier = false;
        qint64 members = 0;
        for (const DuplicateCluster& c : s.clusters) {
            members += c.memberKeys.size();
            whitaker = whitaker || (c.memberKeys == QStringList{QStringLiteral("163"), QStringLiteral("1046")} &&
                                    c.rules.value(0) == QStringLiteral("same e-mail"));
            mercier = mercier || (c.memberKeys == QStringList{QStringLiteral("9"), QStringLiteral("1199")} &&
                                  c.rules.value(0) == QStringLiteral("same name at the same account"));
        }
        QVERIFY(whitaker);
        QVERIFY(mercier);
        QCOMPARE(members, found[QStringLiteral("rows")].toInteger());
        const TableCounts& contacts = s.tables[1];
        QCOMPARE(contacts.duplicates, members - s.clusters.size()); // all but the first row of each cluster
        QCOMPARE(contacts.duplicates, expectedDemoCounts()[1].duplicates);
        QCOMPARE(contacts.flagged, members);                           // flagged: every row is written and listed
        QCOMPARE(contacts.inserted, expectedDemoCounts()[1].inserted); // flagging changes nothing that is written
    }

    void demoDryRunFindsEveryPlantedMismatchOnce()
    {
        QTemporaryDir tmp;
        const RunSummary s = runProject(load(copyDemo(tmp.path())), true);
        const QJsonObject want = demoExpected();
        int count = 0;
        for (const QJsonValue& v : want[QStringLiteral("truncated")].toArray()) {
            const QJsonObject o = v.toObject();
            const MismatchRecord* m =
                findMismatch(s, QStringLiteral("contact"), o[QStringLiteral("sourceKey")].toVariant().toString(),
                             o[QStringLiteral("column")].toString(), &count);
            QVERIFY(m);
            QCOMPARE(count, 1);
            QCOMPARE(m->kind, MismatchKind::Truncation);
            QCOMPARE(m->risk, Risk::MayLose);
            QCOMPARE(m->after, QStringLiteral("\"%1\"").arg(o[QStringLiteral("expected")].toString()));
            QVERIFY(m->before.contains(o[QStringLiteral("source")].toString()));
        }
        for (const QJsonValue& v : want[QStringLiteral("mappedToDefault")].toArray()) {
            const QJsonObject o = v.toObject();
            const MismatchRecord* m =
                findMismatch(s, QStringLiteral("account"), o[QStringLiteral("sourceKey")].toVariant().toString(),
                             o[QStringLiteral("column")].toString(), &count);
            QVERIFY(m);
            QCOMPARE(count, 1);
            QCOMPARE(m->kind, MismatchKind::MappedToDefault);
            QCOMPARE(m->after, QStringLiteral("\"unknown\""));
        }
        // Rejected values that are conversions (phone, e-mail) or do not fit (a name too long) are mismatches
        // that will fail; lookups that find no parent are not (they are pre-flight findings).
        int willFail = 0;
        for (const QJsonValue& v : want[QStringLiteral("rejects")].toArray()) {
            const QJsonObject o = v.toObject();
            const QString reason = o[QStringLiteral("reason")].toString();
            const QString table = o[QStringLiteral("table")].toString() == QLatin1String("accounts")
                                      ? QStringLiteral("account")
                                      : QStringLiteral("contact");
            const MismatchRecord* m = findMismatch(s, table, o[QStringLiteral("sourceKey")].toVariant().toString(),
                                                   o[QStringLiteral("column")].toString(), &count);
            if (reason == QLatin1String("lookup")) {
                QCOMPARE(count, 0);
                continue;
            }
            QVERIFY2(m, qPrintable(o[QStringLiteral("sourceKey")].toVariant().toString()));
            QCOMPARE(count, 1);
            QCOMPARE(m->risk, Risk::WillFail);
            QCOMPARE(m->kind,
                     reason == QLatin1String("too-long") ? MismatchKind::Truncation : MismatchKind::Conversion);
            ++willFail;
        }
        const int planted = int(want[QStringLiteral("truncated")].toArray().size() +
                                want[QStringLiteral("mappedToDefault")].toArray().size()) +
                            willFail;
        QCOMPARE(s.mismatches.size(), planted); // and nothing else
        qint64 counted = 0;
        for (const TableCounts& t : s.tables)
            counted += t.mismatches;
        QCOMPARE(counted, qint64(planted));

        // Per column: account.name will fail, contact.job_title may lose data.
        bool nameFails = false, titleMayLose = false;
        for (const ColumnRisk& r : s.columnRisks) {
            nameFails = nameFails || (r.table == QLatin1String("account") && r.column == QLatin1String("name") &&
                                      r.risk == Risk::WillFail && r.willFail == 1);
            titleMayLose = titleMayLose || (r.column == QLatin1String("job_title") && r.risk == Risk::MayLose &&
                                            r.mayLose == 2 && r.kinds == QStringList{QStringLiteral("truncation")});
        }
        QVERIFY(nameFails);
        QVERIFY(titleMayLose);

        // Lookups that find no parent: one pre-flight finding per column, with the row count.
        QHash<QString, qint64> missing;
        for (const PreflightFinding& f : s.preflight)
            if (f.kind == PreflightFinding::Kind::MissingParent)
                missing[f.table + QLatin1Char('.') + f.columns.value(0)] = f.rows;
        const QJsonArray tables = want[QStringLiteral("tables")].toArray();
        auto lookupRejects = [&](int table) {
            return tables[table][QStringLiteral("rejectedByReason")][QStringLiteral("lookup")].toInteger();
        };
        QCOMPARE(missing.value(QStringLiteral("contact.account_id")), lookupRejects(1));
        QCOMPARE(missing.value(QStringLiteral("activity.contact_id")), lookupRejects(2));
    }

    void dryRunPredictsTheRealRunsRejects()
    {
        QTemporaryDir tmp;
        const Project p = load(copyDemo(tmp.path()));
        const RunSummary dry = runProject(p, true);
        const RunSummary real = runProject(p, false);
        QCOMPARE(real.status, RunSummary::Status::Rejects);
        QVERIFY(!rejectIds(real).isEmpty());
        QCOMPARE(rejectIds(dry), rejectIds(real));
    }

    void cleanDataHasNoMismatches()
    {
        QTemporaryDir tmp;
        Project p = peopleProject(tmp.path(), {});
        p.tables[0].dedupe = {};
        const RunSummary s = runProject(p, true);
        QVERIFY2(s.status == RunSummary::Status::Ok, qPrintable(s.error));
        QCOMPARE(s.tables[0].read, qint64(5));
        QCOMPARE(s.tables[0].mismatches, qint64(0));
        QVERIFY(s.mismatches.isEmpty());
        QVERIFY(s.columnRisks.isEmpty());
        QVERIFY(s.clusters.isEmpty());
    }

    void keepFirstSkipsTheLaterRow()
    {
        QTemporaryDir tmp;
        Project p = peopleProject(tmp.path(), {});
        p.tables[0].dedupe.action = ClusterAction::KeepFirst;
        const RunSummary s = runProject(p, false);
        QVERIFY2(s.status == RunSummary::Status::Ok, qPrintable(s.error));
        QCOMPARE(s.tables[0].inserted, qint64(4));
        QCOMPARE(s.tables[0].skipped, qint64(1));
        QCOMPARE(s.tables[0].duplicates, qint64(1));
        QCOMPARE(s.clusters.size(), 1);
        QCOMPARE(s.clusters[0].memberKeys, (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
        QCOMPARE(s.clusters[0].keptKey, QStringLiteral("1"));
        QCOMPARE(s.clusters[0].rules, QStringList{QStringLiteral("same e-mail")});
        QVERIFY(!s.clusters[0].explanation.isEmpty());
        QCOMPARE(targetRows(p.target.database).value(0), QStringLiteral("1|\"Ann Lee\"|\"ann@example.com\"|NULL"));
    }

    // Ann Lee (1) and ann lee (3) share an e-mail and a name: the cluster, its explanation, the run's
    // dedupe.csv and the JSON summary name both rules.
    void everyRuleThatLinkedAClusterIsNamed()
    {
        QTemporaryDir tmp;
        Project p = peopleProject(tmp.path(), {});
        p.options.outputDirectory = tmp.filePath(QStringLiteral("runs"));
        p.tables[0].dedupe.action = ClusterAction::KeepFirst;
        p.tables[0].dedupe.rules << MatchRule{QStringLiteral("same name"),
                                              {MatchCondition{{QStringLiteral("name")}, MatchKind::Name, 0, {}}}};
        const RunSummary s = runProject(p, false);
        QVERIFY2(s.status == RunSummary::Status::Ok, qPrintable(s.error));
        QCOMPARE(s.clusters.size(), 1);
        QCOMPARE(s.clusters[0].rules, (QStringList{QStringLiteral("same e-mail"), QStringLiteral("same name")}));
        QCOMPARE(s.clusters[0].explanation, QStringLiteral("Rules \"same e-mail\" and \"same name\" matched rows 1, "
                                                           "3; kept 1, the first one read, and skipped 3."));
        QFile f(QDir(s.runDirectory).filePath(QStringLiteral("dedupe.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> lines = parseCsv(QString::fromUtf8(f.readAll()));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].join(QLatin1Char(',')),
                 QStringLiteral("table,source_key,decision,source_values,written_values,rules"));
        QCOMPARE(lines[1].value(1), QStringLiteral("3"));
        QCOMPARE(lines[1].value(2), QStringLiteral("skipped"));
        QCOMPARE(lines[1].value(5), QStringLiteral("same e-mail | same name"));
        const QJsonArray rules = s.toJson()[QStringLiteral("findings")][QStringLiteral("duplicateRules")].toArray();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules[1].toObject(), (QJsonObject{{QStringLiteral("source"), QStringLiteral("people")},
                                                   {QStringLiteral("target"), QStringLiteral("person")},
                                                   {QStringLiteral("rule"), QStringLiteral("same name")},
                                                   {QStringLiteral("clusters"), 1}}));
    }

    void keepMostRecentKeepsTheLaterRow()
    {
        QTemporaryDir tmp;
        Project p = peopleProject(tmp.path(), {});
        p.tables[0].dedupe.action = ClusterAction::KeepMostRecent;
        const RunSummary s = runProject(p, false);
        QCOMPARE(s.tables[0].inserted, qint64(4));
        QCOMPARE(s.tables[0].skipped, qint64(1));
        QCOMPARE(s.clusters.value(0).keptKey, QStringLiteral("3"));
        const QStringList rows = targetRows(p.target.database);
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.contains(QStringLiteral("3|\"ann lee\"|\" ANN@example.com \"|\"555-0199\"")));
    }

    void mergeFillsGapsFromTheOtherRow()
    {
        QTemporaryDir tmp;
        Project p = peopleProject(tmp.path(), {});
        p.tables[0].dedupe.action = ClusterAction::Merge; // default: first non-empty value per column
        const RunSummary s = runProject(p, false);
        QCOMPARE(s.tables[0].inserted, qint64(4));
        QCOMPARE(s.tables[0].skipped, qint64(1));
        // Row 1 keeps its own values and takes the phone only row 3 has.
        QCOMPARE(targetRows(p.target.database).value(0),
                 QStringLiteral("1|\"Ann Lee\"|\"ann@example.com\"|\"555-0199\""));
    }

    void matchesInTheTargetAreSkippedOrUpdated()
    {
        QTemporaryDir tmp;
        // The target already holds Dan under id 40, with an e-mail in other case.
        Project p = peopleProject(tmp.path(), QStringLiteral("(40, 'Daniel Ruiz', 'DAN@example.com', NULL, NULL)"));
        p.tables[0].dedupe.action = ClusterAction::KeepFirst;
        p.tables[0].dedupe.againstTarget = TargetAction::Skip;
        RunSummary s = runProject(p, true);
        QCOMPARE(s.tables[0].skipped, qint64(2)); // Ann's second row, and Dan who is already there
        QCOMPARE(s.tables[0].inserted, qint64(3));
        QCOMPARE(s.tables[0].duplicates, qint64(2));
        bool danMatched = false;
        for (const DuplicateCluster& c : s.clusters)
            danMatched =
                danMatched || (c.memberKeys == QStringList{QStringLiteral("5")} &&
                               c.targetKey == QStringLiteral("40") && c.action == QStringLiteral("target-skip"));
        QVERIFY(danMatched);

        p.tables[0].dedupe.againstTarget = TargetAction::Update;
        s = runProject(p, false);
        QVERIFY2(s.status == RunSummary::Status::Ok, qPrintable(s.error));
        QCOMPARE(s.tables[0].updated, qint64(1));
        QCOMPARE(s.tables[0].inserted, qint64(3));
        const QStringList rows = targetRows(p.target.database);
        QCOMPARE(rows.size(), 4); // 1, 2, 4 and Dan's row 40 updated in place
        QVERIFY(rows.contains(QStringLiteral("40|\"Dan Ruiz\"|\"dan@example.com\"|NULL")));
    }

    // What the duplicate rules skipped is not expected, and what they merged or matched in the target is
    // expected as it was written; without the run's record of it, the same target would not verify.
    void verifyKnowsWhatTheRulesDid_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("againstTarget");
        QTest::addColumn<qint64>("matched");
        QTest::addColumn<qint64>("extra");
        QTest::addColumn<qint64>("excluded");
        QTest::addColumn<qint64>("missingWithoutRecord");
        QTest::addColumn<qint64>("differentWithoutRecord");
        const int none = int(TargetAction::None);
        QTest::newRow("keep first") << int(ClusterAction::KeepFirst) << none << 4LL << 0LL << 1LL << 1LL << 0LL;
        QTest::newRow("keep most recent")
            << int(ClusterAction::KeepMostRecent) << none << 4LL << 0LL << 1LL << 1LL << 0LL;
        QTest::newRow("merge") << int(ClusterAction::Merge) << none << 4LL << 0LL << 1LL << 1LL << 1LL;
        QTest::newRow("flag") << int(ClusterAction::Flag) << none << 5LL << 0LL << 0LL << 0LL << 0LL;
        // Dan (source 5) is already in the target as row 40: skipped leaves row 40 as it was (extra: it
        // was there before the run); updated writes Dan's values into row 40.
        QTest::newRow("target skip") << int(ClusterAction::KeepFirst) << int(TargetAction::Skip) << 3LL << 1LL << 2LL
                                     << 2LL << 0LL;
        QTest::newRow("target update") << int(ClusterAction::KeepFirst) << int(TargetAction::Update) << 4LL << 0LL
                                       << 1LL << 2LL << 0LL;
    }
    void verifyKnowsWhatTheRulesDid()
    {
        QFETCH(int, action);
        QFETCH(int, againstTarget);
        QTemporaryDir tmp;
        Project p =
            peopleProject(tmp.path(), againstTarget == int(TargetAction::None)
                                          ? QString()
                                          : QStringLiteral("(40, 'Daniel Ruiz', 'DAN@example.com', NULL, NULL)"));
        p.options.outputDirectory = tmp.filePath(QStringLiteral("runs"));
        p.tables[0].dedupe.action = ClusterAction(action);
        p.tables[0].dedupe.againstTarget = TargetAction(againstTarget);
        const RunSummary s = runProject(p, false);
        QVERIFY2(s.status == RunSummary::Status::Ok, qPrintable(s.error));

        VerifyResult v = Verifier(p, {}).run();
        QVERIFY2(v.failure == VerifyFailure::None, qPrintable(v.error));
        const VerifyTableResult& t = v.tables.value(0);
        QTEST(t.matched, "matched");
        QTEST(t.extra, "extra");
        QTEST(t.excluded, "excluded");
        QCOMPARE(t.missing, qint64(0));
        QCOMPARE(t.different, qint64(0));
        QCOMPARE(v.decisionsFile.isEmpty(),
                 s.tables[0].skipped == 0 && s.tables[0].updated == 0 && ClusterAction(action) != ClusterAction::Merge);

        // The same target without the run's record of its decisions.
        QFile::remove(QDir(s.runDirectory).filePath(QStringLiteral("dedupe.csv")));
        v = Verifier(p, {}).run();
        QVERIFY2(v.failure == VerifyFailure::None, qPrintable(v.error));
        QTEST(v.tables.value(0).missing, "missingWithoutRecord");
        QTEST(v.tables.value(0).different, "differentWithoutRecord");
    }

    void aDamagedDecisionFileStopsVerify()
    {
        QTemporaryDir tmp;
        Project p = peopleProject(tmp.path(), {});
        p.options.outputDirectory = tmp.filePath(QStringLiteral("runs"));
        p.tables[0].dedupe.action = ClusterAction::KeepFirst;
        const RunSummary s = runProject(p, false);
        QFile f(QDir(s.runDirectory).filePath(QStringLiteral("dedupe.csv")));
        QVERIFY(f.open(QIODevice::Append));
        f.write("person,9,written,9,[not json\n");
        f.close();
        const VerifyResult v = Verifier(p, {}).run();
        QCOMPARE(v.failure, VerifyFailure::Run);
        QVERIFY2(v.error.contains(QLatin1String("dedupe.csv, line 3")), qPrintable(v.error));
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
