#include "value_limits.h"

#include <QCoreApplication>
#include <cmath>

namespace ferry {

namespace {

constexpr qint64 kMicrosPerHour = 3600LL * 1000000LL;

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::ValueLimits", text);
}

CoerceFailure refuse(MismatchKind kind, const QString& reason)
{
    return {kind, reason};
}

bool temporalColumn(const ColumnInfo& c)
{
    return c.type == ColumnType::Date || c.type == ColumnType::Timestamp || c.type == ColumnType::Time;
}

bool textColumn(const ColumnInfo& c)
{
    return c.type == ColumnType::Text || c.type == ColumnType::Unknown;
}

std::optional<CoerceFailure> special(const Value& v, const ColumnInfo& c)
{
    if (textColumn(c))
        return std::nullopt; // the token is the value's text
    const QString db = familyName(c.family);
    if (v.specialBase() == Value::Kind::Decimal) {
        if (c.family == DbFamily::PostgreSQL && c.type == ColumnType::Decimal)
            return std::nullopt;
        return refuse(MismatchKind::Range, tr("%1 cannot be stored in column %2: only PostgreSQL's numeric holds "
                                              "NaN and infinite decimals (map it with a transform)")
                                               .arg(v.display(), c.name));
    }
    if (v.isInfinity()) {
        if (c.family == DbFamily::PostgreSQL && (c.type == ColumnType::Date || c.type == ColumnType::Timestamp))
            return std::nullopt;
        return refuse(MismatchKind::Range, tr("%1 cannot be stored in column %2: %3 has no infinite dates or "
                                              "timestamps (map it to a date or NULL with a transform)")
                                               .arg(v.display(), c.name, db));
    }
    const bool sameKind = (v.specialBase() == Value::Kind::Date && c.type == ColumnType::Date) ||
                          (v.specialBase() == Value::Kind::Timestamp && c.type == ColumnType::Timestamp);
    if (c.family == DbFamily::MariaDB && sameKind)
        return std::nullopt;
    return refuse(MismatchKind::Range, tr("%1 is not a calendar date; column %2 in %3 cannot hold it (map it to "
                                          "a date or NULL with a transform)")
                                           .arg(v.display(), c.name, db));
}

std::optional<CoerceFailure> yearRange(const Value& v, const ColumnInfo& c)
{
    if (textColumn(c) || c.type == ColumnType::Time)
        return std::nullopt;
    const int y = v.toDate().year();
    if (y >= 1 && y <= 9999)
        return std::nullopt;
    // PostgreSQL: 4713 BC to 5874897 (dates) or 294276 (timestamps).
    const int pgMax = c.type == ColumnType::Date ? 5874897 : 294276;
    if (c.family == DbFamily::PostgreSQL && y >= -4713 && y <= pgMax)
        return std::nullopt;
    return refuse(MismatchKind::Range, tr("%1 is outside the years column %2 can hold (%3 keeps years 0001 to 9999)")
                                           .arg(v.display(), c.name, familyName(c.family)));
}

bool mariadbNative(const ColumnInfo& c, const char* type)
{
    return c.family == DbFamily::MariaDB && c.nativeType.compare(QLatin1String(type), Qt::CaseInsensitive) == 0;
}

// MariaDB's TIMESTAMP counts seconds since 1970 in 32 bits (the session is UTC), and stores its first
// second, 1970-01-01 00:00:00, as the zero date.
std::optional<CoerceFailure> mariadbTimestamp(const Value& v, const ColumnInfo& c)
{
    if (!mariadbNative(c, "timestamp"))
        return std::nullopt;
    const QDate first(1970, 1, 1), last(2038, 1, 19);
    const QDate d = v.toDate();
    const qint64 micros = v.kind() == Value::Kind::Timestamp ? v.microsOfDay() : 0;
    const qint64 lastMicros = (3 * 3600 + 14 * 60 + 8) * 1000000LL; // 03:14:08
    const bool tooEarly = d < first || (d == first && micros < 1000000);
    const bool tooLate = d > last || (d == last && micros >= lastMicros);
    if (!tooEarly && !tooLate)
        return std::nullopt;
    return refuse(MismatchKind::Range, tr("%1 is outside what column %2 can hold (MariaDB's TIMESTAMP keeps "
                                          "1970-01-01 00:00:01 to 2038-01-19 03:14:07.999999 UTC)")
                                           .arg(v.display(), c.name));
}

// MariaDB's YEAR keeps 1901 to 2155 and 0; it reads 1 to 99 as 2001 to 2069 and 1970 to 1999.
std::optional<CoerceFailure> mariadbYear(const Value& v, const ColumnInfo& c)
{
    if (!mariadbNative(c, "year") || v.toInt() == 0 || (v.toInt() >= 1901 && v.toInt() <= 2155))
        return std::nullopt;
    return refuse(MismatchKind::Range, tr("%1 is outside what column %2 can hold (MariaDB's YEAR keeps 1901 to "
                                          "2155 and 0)")
                                           .arg(v.display(), c.name));
}

QString shownBytes(const QByteArray& b)
{
    return QStringLiteral("0x") + QString::fromLatin1(b.left(16).toHex()) +
           (b.size() > 16 ? QStringLiteral("…") : QString());
}

// Binary columns hold at most `length` bytes; MariaDB's BINARY(n) pads shorter values with zero bytes.
std::optional<CoerceFailure> binaryLength(const Value& v, const ColumnInfo& c)
{
    if (c.type != ColumnType::Binary || c.length <= 0 || v.bytes().size() == c.length)
        return std::nullopt;
    const bool tooLong = v.bytes().size() > c.length;
    if (!tooLong && !mariadbNative(c, "binary"))
        return std::nullopt;
    const char* limit =
        tooLong ? QT_TRANSLATE_NOOP("ferry::ValueLimits",
                                    "the value for column %1 is %2 bytes (%3); the column holds at most %4 bytes")
                : QT_TRANSLATE_NOOP("ferry::ValueLimits", "the value for column %1 is %2 bytes (%3); MariaDB's "
                                                          "BINARY(%4) would pad it with zero bytes to %4");
    return refuse(MismatchKind::Truncation,
                  tr(limit).arg(c.name).arg(v.bytes().size()).arg(shownBytes(v.bytes())).arg(c.length));
}

std::optional<CoerceFailure> duration(const Value& v, const ColumnInfo& c)
{
    if (c.type != ColumnType::Time)
        return std::nullopt;
    const qint64 m = v.microsOfDay();
    const qint64 day = 24 * kMicrosPerHour;
    if (m >= 0 && m < day)
        return std::nullopt;
    if (c.family == DbFamily::PostgreSQL && m == day)
        return std::nullopt;                          // PostgreSQL's time allows 24:00:00
    const qint64 mariaMax = 839 * kMicrosPerHour - 1; // 838:59:59.999999
    if (c.family == DbFamily::MariaDB && m >= -mariaMax && m <= mariaMax)
        return std::nullopt;
    const QString range = c.family == DbFamily::MariaDB      ? QStringLiteral("-838:59:59 … 838:59:59")
                          : c.family == DbFamily::PostgreSQL ? QStringLiteral("00:00:00 … 24:00:00")
                                                             : QStringLiteral("00:00:00 … 23:59:59.999999");
    return refuse(MismatchKind::Range,
                  tr("%1 is not a time of day; column %2 holds %3").arg(v.display(), c.name, range));
}

std::optional<CoerceFailure> floating(const Value& v, const ColumnInfo& c)
{
    if (c.type != ColumnType::Double)
        return std::nullopt;
    const double d = v.toDouble();
    const QString db = familyName(c.family);
    if (std::isnan(d) && (c.family == DbFamily::MariaDB || c.family == DbFamily::SQLite))
        return refuse(MismatchKind::Range, tr("NaN cannot be stored in column %1: %2 has no NaN (it would become "
                                              "NULL or an error)")
                                               .arg(c.name, db));
    if (std::isinf(d) && c.family == DbFamily::MariaDB)
        return refuse(MismatchKind::Range,
                      tr("%1 cannot be stored in column %2: %3 has no infinite numbers").arg(v.display(), c.name, db));
    if (d == 0 && std::signbit(d) && (c.family == DbFamily::MariaDB || c.family == DbFamily::SQLite))
        return refuse(
            MismatchKind::Range,
            tr("-0 cannot be stored in column %1: %2 keeps it as 0 (map it with a transform)").arg(c.name, db));
    return std::nullopt;
}

// MariaDB's ENUM keeps only its members, SET a comma-separated choice of them that it stores in the
// column's order without repeats: anything else would be stored differently.
std::optional<CoerceFailure> members(const Value& v, const ColumnInfo& c)
{
    if (c.family != DbFamily::MariaDB || c.members.isEmpty())
        return std::nullopt;
    const QString s = v.toString();
    const QString allowed = c.members.join(QLatin1Char(','));
    if (!c.nativeType.startsWith(QLatin1String("set"), Qt::CaseInsensitive)) {
        if (c.members.contains(s))
            return std::nullopt;
        return refuse(MismatchKind::Conversion,
                      tr("%1 is not one of the values column %2 can hold (%3)").arg(v.display(), c.name, allowed));
    }
    const QStringList chosen = s.isEmpty() ? QStringList() : s.split(QLatin1Char(','));
    QStringList stored;
    for (const QString& m : c.members)
        if (chosen.contains(m))
            stored << m;
    for (const QString& part : chosen)
        if (!c.members.contains(part))
            return refuse(
                MismatchKind::Conversion,
                tr("%1 is not a choice of the values column %2 can hold (%3)").arg(v.display(), c.name, allowed));
    if (stored.join(QLatin1Char(',')) == s)
        return std::nullopt;
    return refuse(MismatchKind::Conversion, tr("%1 would be stored as \"%2\" in column %3: MariaDB's SET keeps its "
                                               "values in the column's order (%4), each once")
                                                .arg(v.display(), stored.join(QLatin1Char(',')), c.name, allowed));
}

std::optional<CoerceFailure> text(const Value& v, const ColumnInfo& c)
{
    if (!textColumn(c))
        return std::nullopt;
    if (v.kind() == Value::Kind::Binary)
        return refuse(MismatchKind::Conversion, tr("column %1 holds text and the value is binary data (%2 bytes); "
                                                   "convert it with a transform to write it as text")
                                                    .arg(c.name)
                                                    .arg(v.bytes().size()));
    if (v.kind() != Value::Kind::Text)
        return std::nullopt;
    qsizetype bad = 0;
    if (!isValidUtf8(v.bytes(), &bad))
        return refuse(MismatchKind::Encoding, tr("the text for column %1 is not valid UTF-8 (byte 0x%2 at offset %3)")
                                                  .arg(c.name)
                                                  .arg(quint8(v.bytes().at(bad)), 2, 16, QLatin1Char('0'))
                                                  .arg(bad));
    if (c.family == DbFamily::PostgreSQL && v.bytes().contains('\0'))
        return refuse(MismatchKind::Encoding, tr("the text for column %1 contains a NUL character (U+0000), which "
                                                 "PostgreSQL text cannot hold (at offset %2)")
                                                  .arg(c.name)
                                                  .arg(v.bytes().indexOf('\0')));
    return members(v, c);
}

} // namespace

std::optional<CoerceFailure> beyondLimits(const Value& v, const ColumnInfo& c)
{
    switch (v.kind()) {
    case Value::Kind::Special:
        return special(v, c);
    case Value::Kind::Date:
    case Value::Kind::Timestamp:
        if (!temporalColumn(c))
            return std::nullopt;
        if (auto f = yearRange(v, c))
            return f;
        return mariadbTimestamp(v, c);
    case Value::Kind::Int:
        return mariadbYear(v, c);
    case Value::Kind::Time:
        return duration(v, c);
    case Value::Kind::Double:
        return floating(v, c);
    case Value::Kind::Text:
        return text(v, c);
    case Value::Kind::Binary:
        if (auto f = text(v, c))
            return f;
        return binaryLength(v, c);
    default:
        return std::nullopt;
    }
}

} // namespace ferry
