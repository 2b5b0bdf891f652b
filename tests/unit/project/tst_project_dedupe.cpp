// The "dedupe" object of a table mapping: what loads, what is refused (exact path and message), and that
// saving writes it back so it loads to the same rules.
#include "project/project_file.h"

#include <QDir>
#include <QTest>

using namespace ferry;

namespace {

// A project whose one table maps email, first_name, last_name, phone and updated_at; `dedupe` is spliced in.
QByteArray projectWith(const QByteArray& dedupe, const QByteArray& keys = "[\"email\"]")
{
    return R"({"formatVersion": 1, "source": {"type": "sqlite", "file": "a"}, "target": {"type": "sqlite", "file": "b"},
      "tables": [{"source": "contacts", "target": "contact", "mode": "insert", "keys": )" +
           keys + R"(, "fields": [
        {"target": "email", "source": "e_mail"}, {"target": "first_name", "source": "fn"},
        {"target": "last_name", "source": "ln"}, {"target": "phone", "source": "tel"},
        {"target": "updated_at", "source": "changed"}], "dedupe": )" +
           dedupe + "}]}";
}

} // namespace

class TestProjectDedupe : public QObject {
    Q_OBJECT

private slots:
    void loadsRulesActionsAndSurvivorship()
    {
        ProjectError error;
        const std::optional<Project> p = ProjectFile::fromJson(projectWith(R"({
            "rules": [{"name": "same e-mail", "match": [{"column": "EMAIL", "kind": "email"}]},
                      {"match": [{"columns": ["first_name", "last_name"], "kind": "name", "fuzzy": 0.9},
                                 {"column": "phone", "kind": "phone", "region": "DE"}]}],
            "action": "merge", "recentColumn": "updated_at",
            "survivorship": {"default": "longest", "phone": "most-recent"},
            "againstTarget": "update", "maxBlockSize": 500})"),
                                                               QDir::tempPath(), &error);
        QVERIFY2(p, qPrintable(error.toString()));
        const DedupeConfig& d = p->tables[0].dedupe;
        QCOMPARE(d.rules.size(), 2);
        QCOMPARE(d.rules[0].name, QStringLiteral("same e-mail"));
        QCOMPARE(d.rules[0].all[0].columns, QStringList{QStringLiteral("email")}); // spelt as the field's target
        QCOMPARE(d.rules[0].all[0].kind, MatchKind::Email);
        QCOMPARE(d.rules[1].name, QStringLiteral("rule 2"));
        QCOMPARE(d.rules[1].all[0].columns, (QStringList{QStringLiteral("first_name"), QStringLiteral("last_name")}));
        QCOMPARE(d.rules[1].all[0].fuzzy, 0.9);
        QCOMPARE(d.rules[1].all[1].region, QStringLiteral("DE"));
        QCOMPARE(d.action, ClusterAction::Merge);
        QCOMPARE(d.defaultSurvivorship, Survivorship::Longest);
        QCOMPARE(d.survivorship.value(QStringLiteral("phone")), Survivorship::MostRecent);
        QCOMPARE(d.againstTarget, TargetAction::Update);
        QCOMPARE(d.maxBlockSize, 500);

