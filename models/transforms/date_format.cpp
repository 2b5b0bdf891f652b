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

std::optional<DateFormat> DateFormat::compile(const QString& format, QString* error)
{
    DateFormat f;
    f.pattern_ = format;
    bool year = false, month = false, day = false, hour12 = false;
    auto literal = [&f](const QByteArray& bytes) {
        if (!f.tokens_.empty() && f.tokens_.back().field == Field::Literal)
            f.tokens_.back().literal += bytes;
        else
            f.tokens_.push_back({Field::Literal, 0, 0, false, bytes});
    };
    auto numeric = [&f](Field field, int minDigits, int maxDigits) {
        f.tokens_.push_back({field, quint8(minDigits), quint8(maxDigits), false, {}});
    };
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\'')) {
            qsizetype j = i + 1;
            if (j < format.size() && format.at(j) == QLatin1Char('\'')) { // '' is a quote
                literal("'");
                i = j + 1;
                continue;
            }
            QString text;
            for (;; ++j) {
                if (j >= format.size()) {
                    *error = compileError(
                        format, QCoreApplication::translate("ferry::TransformChain", "a quote is not closed"));
                    return std::nullopt;
                }
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
            literal(text.toUtf8());
            i = j + 1;
            continue;
        }
        qsizetype run = 1;
        while (i + run < format.size() && format.at(i + run) == c)
            ++run;
        const QString field = format.mid(i, run);
        auto badRun = [&] {
            *error = compileError(
                format,
                QCoreApplication::translate("ferry::TransformChain", "\"%1\" is not a date or time field").arg(field));
            return std::nullopt;
        };
        switch (c.unicode()) {
        case 'd':
            if (run > 4)
                return badRun();
            if (run <= 2) {
                numeric(Field::Day, run == 1 ? 1 : 2, 2);
                day = true;
            } else {
                f.tokens_.push_back({Field::DayName, 0, 0, run == 4, {}});
            }
            break;
        case 'M':
            if (run > 4)
                return badRun();
            if (run <= 2)
                numeric(Field::Month, run == 1 ? 1 : 2, 2);
            else
                f.tokens_.push_back({Field::MonthName, 0, 0, run == 4, {}});
            month = true;
            break;
        case 'y':
            if (run != 2 && run != 4)
                return badRun();
            numeric(run == 2 ? Field::Year2 : Field::Year4, run, run);
            year = true;
            break;
        case 'H':
        case 'h':
        case 'm':
        case 's': {
            if (run > 2)
                return badRun();
            const Field kind = c == QLatin1Char('H')   ? Field::Hour24
                               : c == QLatin1Char('h') ? Field::Hour12
                               : c == QLatin1Char('m') ? Field::Minute
                                                       : Field::Second;
            hour12 = hour12 || kind == Field::Hour12;
            numeric(kind, run == 1 ? 1 : 2, 2);
            break;
        }
        case 'z':
            if (run != 1 && run != 3 && run != 6)
                return badRun();
            numeric(Field::Fraction, run == 1 ? 1 : int(run), run == 1 ? 6 : int(run));
            break;
        case 'A':
        case 'a': {
            // "AP"/"ap" and "A"/"a" are all the AM/PM marker.
            qsizetype len = 1;
            if (i + 1 < format.size() && format.at(i + 1).toLower() == QLatin1Char('p'))
                len = 2;
            f.tokens_.push_back({Field::AmPm, 0, 0, false, {}});
            f.hasAmPm_ = true;
            i += len;
            continue;
        }
        case 't':
            *error = compileError(format, QCoreApplication::translate("ferry::TransformChain",
                                                                      "time zones (\"t\") are not supported: Ferry "
                                                                      "keeps wall-clock time as written"));
            return std::nullopt;
        default:
            literal(field.toUtf8());
            break;
        }
        i += run;
    }
    QString missing;
    if (!year)
        missing = QCoreApplication::translate("ferry::TransformChain", "it has no year (\"yyyy\")");
    else if (!month)
        missing = QCoreApplication::translate("ferry::TransformChain", "it has no month (\"MM\")");
    else if (!day)
        missing = QCoreApplication::translate("ferry::TransformChain", "it has no day (\"dd\")");
    if (!missing.isEmpty()) {
        *error = compileError(format, missing);
        return std::nullopt;
    }
    return f;
}

bool DateFormat::parse(const QByteArray& text, QDate* date, qint64* microsOfDay) const
{
    const char* p = text.constData();
    const char* const end = p + text.size();
    int y = 0, mo = 0, d = 0, weekday = 0, hour = 0, minute = 0, second = 0, ampm = -1;
    bool twelveHour = false;
    qint64 micros = 0;
    for (const Token& t : tokens_) {
        switch (t.field) {
        case Field::Literal:
            if (end - p < t.literal.size() || std::memcmp(p, t.literal.constData(), size_t(t.literal.size())) != 0)
                return false;
            p += t.literal.size();
            continue;
        case Field::DayName:
            weekday = matchName(p, end, kDays.data(), int(kDays.size()), t.longName);
            if (!weekday)
                return false;
            continue;
        case Field::MonthName:
            mo = matchName(p, end, kMonths.data(), int(kMonths.size()), t.longName);
            if (!mo)
                return false;
            continue;
        case Field::AmPm: {
            if (end - p < 2 || lowerAscii(p[1]) != 'm')
                return false;
            const char c = lowerAscii(p[0]);
            if (c != 'a' && c != 'p')
                return false;
            ampm = c == 'p' ? 1 : 0;
            p += 2;
            continue;
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
        switch (t.field) {
        case Field::Day:
            d = int(n);
            break;
        case Field::Month:
            mo = int(n);
            break;
        case Field::Year2:
            y = 1900 + int(n);
            break;
        case Field::Year4:
            y = int(n);
            break;
        case Field::Hour24:
            hour = int(n);
            break;
        case Field::Hour12:
            hour = int(n);
            twelveHour = hasAmPm_;
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
    if (p != end)
        return false;
    if (twelveHour) {
        if (hour < 1 || hour > 12)
            return false;
        hour = hour % 12 + (ampm == 1 ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    const QDate parsed(y, mo, d); // invalid for 31/02, month 13, year 0...
    if (!parsed.isValid() || (weekday && parsed.dayOfWeek() != weekday))
        return false;
    *date = parsed;
    *microsOfDay = ((qint64(hour) * 60 + minute) * 60 + second) * 1000000 + micros;
    return true;
}

} // namespace ferry::transforms
