#include "value.h"

#include <bit>
#include <charconv>

namespace ferry {

namespace {
constexpr qint64 kMicrosPerDay = 86400LL * 1000000LL;
// Timestamps count microseconds from 2000-01-01 (PostgreSQL's epoch): counted from the julian day 0,
// PostgreSQL's last year 294276 would not fit in 64 bits.
constexpr qint64 kEpochJulianDay = 2451545;

qint64 floorDays(qint64 micros)
{
    return micros >= 0 ? micros / kMicrosPerDay : -((-micros + kMicrosPerDay - 1) / kMicrosPerDay);
}
} // namespace

Value Value::text(QByteArray utf8)
{
    Value v;
    v.kind_ = Kind::Text;
    v.bytes_ = std::move(utf8);
    return v;
}

Value Value::integer(qint64 n)
{
    Value v;
    v.kind_ = Kind::Int;
    v.num_ = n;
    return v;
}

Value Value::decimal(QByteArray digits)
{
    if (!isValidDecimal(digits))
        return {};
    Value v;
    v.kind_ = Kind::Decimal;
    v.bytes_ = std::move(digits);
    return v;
}

Value Value::real(double d)
{
    Value v;
    v.kind_ = Kind::Double;
    v.num_ = std::bit_cast<qint64>(d);
    return v;
}

Value Value::boolean(bool b)
{
    Value v;
    v.kind_ = Kind::Bool;
    v.num_ = b ? 1 : 0;
    return v;
}

Value Value::date(QDate d)
{
    if (!d.isValid())
        return {};
    Value v;
    v.kind_ = Kind::Date;
    v.num_ = d.toJulianDay();
    return v;
}

Value Value::time(qint64 micros)
{
    Value v;
    v.kind_ = Kind::Time;
    v.num_ = micros;
    return v;
}

Value Value::timestamp(QDate d, qint64 micros)
{
    if (!d.isValid())
        return {};
    Value v;
    v.kind_ = Kind::Timestamp;
    v.num_ = (d.toJulianDay() - kEpochJulianDay) * kMicrosPerDay + micros;
    return v;
}

Value Value::binary(QByteArray bytes)
{
    Value v;
    v.kind_ = Kind::Binary;
    v.bytes_ = std::move(bytes);
    return v;
}

Value Value::special(Kind base, QByteArray token)
{
    Value v;
    v.kind_ = Kind::Special;
    v.num_ = qint64(base);
    v.bytes_ = std::move(token);
    return v;
}

double Value::toDouble() const
{
    switch (kind_) {
    case Kind::Double:
        return std::bit_cast<double>(num_);
    case Kind::Int:
    case Kind::Bool:
        return static_cast<double>(num_);
    case Kind::Decimal:
    case Kind::Text:
        return bytes_.toDouble();
    default:
        return 0.0;
    }
}

QDate Value::toDate() const
{
    if (kind_ == Kind::Date)
        return QDate::fromJulianDay(num_);
    if (kind_ == Kind::Timestamp)
        return QDate::fromJulianDay(floorDays(num_) + kEpochJulianDay);
    return {};
}

qint64 Value::microsOfDay() const
{
    if (kind_ == Kind::Time)
        return num_;
    if (kind_ == Kind::Timestamp)
        return num_ - floorDays(num_) * kMicrosPerDay;
    return 0;
}

QByteArray formatMicrosOfDay(qint64 micros)
{
    const bool negative = micros < 0;
    if (negative)
        micros = -micros;
    const qint64 secs = micros / 1000000;
    const qint64 frac = micros % 1000000;
    char buf[48];
    int n = std::snprintf(buf, sizeof buf, "%s%02lld:%02lld:%02lld", negative ? "-" : "",
                          static_cast<long long>(secs / 3600), static_cast<long long>((secs / 60) % 60),
                          static_cast<long long>(secs % 60));
    QByteArray out(buf, n);
    if (frac) {
        n = std::snprintf(buf, sizeof buf, ".%06lld", static_cast<long long>(frac));
        QByteArray f(buf, n);
        while (f.endsWith('0'))
            f.chop(1);
        out += f;
    }
    return out;
}

QByteArray Value::toUtf8() const
{
    switch (kind_) {
    case Kind::Null:
        return {};
    case Kind::Text:
    case Kind::Decimal:
        return bytes_;
    case Kind::Binary:
        return bytes_.toHex();
    case Kind::Int:
        return QByteArray::number(num_);
    case Kind::Bool:
        return num_ ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case Kind::Double: {
        char buf[64];
        auto r = std::to_chars(buf, buf + sizeof buf, std::bit_cast<double>(num_));
        return QByteArray(buf, r.ptr - buf);
    }
    case Kind::Date:
        return formatDate(toDate());
    case Kind::Time:
        return formatMicrosOfDay(num_);
    case Kind::Timestamp: {
        // An era is said last, as PostgreSQL prints it: 0044-03-15 10:00:00 BC.
        QByteArray date = formatDate(toDate());
        const bool bc = date.endsWith(" BC");
        if (bc)
            date.chop(3);
        return date + ' ' + formatMicrosOfDay(microsOfDay()) + (bc ? " BC" : "");
    }
    case Kind::Special:
        return bytes_;
    }
    return {};
}

QString Value::display() const
{
    if (kind_ == Kind::Null)
        return QStringLiteral("NULL");
    if (kind_ == Kind::Text)
        return QLatin1Char('"') + toString() + QLatin1Char('"');
    return toString();
}

const char* Value::kindName(Kind k)
{
    switch (k) {
    case Kind::Null:
        return "null";
    case Kind::Text:
        return "text";
    case Kind::Int:
        return "integer";
    case Kind::Decimal:
        return "decimal";
    case Kind::Double:
        return "double";
    case Kind::Bool:
        return "boolean";
    case Kind::Date:
        return "date";
    case Kind::Time:
        return "time";
    case Kind::Timestamp:
        return "timestamp";
    case Kind::Binary:
        return "binary";
    case Kind::Special:
        return "special";
    }
    return "?";
}

bool operator==(const Value& a, const Value& b)
{
    if (a.kind_ != b.kind_)
        return false;
    switch (a.kind_) {
    case Value::Kind::Null:
        return true;
    case Value::Kind::Text:
    case Value::Kind::Decimal:
    case Value::Kind::Binary:
        return a.bytes_ == b.bytes_;
    case Value::Kind::Special:
        return a.num_ == b.num_ && a.bytes_ == b.bytes_;
    default:
        return a.num_ == b.num_;
    }
}

QByteArray formatDate(QDate d)
{
    // QDate counts 1 BC as year -1 (there is no year 0), as PostgreSQL's BC dates do.
    const int y = d.year();
    char buf[48];
    const int n =
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d%s", y < 0 ? -y : y, d.month(), d.day(), y < 0 ? " BC" : "");
    return QByteArray(buf, n);
}

bool isValidUtf8(const QByteArray& s, qsizetype* badOffset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s.constData());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            extra = -1;
        }
        bool ok = extra > 0 && i + extra < n;
        for (int k = 1; ok && k <= extra; ++k) {
            ok = i + k < n && (p[i + k] & 0xC0) == 0x80;
            if (ok)
                cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        static constexpr char32_t kMin[4] = {0, 0x80, 0x800, 0x10000};
        if (ok && (cp < kMin[extra] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
            ok = false;
        if (!ok) {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        i += extra + 1;
    }
    return true;
}

bool isValidDecimal(const QByteArray& s)
{
    qsizetype i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    bool digits = false, point = false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9')
            digits = true;
        else if (c == '.' && !point)
            point = true;
        else
            return false;
    }
    return digits;
}

void decimalShape(const QByteArray& s, int* integerDigits, int* fractionDigits)
{
    int intDigits = 0, fracDigits = 0;
    bool point = false, leading = true;
    for (char c : s) {
        if (c == '.') {
            point = true;
        } else if (c >= '0' && c <= '9') {
            if (point) {
                ++fracDigits;
            } else if (!(leading && c == '0')) {
                leading = false;
                ++intDigits;
            }
        }
    }
    if (integerDigits)
        *integerDigits = intDigits;
    if (fractionDigits)
        *fractionDigits = fracDigits;
}

bool containsSupplementaryPlane(const QByteArray& utf8)
{
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xF8) == 0xF0)
            return true;
    return false;
}

qsizetype utf8CodePoints(const QByteArray& utf8)
{
    qsizetype n = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

QByteArray canonicalDecimal(QByteArray s)
{
    bool negative = false;
    if (!s.isEmpty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove(0, 1);
    }
    if (s.contains('.')) {
        while (s.endsWith('0'))
            s.chop(1);
        if (s.endsWith('.'))
            s.chop(1);
    }
    while (s.size() > 1 && s.front() == '0' && s.at(1) != '.')
        s.remove(0, 1);
    if (s.startsWith('.'))
        s.prepend('0');
    if (s.isEmpty() || s == "0")
        return "0";
    return negative ? '-' + s : s;
}

} // namespace ferry
