#include "items/run_report.h"

#include "engine/run_output.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace ferry {

namespace {

QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& f : fields)
        quoted << RunOutput::csvField(f);
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QStringList columnNames(const RunSummary& s, const RejectRecord& r)
{
    return s.sourceColumns.value(r.tableIndex);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

bool save(const QString& path, const QString& text, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
        if (error)
            *error = RunReport::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

} // namespace

QString RunReport::countsCsv(const RunSummary& s)
{
    QString out =
        csvLine({QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("read"), QStringLiteral("inserted"),
                 QStringLiteral("updated"), QStringLiteral("skipped"), QStringLiteral("rejected"),
                 QStringLiteral("duplicates"), QStringLiteral("mismatches"), QStringLiteral("completed")});
    for (const TableCounts& t : s.tables)
        out += csvLine({t.source, t.target, QString::number(t.read), QString::number(t.inserted),
                        QString::number(t.updated), QString::number(t.skipped), QString::number(t.rejected),
                        QString::number(t.duplicates), QString::number(t.mismatches),
                        t.completed ? QStringLiteral("true") : QStringLiteral("false")});
    return out;
}

QString RunReport::rejectsCsv(const RunSummary& s)
{
    QString out = csvLine({QStringLiteral("table"), QStringLiteral("source_key"), QStringLiteral("column"),
                           QStringLiteral("reason"), QStringLiteral("sqlstate"), QStringLiteral("source_values")});
    for (const RejectRecord& r : s.rejects) {
        const QStringList names = columnNames(s, r);
        QStringList values;
        for (int i = 0; i < r.values.size(); ++i)
            values << (i < names.size() ? names[i] + QLatin1Char('=') + r.values[i] : r.values[i]);
        out += csvLine({r.table, r.sourceKey, r.column, r.reason, r.sqlState, values.join(QStringLiteral(" | "))});
    }
    return out;
}

QString RunReport::html(const RunSummary& s, const QString& projectName)
{
    const QLocale locale;
    const QString title = (s.dryRun ? tr("Dry run report: %1") : tr("Run report: %1")).arg(projectName);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n").arg(esc(title));
    h += QStringLiteral(
        "<style>body{font-family:sans-serif;margin:2em;color:#202020}table{border-collapse:collapse;margin:1em 0}"
        "th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}td.n{text-align:right}"
        "th{background:#eee}td.problem{background:#ffd6d0}.bad{color:#a00000}</style></head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(tr("Written %1. Elapsed %2 s.")
                          .arg(locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat))
                          .arg(locale.toString(s.elapsedSeconds, 'f', 1))));
    if (!s.error.isEmpty())
        h += QStringLiteral("<p class=\"bad\">%1</p>\n").arg(esc(s.error));

    h += QStringLiteral("<h2>%1</h2>\n<table><tr>").arg(esc(tr("Tables")));
    const QStringList heads = {tr("Source"),  tr("Target"),   tr("Read"),       tr("Inserted"),  tr("Updated"),
                               tr("Skipped"), tr("Rejected"), tr("Duplicates"), tr("Mismatches")};
    for (const QString& head : heads)
        h += QStringLiteral("<th>%1</th>").arg(esc(head));
    h += QStringLiteral("</tr>\n");
    for (const TableCounts& t : s.tables) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td>").arg(esc(t.source), esc(t.target));
        for (qint64 n : {t.read, t.inserted, t.updated, t.skipped, t.rejected, t.duplicates, t.mismatches})
            h += QStringLiteral("<td class=\"n\">%1</td>").arg(n);
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Rejected rows")));
    if (s.rejects.isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No row was rejected.")));
    if (s.rejectsNotKept > 0)
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(tr("The first %1 rejected rows are listed; %2 more are in the run's reject file.")
                              .arg(s.rejects.size())
                              .arg(s.rejectsNotKept)));
    // One table per source table, so every value sits under its column name.
    int shownTable = -2;
    for (const RejectRecord& r : s.rejects) {
        if (r.tableIndex != shownTable) {
            if (shownTable != -2)
                h += QStringLiteral("</table>\n");
            shownTable = r.tableIndex;
            h += QStringLiteral("<h3>%1</h3>\n<table><tr>").arg(esc(r.table));
            for (const QString& head : {tr("Key"), tr("Column"), tr("Reason"), tr("SQL state")})
                h += QStringLiteral("<th>%1</th>").arg(esc(head));
            for (const QString& name : columnNames(s, r))
                h += QStringLiteral("<th>%1</th>").arg(esc(name));
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("<tr><td>%1</td><td class=\"problem\">%2</td><td>%3</td><td>%4</td>")
                 .arg(esc(r.sourceKey), esc(r.column), esc(r.reason), esc(r.sqlState));
        for (int i = 0; i < r.values.size(); ++i)
            h += QStringLiteral("<td%1 title=\"%2\">%3</td>")
                     .arg(r.cells.contains(i) ? QStringLiteral(" class=\"problem\"") : QString(), esc(r.reason),
                          esc(r.values[i]));
        h += QStringLiteral("</tr>\n");
    }
    if (shownTable != -2)
        h += QStringLiteral("</table>\n");
    h += QStringLiteral("</body></html>\n");
    return h;
}

QStringList RunReport::write(const RunSummary& summary, const QString& projectName, const QString& dir, QString* error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    const QString prefix = summary.dryRun ? QStringLiteral("dry-run") : QStringLiteral("run");
    const QDir d(dir);
    const QStringList paths = {d.filePath(prefix + QStringLiteral("-counts.csv")),
                               d.filePath(prefix + QStringLiteral("-rejects.csv")),
                               d.filePath(prefix + QStringLiteral("-report.html"))};
    if (!save(paths[0], countsCsv(summary), error) || !save(paths[1], rejectsCsv(summary), error) ||
        !save(paths[2], html(summary, projectName), error))
        return {};
    return paths;
}

} // namespace ferry
