#pragma once
// Projects whose dry run must predict the real run exactly, each built for a given target database: the
// demo; mappings where an earlier one inserts what a later one updates, upserts, looks up or references;
// keys the target's collation makes equal (abc, ABC, 'abc '); values only the target refuses. Each
// fixture creates its source (a SQLite file) and its target tables, and drops what it made in a server.
#include "common/dbfixture.h"
#include "common/demo.h"
#include "common/run_outcome.h"
#include "engine/migration.h"
#include "project/project_file.h"

#include <QDir>

namespace ferry::test {

struct RehearsalFixture {
    Db db; // the target's
    Project project;
    QString targetFile;               // SQLite targets
    QStringList tables;               // the target tables, parents first
    int passes = 1;                   // runs in a row; a second pass finds the first one's rows
    bool predictionMisses{};          // Ferry's prediction alone (no rehearsal) gets this fixture wrong
    QStringList mustRefuse{};         // "mapping <i> key <k>": rejects the real run must make (the fixture has teeth)
    std::optional<Db> sourceServer{}; // a source table in a server, dropped at the end
    QString sourceTable{};

    QMap<QString, QString> state() const { return targetState(db, targetFile, tables); }
    RehearsalFixture() = default;
    RehearsalFixture(const RehearsalFixture&) = delete;
    RehearsalFixture& operator=(const RehearsalFixture&) = delete;
    ~RehearsalFixture()
    {
        if (sourceServer)
            dropTable(*openDb(*sourceServer), sourceTable);
        if (db != Db::Postgres && db != Db::MariaDB)
            return;
        auto c = openDb(db);
        for (auto it = tables.crbegin(); it != tables.crend(); ++it)
            dropTable(*c, *it);
    }
};

// A run of `p`; a dry run rehearses unless told to predict only.
inline RunSummary runProject(const Project& p, bool dryRun, bool rehearse = true)
{
    RunRequest r;
    r.dryRun = dryRun;
    r.rehearse = rehearse;
    return Migration(p, r).run();
}

inline bool isServer(Db db)
{
    return db == Db::Postgres || db == Db::MariaDB;
}

// The statement for the target's family: PostgreSQL, MariaDB, SQLite.
inline QString forDb(Db db, const char* postgres, const char* mariadb, const char* sqlite)
{
    return QString::fromUtf8(db == Db::Postgres ? postgres : db == Db::MariaDB ? mariadb : sqlite);
}

inline void insertRows(Connection& c, const QString& table, const std::vector<Row>& rows)
{
    const TableRef ref{QString(), table};
    c.begin();
    c.insertWriter(ref, c.describe(ref).columns)->insert(rows);
    c.commit();
}

inline TransformSpec lookupIn(const QString& table, const QString& match, const QString& result)
{
    return TransformSpec{QStringLiteral("lookup"), QJsonObject{{QStringLiteral("table"), table},
                                                               {QStringLiteral("match"), match},
                                                               {QStringLiteral("return"), result}}};
}

inline TableMapping mapTable(const QString& source, const QString& target, WriteMode mode, const QStringList& keys,
                             QList<FieldMapping> fields)
{
    TableMapping t;
    t.source = source;
    t.target = target;
    t.mode = mode;
    t.keys = keys;
    t.fields = std::move(fields);
    t.batchSize = 7; // small batches: refused rows are isolated inside them, as in a large load
    return t;
}

// A project from a SQLite source file at dir/source.sqlite (made by `fill`) into the fixture's target.
template <typename Fill>
std::unique_ptr<RehearsalFixture> startFixture(Db db, const QString& dir, const QString& name, Fill fill)
{
    auto f = std::make_unique<RehearsalFixture>();
    f->db = db;
    f->project.name = name;
    const QString source = QDir(dir).filePath(QStringLiteral("source.sqlite"));
    QFile::remove(source);
    f->project.source = profileFor(Db::SqliteQt, source);
    fill(*openDb(Db::SqliteQt, source));
    f->targetFile = isServer(db) ? QString() : QDir(dir).filePath(QStringLiteral("target.sqlite"));
    if (!isServer(db))
        QFile::remove(f->targetFile);
    f->project.target = profileFor(db, f->targetFile);
    f->project.options.outputDirectory = QDir(dir).filePath(QStringLiteral("runs"));
    return f;
}

// Creates the fixture's target tables (names get a unique suffix in servers; `ddl` spells them %1, %2, …).
inline void createTargets(RehearsalFixture& f, const QStringList& prefixes, const QStringList& ddl)
{
    for (const QString& p : prefixes)
        f.tables << (isServer(f.db) ? uniqueTable(p) : p);
    auto c = openDb(f.db, f.targetFile);
    for (QString statement : ddl) {
        for (int i = 0; i < f.tables.size(); ++i)
            statement.replace(QLatin1Char('%') + QString::number(i + 1), f.tables[i]);
        c->execute(statement);
    }
}

// The bundled demo, run twice (the second run updates what the first inserted). SQLite targets take it
// as shipped; servers get the same three tables with their own types.
inline std::unique_ptr<RehearsalFixture> demoFixture(Db db, const QString& dir)
{
    auto f = std::make_unique<RehearsalFixture>();
    f->db = db;
    f->passes = 2;
    ProjectError error;
    std::optional<Project> demo = ProjectFile::load(copyDemo(dir), &error);
    if (!demo)
        qFatal("demoFixture: %s", qPrintable(error.toString()));
    f->project = *demo;
    f->tables = QStringList{QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("activity")};
    if (!isServer(db)) {
        f->targetFile = f->project.target.file;
        return f;
    }
    const QStringList names = f->tables;
    f->tables.clear();
    f->project.target = profileFor(db);
    createTargets(
        *f, names,
        {forDb(db,
               "CREATE TABLE %1 (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, legacy_id INTEGER NOT "
               "NULL UNIQUE, name VARCHAR(60) NOT NULL, industry VARCHAR(40), phone VARCHAR(20), website "
               "VARCHAR(200), status VARCHAR(12) NOT NULL, created_on DATE)",
               "CREATE TABLE %1 (id INT AUTO_INCREMENT PRIMARY KEY, legacy_id INT NOT NULL UNIQUE, name VARCHAR(60) "
               "NOT NULL, industry VARCHAR(40), phone VARCHAR(20), website VARCHAR(200), status VARCHAR(12) NOT "
               "NULL, created_on DATE) CHARACTER SET utf8mb4",
               ""),
         forDb(db,
               "CREATE TABLE %2 (id SERIAL PRIMARY KEY, legacy_id INTEGER NOT NULL UNIQUE, account_id INTEGER "
               "REFERENCES %1(id), first_name VARCHAR(60), last_name VARCHAR(80) NOT NULL, email VARCHAR(254), phone "
               "VARCHAR(20), country CHAR(2), job_title VARCHAR(100), status VARCHAR(12) NOT NULL, created_at "
               "TIMESTAMP)",
               "CREATE TABLE %2 (id INT AUTO_INCREMENT PRIMARY KEY, legacy_id INT NOT NULL UNIQUE, account_id INT "
               "REFERENCES %1(id), first_name VARCHAR(60), last_name VARCHAR(80) NOT NULL, email VARCHAR(254), phone "
               "VARCHAR(20), country CHAR(2), job_title VARCHAR(100), status VARCHAR(12) NOT NULL, created_at "
               "DATETIME) CHARACTER SET utf8mb4",
               ""),
         forDb(db,
               "CREATE TABLE %3 (id SERIAL PRIMARY KEY, legacy_id INTEGER NOT NULL UNIQUE, contact_id INTEGER NOT "
               "NULL REFERENCES %2(id), type VARCHAR(10) NOT NULL, subject VARCHAR(200), notes TEXT, due_on DATE, "
               "completed BOOLEAN NOT NULL, amount NUMERIC(14,2))",
               "CREATE TABLE %3 (id INT AUTO_INCREMENT PRIMARY KEY, legacy_id INT NOT NULL UNIQUE, contact_id INT "
               "NOT NULL REFERENCES %2(id), type VARCHAR(10) NOT NULL, subject VARCHAR(200), notes TEXT, due_on "
               "DATE, completed BOOLEAN NOT NULL, amount DECIMAL(14,2)) CHARACTER SET utf8mb4",
               "")});
    for (TableMapping& t : f->project.tables) {
        t.target = f->tables[names.indexOf(t.target)];
        for (FieldMapping& field : t.fields)
            for (TransformSpec& s : field.transforms)
                if (s.type == QLatin1String("lookup"))
                    s.params[QStringLiteral("table")] =
                        f->tables[names.indexOf(s.params[QStringLiteral("table")].toString())];
    }
    return f;
}

// Mappings in a chain: the first inserts people; the second updates some of them (and finds others
// missing), the third upserts; orders look their person up, and payments name a person's id directly,
// so the foreign key refuses the one that names nobody.
inline std::unique_ptr<RehearsalFixture> chainedFixture(Db db, const QString& dir)
{
    auto f = startFixture(db, dir, QStringLiteral("chained mappings"), [](Connection& s) {
        s.execute(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, email TEXT)"));
        s.execute(QStringLiteral("CREATE TABLE changes (id INTEGER PRIMARY KEY, person INTEGER, name TEXT)"));
        s.execute(QStringLiteral("CREATE TABLE upserts (id INTEGER PRIMARY KEY, person INTEGER, name TEXT)"));
        s.execute(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, person INTEGER, amount TEXT)"));
        s.execute(QStringLiteral("CREATE TABLE payments (id INTEGER PRIMARY KEY, person_id INTEGER, amount TEXT)"));
        std::vector<Row> people, changes, upserts, orders, payments;
        for (int i = 1; i <= 40; ++i)
            people.push_back({Value::integer(i), Value::text(QStringLiteral("Person %1").arg(i)),
                              Value::text(QStringLiteral("p%1@example.com").arg(i))});
        for (int i : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 41, 42, 43})
            changes.push_back(
                {Value::integer(100 + i), Value::integer(i), Value::text(QStringLiteral("New %1").arg(i))});
        for (int i : {11, 12, 13, 46, 47})
            upserts.push_back(
                {Value::integer(200 + i), Value::integer(i), Value::text(QStringLiteral("Up %1").arg(i))});
        for (int i : {1, 5, 9, 20, 40, 46, 47, 99})
            orders.push_back({Value::integer(300 + i), Value::integer(i), Value::text(QStringLiteral("%1.50").arg(i))});
        for (int i : {1, 2, 42, 500, 3})
            payments.push_back({Value::integer(400 + i), Value::integer(i), Value::text(QStringLiteral("9.99"))});
        insertRows(s, QStringLiteral("people"), people);
        insertRows(s, QStringLiteral("changes"), changes);
        insertRows(s, QStringLiteral("upserts"), upserts);
        insertRows(s, QStringLiteral("orders"), orders);
        insertRows(s, QStringLiteral("payments"), payments);
    });
    createTargets(
        *f, {QStringLiteral("person"), QStringLiteral("orders"), QStringLiteral("payment")},
        {forDb(db,
               "CREATE TABLE %1 (id SERIAL PRIMARY KEY, legacy_id INTEGER NOT NULL UNIQUE, name VARCHAR(40), email "
               "VARCHAR(100))",
               "CREATE TABLE %1 (id INT AUTO_INCREMENT PRIMARY KEY, legacy_id INT NOT NULL UNIQUE, name VARCHAR(40), "
               "email VARCHAR(100))",
               "CREATE TABLE %1 (id INTEGER PRIMARY KEY AUTOINCREMENT, legacy_id INTEGER NOT NULL UNIQUE, name "
               "VARCHAR(40), email VARCHAR(100))"),
         forDb(db,
               "CREATE TABLE %2 (id SERIAL PRIMARY KEY, legacy_id INTEGER NOT NULL UNIQUE, person_id INTEGER NOT "
               "NULL REFERENCES %1(id), amount NUMERIC(10,2))",
               "CREATE TABLE %2 (id INT AUTO_INCREMENT PRIMARY KEY, legacy_id INT NOT NULL UNIQUE, person_id INT NOT "
               "NULL REFERENCES %1(id), amount DECIMAL(10,2))",
               "CREATE TABLE %2 (id INTEGER PRIMARY KEY, legacy_id INTEGER NOT NULL UNIQUE, person_id INTEGER NOT "
               "NULL REFERENCES %1(id), amount NUMERIC(10,2))"),
         forDb(db,
               "CREATE TABLE %3 (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES %1(id), amount NUMERIC(10,2))",
               "CREATE TABLE %3 (id INT PRIMARY KEY, person_id INT REFERENCES %1(id), amount DECIMAL(10,2))",
               "CREATE TABLE %3 (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES %1(id), amount NUMERIC(10,2))")});
    const QString person = f->tables[0];
    const QString legacy = QStringLiteral("legacy_id"), name = QStringLiteral("name");
    f->project.tables = {
        mapTable(QStringLiteral("people"), person, WriteMode::Insert, {legacy},
                 {mapField(legacy, QStringLiteral("id")), mapField(name, name),
                  mapField(QStringLiteral("email"), QStringLiteral("email"))}),
        mapTable(QStringLiteral("changes"), person, WriteMode::UpdateOnly, {legacy},
                 {mapField(legacy, QStringLiteral("person")), mapField(name, name)}),
        mapTable(QStringLiteral("upserts"), person, WriteMode::Upsert, {legacy},
                 {mapField(legacy, QStringLiteral("person")), mapField(name, name)}),
        mapTable(QStringLiteral("orders"), f->tables[1], WriteMode::Insert, {legacy},
                 {mapField(legacy, QStringLiteral("id")),
                  mapField(QStringLiteral("person_id"), QStringLiteral("person"),
                           {lookupIn(person, legacy, QStringLiteral("id"))}),
                  mapField(QStringLiteral("amount"), QStringLiteral("amount"))}),
        mapTable(QStringLiteral("payments"), f->tables[2], WriteMode::Insert, {QStringLiteral("id")},
                 {mapField(QStringLiteral("id"), QStringLiteral("id")),
                  mapField(QStringLiteral("person_id"), QStringLiteral("person_id")),
                  mapField(QStringLiteral("amount"), QStringLiteral("amount"))}),
    };
    f->predictionMisses = true;
    // Orders of person 99 find no person; the payment naming person id 500 breaks the foreign key.
    f->mustRefuse = {QStringLiteral("mapping 3 key 399"), QStringLiteral("mapping 4 key 900")};
    return f;
}