        // Saved and loaded again: the same rules.
        const QByteArray saved = ProjectFile::toJson(*p, QDir::tempPath());
        QVERIFY(saved.contains("\"dedupe\""));
        const std::optional<Project> again = ProjectFile::fromJson(saved, QDir::tempPath(), &error);
        QVERIFY2(again, qPrintable(error.toString()));
        QCOMPARE(again->tables[0].dedupe, d);
    }

    void tablesWithoutRulesSaveNoDedupe()
    {
        const std::optional<Project> p =
            ProjectFile::fromJson(projectWith(R"({"rules": [{"match": [{"column": "email", "kind": "email"}]}]})"),
                                  QDir::tempPath(), nullptr);
        QVERIFY(p);
        Project copy = *p;
        copy.tables[0].dedupe = {};
        QVERIFY(!ProjectFile::toJson(copy, QDir::tempPath()).contains("dedupe"));
    }

    void badRulesAreRefusedWithPathAndReason_data()
    {
        QTest::addColumn<QByteArray>("dedupe");
        QTest::addColumn<QByteArray>("keys");
        QTest::addColumn<QString>("error");
        const QByteArray email = "[\"email\"]";
        QTest::newRow("not an object") << QByteArray("[]") << email
                                       << "tables[0].dedupe: must be an object (of duplicate rules), got an array";
        QTest::newRow("no rules") << QByteArray("{}") << email
                                  << "tables[0].dedupe.rules: missing; expected an array of match rules";
        QTest::newRow("empty rules")
            << QByteArray(R"({"rules": []})") << email
            << "tables[0].dedupe.rules: must hold at least one rule (leave \"dedupe\" out for none)";
        QTest::newRow("unmapped column")
            << QByteArray(R"({"rules": [{"match": [{"column": "emial"}]}]})") << email
            << "tables[0].dedupe.rules[0].match[0].column: \"emial\" is not the target of any field in this table "
               "(did you mean \"email\"?)";
        QTest::newRow("unknown kind")
            << QByteArray(R"({"rules": [{"match": [{"column": "email", "kind": "mail"}]}]})") << email
            << "tables[0].dedupe.rules[0].match[0].kind: unknown value \"mail\" (did you mean \"email\"?)";
        QTest::newRow("fuzzy out of range")
            << QByteArray(R"({"rules": [{"match": [{"column": "last_name", "kind": "name", "fuzzy": 1.5}]}]})") << email
            << "tables[0].dedupe.rules[0].match[0].fuzzy: must be a similarity above 0 and at most 1 (such as "
               "0.92), got 1.5";
        QTest::newRow("fuzzy phone")
            << QByteArray(R"({"rules": [{"match": [{"column": "phone", "kind": "phone", "fuzzy": 0.9}]}]})") << email
            << "tables[0].dedupe.rules[0].match[0].fuzzy: fuzzy matching is for names, companies and free text; "
               "phone keys match exactly";
        QTest::newRow("column and columns")
            << QByteArray(R"({"rules": [{"match": [{"column": "email", "columns": ["email"]}]}]})") << email
            << "tables[0].dedupe.rules[0].match[0]: needs either \"column\" or \"columns\" (one of them)";
        QTest::newRow("most recent without column")
            << QByteArray(R"({"rules": [{"match": [{"column": "email"}]}], "action": "keep-most-recent"})") << email
            << "tables[0].dedupe.recentColumn: missing; \"most recent\" needs the target column that says when a "
               "row changed";
        QTest::newRow("survivorship without merge")
            << QByteArray(R"({"rules": [{"match": [{"column": "email"}]}], "survivorship": {"default": "longest"}})")
            << email << "tables[0].dedupe.survivorship: survivorship applies only when \"action\" is \"merge\"";
        QTest::newRow("update without keys")
            << QByteArray(R"({"rules": [{"match": [{"column": "email"}]}], "againstTarget": "update"})")
            << QByteArray("[]")
            << "tables[0].dedupe.againstTarget: \"update\" needs the table's \"keys\": the target columns that "
               "identify the row to update";
        QTest::newRow("misspelt key") << QByteArray(R"({"rules": [{"match": [{"column": "email"}]}], "acton": "flag"})")
                                      << email << "tables[0].dedupe.acton: unknown key (did you mean \"action\"?)";
    }
    void badRulesAreRefusedWithPathAndReason()
    {
        QFETCH(QByteArray, dedupe);
        QFETCH(QByteArray, keys);
        QFETCH(QString, error);
        ProjectError e;
        QVERIFY(!ProjectFile::fromJson(projectWith(dedupe, keys), QDir::tempPath(), &e));
        QCOMPARE(e.toString(), error);
    }
};

QTEST_GUILESS_MAIN(TestProjectDedupe)
#include "tst_project_dedupe.moc"
