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
    return std::nullopt;
}

} // namespace

std::optional<CoerceFailure> beyondLimits(const Value& v, const ColumnInfo& c)
{
    switch (v.kind()) {
    case Value::Kind::Special:
        return special(v, c);
    case Value::Kind::Date:
    case Value::Kind::Timestamp:
        return temporalColumn(c) ? yearRange(v, c) : std::nullopt;
    case Value::Kind::Time:
        return duration(v, c);
    case Value::Kind::Double:
        return floating(v, c);
    case Value::Kind::Text:
    case Value::Kind::Binary:
        return text(v, c);
    default:
        return std::nullopt;
    }
}

} // namespace ferry
