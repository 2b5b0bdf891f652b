// Project files: what loads, what is refused and why (exact path and message), canonical saving and
// relative paths that travel with the project folder.
#include "project/project_file.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace ferry;

namespace {

QString dataDir()
{
    const QString root = qEnvironmentVariable("FERRY_SOURCE_DIR", QStringLiteral(FERRY_SOURCE_DIR_FALLBACK));
    return root + QStringLiteral("/tests/data/projects");
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(path));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QStringList fixtureNames(const QString& folder)
{
    QStringList names =
        QDir(dataDir() + QLatin1Char('/') + folder).entryList({QStringLiteral("*.ferry.json")}, QDir::Files);
    names.sort(); // plain code-point order, whatever the locale
    return names;
}

// Compares two texts line by line so a failure shows the first differing line, not a truncated blob.
bool sameText(const QByteArray& actual, const QByteArray& expected)
{
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
        const QByteArray al = a.value(i, "<end>");
        const QByteArray el = e.value(i, "<end>");
        if (al != el) {
            qWarning("line %lld differs:\n  actual:   %s\n  expected: %s", qint64(i + 1), al.constData(),
                     el.constData());
            return false;
        }
    }
    return true;
}

// A project exercising every field, with paths inside, beside and far from `dir`.
Project handBuilt(const QString& dir)
{
    Project p;
    p.name = QStringLiteral("Round trip – ünïcödé 😀");
    p.source.kind = ConnectionProfile::Kind::Sqlite;
    p.source.name = QStringLiteral("Demo");
    p.source.file = dir + QStringLiteral("/data/demo.sqlite");
    p.source.initSql = QDir::cleanPath(dir + QStringLiteral("/../seed/demo.sql"));
    p.source.queryTimeoutSeconds = 5;
    p.target.kind = ConnectionProfile::Kind::Odbc;
    p.target.name = QStringLiteral("Target");
    p.target.dsn = QStringLiteral("crm-prod");
    p.target.host = QStringLiteral("db.example.com");
    p.target.port = 3306;
    p.target.database = QStringLiteral("crm");
    p.target.user = QStringLiteral("loader");
    p.target.passwordEnv = QStringLiteral("CRM_PW");
    p.target.loginTimeoutSeconds = 0;
    p.target.queryTimeoutSeconds = 600;
    p.target.options = {{QStringLiteral("Fetch"), QStringLiteral("10000")},
                        {QStringLiteral("Protocol"), QStringLiteral("7.4-1")}};
    p.options.outputDirectory = dir + QStringLiteral("/out");

    TableMapping accounts;
    accounts.source = QStringLiteral("accounts");
    accounts.target = QStringLiteral("account");
    accounts.mode = WriteMode::Upsert;
    accounts.keys = {QStringLiteral("legacy_id"), QStringLiteral("site")};
    accounts.sourceKey = QStringLiteral("id");
    accounts.batchSize = 100000;
    accounts.onError = ErrorPolicy::Stop;
    accounts.maxRejects = 0;
    FieldMapping id;
    id.target = QStringLiteral("legacy_id");
    id.sources = {QStringLiteral("id")};
    FieldMapping site;
    site.target = QStringLiteral("site");
    site.constant = QJsonValue(QStringLiteral("Zürich \"HQ\"\n\t\\"));
    FieldMapping display;
    display.target = QStringLiteral("display");
    display.sources = {QStringLiteral("first"), QStringLiteral("middle"), QStringLiteral("last")};
    display.transforms = {
        {QStringLiteral("concat"), QJsonObject{{QStringLiteral("separator"), QStringLiteral(" ")}}},
        {QStringLiteral("truncate"),
         QJsonObject{{QStringLiteral("length"), 80},
                     {QStringLiteral("ellipsis"), true},
                     {QStringLiteral("extra"), QJsonArray{1, 2.25, QStringLiteral("x"), QJsonValue()}}}}};
    accounts.fields = {id, site, display};
    const QList<QJsonValue> constants = {QJsonValue(),
                                         QJsonValue(0),
                                         QJsonValue(-7),
                                         QJsonValue(qint64(9007199254740993LL)),
                                         QJsonValue(0.1),
                                         QJsonValue(-2.5e-12),
                                         QJsonValue(1e300),
                                         QJsonValue(false),
                                         QJsonValue(QStringLiteral("1")),
                                         QJsonValue(QString()),
                                         QJsonValue(QJsonObject{{QStringLiteral("k"), QJsonArray{}}})};
    for (qsizetype i = 0; i < constants.size(); ++i) {
        FieldMapping f;
        f.target = QStringLiteral("c%1").arg(i);
        f.constant = constants[i];
        accounts.fields.append(f);
    }
    p.tables.append(accounts);

    TableMapping contacts;
    contacts.query = QStringLiteral("SELECT *\nFROM contacts\tWHERE name <> 'x'");
    contacts.target = QStringLiteral("contact");
    contacts.mode = WriteMode::SkipExisting;
    contacts.keys = {QStringLiteral("email")};
    contacts.batchSize = 1;
    contacts.maxRejects = 2147483647;
    FieldMapping email;
    email.target = QStringLiteral("email");
    email.sources = {QStringLiteral("mail")};
    email.transforms = {{QStringLiteral("lower"), {}}};
    contacts.fields = {email};
    p.tables.append(contacts);

    TableMapping notes;
    notes.source = QStringLiteral("notes");
    notes.target = QStringLiteral("note");
    notes.mode = WriteMode::UpdateOnly;
    notes.keys = {QStringLiteral("id")};
    FieldMapping noteId;
    noteId.target = QStringLiteral("id");
    noteId.sources = {QStringLiteral("id")};
    notes.fields = {noteId};
    p.tables.append(notes);

    TableMapping empty;
    empty.source = QStringLiteral("audit");
    empty.target = QStringLiteral("audit");
    p.tables.append(empty);
    return p;
}

