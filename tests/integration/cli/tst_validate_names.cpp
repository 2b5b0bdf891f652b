// `ferry-cli validate` resolves every name a run would use against the real databases (PostgreSQL and
// MariaDB through ODBC, SQLite): source and target tables, field columns, keys, the columns of duplicate
// rules and a lookup's table, match and return columns. Each planted mistake comes back with its project
// path and the nearest real name, and the dry run stops with the same message before it reads a row.
// Names are compared as each database compares them: PostgreSQL exactly (a table may hold "Code" and
// code), MariaDB and SQLite without case.
#include "common/dbfixture.h"
#include "common/plan_errors.h"
#include "engine/plan.h"
#include "project/project_file.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace ferry;
using namespace ferry::test;

Q_DECLARE_METATYPE(ferry::test::Db)

namespace {

using Plant = std::function<void(Project&)>;

struct Result {
    int exitCode = -1;
    QByteArray out, err;
};

Result cli(const QStringList& args)
{
    QProcess p;
    p.start(qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry-cli"), args);
    if (!p.waitForFinished(120000))
        qFatal("ferry-cli did not finish");
    return Result{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// The tables of one database: a source of contacts, target accounts (the lookup's table) and contacts.
struct Tables {
    Db db = Db::SqliteQt;
    QString sqliteFile;
    QString source = uniqueTable(QStringLiteral("vsrc"));
    QString accounts = uniqueTable(QStringLiteral("vacc"));
    QString contacts = uniqueTable(QStringLiteral("vcon"));

    // How messages name a table: PostgreSQL's with its schema.
    QString label(const QString& table) const { return db == Db::Postgres ? QStringLiteral("public.") + table : table; }
    ConnectionProfile profile() const
    {
        ConnectionProfile p = profileFor(db, sqliteFile);
        p.initSql.clear(); // the file exists
        return p;
    }
    std::unique_ptr<Connection> open() const { return openDb(db, sqliteFile); }

    void create() const
    {
        auto c = open();
        c->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, full_name VARCHAR(40), company "
                                  "VARCHAR(40), email VARCHAR(80))")
                       .arg(source));
        c->execute(QStringLiteral("INSERT INTO %1 VALUES (1, 'Ann Lee', 'Acme', 'ann@example.com'), (2, 'Bo Chan', "
                                  "'Globex', 'bo@example.com'), (3, 'Ann Lee', 'Acme', 'ANN@example.com')")
                       .arg(source));
        c->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name VARCHAR(40))").arg(accounts));
        c->execute(QStringLiteral("INSERT INTO %1 VALUES (1, 'Acme'), (2, 'Globex')").arg(accounts));
        c->execute(QStringLiteral("CREATE TABLE %1 (legacy_id INTEGER PRIMARY KEY, name VARCHAR(40), account_id "
                                  "INTEGER, email VARCHAR(80), updated_at VARCHAR(30))")
                       .arg(contacts));
    }
    void drop() const
    {
        auto c = open();
        for (const QString& t : {source, accounts, contacts})
            dropTable(*c, t);
    }

    // contacts → contacts by legacy_id; the company becomes the account id through a lookup; rows with
    // the same e-mail are one customer.
    Project project() const
    {
        Project p;
        p.name = QStringLiteral("names");
        p.source = profile();
        p.target = profile();
        TableMapping t;
        t.source = source;
        t.target = contacts;
        t.mode = WriteMode::Upsert;
        t.keys = {QStringLiteral("legacy_id")};
        t.fields = identityFields({QStringLiteral("legacy_id"), QStringLiteral("name"), QStringLiteral("email"),
                                   QStringLiteral("account_id")});
        t.fields[0].sources = {QStringLiteral("id")};
        t.fields[1].sources = {QStringLiteral("full_name")};
        t.fields[3].sources = {QStringLiteral("company")};
        t.fields[3].transforms = {
            TransformSpec{QStringLiteral("lookup"), QJsonObject{{QStringLiteral("table"), accounts},
                                                                {QStringLiteral("match"), QStringLiteral("name")},
                                                                {QStringLiteral("return"), QStringLiteral("id")}}}};
        t.dedupe.rules = {MatchRule{QStringLiteral("same e-mail"),
                                    {MatchCondition{{QStringLiteral("email")}, MatchKind::Email, 0, {}}}}};
        t.dedupe.action = ClusterAction::KeepFirst;
        p.tables = {t};
        return p;
    }
};

void setLookup(Project& p, const QString& param, const QString& value)
{
    p.tables[0].fields[3].transforms[0].params.insert(param, value);
}

// "path: message" of every problem validate --json reports.
QStringList validateErrors(const QString& projectFile, int* exitCode)
{
    const Result r = cli({QStringLiteral("validate"), projectFile, QStringLiteral("--json")});
    *exitCode = r.exitCode;
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QStringList out;
    for (const QJsonValue& e : o.value(QStringLiteral("errors")).toArray())
        out << e[QStringLiteral("path")].toString() + QStringLiteral(": ") + e[QStringLiteral("message")].toString();
    if (o.value(QStringLiteral("status")).toString() !=
        (out.isEmpty() ? QLatin1String("ok") : QLatin1String("invalid")))
        out << QStringLiteral("unexpected output: ") + QString::fromUtf8(r.out + r.err);
    return out;
}

QStringList planErrors(const Project& project)
{
    auto source = openConnection(project.source, QStringLiteral("ferry"));
    auto target = openConnection(project.target, QStringLiteral("ferry"));
    ConnectionSchemaProvider s(*source), t(*target);
    return errorsOf(buildPlan(project, s, t));
}

} // namespace

