#include "date_format.h"

#include <QCoreApplication>
#include <array>
#include <cstring>

namespace ferry::transforms {

namespace {

constexpr std::array<const char*, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<const char*, 7> kDays = {"monday", "tuesday",  "wednesday", "thursday",
                                              "friday", "saturday", "sunday"};

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

// Matches a full English name or its three-letter abbreviation, without case; returns 1-based index.
int matchName(const char*& p, const char* end, const char* const* names, int count, bool longName)
{
    for (int i = 0; i < count; ++i) {
        const QByteArray name(names[i]);
        const qsizetype len = longName ? name.size() : 3;
        if (end - p < len)
            continue;
        bool same = true;
        for (qsizetype k = 0; k < len && same; ++k)
            same = lowerAscii(p[k]) == name[k];
        if (same) {
            p += len;
            return i + 1;
        }
    }
    return 0;
}

QString compileError(const QString& format, const QString& what)
{
    return QCoreApplication::translate("ferry::TransformChain", "format \"%1\": %2").arg(format, what);
}

} // namespace

// Builds a DateFormat from its format string, one field (or quoted text) at a time.
class DateFormat::Compiler {
public:
    explicit Compiler(const QString& format)
        : format_(format)
    {
        f_.pattern_ = format;
    }

    std::optional<DateFormat> run(QString* error)
    {
        for (qsizetype i = 0; i < format_.size();) {
            const std::optional<qsizetype> next =
                format_.at(i) == QLatin1Char('\'') ? quotedText(i, error) : field(i, error);
            if (!next)
                return std::nullopt;
            i = *next;
        }
        QString missing;
        if (!year_)
            missing = QCoreApplication::translate("ferry::TransformChain", "it has no year (\"yyyy\")");
        else if (!month_)
            missing = QCoreApplication::translate("ferry::TransformChain", "it has no month (\"MM\")");
        else if (!day_)
            missing = QCoreApplication::translate("ferry::TransformChain", "it has no day (\"dd\")");
        if (!missing.isEmpty()) {
            *error = compileError(format_, missing);
            return std::nullopt;
        }
        return f_;
    }

private:
    void literal(const QByteArray& bytes)
    {
        if (!f_.tokens_.empty() && f_.tokens_.back().field == Field::Literal)
            f_.tokens_.back().literal += bytes;
        else
            f_.tokens_.push_back({Field::Literal, 0, 0, false, bytes});
    }

    void numeric(Field field, int minDigits, int maxDigits)
    {
        f_.tokens_.push_back({field, quint8(minDigits), quint8(maxDigits), false, {}});
    }

    // '...' at i ('' inside is a quote, '' alone is one too); returns the index after it.
    std::optional<qsizetype> quotedText(qsizetype i, QString* error)
    {
        qsizetype j = i + 1;
        if (j < format_.size() && format_.at(j) == QLatin1Char('\'')) { // '' is a quote
            literal("'");
            return j + 1;
        }
        QString text;
        for (;; ++j) {
            if (j >= format_.size()) {
                *error = compileError(format_,
                                      QCoreApplication::translate("ferry::TransformChain", "a quote is not closed"));
                return std::nullopt;
            }
            if (format_.at(j) == QLatin1Char('\'')) {
                if (j + 1 < format_.size() && format_.at(j + 1) == QLatin1Char('\'')) {
                    text += QLatin1Char('\'');
                    ++j;
                    continue;
                }
                break;
            }
            text += format_.at(j);
        }
        literal(text.toUtf8());
        return j + 1;
    }

    // The run of one letter at i as a field (other characters as literal text); returns the index after it.
    std::optional<qsizetype> field(qsizetype i, QString* error)
    {
        const QChar c = format_.at(i);
        qsizetype run = 1;
        while (i + run < format_.size() && format_.at(i + run) == c)
            ++run;
        if (c == QLatin1Char('A') || c == QLatin1Char('a')) {
            // "AP"/"ap" and "A"/"a" are all the AM/PM marker.
            f_.tokens_.push_back({Field::AmPm, 0, 0, false, {}});
            f_.hasAmPm_ = true;
            return i + (i + 1 < format_.size() && format_.at(i + 1).toLower() == QLatin1Char('p') ? 2 : 1);
        }
        if (c == QLatin1Char('t')) {
            *error = compileError(format_, QCoreApplication::translate("ferry::TransformChain",
                                                                       "time zones (\"t\") are not supported: Ferry "
                                                                       "keeps wall-clock time as written"));
            return std::nullopt;
        }
        if (!addField(c, int(run))) {
            *error = compileError(
                format_, QCoreApplication::translate("ferry::TransformChain", "\"%1\" is not a date or time field")
                             .arg(format_.mid(i, run)));
            return std::nullopt;
        }
        return i + run;
    }