// A unique code under the target's collation: MariaDB's utf8mb4_unicode_ci makes abc, ABC and 'abc '
// one key, an ICU collation at strength 2 in PostgreSQL and NOCASE in SQLite make abc and ABC one; and a
// row already in the target (Xyz) meets an incoming xyz.
inline std::unique_ptr<RehearsalFixture> collationFixture(Db db, const QString& dir)
{
    auto f = startFixture(db, dir, QStringLiteral("collation-equal keys"), [](Connection& s) {
        s.execute(QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, code TEXT)"));
        std::vector<Row> rows;
        int id = 10;
        for (const char* code : {"abc", "ABC", "abc ", "xyz", "def", "DEF", "ghi", "Ghi "})
            rows.push_back({Value::integer(id++), Value::text(QString::fromUtf8(code))});
        insertRows(s, QStringLiteral("tags"), rows);
    });
    if (db == Db::Postgres)
        openDb(db)->execute(QStringLiteral("CREATE COLLATION IF NOT EXISTS ferry_ci (provider = icu, locale = "
                                           "'und-u-ks-level2', deterministic = false)"));
    createTargets(
        *f, {QStringLiteral("tag")},
        {forDb(db, "CREATE TABLE %1 (id INTEGER PRIMARY KEY, code VARCHAR(20) COLLATE ferry_ci NOT NULL UNIQUE)",
               "CREATE TABLE %1 (id INT PRIMARY KEY, code VARCHAR(20) NOT NULL UNIQUE) CHARACTER SET utf8mb4 "
               "COLLATE utf8mb4_unicode_ci",
               "CREATE TABLE %1 (id INTEGER PRIMARY KEY, code VARCHAR(20) COLLATE NOCASE NOT NULL UNIQUE)"),
         QStringLiteral("INSERT INTO %1 (id, code) VALUES (1, 'Xyz')")});
    f->project.tables = {mapTable(QStringLiteral("tags"), f->tables[0], WriteMode::Insert, {QStringLiteral("id")},
                                  identityFields({QStringLiteral("id"), QStringLiteral("code")}))};
    f->predictionMisses = true;
    f->mustRefuse = {QStringLiteral("mapping 0 key 11"), QStringLiteral("mapping 0 key 13")};
    if (db == Db::MariaDB)
        f->mustRefuse << QStringLiteral("mapping 0 key 12");
    return f;
}

