#pragma once
// Inline SVG charts for the HTML report: drawn as text, so the page needs no script, font or image
// file. Every bar carries its number in text and a <title> tooltip; colour is never the only signal.
#include <QList>
#include <QString>

namespace ferry {

struct SvgSegment {
    QString label; // legend text, e.g. "inserted"
    qint64 value = 0;
    QString colour; // CSS colour
};

struct SvgBarRow {
    QString label;              // left of the bar, e.g. the table name
    QList<SvgSegment> segments; // drawn left to right
    QString note;               // right of the bar, e.g. "3,000 rows"
};

class ReportSvg {
public:
    // Horizontal stacked bars, one row each, with a legend below listing every segment label with its
    // total. perRowScale: every bar fills the width (proportions per row, for counts that must add up);
    // otherwise bars are scaled to the largest row (comparisons between rows). Returns "" for no rows.
    static QString stackedBars(const QList<SvgBarRow>& rows, bool perRowScale, const QString& accessibleTitle);
};

} // namespace ferry
