#include "time_breakdown.h"

#include <QLocale>
#include <algorithm>

namespace ferry::ui {

TimeBreakdown::TimeBreakdown(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("timeBreakdown"));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QString TimeBreakdown::seconds(double ms)
{
    // Hundredths: the demo's tables take a few hundredths of a second each.
    return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', ms < 10000 ? 2 : 1));
}

void TimeBreakdown::clear()
{
    QLabel::clear();
}

void TimeBreakdown::setSummary(const RunSummary& summary)
{
    if (summary.timings.isEmpty()) {
        clear();
        return;
    }
    const auto th = [](const QString& t) {
        return QStringLiteral("<th style=\"padding:1px 10px;text-align:left;\">%1</th>").arg(t.toHtmlEscaped());
    };
    const auto td = [](const QString& t, bool bold = false) {
        return QStringLiteral("<td style=\"padding:1px 10px;text-align:right;\">%1%2%3</td>")
            .arg(bold ? QStringLiteral("<b>") : QString(), t.toHtmlEscaped(),
                 bold ? QStringLiteral("</b>") : QString());
    };
    QString html = QStringLiteral("<p><b>%1</b></p><table><tr>").arg(tr("Where the time went").toHtmlEscaped());
    for (const QString& h : {tr("Table"), tr("Time"), tr("Reading"), tr("Preparing"), tr("Writing")})
        html += th(h);
    html += QStringLiteral("</tr>");
    TableTiming total;
    for (qsizetype i = 0; i < summary.timings.size() && i < summary.tables.size(); ++i) {
        const TableTiming& t = summary.timings[i];
        const double most = std::max({t.readMs, t.prepareMs, t.writeMs});
        html += QStringLiteral("<tr><td style=\"padding:1px 10px;\">%1</td>")
                    .arg(tr("%1 → %2").arg(summary.tables[i].source, summary.tables[i].target).toHtmlEscaped());
        html += td(seconds(t.elapsedMs)) + td(seconds(t.readMs), most > 0 && t.readMs == most) +
                td(seconds(t.prepareMs), most > 0 && t.prepareMs == most) +
                td(seconds(t.writeMs), most > 0 && t.writeMs == most) + QStringLiteral("</tr>");
        total.elapsedMs += t.elapsedMs;
        total.readMs += t.readMs;
        total.prepareMs += t.prepareMs;
        total.writeMs += t.writeMs;
    }
    html += QStringLiteral("<tr><td style=\"padding:1px 10px;\"><b>%1</b></td>").arg(tr("All tables").toHtmlEscaped()) +
            td(seconds(total.elapsedMs), true) + td(seconds(total.readMs)) + td(seconds(total.prepareMs)) +
            td(seconds(total.writeMs)) + QStringLiteral("</tr></table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The stages work at the same time, so a table's stage times can add up to more than its "
                        "time; the largest (in bold) is what held it up.")
                         .toHtmlEscaped());
    setText(html);
}

} // namespace ferry::ui
