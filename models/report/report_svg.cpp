#include "report/report_svg.h"

#include <QLocale>
#include <algorithm>

namespace ferry {

namespace {

constexpr int kWidth = 820;
constexpr int kLabelWidth = 170;
constexpr int kNoteWidth = 190;
constexpr int kBarWidth = kWidth - kLabelWidth - kNoteWidth - 10;
constexpr int kRowHeight = 26;
constexpr int kBarHeight = 18;
constexpr double kCharWidth = 6.6; // of the 12px sans-serif used, for fitting text; generous on purpose
constexpr int kMinSegment = 3;     // one rejected row out of a million must still be visible

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString elided(const QString& s, int maxChars)
{
    return s.size() <= maxChars ? s : s.left(maxChars - 1) + QChar(0x2026);
}

qint64 totalOf(const QList<SvgSegment>& segments)
{
    qint64 total = 0;
    for (const SvgSegment& s : segments)
        total += s.value;
    return total;
}

// Pixel widths of the segments, at least kMinSegment for every non-zero value, summing to `full`.
QList<int> segmentWidths(const QList<SvgSegment>& segments, qint64 scaleTotal, int full)
{
    QList<int> widths;
    const qint64 rowTotal = totalOf(segments);
    const int rowWidth = scaleTotal > 0 ? int(double(full) * double(rowTotal) / double(scaleTotal) + 0.5) : 0;
    int used = 0;
    for (const SvgSegment& s : segments) {
        int w = rowTotal > 0 ? int(double(rowWidth) * double(s.value) / double(rowTotal) + 0.5) : 0;
        if (s.value > 0)
            w = std::max(w, kMinSegment);
        widths << w;
        used += w;
    }
    // Rounding and minimum widths may overshoot: take the difference from the widest segment.
    if (!widths.isEmpty() && rowTotal > 0) {
        const auto widest = std::max_element(widths.begin(), widths.end());
        *widest = std::max(kMinSegment, *widest - (used - rowWidth));
    }
    return widths;
}

// Label, colour and total of every kind of segment, in first-seen order.
QList<SvgSegment> legendOf(const QList<SvgBarRow>& rows)
{
    QList<SvgSegment> legend;
    for (const SvgBarRow& r : rows) {
        for (const SvgSegment& s : r.segments) {
            auto it =
                std::find_if(legend.begin(), legend.end(), [&](const SvgSegment& l) { return l.label == s.label; });
            if (it == legend.end())
                legend << s;
            else
                it->value += s.value;
        }
    }
    return legend;
}

qint64 largestTotal(const QList<SvgBarRow>& rows)
{
    qint64 largest = 0;
    for (const SvgBarRow& r : rows)
        largest = std::max(largest, totalOf(r.segments));
    return largest;
}

// One bar at height y: its label, its segments (each with a tooltip, and its number where it fits) and
// its note. scaleTotal is the total that fills the whole bar width.
QString barRow(const SvgBarRow& r, int y, qint64 scaleTotal, const QLocale& locale)
{
    QString svg =
        QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" class=\"label\">%3<title>%4</title></text>")
            .arg(kLabelWidth - 8)
            .arg(y + 17)
            .arg(esc(elided(r.label, 24)), esc(r.label));
    const QList<int> widths = segmentWidths(r.segments, scaleTotal, kBarWidth);
    int x = kLabelWidth;
    if (totalOf(r.segments) == 0)
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" class=\"empty\"/>")
                   .arg(x)
                   .arg(y + 4)
                   .arg(kBarWidth)
                   .arg(kBarHeight);
    for (qsizetype i = 0; i < r.segments.size(); ++i) {
        const SvgSegment& s = r.segments[i];
        if (s.value <= 0)
            continue;
        const QString number = locale.toString(s.value);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\">"
                              "<title>%6: %7</title></rect>")
                   .arg(x)
                   .arg(y + 4)
                   .arg(widths[i])
                   .arg(kBarHeight)
                   .arg(esc(s.colour), esc(s.label), number);
        // The number inside the segment when it fits; the legend and the table have it anyway.
        if (widths[i] >= int(number.size() * kCharWidth) + 8)
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" class=\"in\">%3</text>")
                       .arg(x + widths[i] / 2)
                       .arg(y + 17)
                       .arg(number);
        x += widths[i];
    }
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"note\">%3</text>\n").arg(x + 6).arg(y + 17).arg(esc(r.note));
    return svg;
}

// A swatch, the label and the total of each kind of segment, in one line at height top.
QString legendLine(const QList<SvgSegment>& legend, int top, const QLocale& locale)
{
    QString svg;
    int x = kLabelWidth;
    for (const SvgSegment& l : legend) {
        const QString text = QStringLiteral("%1 %2").arg(l.label, locale.toString(l.value));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"12\" fill=\"%3\"/>"
                              "<text x=\"%4\" y=\"%5\" class=\"legend\">%6</text>")
                   .arg(x)
                   .arg(top)
                   .arg(esc(l.colour))
                   .arg(x + 16)
                   .arg(top + 11)
                   .arg(esc(text));
        x += 16 + int(text.size() * kCharWidth) + 18;
    }
    return svg;
}

} // namespace

QString ReportSvg::stackedBars(const QList<SvgBarRow>& rows, bool perRowScale, const QString& accessibleTitle)
{
    if (rows.isEmpty())
        return {};
    const QLocale locale;
    const qint64 maxTotal = largestTotal(rows);
    const int legendTop = int(rows.size()) * kRowHeight + 8;
    const int height = legendTop + 22;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
                                 "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" aria-label=\"%3\">"
                                 "<title>%3</title>\n")
                      .arg(kWidth)
                      .arg(height)
                      .arg(esc(accessibleTitle));
    int y = 0;
    for (const SvgBarRow& r : rows) {
        svg += barRow(r, y, perRowScale ? totalOf(r.segments) : maxTotal, locale);
        y += kRowHeight;
    }
    svg += legendLine(legendOf(rows), legendTop, locale);
    svg += QStringLiteral("</svg>\n");
    return svg;
}

} // namespace ferry
