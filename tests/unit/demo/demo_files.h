#pragma once
// Finding and loading the demo's files (resources/demo) for the demo suites.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace ferry::test {

inline QString demoPath(const char* name)
{
    return QStringLiteral(FERRY_DEMO_DIR "/") + QLatin1String(name);
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QJsonObject readJson(const QString& path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(path), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc.object();
}

// Splits a script the simple way (at ";" + end of line) and runs each statement: the demo scripts
// promise that this works, so any initSql runner can run them.
inline bool runScript(QSqlDatabase& db, const QString& path, QString* error)
{
    const QString script = QString::fromUtf8(readFile(path));
    if (script.isEmpty()) {
        *error = QStringLiteral("cannot read ") + path;
        return false;
    }
    for (const QString& statement : script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            *error = q.lastError().text() + QStringLiteral(" in: ") + statement.left(200);
            return false;
        }
    }
    return true;
}

// An in-memory SQLite database built from one of the demo scripts.
inline QSqlDatabase openDemoDatabase(const QString& connectionName, const char* script, QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open()) {
        *error = db.lastError().text();
        return db;
    }
    runScript(db, demoPath(script), error);
    return db;
}

} // namespace ferry::test