struct BadFixture {
    const char* fixture;
    const char* path;
    const char* message;
};

// Each file in tests/data/projects/bad with the exact error it must give.
const BadFixture kBadFixtures[] = {
    {"bad-mode", "tables[2].mode", "unknown write mode \"upsret\" (expected insert, upsert, update or skip-existing)"},
    {"mode-not-a-string", "tables[0].mode", "unknown write mode 2 (expected insert, upsert, update or skip-existing)"},
    {"source-and-constant", "tables[0].fields[3]", "has both \"source\" and \"constant\"; use one"},
    {"field-without-source", "tables[1].fields[0]",
     "needs either \"source\" (a source column) or \"constant\" (a fixed value)"},
    {"field-without-target", "tables[0].fields[2].target", "missing; expected the name of the target column"},
    {"password-in-file", "source.password",
     "passwords are never stored in project files; name an environment variable in \"passwordEnv\""},
    {"password-in-options", "target.options.PWD",
     "passwords are never stored in project files; name an environment variable in \"passwordEnv\""},
    {"batch-size-string", "tables[1].batchSize", "must be a whole number from 1 to 100000, got \"500\""},
    {"batch-size-too-big", "tables[0].batchSize", "must be a whole number from 1 to 100000, got 100001"},
    {"batch-size-fraction", "tables[0].batchSize", "must be a whole number from 1 to 100000, got 12.5"},
    {"misspelt-key", "tables[0].fields[1].trasforms", "unknown key (did you mean \"transforms\"?)"},
    {"unknown-key", "tables[0].fields[0].comment",
     "unknown key (expected one of: target, source, constant, transforms)"},
    {"misspelt-top-key", "tabels", "unknown key (did you mean \"tables\"?)"},
    {"odd-key-name", "tables[2].fields[0][\"my note\"]",
     "unknown key (expected one of: target, source, constant, transforms)"},
    {"missing-format-version", "formatVersion", "missing; expected 1 (is this a Ferry project file?)"},
    {"newer-format", "formatVersion",
     "this project was saved by a newer Ferry (format 2); this version reads format 1"},
    {"format-version-string", "formatVersion", "must be 1, got \"1\""},
    {"upsert-without-keys", "tables[0].keys",
     "mode \"upsert\" needs at least one key: the target columns that identify an existing row"},
    {"update-with-empty-keys", "tables[0].keys",
     "mode \"update\" needs at least one key: the target columns that identify an existing row"},
    {"key-not-a-target", "tables[0].keys[0]",
     "\"legacy_idd\" is not the target of any field in this table (did you mean \"legacy_id\"?)"},
    {"key-listed-twice", "tables[0].keys[2]", "\"legacy_id\" is already listed as keys[0]"},
    {"duplicate-target", "tables[0].fields[4].target", "\"name\" is already the target of fields[1]"},
    {"duplicate-json-key", "tables[0].mode", "appears more than once in the same object; keep only one"},
    {"source-and-query", "tables[1]", "has both \"source\" and \"query\"; use one"},
    {"neither-source-nor-query", "tables[2]",
     "needs either \"source\" (a source table) or \"query\" (SQL that stands in for one)"},
    {"table-without-target", "tables[2].target", "missing; expected the name of the target table"},
    {"table-without-fields", "tables[1].fields", "missing; expected an array of field mappings (it may be empty)"},
    {"empty-source-array", "tables[0].fields[2].source", "must name at least one source column"},
    {"source-not-a-string", "tables[0].fields[0].source", "must be a source column name or an array of them, got 7"},
    {"transform-without-type", "tables[0].fields[1].transforms[1].type",
     "missing; expected the transform's name, such as \"trim\""},
    {"transform-empty-type", "tables[0].fields[1].transforms[0].type",
     "must be the transform's name (a non-empty string), got \"\""},
    {"transform-not-an-object", "tables[0].fields[1].transforms[0]",
     "must be an object such as {\"type\": \"trim\"}, got \"trim\""},
    {"transforms-not-an-array", "tables[0].fields[1].transforms",
     "must be an array (of transforms such as [{\"type\": \"trim\"}]), got an object"},
    {"unknown-connection-type", "source.type", "unknown connection type \"mysql\" (expected odbc or sqlite)"},
    {"connection-without-type", "target.type", "missing; expected \"odbc\" or \"sqlite\""},
    {"sqlite-without-file", "source.file", "missing; expected the SQLite database file (relative to the project file)"},
    {"odbc-key-on-sqlite", "source.host",
     "not used by \"sqlite\" connections, which take: name, type, file, initSql, queryTimeout"},
    {"login-timeout-on-sqlite", "source.loginTimeout",
     "not used by \"sqlite\" connections, which take: name, type, file, initSql, queryTimeout"},
    {"sqlite-key-on-odbc", "target.file",
     "not used by \"odbc\" connections, which take: name, type, dsn, driver, host, port, database, user, "
     "passwordEnv, options, loginTimeout, queryTimeout"},
    {"dsn-and-driver", "target", "has both \"dsn\" and \"driver\"; use one"},
    {"odbc-without-dsn-or-driver", "target",
     "needs either \"dsn\" (a configured data source) or \"driver\" (with host, port and database)"},
    {"bad-port", "target.port", "must be a whole number from 1 to 65535, got 70000"},
    {"bad-login-timeout", "target.loginTimeout", "must be a whole number of at least 0, got -1"},
    {"bad-query-timeout", "target.queryTimeout", "must be a whole number of at least 0, got 2.5"},
    {"option-not-a-string", "target.options.UseDeclareFetch", "must be a string, got 1"},
    {"bad-on-error", "tables[0].onError", "unknown error policy \"ignore\" (expected stop or reject)"},
    {"negative-max-rejects", "tables[0].maxRejects",
     "must be a whole number from 0 to 2147483647 (leave it out for no limit), got -1"},
    {"missing-tables", "tables", "missing; expected an array of table mappings (it may be empty)"},
    {"tables-not-an-array", "tables", "must be an array (of table mappings), got an object"},
    {"missing-target-connection", "target",
     "missing; expected a connection object with \"type\" \"odbc\" or \"sqlite\""},
    {"field-not-an-object", "tables[1].fields[0]",
     "must be an object such as {\"target\": \"name\", \"source\": \"company\"}, got \"email\""},
    {"bad-output-directory", "options.outputDirectory", "must not be empty"},
    {"bad-state-store", "options.stateStore", "unknown state store \"file\" (expected target or journal)"},
    {"not-an-object", "", "a project file must hold one JSON object { … }, got an array"},
    {"empty", "", "the project file is empty"},
    {"syntax-missing-comma", "",
     "JSON syntax error at line 4, column 52: the object is not closed properly (expected \",\" or \"}\")"},
    {"syntax-trailing-comma", "",
     "JSON syntax error at line 6, column 1: expected a value after the comma (JSON does not allow a "
     "trailing comma)"},
    {"syntax-single-quotes", "",
     "JSON syntax error at line 3, column 3: the object is not closed properly (expected \",\" or \"}\")"},
};

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT

