// The plan, read without a database (schemas come from a fake provider — the fake is the point):
// parents run before children, every problem names its project path, and the SQL is what we expect.
#include "common/plan_errors.h"
#include "engine/plan.h"

#include <QTest>

using namespace ferry;
using ferry::test::errorsOf;

namespace {

ColumnInfo column(const QString& name, ColumnType type, bool nullable = true, bool autoIncrement = false)
{
    ColumnInfo c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    c.autoIncrement = autoIncrement;
    if (type == ColumnType::Text)
        c.length = 100;
    return c;
}

class FakeSchema : public SchemaProvider {
public:
    QList<TableInfo> tables;
    std::optional<TableInfo> table(const QString& name) override
    {
        for (const TableInfo& t : tables)
            if (t.name.compare(name, Qt::CaseInsensitive) == 0)
                return t;
        return std::nullopt;
    }
    QList<ResultColumn> queryColumns(const QString& sql) override
    {
        if (sql.contains(QLatin1String("broken")))
            throw DbError(QStringLiteral("syntax error at or near \"broken\""), QStringLiteral("42601"));
        return {ResultColumn{QStringLiteral("id"), ColumnType::Integer, 0, 0, 0},
                ResultColumn{QStringLiteral("name"), ColumnType::Text, 0, 0, 0}};
    }
};

FieldMapping field(const QString& target, const QString& source, QList<TransformSpec> transforms = {})
{
    FieldMapping f;
    f.target = target;
    f.sources = {source};
    f.transforms = std::move(transforms);
    return f;
}

struct Fixture {
    FakeSchema source, target;
    Project project;
    Fixture()
    {
        TableInfo accounts{QString(),
                           QStringLiteral("accounts"),
                           false,
                           {column(QStringLiteral("acct_id"), ColumnType::Integer),
                            column(QStringLiteral("company"), ColumnType::Text)},
                           {QStringLiteral("acct_id")},
                           {},
                           {},
                           qint64(400),
                           {}};
        TableInfo contacts{QString(),
                           QStringLiteral("contacts"),
                           false,
                           {column(QStringLiteral("cont_id"), ColumnType::Integer),
                            column(QStringLiteral("acct_id"), ColumnType::Integer),
                            column(QStringLiteral("full_name"), ColumnType::Text)},
                           {QStringLiteral("cont_id")},
                           {},
                           {},
                           std::nullopt,
                           {}};
        source.tables = {accounts, contacts};
        TableInfo account{QString(),
                          QStringLiteral("account"),
                          false,
                          {column(QStringLiteral("id"), ColumnType::Integer, false, true),
                           column(QStringLiteral("legacy_id"), ColumnType::Integer, false),
                           column(QStringLiteral("name"), ColumnType::Text, false)},
                          {QStringLiteral("id")},
                          {},
                          {},
                          std::nullopt,
                          {}};
        TableInfo contact{QString(),
                          QStringLiteral("contact"),
                          false,
                          {column(QStringLiteral("id"), ColumnType::Integer, false, true),
                           column(QStringLiteral("legacy_id"), ColumnType::Integer, false),
                           column(QStringLiteral("account_id"), ColumnType::Integer),
                           column(QStringLiteral("last_name"), ColumnType::Text, false)},
                          {QStringLiteral("id")},
                          {},
                          {ForeignKey{QStringLiteral("fk"),
                                      {QStringLiteral("account_id")},
                                      QStringLiteral("account"),
                                      {QStringLiteral("id")}}},
                          std::nullopt,
                          {}};
        target.tables = {account, contact};

        // Children first on purpose: the plan must reorder.
        TableMapping c;
        c.source = QStringLiteral("contacts");
        c.target = QStringLiteral("contact");
        c.mode = WriteMode::Upsert;
        c.keys = {QStringLiteral("legacy_id")};
        c.fields = {field(QStringLiteral("legacy_id"), QStringLiteral("cont_id")),
                    field(QStringLiteral("account_id"), QStringLiteral("acct_id"),
                          {TransformSpec{QStringLiteral("lookup"),
                                         QJsonObject{{QStringLiteral("table"), QStringLiteral("account")},
                                                     {QStringLiteral("match"), QStringLiteral("legacy_id")},
                                                     {QStringLiteral("return"), QStringLiteral("id")}}}}),
                    field(QStringLiteral("last_name"), QStringLiteral("full_name"),
                          {TransformSpec{QStringLiteral("split-name"),
                                         QJsonObject{{QStringLiteral("part"), QStringLiteral("last")}}}})};
        TableMapping a;
        a.source = QStringLiteral("accounts");
        a.target = QStringLiteral("account");
        a.fields = {
            field(QStringLiteral("legacy_id"), QStringLiteral("acct_id")),
            field(QStringLiteral("name"), QStringLiteral("company"), {TransformSpec{QStringLiteral("trim"), {}}})};
        project.tables = {c, a};
    }
    std::variant<Plan, QList<PlanError>> build() { return buildPlan(project, source, target); }
};

} // namespace

