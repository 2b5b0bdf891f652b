#include "run_record.h"

#include "project/project_file.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::RunRecord", text);
}

const QList<std::pair<RunRecord::Status, QString>>& statusNames()
{
    static const QList<std::pair<RunRecord::Status, QString>> names = {
        {RunRecord::Status::Running, QStringLiteral("running")},
        {RunRecord::Status::Completed, QStringLiteral("completed")},
        {RunRecord::Status::Failed, QStringLiteral("failed")},
        {RunRecord::Status::Cancelled, QStringLiteral("cancelled")},
    };
    return names;
}

std::optional<RunRecord::Status> statusFromName(const QString& name)
{
    for (const auto& [status, text] : statusNames())
        if (text == name)
            return status;
    return std::nullopt;
}

} // namespace

QString runStatusName(RunRecord::Status s)
{
    for (const auto& [status, text] : statusNames())
        if (status == s)
            return text;
    return {};
}

bool RunRecord::save(const QString& runDirectory, QString* problem) const
{
    QJsonArray resumes;
    for (const QDateTime& t : resumed)
        resumes << t.toString(Qt::ISODateWithMs);
    QJsonObject o{{QStringLiteral("runId"), runId},
                  {QStringLiteral("project"), project},
                  {QStringLiteral("fingerprint"), fingerprint},
                  {QStringLiteral("status"), runStatusName(status)},
                  {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("resumed"), resumes},
                  {QStringLiteral("stateTable"), stateTable}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (maxBatchRows > 0)
        o.insert(QStringLiteral("maxBatchRows"), maxBatchRows);
    QSaveFile f(QDir(runDirectory).filePath(fileName()));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        if (problem)
            *problem = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(f.fileName()), f.errorString());
        return false;
    }
    return true;
}

std::optional<RunRecord> RunRecord::load(const QString& runDirectory, QString* problem)
{
    const QString path = QDir(runDirectory).filePath(fileName());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = tr("%1 is missing: this run folder was not written by a run that can be resumed")
                       .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &parse).object();
    RunRecord r;
    r.runId = o.value(QLatin1String("runId")).toString();
    r.project = o.value(QLatin1String("project")).toString();
    r.fingerprint = o.value(QLatin1String("fingerprint")).toString();
    r.error = o.value(QLatin1String("error")).toString();
    r.stateTable = o.value(QLatin1String("stateTable")).toString();
    r.maxBatchRows = o.value(QLatin1String("maxBatchRows")).toInt();
    r.started = QDateTime::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& v : o.value(QLatin1String("resumed")).toArray())
        r.resumed << QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    const std::optional<Status> status = statusFromName(o.value(QLatin1String("status")).toString());
    if (parse.error != QJsonParseError::NoError || r.runId.isEmpty() || r.fingerprint.isEmpty() || !status) {
        *problem = tr("%1 is damaged").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    r.status = *status;
    return r;
}

QString projectFingerprint(const Project& project)
{
    // Only what decides where rows go: names, password variables, timeouts, the output folder and the
    // state table may change.
    Project p = project;
    p.name.clear();
    p.options = RunOptions{};
    for (ConnectionProfile* c : {&p.source, &p.target}) {
        c->name.clear();
        c->passwordEnv.clear();
        c->loginTimeoutSeconds = ConnectionProfile().loginTimeoutSeconds;
        c->queryTimeoutSeconds = ConnectionProfile().queryTimeoutSeconds;
    }
    const QByteArray canonical = ProjectFile::toJson(p, QString());
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QStringList runDirectories(const QString& outputDirectory)
{
    static const QRegularExpression runName(QStringLiteral("^(\\d{8}-\\d{6})-run(-(\\d+))?$"));
    QDir dir(outputDirectory);
    QList<std::pair<std::pair<QString, int>, QString>> found;
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QRegularExpressionMatch m = runName.match(name);
        if (m.hasMatch()) // same second: "-run-2" comes after "-run"
            found.push_back({{m.captured(1), m.captured(3).isEmpty() ? 1 : m.captured(3).toInt()}, name});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList out;
    for (const auto& f : found)
        out << dir.absoluteFilePath(f.second);
    return out;
}

} // namespace ferry