class TestValidateNames : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QMap<Db, Tables> tables_;

    const Tables& tablesOf(Db db) { return tables_[db]; }
    QString save(const Project& p, const QString& name)
    {
        const QString path = QDir(dir_.path()).filePath(name + QStringLiteral(".ferry.json"));
        QString error;
        if (!ProjectFile::save(p, path, &error))
            qFatal("cannot save %s: %s", qPrintable(path), qPrintable(error));
        return path;
    }

    static void plantColumns()
    {
        QTest::addColumn<Db>("db");
        QTest::addColumn<Plant>("plant");
        QTest::addColumn<QStringList>("expected");
    }
    static QTestData& plantRow(Db db, const char* what)
    {
        return QTest::newRow(qPrintable(dbName(db) + QLatin1Char('/') + QLatin1String(what)));
    }
    static void eachDatabase()
    {
        QTest::addColumn<Db>("db");
        for (Db db : {Db::Postgres, Db::MariaDB, Db::SqliteQt})
            QTest::newRow(qPrintable(dbName(db))) << db;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        for (Db db : {Db::Postgres, Db::MariaDB, Db::SqliteQt}) {
            Tables t;
            t.db = db;
            t.sqliteFile = QDir(dir_.path()).filePath(QStringLiteral("names.sqlite"));
            if (db == Db::SqliteQt)
                openDb(db, t.sqliteFile); // creates the file
            t.create();
            tables_.insert(db, t);
        }
    }
    void cleanupTestCase()
    {
        for (const Tables& t : std::as_const(tables_))
            t.drop();
    }

    void correctProjectValidatesAndDryRuns_data() { eachDatabase(); }
    void correctProjectValidatesAndDryRuns()
    {
        QFETCH(Db, db);
        const Tables& t = tablesOf(db);
        const QString path = save(t.project(), QStringLiteral("clean-") + dbName(db));
        int exitCode = -1;
        QCOMPARE(validateErrors(path, &exitCode), QStringList());
        QCOMPARE(exitCode, 0);
        // The lookups resolve on the real tables: no row is rejected, one duplicate e-mail is skipped.
        const Result dry = cli({QStringLiteral("dry-run"), path, QStringLiteral("--json")});
        const QJsonObject table = QJsonDocument::fromJson(dry.out)[QStringLiteral("tables")][0].toObject();
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QCOMPARE(table.value(QStringLiteral("inserted")).toInt(), 2);
        QCOMPARE(table.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(table.value(QStringLiteral("rejected")).toInt(), 0);
    }

    void plantedNamesAreNamed_data()
    {
        plantColumns();
        for (Db db : {Db::Postgres, Db::MariaDB, Db::SqliteQt}) {
            const Tables& t = tablesOf(db);
            const QString acc = t.accounts, con = t.contacts, src = t.source;
            auto row = [db](const char* what) -> QTestData& { return plantRow(db, what); };
            const QString step = QStringLiteral("tables[0].fields[3].transforms[0].");
            row("lookup table") << db << Plant([=](Project& p) {
                setLookup(p, QStringLiteral("table"), acc + QLatin1Char('s'));
            })
                                << QStringList{step + QStringLiteral("table: table \"%1s\" does not exist in the "
                                                                     "target database (did you mean \"%1\"?)")
                                                          .arg(acc)};
            row("lookup match column")
                << db << Plant([](Project& p) { setLookup(p, QStringLiteral("match"), QStringLiteral("nme")); })
                << QStringList{step + QStringLiteral("match: column \"nme\" not found in table \"%1\" (did you mean "
                                                     "\"name\"?)")
                                          .arg(t.label(acc))};
            row("lookup return column")
                << db << Plant([](Project& p) { setLookup(p, QStringLiteral("return"), QStringLiteral("idd")); })
                << QStringList{step + QStringLiteral("return: column \"idd\" not found in table \"%1\" (did you mean "
                                                     "\"id\"?)")
                                          .arg(t.label(acc))};
            row("source table") << db << Plant([=](Project& p) { p.tables[0].source = src + QLatin1Char('x'); })
                                << QStringList{QStringLiteral("tables[0].source: table \"%1x\" does not exist in the "
                                                              "source database (did you mean \"%1\"?)")
                                                   .arg(src)};
            row("source column") << db << Plant([](Project& p) {
                p.tables[0].fields[1].sources = {QStringLiteral("ful_name")};
            })
                                 << QStringList{QStringLiteral("tables[0].fields[1].source: column \"ful_name\" not "
                                                               "found in table \"%1\" (did you mean \"full_name\"?)")
                                                    .arg(t.label(src))};
            // The same typo in the field and in the rule that compares it: one message, at the field.
            row("target column named by a rule")
                << db << Plant([](Project& p) {
                       p.tables[0].fields[2].target = QStringLiteral("emial");
                       p.tables[0].dedupe.rules[0].all[0].columns = {QStringLiteral("emial")};
                   })
                << QStringList{QStringLiteral("tables[0].fields[2].target: column \"emial\" not found in table \"%1\" "
                                              "(did you mean \"email\"?)")
                                   .arg(t.label(con))};
            // The project reader already refuses a key or a rule column that no field writes.
            row("key column") << db << Plant([](Project& p) { p.tables[0].keys = {QStringLiteral("legacy_idd")}; })
                              << QStringList{QStringLiteral("tables[0].keys[0]: \"legacy_idd\" is not the target of "
                                                            "any field in this table (did you mean \"legacy_id\"?)")};
            row("dedupe column") << db << Plant([](Project& p) {
                p.tables[0].dedupe.rules[0].all[0].columns = {QStringLiteral("emial")};
            })
                                 << QStringList{QStringLiteral(
                                        "tables[0].dedupe.rules[0].match[0].column: \"emial\" is not the target "
                                        "of any field in this table (did you mean \"email\"?)")};
            row("every problem at once")
                << db << Plant([=](Project& p) {
                       setLookup(p, QStringLiteral("table"), acc + QLatin1Char('s'));
                       setLookup(p, QStringLiteral("return"), QStringLiteral("idd"));
                       p.tables[0].fields[1].sources = {QStringLiteral("ful_name")};
                   })
                << QStringList{QStringLiteral("tables[0].fields[1].source: column \"ful_name\" not found in table "
                                              "\"%1\" (did you mean \"full_name\"?)")
                                   .arg(t.label(src)),
                               step + QStringLiteral("table: table \"%1s\" does not exist in the target database (did "
                                                     "you mean \"%1\"?)")
                                          .arg(acc)};
            // Case: PostgreSQL keeps a quoted name's case, MariaDB and SQLite compare column names without it.
            row("lookup column in other case")
                << db << Plant([](Project& p) { setLookup(p, QStringLiteral("match"), QStringLiteral("NAME")); })
                << (db == Db::Postgres ? QStringList{step + QStringLiteral("match: column \"NAME\" not found in table "
                                                                           "\"%1\" (did you mean \"name\"?)")
                                                                .arg(t.label(acc))}
                                       : QStringList());
        }
    }
    void plantedNamesAreNamed()
    {
        QFETCH(Db, db);
        QFETCH(Plant, plant);
        QFETCH(QStringList, expected);
        Project p = tablesOf(db).project();
        plant(p);
        const QString path = save(p, QStringLiteral("planted"));
        int exitCode = -1;
        QCOMPARE(validateErrors(path, &exitCode), expected);
        QCOMPARE(exitCode, expected.isEmpty() ? 0 : 2); // README "Exit codes": 2 for a bad project
    }

    // The dry run stops with validate's message, before it reads a row or creates a run folder; the
    // driver's own "column does not exist" never reaches the user.
    void dryRunStopsWithTheSameMessage_data() { eachDatabase(); }
    void dryRunStopsWithTheSameMessage()
    {
        QFETCH(Db, db);
        const Tables& t = tablesOf(db);
        QTemporaryDir runDir;
        Project p = t.project();
        p.options.outputDirectory = runDir.path() + QStringLiteral("/runs");
        setLookup(p, QStringLiteral("return"), QStringLiteral("idd"));
        const QString path = save(p, QStringLiteral("dry-") + dbName(db));
        const QString message = QStringLiteral("tables[0].fields[3].transforms[0].return: column \"idd\" not found "
                                               "in table \"%1\" (did you mean \"id\"?)")
                                    .arg(t.label(t.accounts));
        const Result validate = cli({QStringLiteral("validate"), path});
        QCOMPARE(validate.exitCode, 2);
        QCOMPARE(QString::fromUtf8(validate.err), path + QStringLiteral(": ") + message + QLatin1Char('\n'));
        const Result dry = cli({QStringLiteral("dry-run"), path});
        QCOMPARE(dry.exitCode, 2);
        QCOMPARE(QString::fromUtf8(dry.err), message + QLatin1Char('\n'));
        QVERIFY(!QFileInfo::exists(p.options.outputDirectory));
    }

    // A project the wizard builds never passes the file reader: the plan itself checks keys and rule
    // columns against the target table.
    void unreadProjectsAreCheckedByThePlan_data()
    {
        plantColumns();
        for (Db db : {Db::Postgres, Db::MariaDB, Db::SqliteQt}) {
            const Tables& t = tablesOf(db);
            const QString con = t.label(t.contacts);
            auto row = [db](const char* what) -> QTestData& { return plantRow(db, what); };
            row("key column") << db << Plant([](Project& p) { p.tables[0].keys = {QStringLiteral("legacy_idd")}; })
                              << QStringList{QStringLiteral("tables[0].keys[0]: column \"legacy_idd\" not found in "
                                                            "table \"%1\" (did you mean \"legacy_id\"?)")
                                                 .arg(con)};
            row("dedupe column") << db << Plant([](Project& p) {
                p.tables[0].dedupe.rules[0].all[0].columns = {QStringLiteral("emial")};
            })
                                 << QStringList{
                                        QStringLiteral(
                                            "tables[0].dedupe.rules[0].match[0].column: column \"emial\" not found in "
                                            "table \"%1\" (did you mean \"email\"?)")
                                            .arg(con)};
            row("recent column not written")
                << db << Plant([](Project& p) { p.tables[0].dedupe.recentColumn = QStringLiteral("updated_at"); })
                << QStringList{
                       QStringLiteral("tables[0].dedupe.recentColumn: column \"updated_at\" is not the target of "
                                      "any field in this table")};
            row("key in other case") << db
                                     << Plant([](Project& p) { p.tables[0].keys = {QStringLiteral("Legacy_Id")}; })
                                     << (db == Db::Postgres
                                             ? QStringList{QStringLiteral("tables[0].keys[0]: column \"Legacy_Id\" not "
                                                                          "found in table \"%1\" (did you mean "
                                                                          "\"legacy_id\"?)")
                                                               .arg(con)}
                                             : QStringList());
        }
    }
    void unreadProjectsAreCheckedByThePlan()
    {
        QFETCH(Db, db);
        QFETCH(Plant, plant);
        QFETCH(QStringList, expected);
        Project p = tablesOf(db).project();
        plant(p);
        QCOMPARE(planErrors(p), expected);
    }

    // PostgreSQL: "Code" and code are two columns; each name resolves to its own, never to its namesake.
    void postgresNamesDifferingInCaseStayApart()
    {
        const QString source = uniqueTable(QStringLiteral("vcase_src")), target = uniqueTable(QStringLiteral("vcase"));
        auto c = openDb(Db::Postgres);
        c->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, \"Code\" VARCHAR(10), code VARCHAR(10))")
                       .arg(source));
        c->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, \"Code\" VARCHAR(10), code VARCHAR(10))")
                       .arg(target));
        Project p;
        p.source = p.target = profileFor(Db::Postgres);
        TableMapping t;
        t.source = source;
        t.target = target;
        t.fields = identityFields({QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("Code")});
        p.tables = {t};
        {
            auto s = openConnection(p.source, QStringLiteral("ferry"));
            ConnectionSchemaProvider provider(*s);
            const auto built = buildPlan(p, provider, provider);
            QVERIFY(std::holds_alternative<Plan>(built));
            const TablePlan& plan = std::get<Plan>(built).tables[0];
            QCOMPARE(plan.fields[1].target.name, QStringLiteral("code"));
            QCOMPARE(plan.sourceColumns[plan.fields[1].sourceIndexes[0]], QStringLiteral("code"));
            QCOMPARE(plan.fields[2].target.name, QStringLiteral("Code"));
            QCOMPARE(plan.sourceColumns[plan.fields[2].sourceIndexes[0]], QStringLiteral("Code"));
        }
        p.tables[0].fields[1].target = QStringLiteral("CODE");
        QCOMPARE(planErrors(p), QStringList{QStringLiteral("tables[0].fields[1].target: column \"CODE\" not found in "
                                                           "table \"public.%1\" (did you mean \"Code\"?)")
                                                .arg(target)});
        p.tables[0].fields[1].target = QStringLiteral("code");
        p.tables[0].target = target.toUpper();
        QCOMPARE(planErrors(p),
                 QStringList{QStringLiteral("tables[0].target: table \"%1\" does not exist in the target "
                                            "database (did you mean \"%2\"?)")
                                 .arg(target.toUpper(), target)});
        dropTable(*c, source);
        dropTable(*c, target);
    }
};

QTEST_GUILESS_MAIN(TestValidateNames)
#include "tst_validate_names.moc"
