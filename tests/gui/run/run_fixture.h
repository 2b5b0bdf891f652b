#pragma once
// What the run pages' tests share: the demo copied into a temporary folder (it creates its SQLite files
// beside itself), its expected counts, a bigger generated project for pause and cancel, and screenshots.
#include "common/dbfixture.h"
#include "items/project_document.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QWidget>

namespace ferry::test {

inline QString sourceDir()
{
    return qEnvironmentVariable("FERRY_SOURCE_DIR");
}

// Copies resources/demo's project and scripts into dir; returns the project path.
inline QString copyDemo(const QString& dir)
{
    const QDir demo(sourceDir() + QStringLiteral("/resources/demo"));
    for (const char* name : {"demo.ferry.json", "legacy_crm.sql", "modern_crm.sql"}) {
        const QString n = QString::fromLatin1(name);
        QFile::copy(demo.filePath(n), QDir(dir).filePath(n));
    }
    return QDir(dir).filePath(QStringLiteral("demo.ferry.json"));
}

struct ExpectedTable {
    QString source, target;
    qint64 read = 0, inserted = 0, updated = 0, skipped = 0, rejected = 0;
};

inline QList<ExpectedTable> expectedDemoCounts()
{
    QFile f(sourceDir() + QStringLiteral("/resources/demo/expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<ExpectedTable> out;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("tables")).toArray()) {
        const QJsonObject o = v.toObject();
        out << ExpectedTable{
            o.value(QStringLiteral("source")).toString(),   o.value(QStringLiteral("target")).toString(),
            o.value(QStringLiteral("read")).toInteger(),    o.value(QStringLiteral("inserted")).toInteger(),
            o.value(QStringLiteral("updated")).toInteger(), o.value(QStringLiteral("skipped")).toInteger(),
            o.value(QStringLiteral("rejected")).toInteger()};
    }
    return out;
}

// A SQLite source of `rows` people and an empty SQLite target, batches of `batch` rows: big enough that a
// run is still going when the test pauses or cancels it.
inline Project generatedProject(const QString& dir, int rows, int batch)
{
    const QString source = QDir(dir).filePath(QStringLiteral("big_source.sqlite"));
    const QString target = QDir(dir).filePath(QStringLiteral("big_target.sqlite"));
    {
        auto c = openDb(Db::SqliteQt, source);
        c->execute(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, email TEXT)"));
        std::vector<Row> data;
        data.reserve(rows);
        for (int i = 1; i <= rows; ++i)
            data.push_back({Value::integer(i), Value::text(QStringLiteral("Person %1").arg(i)),
                            Value::text(QStringLiteral("p%1@example.com").arg(i))});
        const TableRef ref{QString(), QStringLiteral("people")};
        c->begin();
        c->insertWriter(ref, c->describe(ref).columns)->insert(data);
        c->commit();
        auto t = openDb(Db::SqliteQt, target);
        t->execute(QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, legacy_id INTEGER UNIQUE NOT NULL, "
                                  "name VARCHAR(40), email VARCHAR(100))"));
    }
    Project p;
    p.name = QStringLiteral("generated");
    p.source = profileFor(Db::SqliteQt, source);
    p.target = profileFor(Db::SqliteQt, target);
    p.options.outputDirectory = QDir(dir).filePath(QStringLiteral("runs"));
    TableMapping t;
    t.source = QStringLiteral("people");
    t.target = QStringLiteral("person");
    t.mode = WriteMode::Upsert;
    t.keys = {QStringLiteral("legacy_id")};
    t.batchSize = batch;
    const QList<QPair<QString, QString>> fields = {{QStringLiteral("legacy_id"), QStringLiteral("id")},
                                                   {QStringLiteral("name"), QStringLiteral("name")},
                                                   {QStringLiteral("email"), QStringLiteral("email")}};
    for (const auto& [to, from] : fields) {
        FieldMapping f;
        f.target = to;
        f.sources = {from};
        t.fields << f;
    }
    p.tables = {t};
    return p;
}

inline QString screenshotPath(const QString& name)
{
    QString dir = qEnvironmentVariable("FERRY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = qEnvironmentVariable("FERRY_BINARY_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

} // namespace ferry::test
