#pragma once
// The bundled demo (resources/demo) for tests: copied as a user would, and the answers its generator
// planted (expected.json), so tests check numbers they derive instead of numbers copied from output.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ferry::test {

inline QString demoSourceDir()
{
    return qEnvironmentVariable("FERRY_SOURCE_DIR") + QStringLiteral("/resources/demo");
}

// Copies the demo's project, SQL scripts and expected.json into `to` (without any previous run's
// output); returns the project file's path. A file that cannot be copied stops the test run, named: a
// test on a half-copied demo would fail later for a reason nobody could see.
inline QString copyDemo(const QString& to)
{
    const QDir from(demoSourceDir());
    const QStringList names = from.entryList({QStringLiteral("*.json"), QStringLiteral("*.sql")}, QDir::Files);
    if (!names.contains(QStringLiteral("demo.ferry.json")))
        qFatal("copyDemo: %s holds no demo.ferry.json (is FERRY_SOURCE_DIR set?)", qPrintable(from.path()));
    for (const QString& name : names) {
        const QString target = QDir(to).filePath(name);
        if (!QFile::copy(from.filePath(name), target))
            qFatal("copyDemo: cannot copy %s to %s", qPrintable(from.filePath(name)), qPrintable(target));
    }
    return QDir(to).filePath(QStringLiteral("demo.ferry.json"));
}

inline QJsonObject demoExpected()
{
    QFile f(demoSourceDir() + QStringLiteral("/expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("resources/demo/expected.json is missing");
    return QJsonDocument::fromJson(f.readAll()).object();
}

// One table of the demo's first run as expected.json plants it, with the findings a dry run reports.
struct ExpectedTable {
    QString source, target;
    qint64 read = 0, inserted = 0, updated = 0, skipped = 0, rejected = 0;
    qint64 duplicates = 0; // rows the duplicate rules flag beyond the first of each cluster
    qint64 mismatches = 0; // planted values that arrive changed or fail: see expectedDemoCounts()
};

// The tables in run order. Mismatches are the planted ones: values mapped to a default, cut by the
// truncate transform, and rejected values that fail a conversion or do not fit (a lookup that finds no
// parent is a pre-flight finding, not a mismatch).
inline QList<ExpectedTable> expectedDemoCounts()
{
    const QJsonObject want = demoExpected();
    auto plantedIn = [&want](const char* list, const QString& source) {
        qint64 n = 0;
        for (const QJsonValue& v : want.value(QLatin1String(list)).toArray())
            if (v[QLatin1String("table")].toString() == source &&
                v[QLatin1String("reason")].toString() != QLatin1String("lookup"))
                ++n;
        return n;
    };
    const QJsonObject found = want.value(QLatin1String("duplicatesFound")).toObject();
    QList<ExpectedTable> out;
    for (const QJsonValue& v : want.value(QLatin1String("tables")).toArray()) {
        ExpectedTable t{v[QLatin1String("source")].toString(),   v[QLatin1String("target")].toString(),
                        v[QLatin1String("read")].toInteger(),    v[QLatin1String("inserted")].toInteger(),
                        v[QLatin1String("updated")].toInteger(), v[QLatin1String("skipped")].toInteger(),
                        v[QLatin1String("rejected")].toInteger()};
        if (found[QLatin1String("table")].toString() == t.source)
            t.duplicates = found[QLatin1String("duplicates")].toInteger();
        t.mismatches =
            plantedIn("mappedToDefault", t.source) + plantedIn("truncated", t.source) + plantedIn("rejects", t.source);
        out << t;
    }
    return out;
}

// Sums of a column over the demo's tables, e.g. demoTotal(&ExpectedTable::rejected).
inline qint64 demoTotal(qint64 ExpectedTable::*count)
{
    qint64 sum = 0;
    for (const ExpectedTable& t : expectedDemoCounts())
        sum += t.*count;
    return sum;
}

} // namespace ferry::test