    // Adds the field `run` repeats of c stand for; false when c has no field of that length.
    bool addField(QChar c, int run)
    {
        switch (c.unicode()) {
        case 'd':
            if (run > 4)
                return false;
            if (run <= 2) {
                numeric(Field::Day, run == 1 ? 1 : 2, 2);
                day_ = true;
            } else {
                f_.tokens_.push_back({Field::DayName, 0, 0, run == 4, {}});
            }
            return true;
        case 'M':
            if (run > 4)
                return false;
            if (run <= 2)
                numeric(Field::Month, run == 1 ? 1 : 2, 2);
            else
                f_.tokens_.push_back({Field::MonthName, 0, 0, run == 4, {}});
            month_ = true;
            return true;
        case 'y':
            if (run != 2 && run != 4)
                return false;
            numeric(run == 2 ? Field::Year2 : Field::Year4, run, run);
            year_ = true;
            return true;
        case 'H':
        case 'h':
        case 'm':
        case 's':
            if (run > 2)
                return false;
            numeric(c == QLatin1Char('H')   ? Field::Hour24
                    : c == QLatin1Char('h') ? Field::Hour12
                    : c == QLatin1Char('m') ? Field::Minute
                                            : Field::Second,
                    run == 1 ? 1 : 2, 2);
            return true;
        case 'z':
            if (run != 1 && run != 3 && run != 6)
                return false;
            numeric(Field::Fraction, run == 1 ? 1 : run, run == 1 ? 6 : run);
            return true;
        default:
            literal(QString(run, c).toUtf8());
            return true;
        }
    }

    const QString& format_;
    DateFormat f_;
    bool year_ = false, month_ = false, day_ = false;
};

std::optional<DateFormat> DateFormat::compile(const QString& format, QString* error)
{
    return Compiler(format).run(error);
}

// The fields of one value as parse() reads them, checked and combined once all are read.
struct DateFormat::Fields {
    int year = 0, month = 0, day = 0, weekday = 0, hour = 0, minute = 0, second = 0;
    int ampm = -1; // 0 AM, 1 PM, -1 not given
    bool twelveHour = false;
    qint64 micros = 0;

    void setNumber(Field field, qint64 n, int digits, bool hasAmPm)
    {
        switch (field) {
        case Field::Day:
            day = int(n);
            break;
        case Field::Month:
            month = int(n);
            break;
        case Field::Year2:
            year = 1900 + int(n);
            break;
        case Field::Year4:
            year = int(n);
            break;
        case Field::Hour24:
            hour = int(n);
            break;
        case Field::Hour12:
            hour = int(n);
            twelveHour = hasAmPm;
            break;
        case Field::Minute:
            minute = int(n);
            break;
        case Field::Second:
            second = int(n);
            break;
        case Field::Fraction:
            for (int k = digits; k < 6; ++k)
                n *= 10;
            micros = n;
            break;
        default:
            break;
        }
    }

    // False for an impossible date or time, or a weekday that does not match the date.
    bool toDateTime(QDate* date, qint64* microsOfDay) const
    {
        int h = hour;
        if (twelveHour) {
            if (h < 1 || h > 12)
                return false;
            h = h % 12 + (ampm == 1 ? 12 : 0);
        }
        if (h > 23 || minute > 59 || second > 59)
            return false;
        const QDate parsed(year, month, day); // invalid for 31/02, month 13, year 0...
        if (!parsed.isValid() || (weekday && parsed.dayOfWeek() != weekday))
            return false;
        *date = parsed;
        *microsOfDay = ((qint64(h) * 60 + minute) * 60 + second) * 1000000 + micros;
        return true;
    }
};

bool DateFormat::readToken(const Token& t, const char*& p, const char* end, Fields& read) const
{
    switch (t.field) {
    case Field::Literal:
        if (end - p < t.literal.size() || std::memcmp(p, t.literal.constData(), size_t(t.literal.size())) != 0)
            return false;
        p += t.literal.size();
        return true;
    case Field::DayName:
        read.weekday = matchName(p, end, kDays.data(), int(kDays.size()), t.longName);
        return read.weekday != 0;
    case Field::MonthName:
        read.month = matchName(p, end, kMonths.data(), int(kMonths.size()), t.longName);
        return read.month != 0;
    case Field::AmPm: {
        if (end - p < 2 || lowerAscii(p[1]) != 'm')
            return false;
        const char c = lowerAscii(p[0]);
        if (c != 'a' && c != 'p')
            return false;
        read.ampm = c == 'p' ? 1 : 0;
        p += 2;
        return true;
    }
    default:
        break;
    }
    // A number of minDigits..maxDigits digits, taken greedily.
    int digits = 0;
    qint64 n = 0;
    while (digits < t.maxDigits && p < end && *p >= '0' && *p <= '9') {
        n = n * 10 + (*p - '0');
        ++p;
        ++digits;
    }
    if (digits < t.minDigits || digits == 0)
        return false;
    read.setNumber(t.field, n, digits, hasAmPm_);
    return true;
}

bool DateFormat::parse(const QByteArray& text, QDate* date, qint64* microsOfDay) const
{
    const char* p = text.constData();
    const char* const end = p + text.size();
    Fields read;
    for (const Token& t : tokens_)
        if (!readToken(t, p, end, read))
            return false;
    return p == end && read.toDateTime(date, microsOfDay);
}

} // namespace ferry::transforms
