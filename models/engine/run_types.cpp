#include "run_types.h"

#include <QJsonArray>

namespace ferry {

TableCounts& TableCounts::operator+=(const TableCounts& o)
{
    read += o.read;
    inserted += o.inserted;
    updated += o.updated;
    unchanged += o.unchanged;
    skipped += o.skipped;
    rejected += o.rejected;
    duplicates += o.duplicates;
    mismatches += o.mismatches;
    flagged += o.flagged;
    return *this;
}

QJsonObject TableCounts::toJson() const
{
    return QJsonObject{{QStringLiteral("source"), source},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("read"), read},
                       {QStringLiteral("inserted"), inserted},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("duplicates"), duplicates},
                       {QStringLiteral("mismatches"), mismatches},
                       {QStringLiteral("flagged"), flagged},
                       {QStringLiteral("completed"), completed}};
}

TableCounts TableCounts::fromJson(const QJsonObject& o)
{
    TableCounts c;
    c.source = o.value(QLatin1String("source")).toString();
    c.target = o.value(QLatin1String("target")).toString();
    c.read = o.value(QLatin1String("read")).toInteger();
    c.inserted = o.value(QLatin1String("inserted")).toInteger();
    c.updated = o.value(QLatin1String("updated")).toInteger();
    c.unchanged = o.value(QLatin1String("unchanged")).toInteger(); // 0 in summaries written before it existed
    c.skipped = o.value(QLatin1String("skipped")).toInteger();
    c.rejected = o.value(QLatin1String("rejected")).toInteger();
    c.duplicates = o.value(QLatin1String("duplicates")).toInteger();
    c.mismatches = o.value(QLatin1String("mismatches")).toInteger();
    c.flagged = o.value(QLatin1String("flagged")).toInteger();
    c.completed = o.value(QLatin1String("completed")).toBool();
    return c;
}

qint64 RunSummary::totalRead() const
{
    qint64 n = 0;
    for (const TableCounts& t : tables)
        n += t.read;
    return n;
}

QString RunSummary::statusName(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Rejects:
        return QStringLiteral("rejects");
    case Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject RunSummary::toJson() const
{
    QJsonArray tablesJson;
    for (const TableCounts& t : tables)
        tablesJson << t.toJson();
    QJsonObject o{{QStringLiteral("status"), statusName(status)},
                  {QStringLiteral("dryRun"), dryRun},
                  {QStringLiteral("tables"), tablesJson},
                  {QStringLiteral("elapsedSeconds"), elapsedSeconds},
                  {QStringLiteral("rowsPerSecond"), elapsedSeconds > 0 ? totalRead() / elapsedSeconds : 0.0}};
    // How many findings the dry run's report lists (the lists themselves are in the report's files).
    qint64 mismatchTotal = 0;
    for (const TableCounts& t : tables)
        mismatchTotal += t.mismatches;
    // Per table and rule, the clusters that rule matched (a cluster matched by two rules counts for both).
    QJsonArray rulesJson;
    for (const DuplicateRuleCount& r : duplicateRules)
        rulesJson << QJsonObject{{QStringLiteral("source"), tables.value(r.tableIndex).source},
                                 {QStringLiteral("target"), r.table},
                                 {QStringLiteral("rule"), r.rule},
                                 {QStringLiteral("clusters"), r.clusters}};
    o.insert(QStringLiteral("findings"),
             QJsonObject{{QStringLiteral("duplicateClusters"), qint64(clusters.size()) + clustersNotKept},
                         {QStringLiteral("duplicateRules"), rulesJson},
                         {QStringLiteral("mismatches"), mismatchTotal},
                         {QStringLiteral("riskyColumns"), qint64(columnRisks.size())},
                         {QStringLiteral("preflight"), qint64(preflight.size())}});
    // Where the time went, per table (stages overlap, so they may add up to more than elapsedMs).
    QJsonArray timingsJson;
    for (qsizetype i = 0; i < timings.size() && i < tables.size(); ++i)
        timingsJson << QJsonObject{
            {QStringLiteral("source"), tables[i].source},        {QStringLiteral("target"), tables[i].target},
            {QStringLiteral("elapsedMs"), timings[i].elapsedMs}, {QStringLiteral("readMs"), timings[i].readMs},
            {QStringLiteral("prepareMs"), timings[i].prepareMs}, {QStringLiteral("writeMs"), timings[i].writeMs}};
    o.insert(QStringLiteral("timings"), timingsJson);
    if (dryRun) {
        o.insert(QStringLiteral("rehearsed"), rehearsed);
        o.insert(QStringLiteral("dryRunNotes"), QJsonArray::fromStringList(dryRunNotes));
    }
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (cancelled)
        o.insert(QStringLiteral("cancelled"), true);
    if (!runDirectory.isEmpty()) {
        o.insert(QStringLiteral("runDirectory"), runDirectory);
        o.insert(QStringLiteral("logFile"), logFile);
        o.insert(QStringLiteral("rejectsFile"), rejectsFile);
    }
    return o;
}

} // namespace ferry
