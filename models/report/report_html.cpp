#include "report/report_html.h"

#include "report/report_svg.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <array>

namespace ferry {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString num(qint64 n)
{
    return QLocale().toString(n);
}

const QString kInserted = QStringLiteral("#2e7d32");
const QString kUpdated = QStringLiteral("#1565c0");
const QString kSkipped = QStringLiteral("#8d8d8d");
const QString kUnchanged = QStringLiteral("#b9c7d6");
const QString kRejected = QStringLiteral("#c62828");
const QString kMayLose = QStringLiteral("#e08a00");

constexpr std::array kAllKinds = {MismatchKind::Truncation,      MismatchKind::Rounding,    MismatchKind::Encoding,
                                  MismatchKind::TimeZone,        MismatchKind::Range,       MismatchKind::Conversion,
                                  MismatchKind::MappedToDefault, MismatchKind::NullRequired};

// Inline CSS: the page must read well on screen, printed, and in a mail client that strips nothing.
const char* const kStyle = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:2em auto;
max-width:1200px;padding:0 1.5em;color:#1f1f1f;line-height:1.4}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:2px solid #ddd;padding-bottom:.2em}
h3{margin-bottom:.3em}
.meta{color:#555;margin:.2em 0}.summary{font-size:1.15em;font-weight:600;margin:1em 0;padding:.6em .9em;
background:#f4f6f8;border-left:4px solid #1565c0}
nav ol{padding-left:1.4em;columns:2;max-width:40em}nav a{color:#1565c0}
table{border-collapse:collapse;margin:.6em 0 1em}th,td{border:1px solid #c8c8c8;padding:4px 8px;text-align:left;
vertical-align:top}th{background:#eef0f2}tr:nth-child(even) td{background:#fafafa}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.problem,tr:nth-child(even) td.problem{background:#ffd6d0;font-weight:600;outline:2px dashed #c62828;
outline-offset:-3px}
.wide{overflow-x:auto}td.v{white-space:pre-wrap}code{font-family:ui-monospace,Consolas,"DejaVu Sans Mono",monospace;font-size:.92em;
white-space:pre-wrap;word-break:break-word;background:#f3f3f3;padding:0 3px;border-radius:3px}
.arrow{color:#777;padding:0 .3em}.none{color:#777;font-style:italic}
.badge{display:inline-block;padding:0 .6em;border-radius:1em;font-size:.88em;font-weight:600;white-space:nowrap;
border:1px solid}
.exact,.ok{background:#e6f4e7;color:#1b5e20;border-color:#81c784}.may-lose{background:#fff3e0;color:#7a4200;
border-color:#ffb74d}.will-fail,.blocking,.bad{background:#fdecea;color:#9b1c1c;border-color:#e57373}
.warning{background:#f1f1f1;color:#444;border-color:#bbb}
.note{color:#444;background:#fffbe6;border:1px solid #eedc82;padding:.3em .7em;display:inline-block}
p.error{color:#9b1c1c;font-weight:600}
svg.chart{max-width:100%;height:auto;font-family:system-ui,Arial,sans-serif;font-size:12px;margin:.4em 0}
svg .label,svg .note,svg .legend{fill:#1f1f1f}svg .in{fill:#fff;font-weight:600}svg .empty{fill:#eee}
@media print{body{margin:0;max-width:none}nav{display:none}h2{page-break-after:avoid}tr{page-break-inside:avoid}}
)";

QString sectionHeading(const QString& id, const QString& title)
{
    return QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(id, esc(title));
}

QString paragraph(const QString& text, const QString& cssClass = {})
{
    return cssClass.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(esc(text))
                              : QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cssClass, esc(text));
}

QString headRow(const QStringList& heads, const QList<int>& numeric = {})
{
    QString h = QStringLiteral("<tr>");
    for (int i = 0; i < heads.size(); ++i)
        h += numeric.contains(i) ? QStringLiteral("<th class=\"n\">%1</th>").arg(esc(heads[i]))
                                 : QStringLiteral("<th>%1</th>").arg(esc(heads[i]));
    return h + QStringLiteral("</tr>\n");
}

QString cell(const QString& text)
{
    return QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString numCell(qint64 n)
{
    return QStringLiteral("<td class=\"n\">%1</td>").arg(num(n));
}

QString codeCell(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("<td></td>") : QStringLiteral("<td><code>%1</code></td>").arg(esc(text));
}

QString badge(const QString& cssClass, const QString& text)
{
    return QStringLiteral("<span class=\"badge %1\">%2</span>").arg(cssClass, esc(text));
}

QString riskBadge(Risk r)
{
    static const QString symbols[] = {QStringLiteral("\u2713 "), QStringLiteral("! "), QStringLiteral("\u2717 ")};
    return badge(riskName(r), symbols[int(r)] + ReportHtml::riskLabel(r));
}

QString csvLink(const QString& csvPrefix, const QString& suffix)
{
    const QString name = csvPrefix + QLatin1Char('-') + suffix + QStringLiteral(".csv");
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(name), esc(name));
}

// The note under a list: where the rows not on the page are.
QString cutNotes(bool cut, const QString& cutText, qint64 notKept, const QString& notKeptText)
{
    QString h;
    if (cut)
        h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(cutText);
    if (notKept > 0)
        h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(notKeptText));
    return h;
}

// Stable order of tables as they appear in the list, so grouped sections follow the run's order.
template <typename T> QList<QList<const T*>> groupedByTable(const QList<T>& items, qsizetype limit)
{
    QList<QList<const T*>> groups;
    QStringList names;
    for (qsizetype i = 0; i < items.size() && i < limit; ++i) {
        const qsizetype at = names.indexOf(items[i].table);
        if (at < 0) {
            names << items[i].table;
            groups.append(QList<const T*>{&items[i]});
        } else {
            groups[at] << &items[i];
        }
    }
    return groups;
}

QString tableLabel(const TableCounts& t)
{
    return t.source == t.target || t.target.isEmpty() ? t.source : t.source + QStringLiteral(" \u2192 ") + t.target;
}

// Right of a table's bar: its size, and its rejects, which may be too thin to see in the bar.
QString rowsNote(const TableCounts& t)
{
    const QString rows = t.read == 1 ? ReportHtml::tr("1 row") : ReportHtml::tr("%1 rows").arg(num(t.read));
    return t.rejected > 0 ? ReportHtml::tr("%1, %2 rejected").arg(rows, num(t.rejected)) : rows;
}

QString countsSection(const RunSummary& s, const QString& csvPrefix)
{
    QString h = sectionHeading(QStringLiteral("counts"), ReportHtml::tr("1. Counts per table and outcome"));
    if (s.dryRun)
        h += paragraph(ReportHtml::tr("A dry run writes nothing: these numbers say what a run would do."));
    for (const QString& note : s.dryRunNotes) // rehearsed by the target, or predicted and with what limits
        h += paragraph(note, s.rehearsed ? QString() : QStringLiteral("note"));
    if (s.tables.isEmpty())
        return h + paragraph(ReportHtml::tr("No table was read."), QStringLiteral("none"));

    QList<SvgBarRow> bars;
    for (const TableCounts& t : s.tables)
        bars << SvgBarRow{tableLabel(t),
                          {{ReportHtml::tr("inserted"), t.inserted, kInserted},
                           {ReportHtml::tr("updated"), t.updated, kUpdated},
                           {ReportHtml::tr("unchanged"), t.unchanged, kUnchanged},
                           {ReportHtml::tr("skipped"), t.skipped, kSkipped},
                           {ReportHtml::tr("rejected"), t.rejected, kRejected}},
                          rowsNote(t)};
    h += ReportSvg::stackedBars(bars, true, ReportHtml::tr("Rows per table by outcome"));

    h += QStringLiteral("<div class=\"wide\"><table>\n");
    h += headRow({ReportHtml::tr("Source"), ReportHtml::tr("Target"), ReportHtml::tr("Read"),
                  ReportHtml::tr("Inserted"), ReportHtml::tr("Updated"), ReportHtml::tr("Unchanged"),
                  ReportHtml::tr("Skipped"), ReportHtml::tr("Rejected"), ReportHtml::tr("Duplicates"),
                  ReportHtml::tr("Flagged"), ReportHtml::tr("Mismatches"), ReportHtml::tr("Check")},
                 {2, 3, 4, 5, 6, 7, 8, 9, 10});
    for (const TableCounts& t : s.tables) {
        h += QStringLiteral("<tr>") + cell(t.source) + cell(t.target);
        for (qint64 n :
             {t.read, t.inserted, t.updated, t.unchanged, t.skipped, t.rejected, t.duplicates, t.flagged, t.mismatches})
            h += numCell(n);
        QString check;
        if (t.balanced()) {
            check = badge(QStringLiteral("ok"), QStringLiteral("\u2713 ") + ReportHtml::tr("all rows accounted for"));
        } else {
            const qint64 off = t.read - (t.inserted + t.updated + t.unchanged + t.skipped + t.rejected);
            check =
                badge(QStringLiteral("bad"),
                      QStringLiteral("\u2717 ") + (off > 0 ? ReportHtml::tr("%1 rows unaccounted for").arg(num(off))
                                                           : ReportHtml::tr("%1 rows counted twice").arg(num(-off))));
        }
        if (!t.completed)
            check += QStringLiteral(" ") + badge(QStringLiteral("warning"), ReportHtml::tr("not finished"));
        h += QStringLiteral("<td>%1</td></tr>\n").arg(check);
    }
    h += QStringLiteral("</table></div>\n");
    h += QStringLiteral("<p>%1</p>\n")
             .arg(ReportHtml::tr("Also in %1.").arg(csvLink(csvPrefix, QStringLiteral("counts"))));
    return h;
}

QString preflightSection(const RunSummary& s, const QString& csvPrefix)
{
    QString h = sectionHeading(QStringLiteral("preflight"), ReportHtml::tr("2. Pre-flight checks"));
    if (s.preflight.isEmpty())
        return h + paragraph(ReportHtml::tr("No pre-flight problem was found."), QStringLiteral("none"));
    QList<const PreflightFinding*> order;
    for (const PreflightFinding& f : s.preflight)
        order << &f;
    std::stable_sort(order.begin(), order.end(),
                     [](const PreflightFinding* a, const PreflightFinding* b) { return a->blocking && !b->blocking; });
    h += paragraph(ReportHtml::tr("Problems the target would cause. Blocking ones make rows fail (or the run "
                                  "impossible) as the project stands; warnings are worth a look."));
    h += QStringLiteral("<div class=\"wide\"><table>\n");
    h += headRow({ReportHtml::tr("Severity"), ReportHtml::tr("Check"), ReportHtml::tr("Table"),
                  ReportHtml::tr("Columns"), ReportHtml::tr("Constraint"), ReportHtml::tr("Rows"),
                  ReportHtml::tr("Sample keys"), ReportHtml::tr("Detail")},
                 {5});
    for (const PreflightFinding* f : order) {
        h += QStringLiteral("<tr><td>%1</td>")
                 .arg(f->blocking
                          ? badge(QStringLiteral("blocking"), QStringLiteral("\u2717 ") + ReportHtml::tr("blocking"))
                          : badge(QStringLiteral("warning"), ReportHtml::tr("warning")));
        h += cell(ReportHtml::preflightLabel(f->kind)) + cell(f->table) + cell(f->columns.join(QStringLiteral(", "))) +
             cell(f->constraint) + numCell(f->rows) + cell(f->sampleKeys.join(QStringLiteral(", "))) + cell(f->detail) +
             QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table></div>\n");
    h += QStringLiteral("<p>%1</p>\n")
             .arg(ReportHtml::tr("Also in %1.").arg(csvLink(csvPrefix, QStringLiteral("preflight"))));
    return h;
}

QString riskSection(const RunSummary& s, const QString& csvPrefix)
{
    QString h = sectionHeading(QStringLiteral("column-risks"), ReportHtml::tr("3. Column risk summary"));
    if (s.columnRisks.isEmpty() && s.mismatches.isEmpty())
        return h + paragraph(ReportHtml::tr("Every mapped column arrives exactly as it left."), QStringLiteral("none"));

    QList<const ColumnRisk*> order;
    for (const ColumnRisk& c : s.columnRisks)
        order << &c;
    std::stable_sort(order.begin(), order.end(),
                     [](const ColumnRisk* a, const ColumnRisk* b) { return int(a->risk) > int(b->risk); });
    if (!order.isEmpty()) {
        h += paragraph(ReportHtml::tr("Columns not listed arrive exactly."));
        h += QStringLiteral("<table>\n");
        h += headRow({ReportHtml::tr("Table"), ReportHtml::tr("Column"), ReportHtml::tr("Risk"),
                      ReportHtml::tr("May lose"), ReportHtml::tr("Will fail"), ReportHtml::tr("Kinds")},
                     {3, 4});
        for (const ColumnRisk* c : order) {
            QStringList kinds;
            for (const QString& k : c->kinds)
                kinds << ReportHtml::kindLabel(k);
            h += QStringLiteral("<tr>") + cell(c->table) + cell(c->column) +
                 QStringLiteral("<td>%1</td>").arg(riskBadge(c->risk)) + numCell(c->mayLose) + numCell(c->willFail) +
                 cell(kinds.join(QStringLiteral(", "))) + QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }

    // Mismatches by kind, split by risk.
    QList<SvgBarRow> bars;
    for (MismatchKind k : kAllKinds) {
        qint64 mayLose = 0;
        qint64 willFail = 0;
        for (const MismatchRecord& m : s.mismatches)
            if (m.kind == k)
                (m.risk == Risk::WillFail ? willFail : mayLose) += 1;
        if (mayLose + willFail > 0)
            bars << SvgBarRow{ReportHtml::kindLabel(k),
                              {{ReportHtml::riskLabel(Risk::MayLose), mayLose, kMayLose},
                               {ReportHtml::riskLabel(Risk::WillFail), willFail, kRejected}},
                              num(mayLose + willFail)};
    }
    if (!bars.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(ReportHtml::tr("Mismatches by kind")));
        h += ReportSvg::stackedBars(bars, false, ReportHtml::tr("Mismatches by kind"));
        if (s.mismatchesNotKept > 0)
            h += paragraph(
                ReportHtml::tr("The chart counts the %1 mismatches kept in memory.").arg(num(s.mismatches.size())),
                QStringLiteral("note"));
    }
    h += QStringLiteral("<p>%1</p>\n")
             .arg(ReportHtml::tr("Also in %1.").arg(csvLink(csvPrefix, QStringLiteral("column-risks"))));
    return h;
}

QString keyList(const QStringList& keys)
{
    constexpr int kShown = 10;
    QString text = keys.mid(0, kShown).join(QStringLiteral(", "));
    if (keys.size() > kShown)
        text += QLatin1Char(' ') + ReportHtml::tr("and %1 more").arg(num(keys.size() - kShown));
    return text;
}

QString duplicatesSection(const RunSummary& s, const QString& csvPrefix)
{
    QString h = sectionHeading(QStringLiteral("duplicates"), ReportHtml::tr("4. Duplicate clusters"));
    if (s.clusters.isEmpty() && s.clustersNotKept == 0)
        return h + paragraph(ReportHtml::tr("No duplicates were found."), QStringLiteral("none"));
    const auto groups = groupedByTable(s.clusters, ReportHtml::kMaxRows);
    for (const auto& group : groups) {
        const qsizetype total = std::count_if(s.clusters.begin(), s.clusters.end(),
                                              [&](const DuplicateCluster& c) { return c.table == group[0]->table; });
        h += QStringLiteral("<h3>%1</h3>\n")
                 .arg(esc(total == 1 ? ReportHtml::tr("%1: 1 cluster").arg(group[0]->table)
                                     : ReportHtml::tr("%1: %2 clusters").arg(group[0]->table, num(total))));
        h += QStringLiteral("<div class=\"wide\"><table>\n");
        h += headRow({ReportHtml::tr("Rules"), ReportHtml::tr("Action"), ReportHtml::tr("Kept"),
                      ReportHtml::tr("Members"), ReportHtml::tr("Target row"), ReportHtml::tr("Explanation")});
        for (const DuplicateCluster* c : group)
            h += QStringLiteral("<tr>") + cell(c->rules.join(ReportHtml::tr(", "))) + codeCell(c->action) +
                 (c->keptKey.isEmpty() ? QStringLiteral("<td class=\"none\">%1</td>").arg(esc(ReportHtml::tr("none")))
                                       : cell(c->keptKey)) +
                 cell(keyList(c->memberKeys)) + cell(c->targetKey) + cell(c->explanation) + QStringLiteral("</tr>\n");
        h += QStringLiteral("</table></div>\n");
    }
    const qsizetype shownClusters = std::min<qsizetype>(s.clusters.size(), ReportHtml::kMaxRows);
    h += cutNotes(s.clusters.size() > shownClusters,
                  ReportHtml::tr("The first %1 of %2 clusters are shown; %3 more are in the CSV file %4.")
                      .arg(num(shownClusters), num(s.clusters.size()), num(s.clusters.size() - shownClusters),
                           csvLink(csvPrefix, QStringLiteral("duplicates"))),
                  s.clustersNotKept,
                  ReportHtml::tr("%1 more clusters were found than the run keeps in memory; they are counted in the "
                                 "summary but listed neither here nor in the CSV file.")
                      .arg(num(s.clustersNotKept)));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(ReportHtml::tr("Also in %1.").arg(csvLink(csvPrefix, QStringLiteral("duplicates"))));
    return h;
}

QString mismatchesSection(const RunSummary& s, const QString& csvPrefix)
{
    QString h = sectionHeading(QStringLiteral("mismatches"), ReportHtml::tr("5. Mismatches"));
    if (s.mismatches.isEmpty() && s.mismatchesNotKept == 0)
        return h + paragraph(ReportHtml::tr("No value would change on the way."), QStringLiteral("none"));
    h += QStringLiteral("<div class=\"wide\"><table>\n");
    h += headRow({ReportHtml::tr("Table"), ReportHtml::tr("Key"), ReportHtml::tr("Column"), ReportHtml::tr("Kind"),
                  ReportHtml::tr("Risk"), ReportHtml::tr("Before \u2192 after"), ReportHtml::tr("Reason")});
    const qsizetype shown = std::min<qsizetype>(s.mismatches.size(), ReportHtml::kMaxRows);
    for (qsizetype i = 0; i < shown; ++i) {
        const MismatchRecord& m = s.mismatches[i];
        const QString after =
            m.after.isEmpty() && m.risk == Risk::WillFail
                ? QStringLiteral("<span class=\"none\">%1</span>").arg(esc(ReportHtml::tr("row rejected")))
                : QStringLiteral("<code>%1</code>").arg(esc(m.after));
        h += QStringLiteral("<tr>") + cell(m.table) + cell(m.sourceKey) + cell(m.column) +
             cell(ReportHtml::kindLabel(m.kind)) + QStringLiteral("<td>%1</td>").arg(riskBadge(m.risk)) +
             QStringLiteral("<td><code>%1</code><span class=\"arrow\">\u2192</span>%2</td>").arg(esc(m.before), after) +
             cell(m.reason) + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table></div>\n");
    h += cutNotes(s.mismatches.size() > shown,
                  ReportHtml::tr("The first %1 of %2 mismatches are shown; %3 more are in the CSV file %4.")
                      .arg(num(shown), num(s.mismatches.size()), num(s.mismatches.size() - shown),
                           csvLink(csvPrefix, QStringLiteral("mismatches"))),
                  s.mismatchesNotKept,
                  ReportHtml::tr("%1 more mismatches were found than the run keeps in memory; they are counted in "
                                 "the summary and the counts per table but listed neither here nor in the CSV file.")
                      .arg(num(s.mismatchesNotKept)));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(ReportHtml::tr("Also in %1.").arg(csvLink(csvPrefix, QStringLiteral("mismatches"))));
    return h;
}

QString rejectsSection(const RunSummary& s, const QString& csvPrefix)
{
    QString h = sectionHeading(QStringLiteral("rejects"), ReportHtml::tr("6. Rejected rows"));
    if (s.rejects.isEmpty() && s.rejectsNotKept == 0)
        return h + paragraph(ReportHtml::tr("No row was rejected."), QStringLiteral("none"));
    h += paragraph(ReportHtml::tr("The marked cells hold the source values that caused the problem."));
    // One table per target table, so every value sits under its column name.
    for (const auto& group : groupedByTable(s.rejects, ReportHtml::kMaxRows)) {
        const QStringList names = s.sourceColumns.value(group[0]->tableIndex);
        h += QStringLiteral("<h3>%1</h3>\n<div class=\"wide\"><table>\n").arg(esc(group[0]->table));
        h += headRow(QStringList{ReportHtml::tr("Key"), ReportHtml::tr("Column"), ReportHtml::tr("Reason"),
                                 ReportHtml::tr("SQL state")} +
                     names);
        for (const RejectRecord* r : group) {
            h += QStringLiteral("<tr><td>%1</td><td class=\"problem\">%2</td><td>%3</td><td>%4</td>")
                     .arg(esc(r->sourceKey), esc(r->column), esc(r->reason), esc(r->sqlState));
            for (int i = 0; i < r->values.size(); ++i)
                h += QStringLiteral("<td class=\"v%1\" title=\"%2\">%3</td>")
                         .arg(r->cells.contains(i) ? QStringLiteral(" problem") : QString(), esc(r->reason),
                              esc(r->values[i]));
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table></div>\n");
    }
    QString notKept = ReportHtml::tr("%1 more rejected rows were not kept in memory; the run's reject file lists "
                                     "them all.")
                          .arg(num(s.rejectsNotKept));
    if (!s.rejectsFile.isEmpty())
        notKept += QLatin1Char(' ') + s.rejectsFile;
    const qsizetype shownRejects = std::min<qsizetype>(s.rejects.size(), ReportHtml::kMaxRows);
    h += cutNotes(s.rejects.size() > shownRejects,
                  ReportHtml::tr("The first %1 of %2 rejected rows are shown; %3 more are in the CSV file %4.")
                      .arg(num(shownRejects), num(s.rejects.size()), num(s.rejects.size() - shownRejects),
                           csvLink(csvPrefix, QStringLiteral("rejects"))),
                  s.rejectsNotKept, notKept);
    h += QStringLiteral("<p>%1</p>\n")
             .arg(ReportHtml::tr("Also in %1.").arg(csvLink(csvPrefix, QStringLiteral("rejects"))));
    return h;
}

} // namespace

QString ReportHtml::riskLabel(Risk r)
{
    switch (r) {
    case Risk::Exact:
        return tr("exact");
    case Risk::MayLose:
        return tr("may lose");
    case Risk::WillFail:
        break;
    }
    return tr("will fail");
}

QString ReportHtml::kindLabel(MismatchKind k)
{
    switch (k) {
    case MismatchKind::Truncation:
        return tr("truncation");
    case MismatchKind::Rounding:
        return tr("rounding");
    case MismatchKind::Encoding:
        return tr("encoding");
    case MismatchKind::TimeZone:
        return tr("time zone");
    case MismatchKind::Range:
        return tr("out of range");
    case MismatchKind::Conversion:
        return tr("conversion");
    case MismatchKind::MappedToDefault:
        return tr("mapped to default");
    case MismatchKind::NullRequired:
        break;
    }
    return tr("NULL into required column");
}

QString ReportHtml::kindLabel(const QString& name)
{
    for (MismatchKind k : kAllKinds)
        if (mismatchKindName(k) == name)
            return kindLabel(k);
    return name;
}

QString ReportHtml::preflightLabel(PreflightFinding::Kind k)
{
    switch (k) {
    case PreflightFinding::Kind::RequiredUnmapped:
        return tr("required column without mapping or default");
    case PreflightFinding::Kind::UniqueWithinLoad:
        return tr("unique key repeated within the load");
    case PreflightFinding::Kind::UniqueAgainstTarget:
        return tr("unique key already in the target");
    case PreflightFinding::Kind::MissingParent:
        return tr("parent row will not exist");
    case PreflightFinding::Kind::CheckConstraint:
        break;
    }
    return tr("check constraint");
}

QString ReportHtml::summaryLine(const RunSummary& s)
{
    qint64 written = 0, unchanged = 0, skipped = 0, rejected = 0, mismatchesCounted = 0;
    for (const TableCounts& t : s.tables) {
        written += t.inserted + t.updated;
        unchanged += t.unchanged;
        skipped += t.skipped;
        rejected += t.rejected;
        mismatchesCounted += t.mismatches;
    }
    const qint64 read = s.totalRead();
    const qint64 tables = s.tables.size();
    const qint64 clusters = s.clusters.size() + s.clustersNotKept;
    const qint64 mismatches = std::max<qint64>(mismatchesCounted, s.mismatches.size() + s.mismatchesNotKept);
    const qint64 preflight = s.preflight.size();

    QStringList outcomes;
    outcomes << (s.dryRun ? tr("%1 would be written").arg(num(written)) : tr("%1 written").arg(num(written)));
    if (unchanged > 0)
        outcomes << tr("%1 unchanged").arg(num(unchanged));
    if (skipped > 0)
        outcomes << tr("%1 skipped").arg(num(skipped));
    outcomes << tr("%1 rejected").arg(num(rejected));
    QStringList parts;
    parts << tr("%1, %2: %3")
                 .arg(tables == 1 ? tr("1 table") : tr("%1 tables").arg(num(tables)),
                      read == 1 ? tr("1 row") : tr("%1 rows").arg(num(read)), outcomes.join(QStringLiteral(", ")));
    parts << (clusters == 1 ? tr("1 duplicate cluster") : tr("%1 duplicate clusters").arg(num(clusters)));
    parts << (mismatches == 1 ? tr("1 mismatch") : tr("%1 mismatches").arg(num(mismatches)));
    parts << (preflight == 1 ? tr("1 pre-flight problem") : tr("%1 pre-flight problems").arg(num(preflight)));
    return parts.join(QStringLiteral("; "));
}

QString ReportHtml::page(const RunSummary& s, const ReportOptions& options, const QString& csvPrefix)
{
    const QLocale locale;
    const QString title = (s.dryRun ? tr("Dry run report: %1") : tr("Run report: %1")).arg(options.projectName);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<title>%1</title>\n<style>%2</style></head><body>\n")
             .arg(esc(title), QString::fromUtf8(kStyle));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    h += paragraph(tr("Written %1. Elapsed %2 s.")
                       .arg(locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat),
                            locale.toString(s.elapsedSeconds, 'f', 1)),
                   QStringLiteral("meta"));
    if (options.maskPersonal)
        h += paragraph(tr("Personal values (names, e-mail addresses, phone numbers, addresses …) are masked in "
                          "this report and its CSV files; keys are not."),
                       QStringLiteral("meta"));
    if (s.cancelled)
        h += paragraph(tr("The run was cancelled; the numbers cover what was done until then."),
                       QStringLiteral("error"));
    if (!s.error.isEmpty())
        h += paragraph(s.error, QStringLiteral("error"));
    h += paragraph(summaryLine(s), QStringLiteral("summary"));

    h += QStringLiteral("<nav><ol>");
    const QList<std::pair<QString, QString>> toc = {{QStringLiteral("counts"), tr("Counts per table and outcome")},
                                                    {QStringLiteral("preflight"), tr("Pre-flight checks")},
                                                    {QStringLiteral("column-risks"), tr("Column risk summary")},
                                                    {QStringLiteral("duplicates"), tr("Duplicate clusters")},
                                                    {QStringLiteral("mismatches"), tr("Mismatches")},
                                                    {QStringLiteral("rejects"), tr("Rejected rows")}};
    for (const auto& [anchor, text] : toc)
        h += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(anchor, esc(text));
    h += QStringLiteral("</ol></nav>\n");

    h += countsSection(s, csvPrefix);
    h += preflightSection(s, csvPrefix);
    h += riskSection(s, csvPrefix);
    h += duplicatesSection(s, csvPrefix);
    h += mismatchesSection(s, csvPrefix);
    h += rejectsSection(s, csvPrefix);
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace ferry
