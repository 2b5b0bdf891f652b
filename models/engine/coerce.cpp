#include "coerce.h"

#include "core/temporal_text.h"
#include "value_limits.h"

#include <QCoreApplication>
#include <charconv>
#include <cmath>
#include <limits>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::Coerce", text);
}

CoerceFailure fail(MismatchKind kind, const char* text, const ColumnInfo& c, const Value& v)
{
    return {kind, tr(text).arg(c.name, v.display())};
}

std::optional<qint64> parseInteger(const QByteArray& s)
{
    if (s.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 n = s.toLongLong(&ok, 10);
    // toLongLong accepts surrounding whitespace; a value with spaces is not silently an integer.
    if (!ok || s.front() == ' ' || s.back() == ' ' || s.front() == '\t')
        return std::nullopt;
    return n;
}

// Strips trailing fraction zeros beyond `scale` (they change nothing); returns false if non-zero
// digits would be lost.
bool fitScale(QByteArray& digits, int scale)
{
    const qsizetype point = digits.indexOf('.');
    if (point < 0)
        return true;
    const qsizetype fraction = digits.size() - point - 1;
    if (fraction <= scale)
        return true;
    for (qsizetype i = point + 1 + scale; i < digits.size(); ++i)
        if (digits[i] != '0')
            return false;
    digits.truncate(scale ? point + 1 + scale : point);
    return true;
}

// ODBC SQL type codes, repeated here so the engine does not include sql.h.
constexpr int SqlTinyInt = -6;
constexpr int SqlSmallInt = 5;
constexpr int SqlInteger = 4;
constexpr int SqlReal = 7;

CoerceResult toDouble64(const Value& v, const ColumnInfo& c);

// A whole number beyond 64 bits signed: only an unsigned BIGINT column holds it (up to 2^64 - 1).
CoerceResult wideInteger(const QByteArray& digits, const ColumnInfo& c, const Value& v)
{
    static const QByteArray kMaxUnsigned = "18446744073709551615";
    const bool unsignedBig = c.nativeType.contains(QLatin1String("unsigned"), Qt::CaseInsensitive) &&
                             c.nativeType.contains(QLatin1String("bigint"), Qt::CaseInsensitive);
    const bool fits = !digits.startsWith('-') && (digits.size() < kMaxUnsigned.size() ||
                                                  (digits.size() == kMaxUnsigned.size() && digits <= kMaxUnsigned));
    if (unsignedBig && fits)
        return Value::decimal(digits);
    return fail(MismatchKind::Range, "%2 is out of range for column %1", c, v);
}

CoerceResult toText(const Value& v, const ColumnInfo& c)
{
    const QByteArray text = v.kind() == Value::Kind::Text ? v.bytes() : v.toUtf8();
    if (c.length > 0) {
        const qsizetype n = utf8CodePoints(text);
        if (n > c.length)
            return CoerceFailure{
                MismatchKind::Truncation,
                tr("value is %1 characters long; column %2 holds at most %3").arg(n).arg(c.name).arg(c.length)};
    }
    if (!c.supportsSupplementary && containsSupplementaryPlane(text))
        return fail(MismatchKind::Encoding, "column %1 cannot store 4-byte characters such as emoji in %2", c, v);
    return Value::text(text);
}

CoerceResult toInteger(const Value& v, const ColumnInfo& c)
{
    std::optional<qint64> n;
    switch (v.kind()) {
    case Value::Kind::Int:
    case Value::Kind::Bool:
        n = v.toInt();
        break;
    case Value::Kind::Text:
        n = parseInteger(v.bytes());
        // "0832" or "+5" would arrive as 832 or 5: the digits the source holds are not the number's.
        if (n && QByteArray::number(*n) != v.bytes())
            return CoerceFailure{MismatchKind::Conversion,
                                 tr("%1 would arrive in column %2 as %3: the text is not written as that number")
                                     .arg(v.display(), c.name)
                                     .arg(*n)};
        break;
    case Value::Kind::Decimal: {
        QByteArray d = v.bytes();
        if (!fitScale(d, 0))
            return fail(MismatchKind::Rounding, "column %1 holds whole numbers; %2 has a fraction", c, v);
        n = parseInteger(d);
        if (!n)
            return wideInteger(canonicalDecimal(d), c, v);
        break;
    }
    case Value::Kind::Double: {
        const double d = v.toDouble();
        if (std::trunc(d) != d)
            return fail(MismatchKind::Rounding, "column %1 holds whole numbers; %2 has a fraction", c, v);
        if (d < -9.2e18 || d > 9.2e18)
            return fail(MismatchKind::Range, "%2 is out of range for column %1", c, v);
        n = static_cast<qint64>(d);
        break;
    }
    default:
        break;
    }
    if (!n)
        return fail(MismatchKind::Conversion, "%2 is not a whole number for column %1", c, v);
    qint64 lo = 0, hi = 0;
    integerRange(c, &lo, &hi);
    if (*n < lo || *n > hi)
        return fail(MismatchKind::Range, "%2 is out of range for column %1", c, v);
    return Value::integer(*n);
}

QByteArray fixedShortest(double d);

// Digits a floating-point number must keep to hold this decimal exactly: 0.00120 -> 2, 1500 -> 2.
int significantDigits(const QByteArray& decimal)
{
    QByteArray d = canonicalDecimal(decimal);
    d.replace('-', "");
    if (d.contains('.'))
        d.replace('.', "");
    else
        while (d.endsWith('0') && d.size() > 1)
            d.chop(1);
    while (d.startsWith('0') && d.size() > 1)
        d.remove(0, 1);
    return int(d.size());
}

CoerceResult toDecimal(const Value& v, const ColumnInfo& c)
{
    QByteArray digits;
    switch (v.kind()) {
    case Value::Kind::Int:
        digits = QByteArray::number(v.toInt());
        break;
    case Value::Kind::Decimal:
        digits = v.bytes();
        break;
    case Value::Kind::Special:
        return v; // NaN or infinity, and beyondLimits() found the column can hold it
    case Value::Kind::Text:
        digits = v.bytes();
        if (!isValidDecimal(digits))
            return fail(MismatchKind::Conversion, "%2 is not a number for column %1", c, v);
        break;
    case Value::Kind::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return fail(MismatchKind::Conversion, "%2 is not a finite number for column %1", c, v);
        digits = fixedShortest(d); // the exact shortest plain form: 1.2345e-20 keeps every digit
        break;
    }
    default:
        return fail(MismatchKind::Conversion, "%2 is not a number for column %1", c, v);
    }
    if (c.precision > 0) {
        if (!fitScale(digits, c.scale))
            return CoerceFailure{MismatchKind::Rounding,
                                 tr("%1 has more than %2 decimal places; column %3 would round it")
                                     .arg(v.display())
                                     .arg(c.scale)
                                     .arg(c.name)};
        int intDigits = 0;
        decimalShape(digits, &intDigits, nullptr);
        if (intDigits > c.precision - c.scale)
            return fail(MismatchKind::Range, "%2 is too large for column %1", c, v);
    }
    QByteArray whole = digits;
    const bool integral = fitScale(whole, 0) && parseInteger(whole); // kept as a 64-bit integer
    if (c.exactDigits > 0 && !integral) {
        const int significant = significantDigits(digits);
        if (significant > c.exactDigits)
            return CoerceFailure{MismatchKind::Rounding,
                                 tr("%1 has %2 significant digits; column %3 keeps only %4 exactly (it is stored as "
                                    "a floating-point number)")
                                     .arg(v.display())
                                     .arg(significant)
                                     .arg(c.name)
                                     .arg(c.exactDigits)};
    }
    return Value::decimal(digits);
}

