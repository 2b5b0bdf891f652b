#include "run_history.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ferry {

QJsonObject HistoryEntry::toJson() const
{
    QJsonArray tables;
    TableCounts totals;
    for (const TableCounts& t : summary.tables) {
        tables << t.toJson();
        totals += t;
    }
    // The totals carry every count a table does (TableCounts::toJson), but no names.
    QJsonObject totalsJson = totals.toJson();
    for (const char* perTable : {"source", "target", "completed"})
        totalsJson.remove(QLatin1String(perTable));
    QJsonObject o{{QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("ended"), ended.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("command"), command},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("exitCode"), exitCode},
                  {QStringLiteral("elapsedSeconds"), double(started.msecsTo(ended)) / 1000.0},
                  {QStringLiteral("totals"), totalsJson},
                  {QStringLiteral("tables"), tables},
                  {QStringLiteral("runDirectory"), summary.runDirectory}};
    if (summary.elapsedSeconds > 0)
        o.insert(QStringLiteral("rowsPerSecond"), double(summary.totalRead()) / summary.elapsedSeconds);
    if (!summary.error.isEmpty())
        o.insert(QStringLiteral("error"), summary.error);
    return o;
}

QString RunHistory::statusOf(const RunSummary& summary)
{
    return summary.cancelled ? QStringLiteral("cancelled") : RunSummary::statusName(summary.status);
}

bool RunHistory::append(const QString& outputDirectory, const HistoryEntry& entry, QString* problem)
{
    QDir dir(outputDirectory);
    QFile f(dir.filePath(fileName()));
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    // Unbuffered: the line goes to the file in one write(), which O_APPEND puts at the end whole.
    if (!dir.mkpath(QStringLiteral(".")) || !f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered) ||
        f.write(line) != line.size()) {
        *problem = QCoreApplication::translate("ferry::RunHistory", "cannot add to %1: %2")
                       .arg(QDir::toNativeSeparators(f.fileName()), f.errorString());
        return false;
    }
    return true;
}

} // namespace ferry
