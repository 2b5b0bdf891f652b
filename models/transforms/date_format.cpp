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

// The text of a quoted literal starting at format[*i] ('' inside is a quote; '' alone is a quote
// too); moves *i past the closing quote. nullopt when the quote is not closed.
std::optional<QString> quotedText(const QString& format, qsizetype* i)
{
    qsizetype j = *i + 1;
    if (j < format.size() && format.at(j) == QLatin1Char('\'')) {
        *i = j + 1;
        return QStringLiteral("'");
    }
    QString text;
    for (;; ++j) {
        if (j >= format.size())
            return std::nullopt;
        if (format.at(j) == QLatin1Char('\'')) {
            if (j + 1 < format.size() && format.at(j + 1) == QLatin1Char('\'')) {
                text += QLatin1Char('\'');
                ++j;
                continue;
            }
            break;
        }
        text += format.at(j);
    }
    *i = j + 1;
    return text;
}

} // namespace

void DateFormat::addLiteral(const QByteArray& bytes)
{
    if (!tokens_.empty() && tokens_.back().field == Field::Literal)
        tokens_.back().literal += bytes;
    else
        tokens_.push_back({Field::Literal, 0, 0, false, bytes});
}

void DateFormat::addNumber(Field field, int minDigits, int maxDigits)
{
    tokens_.push_back({field, quint8(minDigits), quint8(maxDigits), false, {}});
}

bool DateFormat::addRun(QChar c, qsizetype run, Named& named)
{
    switch (c.unicode()) {
    case 'd':
        if (run > 4)
            return false;
        if (run <= 2) {
            addNumber(Field::Day, run == 1 ? 1 : 2, 2);
            named.day = true;
        } else {
            tokens_.push_back({Field::DayName, 0, 0, run == 4, {}});
        }
        return true;
    case 'M':
        if (run > 4)
            return false;
        if (run <= 2)
            addNumber(Field::Month, run == 1 ? 1 : 2, 2);
        else
            tokens_.push_back({Field::MonthName, 0, 0, run == 4, {}});
        named.month = true;
        return true;
    case 'y':
        if (run != 2 && run != 4)
            return false;
        addNumber(run == 2 ? Field::Year2 : Field::Year4, int(run), int(run));
        named.year = true;
        return true;
    case 'H':
    case 'h':
    case 'm':
    case 's': {
        if (run > 2)
            return false;
        const Field kind = c == QLatin1Char('H')   ? Field::Hour24
                           : c == QLatin1Char('h') ? Field::Hour12
                           : c == QLatin1Char('m') ? Field::Minute
                                                   : Field::Second;
        addNumber(kind, run == 1 ? 1 : 2, 2);
        return true;
    }
    case 'z':
        if (run != 1 && run != 3 && run != 6)
            return false;
        addNumber(Field::Fraction, run == 1 ? 1 : int(run), run == 1 ? 6 : int(run));
        return true;
    default:
        addLiteral(QString(run, c).toUtf8());
        return true;
    }
}

std::optional<DateFormat> DateFormat::compile(const QString& format, QString* error)
{
    auto fail = [&](const QString& what) {
        *error = compileError(format, what);
        return std::nullopt;
    };
    DateFormat f;
    f.pattern_ = format;
    Named named;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\'')) {
            const std::optional<QString> text = quotedText(format, &i);
            if (!text)
                return fail(QCoreApplication::translate("ferry::TransformChain", "a quote is not closed"));
            f.addLiteral(text->toUtf8());
            continue;
        }
        if (c == QLatin1Char('t')) {
            return fail(QCoreApplication::translate("ferry::TransformChain",
                                                    "time zones (\"t\") are not supported: Ferry keeps wall-clock "
                                                    "time as written"));
        }
        if (c == QLatin1Char('A') || c == QLatin1Char('a')) {
            // "AP"/"ap" and "A"/"a" are all the AM/PM marker.
            f.tokens_.push_back({Field::AmPm, 0, 0, false, {}});
            f.hasAmPm_ = true;
            i += i + 1 < format.size() && format.at(i + 1).toLower() == QLatin1Char('p') ? 2 : 1;
            continue;
        }
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        if (!f.addRun(c, run, named)) {
            return fail(QCoreApplication::translate("ferry::TransformChain", "\"%1\" is not a date or time field")
                            .arg(format.mid(i, run)));
        }
        i += run;
    }
    if (!named.year)
        return fail(QCoreApplication::translate("ferry::TransformChain", "it has no year (\"yyyy\")"));
    if (!named.month)
        return fail(QCoreApplication::translate("ferry::TransformChain", "it has no month (\"MM\")"));
    if (!named.day)
        return fail(QCoreApplication::translate("ferry::TransformChain", "it has no day (\"dd\")"));
    return f;
}

void DateFormat::storeNumber(const Token& t, qint64 n, int digits, Fields& fields) const
{
    switch (t.field) {
    case Field::Day:
        fields.day = int(n);
        break;
    case Field::Month:
        fields.month = int(n);
        break;
    case Field::Year2:
        fields.year = 1900 + int(n);
        break;
    case Field::Year4:
        fields.year = int(n);
        break;
    case Field::Hour24:
        fields.hour = int(n);
        break;
    case Field::Hour12:
        fields.hour = int(n);
        fields.twelveHour = hasAmPm_;
        break;
    case Field::Minute:
        fields.minute = int(n);
        break;
    case Field::Second:
        fields.second = int(n);
        break;
    case Field::Fraction:
        for (int k = digits; k < 6; ++k)
            n *= 10;
        fields.micros = n;
        break;
    default:
        break;
    }
}

bool DateFormat::readToken(const Token& t, const char*& p, const char* end, Fields& fields) const
{
    switch (t.field) {
    case Field::Literal:
        if (end - p < t.literal.size() || std::memcmp(p, t.literal.constData(), size_t(t.literal.size())) != 0)
            return false;
        p += t.literal.size();
        return true;
    case Field::DayName:
        fields.weekday = matchName(p, end, kDays.data(), int(kDays.size()), t.longName);
        return fields.weekday != 0;
    case Field::MonthName:
        fields.month = matchName(p, end, kMonths.data(), int(kMonths.size()), t.longName);
        return fields.month != 0;
    case Field::AmPm: {
        if (end - p < 2 || lowerAscii(p[1]) != 'm')
            return false;
        const char c = lowerAscii(p[0]);
        if (c != 'a' && c != 'p')
            return false;
        fields.ampm = c == 'p' ? 1 : 0;
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
    storeNumber(t, n, digits, fields);
    return true;
}

bool DateFormat::Fields::toDate(QDate* date, qint64* microsOfDay) const
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

bool DateFormat::parse(const QByteArray& text, QDate* date, qint64* microsOfDay) const
{
    const char* p = text.constData();
    const char* const end = p + text.size();
    Fields fields;
    for (const Token& t : tokens_) {
        if (!readToken(t, p, end, fields))
            return false;
    }
    return p == end && fields.toDate(date, microsOfDay);
}

} // namespace ferry::transforms