// Values the target refuses, or Ferry's rules do: a NUL byte in text into PostgreSQL, text longer than
// a VARCHAR, integers out of a column's range, dates MariaDB cannot hold (year 10000, BC), PostgreSQL's
// infinity, MariaDB's zero dates. Whoever refuses, the dry run must refuse the same rows. The source is a server that
// holds them: MariaDB for a PostgreSQL target (NUL bytes, zero dates), PostgreSQL for the others; SQLite targets refuse
// by CHECK constraints.
inline std::unique_ptr<RehearsalFixture> hostileFixture(Db db, const QString& dir)
{
    auto f = startFixture(db, dir, QStringLiteral("values the target refuses"), [](Connection&) {});
    const Db source = db == Db::Postgres ? Db::MariaDB : Db::Postgres;
    f->sourceServer = source;
    f->sourceTable = uniqueTable(QStringLiteral("hostile"));
    f->project.source = profileFor(source);
    auto s = openDb(source);
    const QString t = f->sourceTable;
    if (source == Db::MariaDB) {
        s->execute(QStringLiteral("CREATE TABLE %1 (id INT PRIMARY KEY, txt VARCHAR(50), short VARCHAR(20), small "
                                  "BIGINT, big DECIMAL(30,0), day DATE, moment DATETIME) CHARACTER SET utf8mb4")
                       .arg(t));
        s->execute(
            QStringLiteral("INSERT INTO %1 VALUES (1, 'plain', 'abc', 1, 1, '2024-02-29', '2024-02-29 "
                           "10:00:00'), (2, CONCAT('a', CHAR(0), 'b'), 'abc', 2, 2, NULL, NULL), (3, 'x', "
                           "'abcdefgh', 3, 3, NULL, NULL), (4, 'x', 'abc     ', 4, 4, NULL, NULL), (5, 'x', 'a', "
                           "70000, 5, NULL, NULL), (6, 'x', 'a', 6, 3000000000, NULL, NULL), (7, 'x', 'a', 7, "
                           "99999999999999999999, NULL, NULL), (8, CONCAT(CHAR(0), 'lead'), 'b', 8, 8, NULL, "
                           "NULL), (9, 'x', 'c', 9, 9, '2024-00-00', NULL), (10, 'x', 'd', 10, 10, "
                           "'0000-00-00', '0000-00-00 00:00:00')")
                .arg(t));
    } else {
        s->execute(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, txt TEXT, short TEXT, small BIGINT, big "
                                  "NUMERIC(30), day DATE, moment TIMESTAMP)")
                       .arg(t));
        s->execute(QStringLiteral("INSERT INTO %1 VALUES (1, 'plain', 'abc', 1, 1, '2024-02-29', '2024-02-29 "
                                  "10:00:00'), (2, 'über 😀', 'abc', 2, 2, NULL, NULL), (3, 'x', 'abcdefgh', 3, 3, "
                                  "NULL, NULL), (4, 'x', 'abc     ', 4, 4, NULL, NULL), (5, 'x', 'a', 70000, 5, NULL, "
                                  "NULL), (6, 'x', 'a', 6, 3000000000, NULL, NULL), (7, 'x', 'a', 7, "
                                  "99999999999999999999, NULL, NULL), (8, 'x', 'b', 8, 8, '10000-01-01', "
                                  "'10000-01-01 00:00:00'), (9, 'x', 'c', 9, 9, '0044-03-15 BC', NULL), (10, 'x', "
                                  "'d', 10, 10, 'infinity', 'infinity'), (11, 'x', 'e', 11, 11, '0001-01-01', "
                                  "'0001-01-01 00:00:00')")
                       .arg(t));
    }
    createTargets(*f, {QStringLiteral("refusing")},
                  {forDb(db,
                         "CREATE TABLE %1 (id INTEGER PRIMARY KEY, txt TEXT, short VARCHAR(5), small SMALLINT, big "
                         "INTEGER, day DATE, moment TIMESTAMP)",
                         "CREATE TABLE %1 (id INT PRIMARY KEY, txt VARCHAR(50), short VARCHAR(5), small SMALLINT, big "
                         "INT, day DATE, moment DATETIME) CHARACTER SET utf8mb4",
                         "CREATE TABLE %1 (id INTEGER PRIMARY KEY, txt TEXT, short VARCHAR(5) CHECK (length(short) <= "
                         "5), small INTEGER CHECK (small BETWEEN -32768 AND 32767), big INTEGER CHECK (big BETWEEN "
                         "-2147483648 AND 2147483647), day DATE, moment TIMESTAMP)")});
    const QStringList columns{QStringLiteral("id"),    QStringLiteral("txt"), QStringLiteral("short"),
                              QStringLiteral("small"), QStringLiteral("big"), QStringLiteral("day"),
                              QStringLiteral("moment")};
    f->project.tables = {mapTable(t, f->tables[0], WriteMode::Insert, {QStringLiteral("id")}, identityFields(columns))};
    f->mustRefuse = {QStringLiteral("mapping 0 key 3"), QStringLiteral("mapping 0 key 5"),
                     QStringLiteral("mapping 0 key 6")};
    if (db == Db::Postgres) // the NUL bytes
        f->mustRefuse << QStringLiteral("mapping 0 key 2") << QStringLiteral("mapping 0 key 8");
    return f;
}

} // namespace ferry::test