QByteArray fixedShortest(double d)
{
    char buf[400];
    auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
    return QByteArray(buf, r.ptr - buf);
}

CoerceResult toDouble(const Value& v, const ColumnInfo& c)
{
    CoerceResult r = toDouble64(v, c);
    // SQL_REAL columns (PostgreSQL real, MariaDB FLOAT) keep 32 bits: 16777217 would become 16777216.
    if (c.odbcType == SqlReal)
        if (const Value* d = std::get_if<Value>(&r);
            d && !std::isnan(d->toDouble()) && double(float(d->toDouble())) != d->toDouble())
            return fail(MismatchKind::Rounding, "%2 cannot be stored exactly in single-precision column %1", c, v);
    return r;
}

CoerceResult toDouble64(const Value& v, const ColumnInfo& c)
{
    switch (v.kind()) {
    case Value::Kind::Double:
        return v;
    case Value::Kind::Int:
        if (v.toInt() > (1LL << 53) || v.toInt() < -(1LL << 53))
            return fail(MismatchKind::Rounding, "%2 cannot be stored exactly in floating-point column %1", c, v);
        return Value::real(static_cast<double>(v.toInt()));
    case Value::Kind::Decimal:
    case Value::Kind::Text: {
        if (!isValidDecimal(v.bytes()))
            return fail(MismatchKind::Conversion, "%2 is not a number for column %1", c, v);
        const double d = v.bytes().toDouble();
        // Exact only if the double's shortest form is the same number as the input.
        if (!std::isfinite(d) || canonicalDecimal(fixedShortest(d)) != canonicalDecimal(v.bytes()))
            return fail(MismatchKind::Rounding, "%2 cannot be stored exactly in floating-point column %1", c, v);
        return Value::real(d);
    }
    default:
        return fail(MismatchKind::Conversion, "%2 is not a number for column %1", c, v);
    }
}

