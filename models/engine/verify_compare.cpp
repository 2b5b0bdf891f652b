#include "verify_compare.h"

#include <charconv>
#include <cmath>
#include <optional>

namespace ferry::verify {

namespace {

// Each form starts with a tag naming its domain, so values of different domains never compare equal:
// N null, n exact number, f floating point, b boolean, t text, x bytes, D date, S timestamp, T time,
// s a token (infinity, zero dates), ? a value the column's domain has no place for.
constexpr int kSqlReal = 7; // ODBC SQL_REAL, repeated so the engine does not include sql.h

QByteArray tagged(char tag, const QByteArray& body)
{
    return QByteArray(1, tag) + body;
}

QByteArray foreign(const Value& v)
{
    return QByteArray("?") + Value::kindName(v.kind()) + ':' + v.toUtf8();
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(const QByteArray& s, qsizetype from, qsizetype to)
{
    if (from >= to)
        return false;
    for (qsizetype i = from; i < to; ++i)
        if (!isDigit(s[i]))
            return false;
    return true;
}

// The one spelling a whole number has: "-?(0|[1-9][0-9]*)", no "+", spaces, leading zeros or "-0".
bool isIntegerSpelling(const QByteArray& s)
{
    const qsizetype start = s.startsWith('-') ? 1 : 0;
    if (!allDigits(s, start, s.size()))
        return false;
    if (s[start] == '0')
        return s.size() == start + 1 && start == 0;
    return true;
}

// A number written plainly: "-?[0-9]+(\.[0-9]+)?". Its value is exact; its spelling may vary (1.50 = 1.5).
bool isPlainNumber(const QByteArray& s)
{
    const qsizetype start = s.startsWith('-') ? 1 : 0;
    const qsizetype point = s.indexOf('.');
    if (point < 0)
        return allDigits(s, start, s.size());
    return allDigits(s, start, point) && allDigits(s, point + 1, s.size());
}

QByteArray shortest(double d)
{
    if (std::isnan(d))
        return QByteArrayLiteral("nan"); // every NaN is one value to the databases that keep NaN
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, d);
    return QByteArray(buf, r.ptr - buf);
}

QByteArray shortestFloat(float f)
{
    if (std::isnan(f))
        return QByteArrayLiteral("nan");
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, f);
    return QByteArray(buf, r.ptr - buf);
}

// The shortest plain decimal that reads back as d: the number a double written as a decimal stands for.
QByteArray plainDecimal(double d)
{
    char buf[400];
    const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
    return canonicalDecimal(QByteArray(buf, r.ptr - buf));
}

// PostgreSQL (and any database Ferry does not know) has a boolean type; MariaDB's BOOLEAN is a TINYINT
// and SQLite stores 0 and 1.
bool hasBooleanType(DbFamily family)
{
    return family != DbFamily::MariaDB && family != DbFamily::SQLite;
}

QByteArray booleanForm(bool b)
{
    return b ? QByteArrayLiteral("b1") : QByteArrayLiteral("b0");
}

// Integer and decimal columns: the exact value.
QByteArray numberForm(const Value& v, const ColumnInfo& c)
{
    switch (v.kind()) {
    case Value::Kind::Int:
        return tagged('n', QByteArray::number(v.toInt()));
    case Value::Kind::Decimal:
        return tagged('n', canonicalDecimal(v.bytes()));
    case Value::Kind::Double:
        if (!std::isfinite(v.toDouble()))
            return tagged('f', shortest(v.toDouble()));
        return tagged('n', plainDecimal(v.toDouble()));
    case Value::Kind::Text: {
        const bool number = c.type == ColumnType::Integer ? isIntegerSpelling(v.bytes()) : isPlainNumber(v.bytes());
        return number ? tagged('n', canonicalDecimal(v.bytes())) : tagged('t', v.bytes());
    }
    case Value::Kind::Bool:
        return hasBooleanType(c.family) ? booleanForm(v.toBool()) : tagged('n', v.toBool() ? "1" : "0");
    case Value::Kind::Special:
        return tagged('s', v.bytes());
    default:
        return foreign(v);
    }
}

// Floating-point columns: bit-exact, or at float precision where the column stores 32 bits.
QByteArray floatingForm(const Value& v, const ColumnInfo& c)
{
    double d = 0;
    switch (v.kind()) {
    case Value::Kind::Double:
        d = v.toDouble();
        break;
    case Value::Kind::Int:
    case Value::Kind::Decimal:
    case Value::Kind::Text: {
        if (v.kind() == Value::Kind::Text && !isPlainNumber(v.bytes()))
            return tagged('t', v.bytes());
        const QByteArray digits =
            canonicalDecimal(v.kind() == Value::Kind::Int ? QByteArray::number(v.toInt()) : v.bytes());
        d = digits.toDouble();
        // A number no double holds exactly stays that number, equal to no double.
        if (!std::isfinite(d) || plainDecimal(d) != digits)
            return tagged('n', digits);
        break;
    }
    case Value::Kind::Bool:
        return booleanForm(v.toBool());
    case Value::Kind::Special:
        return tagged('s', v.bytes());
    default:
        return foreign(v);
    }
    return tagged('f', c.odbcType == kSqlReal ? shortestFloat(float(d)) : shortest(d));
}

QByteArray booleanColumnForm(const Value& v)
{
    switch (v.kind()) {
    case Value::Kind::Bool:
        return booleanForm(v.toBool());
    case Value::Kind::Int:
        // 0 and 1 are how databases without a boolean type spell false and true; other integers stay numbers.
        return v.toInt() == 0 || v.toInt() == 1 ? booleanForm(v.toInt() == 1)
                                                : tagged('n', QByteArray::number(v.toInt()));
    case Value::Kind::Decimal: {
        const QByteArray n = canonicalDecimal(v.bytes());
        return n == "0" || n == "1" ? booleanForm(n == "1") : tagged('n', n);
    }
    case Value::Kind::Text: {
        // The literals SQL accepts for a boolean, in any case.
        const QByteArray t = v.bytes().toLower();
        if (t == "true" || t == "t" || t == "yes" || t == "y" || t == "on" || t == "1")
            return booleanForm(true);
        if (t == "false" || t == "f" || t == "no" || t == "n" || t == "off" || t == "0")
            return booleanForm(false);
        return tagged('t', v.bytes());
    }
    default:
        return foreign(v);
    }
}

QByteArray textForm(const Value& v, const ColumnInfo& c)
{
    QByteArray t = v.kind() == Value::Kind::Text ? v.bytes() : v.toUtf8();
    if (isFixedLengthText(c))
        while (t.endsWith(' '))
            t.chop(1); // CHAR(n) pads with spaces, and the database compares without them
    return tagged('t', t);
}

// --- Dates and times, parsed strictly from text ---------------------------------------------------------

// "[-]H+:mm[:ss[.f{1,6}]]" from `from` to the end; microseconds, or nullopt.
std::optional<qint64> parseClock(const QByteArray& s, qsizetype from, bool allowSign, bool allowLongHours)
{
    bool negative = false;
    if (allowSign && from < s.size() && s[from] == '-') {
        negative = true;
        ++from;
    }
    const qsizetype colon = s.indexOf(':', from);
    const qsizetype hourDigits = colon - from;
    if (colon < 0 || hourDigits < 2 || (hourDigits > 2 && !allowLongHours) || !allDigits(s, from, colon))
        return std::nullopt;
    const qint64 hours = s.mid(from, hourDigits).toLongLong();
    if (!allowLongHours && hours > 23)
        return std::nullopt;
    const qsizetype m = colon + 1;
    if (s.size() < m + 2 || !allDigits(s, m, m + 2) || s.mid(m, 2).toInt() > 59)
        return std::nullopt;
    qint64 micros = (hours * 3600 + s.mid(m, 2).toInt() * 60) * 1000000LL;
    qsizetype at = m + 2;
    if (at < s.size()) {
        if (s[at] != ':' || s.size() < at + 3 || !allDigits(s, at + 1, at + 3) || s.mid(at + 1, 2).toInt() > 59)
            return std::nullopt;
        micros += s.mid(at + 1, 2).toInt() * 1000000LL;
        at += 3;
        if (at < s.size()) {
            const qsizetype digits = s.size() - at - 1;
            if (s[at] != '.' || digits < 1 || digits > 6 || !allDigits(s, at + 1, s.size()))
                return std::nullopt;
            micros += (s.mid(at + 1) + QByteArray(6 - digits, '0')).toLongLong();
        }
    }
    return negative ? -micros : micros;
}

// "yyyy[y…]-MM-dd[ BC]" at the start of s; the date and where it ended.
std::optional<QDate> parseCalendarDate(const QByteArray& s, qsizetype* end)
{
    const qsizetype dash = s.indexOf('-');
    if (dash < 4 || !allDigits(s, 0, dash) || s.size() < dash + 6 || s[dash + 3] != '-' ||
        !allDigits(s, dash + 1, dash + 3) || !allDigits(s, dash + 4, dash + 6))
        return std::nullopt;
    int year = s.left(dash).toInt();
    qsizetype at = dash + 6;
    if (s.endsWith(" BC")) {
        year = -year; // QDate counts 1 BC as year -1, like the era spelling
        at = s.size() - 3 == at ? s.size() : at;
    }
    const QDate date(year, s.mid(dash + 1, 2).toInt(), s.mid(dash + 4, 2).toInt());
    if (!date.isValid() || year == 0)
        return std::nullopt;
    *end = at;
    return date;
}

std::optional<Value> parseTemporal(const QByteArray& s, ColumnType type)
{
    if (type == ColumnType::Time) {
        std::optional<qint64> micros = parseClock(s, 0, true, true);
        return micros ? std::optional(Value::time(*micros)) : std::nullopt;
    }
    qsizetype end = 0;
    std::optional<QDate> date = parseCalendarDate(s, &end);
    if (!date)
        return std::nullopt;
    if (end == s.size())
        return Value::date(*date);
    if (s[end] != ' ' && s[end] != 'T')
        return std::nullopt;
    const QByteArray clock = s.endsWith(" BC") ? s.mid(end + 1, s.size() - end - 4) : s.mid(end + 1);
    std::optional<qint64> micros = parseClock(clock, 0, false, false);
    return micros ? std::optional(Value::timestamp(*date, *micros)) : std::nullopt;
}

QByteArray temporalForm(const Value& v, const ColumnInfo& c)
{
    switch (v.kind()) {
    case Value::Kind::Date:
        if (c.type == ColumnType::Timestamp) // a date is its midnight
            return tagged('S', QByteArray::number(v.toDate().toJulianDay()) + ":0");
        return tagged('D', QByteArray::number(v.toDate().toJulianDay()));
    case Value::Kind::Timestamp:
        if (c.type == ColumnType::Date && v.microsOfDay() == 0)
            return tagged('D', QByteArray::number(v.toDate().toJulianDay()));
        return tagged('S', QByteArray::number(v.toDate().toJulianDay()) + ':' + QByteArray::number(v.microsOfDay()));
    case Value::Kind::Time:
        return tagged('T', QByteArray::number(v.microsOfDay()));
    case Value::Kind::Text:
        if (std::optional<Value> parsed = parseTemporal(v.bytes(), c.type))
            return temporalForm(*parsed, c);
        // Text with no calendar value is the database's token (infinity, 0000-00-00) or not a date at all.
        return tagged('s', v.bytes());
    case Value::Kind::Special:
        return tagged('s', v.bytes());
    default:
        return foreign(v);
    }
}

QByteArray binaryForm(const Value& v)
{
    if (v.kind() == Value::Kind::Binary || v.kind() == Value::Kind::Text)
        return tagged('x', v.bytes());
    return foreign(v);
}

} // namespace

