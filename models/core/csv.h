#pragma once
// RFC 4180 CSV, written and read in one place: the run folder's files (rejects.csv, dedupe.csv), the
// report's CSV files and the run ledger that reads the run folder back.
#include <QList>
#include <QString>
#include <QStringList>

namespace ferry::csv {

// The field as it stands in a line: in double quotes (inner quotes doubled) when it holds the
// delimiter, a quote or a line break; as it is otherwise.
QString field(const QString& value, QChar delimiter = QLatin1Char(','));

// The fields quoted as needed and joined, followed by `end`.
QString line(const QStringList& fields, const QString& end = QStringLiteral("\n"), QChar delimiter = QLatin1Char(','));

struct Record {
    int line = 0; // where the record starts, from 1 (a quoted field may span lines)
    QStringList fields;
};

// Every record of the text: fields may be quoted, quotes inside doubled, line breaks inside quotes
// kept; records end at LF, CRLF or CR. A trailing line break adds no empty record.
QList<Record> parse(const QString& text, QChar delimiter = QLatin1Char(','));

} // namespace ferry::csv