CoerceResult toBoolean(const Value& v, const ColumnInfo& c)
{
    switch (v.kind()) {
    case Value::Kind::Bool:
        return v;
    case Value::Kind::Int:
        if (v.toInt() == 0 || v.toInt() == 1)
            return Value::boolean(v.toInt() == 1);
        // MariaDB's BOOLEAN is a TINYINT and SQLite's a number: other integers are theirs to keep.
        if ((c.family == DbFamily::MariaDB && v.toInt() >= -128 && v.toInt() <= 127) || c.family == DbFamily::SQLite)
            return v;
        break;
    case Value::Kind::Text: {
        const QByteArray t = v.bytes().toLower();
        if (t == "true" || t == "t" || t == "1" || t == "yes" || t == "y")
            return Value::boolean(true);
        if (t == "false" || t == "f" || t == "0" || t == "no" || t == "n")
            return Value::boolean(false);
        break;
    }
    default:
        break;
    }
    return fail(MismatchKind::Conversion, "%2 is not a yes/no value for column %1", c, v);
}

std::optional<qint64> parseTimeOfDay(const QByteArray& s)
{
    // HH:mm[:ss[.ffffff]]
    const QList<QByteArray> parts = s.split(':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    bool ok1 = false, ok2 = false;
    const int h = parts[0].toInt(&ok1), m = parts[1].toInt(&ok2);
    if (!ok1 || !ok2 || parts[0].size() != 2 || parts[1].size() != 2 || h > 23 || m > 59)
        return std::nullopt;
    qint64 micros = (h * 3600LL + m * 60LL) * 1000000LL;
    if (parts.size() == 3) {
        const QList<QByteArray> sf = parts[2].split('.');
        bool ok = false;
        const int sec = sf[0].toInt(&ok);
        if (!ok || sf[0].size() != 2 || sec > 59 || sf.size() > 2)
            return std::nullopt;
        micros += sec * 1000000LL;
        if (sf.size() == 2) {
            const QByteArray frac = sf[1];
            if (frac.isEmpty() || frac.size() > 6)
                return std::nullopt;
            bool okf = false;
            const int f = (frac + QByteArray(6 - frac.size(), '0')).toInt(&okf);
            if (!okf)
                return std::nullopt;
            micros += f;
        }
    }
    return micros;
}

std::optional<QDate> parseIsoDate(const QByteArray& s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    const QDate d = QDate::fromString(QString::fromLatin1(s), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

int fractionDigits(qint64 micros)
{
    const qint64 frac = micros % 1000000;
    if (!frac)
        return 0;
    int digits = 6;
    for (qint64 f = frac; f % 10 == 0; f /= 10)
        --digits;
    return digits;
}

CoerceResult toTemporal(const Value& v, const ColumnInfo& c)
{
    QDate date;
    qint64 micros = 0;
    bool hasDate = false, hasTime = false;
    switch (v.kind()) {
    case Value::Kind::Date:
        date = v.toDate();
        hasDate = true;
        break;
    case Value::Kind::Time:
        micros = v.microsOfDay();
        hasTime = true;
        break;
    case Value::Kind::Timestamp:
        date = v.toDate();
        micros = v.microsOfDay();
        hasDate = hasTime = true;
        break;
    case Value::Kind::Special:
        return v; // beyondLimits() let it through: this database knows the token
    case Value::Kind::Text: {
        const QByteArray t = v.bytes();
        const Value::Kind kind = c.type == ColumnType::Time   ? Value::Kind::Time
                                 : c.type == ColumnType::Date ? Value::Kind::Date
                                                              : Value::Kind::Timestamp;
        if (std::optional<Value> typed = temporalFromText(kind, t)) {
            if (std::optional<CoerceFailure> f = beyondLimits(*typed, c))
                return *f;
            return typed->kind() == Value::Kind::Special ? *typed : toTemporal(*typed, c);
        }
        if (c.type == ColumnType::Time) {
            if (auto m = parseTimeOfDay(t)) {
                micros = *m;
                hasTime = true;
            }
        } else if (auto d = parseIsoDate(t.left(10))) {
            date = *d;
            hasDate = true;
            if (t.size() > 10) {
                if ((t[10] != ' ' && t[10] != 'T'))
                    return fail(MismatchKind::Conversion,
                                "%2 is not a date or timestamp (expected yyyy-MM-dd HH:mm:ss) for column %1", c, v);
                auto m = parseTimeOfDay(t.mid(11));
                if (!m)
                    return fail(MismatchKind::Conversion,
                                "%2 is not a date or timestamp (expected yyyy-MM-dd HH:mm:ss) for column %1", c, v);
                micros = *m;
                hasTime = true;
            }
        }
        if (!hasDate && !hasTime)
            return fail(MismatchKind::Conversion, "%2 is not a date or time for column %1", c, v);
        break;
    }
    default:
        return fail(MismatchKind::Conversion, "%2 is not a date or time for column %1", c, v);
    }

    switch (c.type) {
    case ColumnType::Date:
        if (!hasDate)
            return fail(MismatchKind::Conversion, "%2 has no date for column %1", c, v);
        if (micros != 0)
            return fail(MismatchKind::Truncation, "column %1 holds dates only; the time in %2 would be lost", c, v);
        return Value::date(date);
    case ColumnType::Time:
        if (!hasTime || hasDate)
            return fail(MismatchKind::Conversion, "%2 is not a time of day for column %1", c, v);
        break;
    default: // Timestamp
        if (!hasDate)
            return fail(MismatchKind::Conversion, "%2 has no date for column %1", c, v);
        break;
    }
    // Fractional seconds beyond the column's precision would be rounded by the database.
    if (c.scale >= 0 && c.scale < 6 && fractionDigits(micros) > c.scale)
        return CoerceFailure{MismatchKind::Rounding,
                             tr("%1 has fractional seconds; column %2 keeps %3 digits and would round it")
                                 .arg(v.display(), c.name)
                                 .arg(c.scale)};
    if (c.type == ColumnType::Time)
        return Value::time(micros);
    return Value::timestamp(date, micros);
}

} // namespace

void integerRange(const ColumnInfo& c, qint64* min, qint64* max)
{
    int bits = 64;
    switch (c.odbcType) {
    case SqlTinyInt:
        bits = 8;
        break;
    case SqlSmallInt:
        bits = 16;
        break;
    case SqlInteger:
        bits = 32;
        break;
    default:
        break;
    }
    const QString t = c.nativeType.toLower();
    if (t.startsWith(QLatin1String("mediumint")))
        bits = 24;
    if (t.contains(QLatin1String("unsigned"))) {
        *min = 0;
        *max = bits == 64 ? std::numeric_limits<qint64>::max() : (1LL << bits) - 1;
        return;
    }
    *min = bits == 64 ? std::numeric_limits<qint64>::min() : -(1LL << (bits - 1));
    *max = bits == 64 ? std::numeric_limits<qint64>::max() : (1LL << (bits - 1)) - 1;
}

CoerceResult coerce(const Value& v, const ColumnInfo& c)
{
    if (v.isNull()) {
        if (!c.nullable && !c.autoIncrement)
            return CoerceFailure{MismatchKind::NullRequired,
                                 tr("column %1 is required (NOT NULL) but the value is NULL").arg(c.name)};
        return v;
    }
    if (std::optional<CoerceFailure> f = beyondLimits(v, c))
        return *f;
    switch (c.type) {
    case ColumnType::Text:
        return toText(v, c);
    case ColumnType::Integer:
        return toInteger(v, c);
    case ColumnType::Decimal:
        return toDecimal(v, c);
    case ColumnType::Double:
        return toDouble(v, c);
    case ColumnType::Boolean:
        return toBoolean(v, c);
    case ColumnType::Date:
    case ColumnType::Time:
    case ColumnType::Timestamp:
        return toTemporal(v, c);
    case ColumnType::Binary:
        if (v.kind() == Value::Kind::Binary)
            return v;
        if (c.length > 0 && v.toUtf8().size() > c.length)
            return fail(MismatchKind::Truncation, "%2 is too long for binary column %1", c, v);
        return Value::binary(v.kind() == Value::Kind::Text ? v.bytes() : v.toUtf8());
    case ColumnType::Unknown:
        break;
    }
    return v;
}

} // namespace ferry