bool isFixedLengthText(const ColumnInfo& column)
{
    // SQLite keeps text as given whatever the declared type: CHAR(5) neither pads nor ignores spaces.
    if (column.family == DbFamily::SQLite)
        return false;
    const QString n = column.nativeType.toLower();
    if (n.contains(QLatin1String("var")))
        return false;
    return n == QLatin1String("bpchar") || n.startsWith(QLatin1String("char")) ||
           n.startsWith(QLatin1String("character")) || n.startsWith(QLatin1String("nchar"));
}

QByteArray comparable(const Value& v, const ColumnInfo& c)
{
    if (v.isNull())
        return QByteArrayLiteral("N");
    switch (c.type) {
    case ColumnType::Integer:
    case ColumnType::Decimal:
        return numberForm(v, c);
    case ColumnType::Double:
        return floatingForm(v, c);
    case ColumnType::Boolean:
        return booleanColumnForm(v);
    case ColumnType::Text:
        return textForm(v, c);
    case ColumnType::Date:
    case ColumnType::Time:
    case ColumnType::Timestamp:
        return temporalForm(v, c);
    case ColumnType::Binary:
        return binaryForm(v);
    case ColumnType::Unknown:
        break;
    }
    if (v.kind() == Value::Kind::Text || v.kind() == Value::Kind::Binary)
        return tagged(v.kind() == Value::Kind::Text ? 't' : 'x', v.bytes());
    return foreign(v);
}

} // namespace ferry::verify
