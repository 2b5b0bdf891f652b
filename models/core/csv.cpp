#include "csv.h"

namespace ferry::csv {

QString field(const QString& value, QChar delimiter)
{
    const bool plain = !value.contains(delimiter) && !value.contains(QLatin1Char('"')) &&
                       !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'));
    if (plain)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString line(const QStringList& fields, const QString& end, QChar delimiter)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += delimiter;
        out += field(fields[i], delimiter);
    }
    return out + end;
}

namespace {

// A small state machine over the text; one instance per parse.
class Parser {
public:
    Parser(const QString& text, QChar delimiter)
        : text_(text)
        , delimiter_(delimiter)
    {
    }

    QList<Record> run()
    {
        for (i_ = 0; i_ < text_.size(); ++i_) {
            const QChar c = text_[i_];
            if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !next(QLatin1Char('\n'))))
                ++line_; // LF, CRLF (counted at its LF) and a lone CR each end a line
            if (quoted_)
                inQuotes(c);
            else
                outsideQuotes(c);
        }
        endRecord();
        return records_;
    }

private:
    bool next(QChar c) const { return i_ + 1 < text_.size() && text_[i_ + 1] == c; }

    void inQuotes(QChar c)
    {
        if (c == QLatin1Char('"') && next(QLatin1Char('"'))) {
            field_ += c;
            ++i_;
        } else if (c == QLatin1Char('"')) {
            quoted_ = false;
        } else {
            field_ += c;
        }
    }

    void outsideQuotes(QChar c)
    {
        if (c == QLatin1Char('"')) {
            quoted_ = any_ = true;
        } else if (c == delimiter_) {
            record_ << field_;
            field_.clear();
            any_ = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && next(QLatin1Char('\n'))) {
                ++i_;
                ++line_;
            }
            endRecord();
        } else {
            field_ += c;
            any_ = true;
        }
    }

    void endRecord()
    {
        if (any_ || !field_.isEmpty()) {
            record_ << field_;
            records_.push_back(Record{startLine_, record_});
        }
        record_.clear();
        field_.clear();
        any_ = false;
        startLine_ = line_;
    }

    const QString& text_;
    QChar delimiter_;
    qsizetype i_ = 0;
    int line_ = 1;
    int startLine_ = 1;
    bool quoted_ = false;
    bool any_ = false;
    QString field_;
    QStringList record_;
    QList<Record> records_;
};

} // namespace

QList<Record> parse(const QString& text, QChar delimiter)
{
    return Parser(text, delimiter).run();
}

} // namespace ferry::csv