class TestPlan : public QObject {
    Q_OBJECT
private slots:
    void parentsRunBeforeChildren()
    {
        Fixture f;
        auto r = f.build();
        QVERIFY2(std::holds_alternative<Plan>(r), qPrintable(errorsOf(r).join(QLatin1Char('\n'))));
        const Plan& plan = std::get<Plan>(r);
        QCOMPARE(plan.tables.size(), 2);
        QCOMPARE(plan.tables[0].target.name, QStringLiteral("account"));
        QCOMPARE(plan.tables[1].target.name, QStringLiteral("contact"));
        QCOMPARE(plan.tables[1].projectIndex, 0);
    }
    void readsOnlyMappedColumnsOnce()
    {
        Fixture f;
        const Plan plan = std::get<Plan>(f.build());
        const TablePlan& contact = plan.tables[1];
        QCOMPARE(contact.sourceSql, QStringLiteral("SELECT \"cont_id\", \"acct_id\", \"full_name\" FROM \"contacts\""));
        QCOMPARE(contact.sourceColumns,
                 (QStringList{QStringLiteral("cont_id"), QStringLiteral("acct_id"), QStringLiteral("full_name")}));
        QCOMPARE(contact.keyFields, QList<int>{0});
        QCOMPARE(contact.sourceKeyIndex, 0); // the key's source column names rejected rows
        QCOMPARE(contact.fields[1].chain->lookups().size(), 1);
        QCOMPARE(plan.tables[0].sourceKeyIndex, 0); // the source primary key when there are no keys
        QCOMPARE(plan.tables[0].sourceRowEstimate, std::optional<qint64>(400)); // for progress and ETA
        QCOMPARE(contact.sourceRowEstimate, std::optional<qint64>());
    }
    void unknownNamesAreReportedWithTheirPath()
    {
        Fixture f;
        f.project.tables[0].fields[2].sources = {QStringLiteral("fullname")};
        f.project.tables[1].fields[0].target = QStringLiteral("legacyid");
        f.project.tables[1].fields[1].transforms = {TransformSpec{QStringLiteral("uppercse"), {}}};
        const QStringList errors = errorsOf(f.build());
        QVERIFY2(errors.contains(QStringLiteral("tables[0].fields[2].source: column \"fullname\" not found in table "
                                                "\"contacts\" (did you mean \"full_name\"?)")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(errors.contains(
            QStringLiteral("tables[1].fields[0].target: column \"legacyid\" not found in table \"account\" "
                           "(did you mean \"legacy_id\"?)")));
        bool transformNamed = false;
        for (const QString& e : errors)
            transformNamed |= e.startsWith(QLatin1String("tables[1].fields[1].transforms[0]")) &&
                              e.contains(QLatin1String("uppercse"));
        QVERIFY2(transformNamed, qPrintable(errors.join(QLatin1Char('\n'))));
    }
    void lookupsKeysAndRulesAreResolved()
    {
        Fixture f;
        QJsonObject& lookup = f.project.tables[0].fields[1].transforms[0].params;
        lookup.insert(QStringLiteral("match"), QStringLiteral("legacyid"));
        lookup.insert(QStringLiteral("return"), QStringLiteral("ID")); // the fake compares names without case
        f.project.tables[0].keys = {QStringLiteral("account_id"), QStringLiteral("id")};
        f.project.tables[0].dedupe.rules = {MatchRule{
            QStringLiteral("same name"), {MatchCondition{{QStringLiteral("last_nme")}, MatchKind::Name, 0, {}}}}};
        QCOMPARE(
            errorsOf(f.build()),
            (QStringList{QStringLiteral("tables[0].keys[1]: column \"id\" is not the target of any field in this "
                                        "table"),
                         QStringLiteral("tables[0].dedupe.rules[0].match[0].column: column \"last_nme\" not found "
                                        "in table \"contact\" (did you mean \"last_name\"?)"),
                         QStringLiteral("tables[0].fields[1].transforms[0].match: column \"legacyid\" not found in "
                                        "table \"account\" (did you mean \"legacy_id\"?)")}));
        lookup.insert(QStringLiteral("table"), QStringLiteral("acount"));
        f.project.tables[0].keys = {QStringLiteral("legacy_id")};
        f.project.tables[0].dedupe = {};
        QCOMPARE(errorsOf(f.build()), QStringList{QStringLiteral("tables[0].fields[1].transforms[0].table: table "
                                                                 "\"acount\" does not exist in the target database")});
    }
    void requiredTargetColumnsMustBeMapped()
    {
        Fixture f;
        f.project.tables[0].fields.removeLast();
        const QStringList errors = errorsOf(f.build());
        QCOMPARE(errors, QStringList{QStringLiteral("tables[0]: target column \"last_name\" is required (NOT NULL, "
                                                    "no default) but nothing is mapped to it")});
    }
    void missingTablesAndBrokenQueries()
    {
        Fixture f;
        f.project.tables[0].target = QStringLiteral("contacts_v2");
        f.project.tables[1].source.clear();
        f.project.tables[1].query = QStringLiteral("SELECT broken");
        const QStringList errors = errorsOf(f.build());
        QVERIFY(errors.contains(QStringLiteral("tables[0].target: table \"contacts_v2\" does not exist in the target "
                                               "database")));
        QVERIFY(
            errors.contains(QStringLiteral("tables[1].query: the query fails: syntax error at or near \"broken\"")));
    }
    void constantErrorsPointAtTheConstant()
    {
        Fixture f;
        FieldMapping constant;
        constant.target = QStringLiteral("name");
        constant.constant = QJsonValue(QStringLiteral("ACME"));
        constant.transforms = {TransformSpec{QStringLiteral("truncate"), QJsonObject{}}};
        f.project.tables[1].fields[1] = constant;
        const QStringList errors = errorsOf(f.build());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].startsWith(QLatin1String("tables[1].fields[1].transforms[0]")), qPrintable(errors[0]));
    }
    void cyclesKeepProjectOrderWithAWarning()
    {
        TableInfo a{
            QString(), QStringLiteral("a"), false, {}, {}, {}, {ForeignKey{{}, {}, QStringLiteral("b"), {}}}, {}, {}};
        TableInfo b{
            QString(), QStringLiteral("b"), false, {}, {}, {}, {ForeignKey{{}, {}, QStringLiteral("a"), {}}}, {}, {}};
        TableInfo c{QString(), QStringLiteral("c"), false, {}, {}, {}, {}, {}, {}};
        QStringList warnings;
        QCOMPARE(parentFirstOrder({a, b, c}, &warnings), (QList<int>{2, 0, 1}));
        QCOMPARE(warnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
