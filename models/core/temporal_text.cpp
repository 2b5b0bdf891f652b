#include "temporal_text.h"

namespace ferry {

namespace {

constexpr qint64 kMicrosPerDay = 86400LL * 1000000LL;

// Reads at least `min` and at most `max` digits at s[*pos].
bool digits(const QByteArray& s, qsizetype* pos, int min, int max, qint64* out)
{
    qint64 v = 0;
    int n = 0;
    while (*pos < s.size() && n < max && s[*pos] >= '0' && s[*pos] <= '9') {
        v = v * 10 + (s[*pos] - '0');
        ++*pos;
        ++n;
    }
    *out = v;
    return n >= min;
}

bool expect(const QByteArray& s, qsizetype* pos, char c)
{
    if (*pos >= s.size() || s[*pos] != c)
        return false;
    ++*pos;
    return true;
}

struct DateParts {
    qint64 year = 0, month = 0, day = 0;
};

bool dateAt(const QByteArray& s, qsizetype* pos, DateParts* d)
{
    return digits(s, pos, 4, 7, &d->year) && expect(s, pos, '-') && digits(s, pos, 2, 2, &d->month) &&
           expect(s, pos, '-') && digits(s, pos, 2, 2, &d->day);
}

// [-]H+:MM:SS[.ffffff]; maxHours bounds the hours (23 or 24 inside a timestamp, 838 for durations).
bool timeAt(const QByteArray& s, qsizetype* pos, qint64 maxHours, qint64* micros)
{
    const bool negative = *pos < s.size() && s[*pos] == '-';
    if (negative)
        ++*pos;
    qint64 h = 0, m = 0, sec = 0;
    if (!digits(s, pos, 1, 3, &h) || !expect(s, pos, ':') || !digits(s, pos, 2, 2, &m) || !expect(s, pos, ':') ||
        !digits(s, pos, 2, 2, &sec) || h > maxHours || m > 59 || sec > 59)
        return false;
    qint64 fraction = 0;
    if (*pos < s.size() && s[*pos] == '.') {
        ++*pos;
        int count = 0;
        while (*pos < s.size() && s[*pos] >= '0' && s[*pos] <= '9') {
            const int digit = s[*pos] - '0';
            if (count < 6)
                fraction = fraction * 10 + digit;
            else if (digit != 0)
                return false; // finer than a microsecond: Ferry cannot carry it, the text stays
            ++count;
            ++*pos;
        }
        if (count == 0)
            return false;
        for (int i = count; i < 6; ++i)
            fraction *= 10;
    }
    const qint64 total = (h * 3600 + m * 60 + sec) * 1000000 + fraction;
    *micros = negative ? -total : total;
    return true;
}

// A trailing UTC offset: +HH, +HH:MM or +HH:MM:SS (either sign), or Z; its seconds east of UTC.
qint64 offsetAt(const QByteArray& s, qsizetype* pos)
{
    if (*pos < s.size() && s[*pos] == 'Z') {
        ++*pos;
        return 0;
    }
    if (*pos >= s.size() || (s[*pos] != '+' && s[*pos] != '-'))
        return 0;
    const bool west = s[*pos] == '-';
    qsizetype p = *pos + 1;
    qint64 part = 0, seconds = 0;
    if (!digits(s, &p, 2, 2, &part))
        return 0;
    seconds = part * 3600;
    for (int i = 0; i < 2 && p < s.size() && s[p] == ':'; ++i) {
        ++p;
        if (!digits(s, &p, 2, 2, &part))
            return 0;
        seconds += i == 0 ? part * 60 : part;
    }
    *pos = p;
    return west ? -seconds : seconds;
}

bool bcSuffix(const QByteArray& s, qsizetype* pos)
{
    if (s.mid(*pos) == " BC") {
        *pos = s.size();
        return true;
    }
    return false;
}

std::optional<QDate> calendarDate(const DateParts& d, bool bc)
{
    if (bc && d.year == 0)
        return std::nullopt;
    const QDate date(int(bc ? -d.year : d.year), int(d.month), int(d.day));
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

bool zeroDate(const DateParts& d)
{
    return d.month == 0 || d.day == 0;
}

std::optional<Value> dateOrTimestamp(Value::Kind kind, const QByteArray& s)
{
    qsizetype pos = 0;
    DateParts d;
    if (!dateAt(s, &pos, &d))
        return std::nullopt;
    qint64 micros = 0;
    bool hasTime = false;
    if (pos < s.size() && (s[pos] == ' ' || s[pos] == 'T') && pos + 1 < s.size() && s[pos + 1] != 'B') {
        ++pos;
        if (!timeAt(s, &pos, 23, &micros) || micros < 0)
            return std::nullopt;
        hasTime = true;
        // The sessions are UTC: an offset other than the session's is converted, so the instant stays.
        micros -= offsetAt(s, &pos) * 1000000;
    }
    const bool bc = bcSuffix(s, &pos);
    if (pos != s.size())
        return std::nullopt;
    if (zeroDate(d)) // MariaDB's zero dates: no calendar day, kept as the database spelled them
        return d.year <= 9999 && !bc ? std::optional<Value>(Value::special(kind, s)) : std::nullopt;
    const std::optional<QDate> date = calendarDate(d, bc);
    if (!date)
        return std::nullopt;
    if (kind == Value::Kind::Date && (!hasTime || micros == 0))
        return Value::date(*date);
    return Value::timestamp(*date, micros);
}

} // namespace

std::optional<Value> temporalFromText(Value::Kind kind, const QByteArray& s)
{
    if (kind != Value::Kind::Time && (s == "infinity" || s == "-infinity"))
        return Value::special(kind, s);
    if (kind == Value::Kind::Time) {
        qsizetype pos = 0;
        qint64 micros = 0;
        if (!timeAt(s, &pos, 838, &micros) || pos != s.size())
            return std::nullopt;
        return Value::time(micros);
    }
    return dateOrTimestamp(kind, s);
}

} // namespace ferry
