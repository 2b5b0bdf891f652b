#pragma once
// The bundled demo (resources/demo) for integration tests: copied as a user would, and the answers its
// generator planted (expected.json).
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ferry::test {

// Copies the demo's project, SQL scripts and expected.json into `to` (without any previous run's
// output); returns the project file's path.
inline QString copyDemo(const QString& to)
{
    const QDir from(qEnvironmentVariable("FERRY_SOURCE_DIR") + QStringLiteral("/resources/demo"));
    for (const QString& name : from.entryList({QStringLiteral("*.json"), QStringLiteral("*.sql")}, QDir::Files))
        QFile::copy(from.filePath(name), QDir(to).filePath(name));
    return QDir(to).filePath(QStringLiteral("demo.ferry.json"));
}

inline QJsonObject demoExpected()
{
    QFile f(qEnvironmentVariable("FERRY_SOURCE_DIR") + QStringLiteral("/resources/demo/expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("resources/demo/expected.json is missing");
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace ferry::test
