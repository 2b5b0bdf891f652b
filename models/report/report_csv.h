#pragma once
// The report's CSV files, one per list: RFC 4180 quoting, a header row, and a guard against formula
// injection (a cell "=HYPERLINK(…)" from the source must not run when the client opens the file in a
// spreadsheet). Written as UTF-8 with a byte-order mark so Excel reads accents and CJK correctly.
#include "engine/run_types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ferry {

class ReportCsv {
public:
    // One cell: a leading = + - @ (or tab / carriage return) gets an apostrophe unless the cell is a
    // plain number; then quoted when it holds a comma, quote, CR or LF.
    static QString field(const QString& value);
    // One record, CRLF-terminated.
    static QString line(const QStringList& fields);
    // The bytes of a file: BOM + UTF-8.
    static QByteArray fileBytes(const QString& text);

    // The files' contents (headers in English: they are column names for tools, not prose).
    static QString counts(const RunSummary& s);
    static QString preflight(const RunSummary& s);
    static QString columnRisks(const RunSummary& s);
    static QString duplicates(const RunSummary& s);
    static QString mismatches(const RunSummary& s);
    static QString rejects(const RunSummary& s);
};

} // namespace ferry