private slots:
    void loadsTheExampleProject()
    {
        const QString dir = dataDir() + QStringLiteral("/good");
        ProjectError error;
        const auto p = ProjectFile::load(dir + QStringLiteral("/legacy-crm.ferry.json"), &error);
        QVERIFY2(p, qPrintable(error.toString()));
        QCOMPARE(p->filePath, dir + QStringLiteral("/legacy-crm.ferry.json"));
        QCOMPARE(p->name, QStringLiteral("Legacy CRM to modern CRM"));

        QCOMPARE(p->source.kind, ConnectionProfile::Kind::Sqlite);
        QCOMPARE(p->source.name, QStringLiteral("Legacy CRM"));
        QCOMPARE(p->source.file, dir + QStringLiteral("/legacy_crm.sqlite"));
        QCOMPARE(p->source.initSql, dir + QStringLiteral("/legacy_crm.sql"));

        QCOMPARE(p->target.kind, ConnectionProfile::Kind::Odbc);
        QCOMPARE(p->target.driver, QStringLiteral("PostgreSQL Unicode"));
        QCOMPARE(p->target.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(p->target.port, 5432);
        QCOMPARE(p->target.database, QStringLiteral("crm"));
        QCOMPARE(p->target.user, QStringLiteral("ferry"));
        QCOMPARE(p->target.passwordEnv, QStringLiteral("FERRY_TARGET_PASSWORD"));
        QCOMPARE(p->target.options, (QMap<QString, QString>{{QStringLiteral("UseDeclareFetch"), QStringLiteral("1")}}));
        QVERIFY(p->target.dsn.isEmpty());
        QVERIFY(p->target.file.isEmpty());
        QCOMPARE(p->target.loginTimeoutSeconds, 15); // the defaults, absent from the file
        QCOMPARE(p->target.queryTimeoutSeconds, 0);

        QCOMPARE(p->options.outputDirectory, dir + QStringLiteral("/runs")); // the default, made absolute
        QCOMPARE(p->tables.size(), 2);

        const TableMapping& a = p->tables[0];
        QCOMPARE(a.source, QStringLiteral("accounts"));
        QVERIFY(a.query.isEmpty());
        QCOMPARE(a.target, QStringLiteral("account"));
        QCOMPARE(a.mode, WriteMode::Upsert);
        QCOMPARE(a.keys, QStringList{QStringLiteral("legacy_id")});
        QCOMPARE(a.sourceKey, QStringLiteral("id"));
        QCOMPARE(a.batchSize, 500);
        QCOMPARE(a.onError, ErrorPolicy::Reject);
        QCOMPARE(a.maxRejects, 100);
        QCOMPARE(a.fields.size(), 4);
        QCOMPARE(a.fields[0].target, QStringLiteral("legacy_id"));
        QCOMPARE(a.fields[0].sources, QStringList{QStringLiteral("id")});
        QVERIFY(!a.fields[0].constant);
        QVERIFY(a.fields[0].transforms.isEmpty());
        QCOMPARE(a.fields[1].transforms.size(), 2);
        QCOMPARE(a.fields[1].transforms[0].type, QStringLiteral("trim"));
        QVERIFY(a.fields[1].transforms[0].params.isEmpty());
        QCOMPARE(a.fields[1].transforms[1].type, QStringLiteral("title"));
        QCOMPARE(a.fields[2].sources, (QStringList{QStringLiteral("first"), QStringLiteral("last")}));
        QCOMPARE(a.fields[2].transforms[0].type, QStringLiteral("concat"));
        QCOMPARE(a.fields[2].transforms[0].params,
                 (QJsonObject{{QStringLiteral("separator"), QStringLiteral(" ")}})); // "type" is not a param
        QVERIFY(a.fields[3].sources.isEmpty());
        QCOMPARE(a.fields[3].constant, std::optional<QJsonValue>(QJsonValue(QStringLiteral("active"))));

        const TableMapping& c = p->tables[1];
        QVERIFY(c.source.isEmpty());
        QCOMPARE(c.query, QStringLiteral("SELECT * FROM contacts WHERE deleted = 0"));
        QCOMPARE(c.mode, WriteMode::Insert);
        QCOMPARE(c.maxRejects, -1);
        QVERIFY(c.fields.isEmpty());
    }

    void constantsKeepTheirJsonTypes()
    {
        ProjectError error;
        const auto p = ProjectFile::load(dataDir() + QStringLiteral("/good/dsn-and-constants.ferry.json"), &error);
        QVERIFY2(p, qPrintable(error.toString()));
        QCOMPARE(p->name, QStringLiteral("Prüfung: Kunden → Zielsystem"));
        QCOMPARE(p->source.dsn, QStringLiteral("legacy-mariadb"));
        QVERIFY(p->source.driver.isEmpty());
        QCOMPARE(p->source.port, 0);
        QCOMPARE(p->target.file, QDir::cleanPath(dataDir() + QStringLiteral("/shared/target.sqlite")));
        QCOMPARE(p->options.outputDirectory, dataDir() + QStringLiteral("/good/output/runs"));
        const TableMapping& t = p->tables[0];
        QCOMPARE(t.mode, WriteMode::SkipExisting);
        QCOMPARE(t.batchSize, 2000);
        QCOMPARE(t.onError, ErrorPolicy::Stop);
        QCOMPARE(p->tables[1].mode, WriteMode::UpdateOnly);
        QCOMPARE(p->tables[1].batchSize, 1);
        QCOMPARE(p->tables[1].maxRejects, 0);

        QHash<QString, QJsonValue> c;
        for (const FieldMapping& f : t.fields) {
            if (f.constant)
                c.insert(f.target, *f.constant);
        }
        QCOMPARE(c.value(QStringLiteral("priority")).type(), QJsonValue::Double);
        QCOMPARE(c.value(QStringLiteral("priority")).toInteger(), 1);
        QCOMPARE(c.value(QStringLiteral("priority_text")), QJsonValue(QStringLiteral("1")));
        QCOMPARE(c.value(QStringLiteral("discount")).toDouble(), 1.5);
        QCOMPARE(c.value(QStringLiteral("huge_id")).toInteger(), Q_INT64_C(12345678901234567)); // not rounded
        QCOMPARE(c.value(QStringLiteral("active")), QJsonValue(true));
        QVERIFY(c.contains(QStringLiteral("notes")));
        QVERIFY(c.value(QStringLiteral("notes")).isNull());
        QCOMPARE(c.value(QStringLiteral("quote")).toString(), QStringLiteral("say \"hi\"\tand\\or\nbye 😀"));
        QCOMPARE(c.value(QStringLiteral("meta")).toObject().value(QLatin1String("a")).toArray().size(), 3);

        const FieldMapping& phone = t.fields.last();
        QCOMPARE(phone.transforms[1].type, QStringLiteral("phone"));
        QCOMPARE(phone.transforms[1].params.value(QLatin1String("region")), QJsonValue(QStringLiteral("DE")));
        QCOMPARE(phone.transforms[1].params.value(QLatin1String("format")), QJsonValue(QStringLiteral("e164")));
    }

    void canonicalFilesSaveByteIdentical_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList names = fixtureNames(QStringLiteral("good"));
        if (names.size() < 3) // QVERIFY cannot fail a _data function; a row for a missing file does
            QTest::newRow("fixtures missing") << dataDir() + QStringLiteral("/good/missing.ferry.json");
        for (const QString& name : names)
            QTest::newRow(qPrintable(name)) << dataDir() + QStringLiteral("/good/") + name;
    }
    void canonicalFilesSaveByteIdentical()
    {
        QFETCH(QString, file);
        ProjectError error;
        const auto p = ProjectFile::load(file, &error);
        QVERIFY2(p, qPrintable(error.toString()));
        const QByteArray expected = readAll(file);
        const QByteArray saved = ProjectFile::toJson(*p, QFileInfo(file).absolutePath());
        QVERIFY(sameText(saved, expected));
        QCOMPARE(saved, expected);

        // Saving through the file system gives the same bytes, in another folder too (paths relative).
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString copy = tmp.path() + QStringLiteral("/good/copy.ferry.json");
        QDir().mkpath(tmp.path() + QStringLiteral("/good"));
        Project moved = *p;
        const QString oldDir = QFileInfo(file).absolutePath();
        const QString newDir = tmp.path() + QStringLiteral("/good");
        auto move = [&](QString& s) {
            if (!s.isEmpty())
                s = QDir::cleanPath(newDir + QLatin1Char('/') + QDir(oldDir).relativeFilePath(s));
        };
        for (ConnectionProfile* c : {&moved.source, &moved.target}) {
            move(c->file);
            move(c->initSql);
        }
        move(moved.options.outputDirectory);
        QString saveError;
        QVERIFY2(ProjectFile::save(moved, copy, &saveError), qPrintable(saveError));
        QCOMPARE(readAll(copy), expected);
    }

    void nonCanonicalFilesAreRewrittenCanonically()
    {
        const QString file = dataDir() + QStringLiteral("/rewrite/legacy-crm.noncanonical.ferry.json");
        ProjectError error;
        auto p = ProjectFile::load(file, &error);
        QVERIFY2(p, qPrintable(error.toString()));
        const QString goodDir = dataDir() + QStringLiteral("/good");
        const auto canonical = ProjectFile::load(goodDir + QStringLiteral("/legacy-crm.ferry.json"), &error);
        QVERIFY(canonical);
        QCOMPARE(p->tables, canonical->tables);
        QCOMPARE(p->target, canonical->target);
        // Saved beside the canonical file, it is that file byte for byte.
        const QString folder = QFileInfo(file).absolutePath();
        QCOMPARE(p->source.file, folder + QStringLiteral("/legacy_crm.sqlite"));
        QCOMPARE(p->source.initSql, folder + QStringLiteral("/legacy_crm.sql"));
        QCOMPARE(p->options.outputDirectory, folder + QStringLiteral("/runs"));
        QVERIFY(sameText(ProjectFile::toJson(*p, folder), readAll(goodDir + QStringLiteral("/legacy-crm.ferry.json"))));
    }

    void byteOrderMarkIsAccepted()
    {
        ProjectError error;
        const auto p = ProjectFile::load(dataDir() + QStringLiteral("/rewrite/with-bom.ferry.json"), &error);
        QVERIFY2(p, qPrintable(error.toString()));
        QCOMPARE(p->target.driver, QStringLiteral("MariaDB Unicode"));
        QVERIFY(!ProjectFile::toJson(*p, dataDir()).startsWith("\xEF\xBB\xBF"));
    }

    void handBuiltProjectsRoundTrip()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.path() + QStringLiteral("/project");
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/round.ferry.json");
        Project p = handBuilt(dir);
        QString saveError;
        QVERIFY2(ProjectFile::save(p, path, &saveError), qPrintable(saveError));
        const QByteArray first = readAll(path);

        ProjectError error;
        const auto loaded = ProjectFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error.toString() + QLatin1Char('\n') + QString::fromUtf8(first)));
        p.filePath = path;
        QCOMPARE(loaded->name, p.name);
        QCOMPARE(loaded->source, p.source);
        QCOMPARE(loaded->target, p.target);
        QCOMPARE(loaded->options, p.options);
        for (qsizetype t = 0; t < p.tables.size(); ++t) {
            for (qsizetype f = 0; f < p.tables[t].fields.size(); ++f)
                QCOMPARE(loaded->tables[t].fields[f], p.tables[t].fields[f]);
            QCOMPARE(loaded->tables[t], p.tables[t]);
        }
        QVERIFY(*loaded == p);

        // Deterministic: saving what was loaded gives the same bytes.
        QVERIFY(ProjectFile::save(*loaded, path, &saveError));
        QCOMPARE(readAll(path), first);
    }

    void pathsAreWrittenRelativeWhenNearTheProject()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.path() + QStringLiteral("/a/b/project");
        Project p = handBuilt(dir);
        const QJsonObject json = QJsonDocument::fromJson(ProjectFile::toJson(p, dir)).object();
        const QJsonObject source = json.value(QLatin1String("source")).toObject();
        QCOMPARE(source.value(QLatin1String("file")).toString(), QStringLiteral("data/demo.sqlite")); // below
        QCOMPARE(source.value(QLatin1String("initSql")).toString(),
                 QStringLiteral("../seed/demo.sql")); // beside
        QCOMPARE(json.value(QLatin1String("options")).toObject().value(QLatin1String("outputDirectory")).toString(),
                 QStringLiteral("out"));

        // Two levels up or elsewhere: absolute, as that folder will not travel with the project.
        p.source.file = tmp.path() + QStringLiteral("/a/far.sqlite");
        p.source.initSql = QDir::rootPath() + QStringLiteral("srv/seed.sql");
        p.options.outputDirectory = dir; // the project folder itself
        const QJsonObject json2 = QJsonDocument::fromJson(ProjectFile::toJson(p, dir)).object();
        const QJsonObject source2 = json2.value(QLatin1String("source")).toObject();
        QCOMPARE(source2.value(QLatin1String("file")).toString(), tmp.path() + QStringLiteral("/a/far.sqlite"));
        QCOMPARE(source2.value(QLatin1String("initSql")).toString(), QDir::rootPath() + QStringLiteral("srv/seed.sql"));
        QCOMPARE(json2.value(QLatin1String("options")).toObject().value(QLatin1String("outputDirectory")).toString(),
                 QStringLiteral("."));

        // A path that is still relative in memory (a project never saved) is written as it is.
        p.source.file = QStringLiteral("./x/../demo.sqlite");
        const QJsonObject json3 = QJsonDocument::fromJson(ProjectFile::toJson(p, dir)).object();
        QCOMPARE(json3.value(QLatin1String("source")).toObject().value(QLatin1String("file")).toString(),
                 QStringLiteral("demo.sqlite"));
    }

    void relativePathsResolveAgainstTheProjectFolder()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString first = tmp.path() + QStringLiteral("/first");
        writeAll(first + QStringLiteral("/crm.ferry.json"),
                 readAll(dataDir() + QStringLiteral("/good/legacy-crm.ferry.json")));
        const QString elsewhere = tmp.path() + QStringLiteral("/elsewhere/deeper");
        QVERIFY(QDir().mkpath(elsewhere));

        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(elsewhere));
        ProjectError error;
        const auto p = ProjectFile::load(QStringLiteral("../../first/crm.ferry.json"), &error);
        QVERIFY(QDir::setCurrent(before));
        QVERIFY2(p, qPrintable(error.toString()));
        QCOMPARE(p->filePath, first + QStringLiteral("/crm.ferry.json"));
        QCOMPARE(p->source.file, first + QStringLiteral("/legacy_crm.sqlite"));
        QCOMPARE(p->source.initSql, first + QStringLiteral("/legacy_crm.sql"));
        QCOMPARE(p->options.outputDirectory, first + QStringLiteral("/runs"));

        // The whole folder copied elsewhere: paths follow it.
        const QString copy = tmp.path() + QStringLiteral("/copied/here");
        writeAll(copy + QStringLiteral("/crm.ferry.json"), readAll(first + QStringLiteral("/crm.ferry.json")));
        const auto q = ProjectFile::load(copy + QStringLiteral("/crm.ferry.json"), &error);
        QVERIFY2(q, qPrintable(error.toString()));
        QCOMPARE(q->source.file, copy + QStringLiteral("/legacy_crm.sqlite"));
        QCOMPARE(q->options.outputDirectory, copy + QStringLiteral("/runs"));

        // fromJson resolves against the folder it is given.
        const auto r = ProjectFile::fromJson(readAll(copy + QStringLiteral("/crm.ferry.json")), first, &error);
        QVERIFY(r);
        QCOMPARE(r->source.file, first + QStringLiteral("/legacy_crm.sqlite"));
        QVERIFY(r->filePath.isEmpty());
    }

    void passwordsAreNeverWritten()
    {
        Project p = handBuilt(QDir::tempPath());
        p.target.options.insert(QStringLiteral("PWD"), QStringLiteral("s3cret-1"));
        p.target.options.insert(QStringLiteral("Password"), QStringLiteral("s3cret-2"));
        p.target.options.insert(QStringLiteral("passwd"), QStringLiteral("s3cret-3"));
        const QByteArray text = ProjectFile::toJson(p, QDir::tempPath());
        QVERIFY(!text.contains("s3cret"));
        QVERIFY(!text.toLower().contains("\"pwd\""));
        QVERIFY(text.contains("\"Fetch\": \"10000\""));
        QVERIFY(text.contains("\"passwordEnv\": \"CRM_PW\""));
    }

    void numbersAreWrittenExactly()
    {
        Project p;
        p.source.kind = ConnectionProfile::Kind::Sqlite;
        p.source.file = QStringLiteral("a.sqlite");
        p.target.driver = QStringLiteral("SQLite3");
        TableMapping t;
        t.source = QStringLiteral("s");
        t.target = QStringLiteral("t");
        const QList<std::pair<QJsonValue, QString>> cases = {
            {QJsonValue(1), QStringLiteral("1")},
            {QJsonValue(QStringLiteral("1")), QStringLiteral("\"1\"")},
            {QJsonValue(1.0), QStringLiteral("1")},
            {QJsonValue(1.5), QStringLiteral("1.5")},
            {QJsonValue(0.1), QStringLiteral("0.1")},
            {QJsonValue(-0.0), QStringLiteral("0")},
            {QJsonValue(qint64(9007199254740993LL)), QStringLiteral("9007199254740993")},
            {QJsonValue(1e20), QStringLiteral("1e20")},
            {QJsonValue(1.5e-7), QStringLiteral("1.5e-7")},
            {QJsonValue(std::numeric_limits<double>::infinity()), QStringLiteral("null")},
        };
        for (qsizetype i = 0; i < cases.size(); ++i) {
            FieldMapping f;
            f.target = QStringLiteral("c%1").arg(i);
            f.constant = cases[i].first;
            t.fields.append(f);
        }
        p.tables = {t};
        const QString text = QString::fromUtf8(ProjectFile::toJson(p, QDir::tempPath()));
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QString line = QStringLiteral("{\"target\": \"c%1\", \"constant\": %2}").arg(i).arg(cases[i].second);
            QVERIFY2(text.contains(line), qPrintable(line + QLatin1Char('\n') + text));
        }
        // "1.50" in a file is the number 1.5 in memory; it is written back as 1.5.
        const auto q = ProjectFile::fromJson(
            R"({"formatVersion": 1, "source": {"type": "sqlite", "file": "a"}, "target": {"type": "odbc", "dsn": "x"},
                "tables": [{"source": "s", "target": "t", "fields": [{"target": "p", "constant": 1.50}]}]})",
            QDir::tempPath(), nullptr);
        QVERIFY(q);
        QVERIFY(ProjectFile::toJson(*q, QDir::tempPath()).contains(R"({"target": "p", "constant": 1.5})"));
    }

    void longEntriesWrapAndShortOnesStayOnOneLine()
    {
        Project p;
        p.source.kind = ConnectionProfile::Kind::Sqlite;
        p.source.file = QStringLiteral("a.sqlite");
        p.target.dsn = QStringLiteral("crm");
        TableMapping t;
        t.source = QStringLiteral("s");
        t.target = QStringLiteral("t");
        FieldMapping shortField;
        shortField.target = QStringLiteral("a");
        shortField.sources = {QStringLiteral("b")};
        FieldMapping longField;
        longField.target = QStringLiteral("full_name");
        longField.sources = {QStringLiteral("first_name"), QStringLiteral("middle_name"), QStringLiteral("last_name")};
        longField.transforms = {
            {QStringLiteral("concat"), QJsonObject{{QStringLiteral("separator"), QStringLiteral(" ")}}},
            {QStringLiteral("trim"), {}}};
        t.fields = {shortField, longField};
        p.tables = {t};
        const QByteArray expected = R"({
  "formatVersion": 1,
  "source": {
    "type": "sqlite",
    "file": "a.sqlite"
  },
  "target": {
    "type": "odbc",
    "dsn": "crm"
  },
  "tables": [
    {
      "source": "s",
      "target": "t",
      "mode": "insert",
      "fields": [
        {"target": "a", "source": "b"},
        {
          "target": "full_name",
          "source": ["first_name", "middle_name", "last_name"],
          "transforms": [{"type": "concat", "separator": " "}, {"type": "trim"}]
        }
      ]
    }
  ]
}
)";
        QVERIFY(sameText(ProjectFile::toJson(p, QDir::tempPath()), expected));
    }

    // Transform parameters live in a QJsonObject, which keeps keys sorted: they are written
    // alphabetically after "type", whatever order the file had.
    void transformParametersAreWrittenAfterTheType()
    {
        const auto p = ProjectFile::fromJson(
            R"({"formatVersion": 1, "source": {"type": "sqlite", "file": "a"}, "target": {"type": "odbc", "dsn": "x"},
                "tables": [{"source": "s", "target": "t", "fields": [
                  {"target": "p", "source": "q", "transforms": [{"region": "US", "type": "phone", "format": "e164"}]}]}]})",
            QDir::tempPath(), nullptr);
        QVERIFY(p);
        QVERIFY(ProjectFile::toJson(*p, QDir::tempPath())
                    .contains(R"("transforms": [{"type": "phone", "format": "e164", "region": "US"}])"));
    }

    void badFilesAreRefusedWithPathAndReason_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        for (const BadFixture& b : kBadFixtures)
            QTest::newRow(b.fixture) << QString::fromUtf8(b.path) << QString::fromUtf8(b.message);
    }
    void badFilesAreRefusedWithPathAndReason()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QString file = dataDir() + QStringLiteral("/bad/") + QString::fromUtf8(QTest::currentDataTag()) +
                             QStringLiteral(".ferry.json");
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        ProjectError error{QStringLiteral("untouched"), QStringLiteral("untouched")};
        QVERIFY(!ProjectFile::load(file, &error));
        QCOMPARE(error.message, message);
        QCOMPARE(error.path, path);
        QCOMPARE(error.toString(), path.isEmpty() ? message : path + QStringLiteral(": ") + message);
        QVERIFY(!ProjectFile::fromJson(readAll(file), dataDir(), nullptr)); // a null error pointer is fine
    }

    void everyBadFixtureHasAnExpectation()
    {
        // No negative fixture may sit in the folder unchecked, and none may be listed but missing.
        QStringList expected;
        for (const BadFixture& b : kBadFixtures)
            expected.append(QString::fromUtf8(b.fixture) + QStringLiteral(".ferry.json"));
        expected.sort();
        QCOMPARE(fixtureNames(QStringLiteral("bad")), expected);
    }

    void missingFileSaysSo()
    {
        QTemporaryDir tmp;
        const QString path = tmp.path() + QStringLiteral("/nope.ferry.json");
        ProjectError error;
        QVERIFY(!ProjectFile::load(path, &error));
        QCOMPARE(error.path, QString());
        QCOMPARE(error.message,
                 QStringLiteral("project file \"%1\" does not exist").arg(QDir::toNativeSeparators(path)));
        QVERIFY(!ProjectFile::load(tmp.path(), &error));
        QCOMPARE(error.message,
                 QStringLiteral("\"%1\" is a folder, not a project file").arg(QDir::toNativeSeparators(tmp.path())));
    }

    void syntaxErrorColumnsCountCharactersNotBytes()
    {
        ProjectError error;
        // "ä" and "€" are 2 and 3 bytes in UTF-8; the stray 'x' is the 12th character (15th byte) of line 2.
        QVERIFY(!ProjectFile::fromJson("{\n  \"äb€\": 1 x\n}", QDir::tempPath(), &error));
        QCOMPARE(error.message, QStringLiteral("JSON syntax error at line 2, column 12: the object is not closed "
                                               "properly (expected \",\" or \"}\")"));
        QVERIFY(!ProjectFile::fromJson("{\"a\": tru}", QDir::tempPath(), &error));
        QCOMPARE(error.message,
                 QStringLiteral("JSON syntax error at line 1, column 7: not a valid JSON value (text needs double "
                                "quotes; true, false and null are lower case)"));
    }

    void savingFailsCleanly()
    {
        QTemporaryDir tmp;
        const QString path = tmp.path() + QStringLiteral("/missing-folder/p.ferry.json");
        QString error;
        QVERIFY(!ProjectFile::save(handBuilt(tmp.path()), path, &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("cannot save the project to \"%1\": ").arg(QDir::toNativeSeparators(path))),
            qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));

        // An existing file is replaced whole (QSaveFile), never left half-written.
        const QString existing = tmp.path() + QStringLiteral("/p.ferry.json");
        writeAll(existing, QByteArray(100000, 'x'));
        QVERIFY(ProjectFile::save(handBuilt(tmp.path()), existing, &error));
        QVERIFY(!readAll(existing).contains("xxx"));
        QVERIFY(ProjectFile::load(existing, nullptr));
    }

    void errorToString()
    {
        QCOMPARE((ProjectError{QStringLiteral("tables[0].mode"), QStringLiteral("bad")}).toString(),
                 QStringLiteral("tables[0].mode: bad"));
        QCOMPARE((ProjectError{QString(), QStringLiteral("bad")}).toString(), QStringLiteral("bad"));
    }

    void writeModeNames()
    {
        QCOMPARE(writeModeName(WriteMode::Insert), QStringLiteral("insert"));
        QCOMPARE(writeModeName(WriteMode::Upsert), QStringLiteral("upsert"));
        QCOMPARE(writeModeName(WriteMode::UpdateOnly), QStringLiteral("update"));
        QCOMPARE(writeModeName(WriteMode::SkipExisting), QStringLiteral("skip-existing"));
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_project_file.moc"
