#include "odbc_binding.h"

#include "core/temporal_text.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace ferry::odbc {

namespace {

SQLLEN clampWidth(qint64 w)
{
    return static_cast<SQLLEN>(std::clamp<qint64>(w, 2, kMaxBoundWidth));
}

// Normalises a plain (non-exponent) decimal: strips '+', redundant leading zeros.
QByteArray plainDecimal(bool negative, const QByteArray& intPart, const QByteArray& fracPart)
{
    qsizetype i = 0;
    while (i + 1 < intPart.size() && intPart[i] == '0')
        ++i;
    QByteArray out;
    out.reserve(intPart.size() + fracPart.size() + 2);
    if (negative)
        out += '-';
    out += intPart.isEmpty() ? QByteArray("0") : intPart.mid(i);
    if (!fracPart.isEmpty())
        out += '.' + fracPart;
    return out;
}

// A typed column fetched as text and parsed: SQLite can keep any value in any column (what does not
// convert stays text), and only the text form of a time keeps its fractional seconds.
FetchSpec asText(ColumnType type, bool longData)
{
    FetchSpec spec;
    spec.type = type;
    spec.width = 64;
    spec.longData = longData;
    return spec;
}

// Fetched as cType into elements of `width` bytes that always hold the whole value.
FetchSpec boundAs(ColumnType type, SQLSMALLINT cType, SQLLEN width)
{
    FetchSpec spec;
    spec.type = type;
    spec.cType = cType;
    spec.width = width;
    return spec;
}

FetchSpec decimalSpec(qint64 size, bool sizesUnreliable)
{
    FetchSpec spec;
    spec.type = ColumnType::Decimal;
    spec.width = clampWidth(qMax<qint64>(size, 38) + 4); // sign, point, leading zero, NUL
    // psqlODBC reports 28 digits for unconstrained numeric, which can hold far more.
    spec.longData = size == 0 || sizesUnreliable;
    return spec;
}

FetchSpec binarySpec(SQLSMALLINT sqlType, qint64 size, bool sizesUnreliable)
{
    FetchSpec spec = boundAs(ColumnType::Binary, SQL_C_BINARY, clampWidth(size == 0 ? kMaxBoundWidth : size));
    spec.longData = size == 0 || size > spec.width || sizesUnreliable || sqlType == SQL_LONGVARBINARY;
    return spec;
}

// Character data (and anything unknown, which every driver can render as text). Narrow types count
// characters; UTF-8 needs up to four bytes for each.
FetchSpec textSpec(SQLSMALLINT sqlType, qint64 size, bool sizesUnreliable)
{
    FetchSpec spec;
    spec.type = ColumnType::Text;
    spec.cType = SQL_C_CHAR;
    spec.width = clampWidth(size == 0 ? kMaxBoundWidth : size * 4 + 1);
    spec.longData = size == 0 || size * 4 + 1 > spec.width || sizesUnreliable || sqlType == SQL_LONGVARCHAR ||
                    sqlType == SQL_WLONGVARCHAR;
    return spec;
}

} // namespace

FetchSpec fetchSpecFor(DbFamily family, SQLSMALLINT sqlType, SQLULEN columnSize, bool isUnsigned)
{
    const qint64 size = static_cast<qint64>(columnSize);
    const bool sqlite = family == DbFamily::SQLite;
    // SQLite keeps any value in any column, and psqlODBC invents sizes for unconstrained varchar and
    // numeric: their declared sizes are only hints.
    const bool sizesUnreliable = sqlite || family == DbFamily::PostgreSQL;
    switch (sqlType) {
    case SQL_BIT:
        return sqlite ? asText(ColumnType::Boolean, true) : boundAs(ColumnType::Boolean, SQL_C_BIT, 1);
    case SQL_BIGINT:
        if (isUnsigned) { // up to 18446744073709551615: does not fit qint64
            FetchSpec spec = boundAs(ColumnType::Decimal, SQL_C_CHAR, 24);
            spec.unsignedBig = true;
            return spec;
        }
        [[fallthrough]];
    case SQL_TINYINT:
    case SQL_SMALLINT:
    case SQL_INTEGER:
        return sqlite ? asText(ColumnType::Integer, true)
                      : boundAs(ColumnType::Integer, SQL_C_SBIGINT, sizeof(SQLBIGINT));
    case SQL_NUMERIC:
    case SQL_DECIMAL:
        return decimalSpec(size, sizesUnreliable);
    case SQL_REAL:
        // Fetched as the 32-bit float it is: the driver's double conversion goes through rounded text.
        return sqlite ? boundAs(ColumnType::Double, SQL_C_DOUBLE, sizeof(double))
                      : boundAs(ColumnType::Double, SQL_C_FLOAT, sizeof(float));
    case SQL_FLOAT:
    case SQL_DOUBLE:
        return boundAs(ColumnType::Double, SQL_C_DOUBLE, sizeof(double));
    case SQL_TYPE_DATE:
    case SQL_DATE:
        // As text: the structs cannot say infinity, BC, years past 9999 or zero dates (MariaDB's driver
        // gives NULL for 0000-00-00). psqlODBC reformats even its text, so the plan reads PostgreSQL
        // dates and timestamps as ::text (engine/plan.cpp).
        return family == DbFamily::Generic ? boundAs(ColumnType::Date, SQL_C_TYPE_DATE, sizeof(SQL_DATE_STRUCT))
                                           : asText(ColumnType::Date, sqlite);
    case SQL_TYPE_TIME:
    case SQL_TIME:
    case -154: // SQL_SS_TIME2
        // SQL_C_TYPE_TIME has no fractional seconds; the text form keeps them.
        return asText(ColumnType::Time, sqlite);
    case SQL_TYPE_TIMESTAMP:
    case SQL_TIMESTAMP:
        return family == DbFamily::Generic
                   ? boundAs(ColumnType::Timestamp, SQL_C_TYPE_TIMESTAMP, sizeof(SQL_TIMESTAMP_STRUCT))
                   : asText(ColumnType::Timestamp, sqlite);
    case SQL_BINARY:
    case SQL_VARBINARY:
    case SQL_LONGVARBINARY:
        return binarySpec(sqlType, size, sizesUnreliable);
    case SQL_GUID: {
        FetchSpec spec = boundAs(ColumnType::Text, SQL_C_CHAR, 40);
        spec.guid = true;
        return spec;
    }
    default:
        return textSpec(sqlType, size, sizesUnreliable);
    }
}

bool isTruncated(const FetchSpec& spec, SQLLEN indicator)
{
    if (indicator == SQL_NO_TOTAL)
        return true;
    if (indicator < 0)
        return false;
    if (spec.cType == SQL_C_CHAR)
        return indicator >= spec.width;
    if (spec.cType == SQL_C_BINARY)
        return indicator > spec.width;
    return false;
}

Value valueFromCell(const FetchSpec& spec, const char* data, qsizetype length)
{
    switch (spec.cType) {
    case SQL_C_BIT:
        return Value::boolean(data[0] != 0);
    case SQL_C_SBIGINT: {
        SQLBIGINT v;
        std::memcpy(&v, data, sizeof v);
        return Value::integer(v);
    }
    case SQL_C_DOUBLE: {
        double v;
        std::memcpy(&v, data, sizeof v);
        return Value::real(v);
    }
    case SQL_C_FLOAT: {
        float v;
        std::memcpy(&v, data, sizeof v);
        return Value::real(double(v));
    }
    case SQL_C_TYPE_DATE: {
        SQL_DATE_STRUCT d;
        std::memcpy(&d, data, sizeof d);
        const QDate date(d.year, d.month, d.day);
        if (date.isValid())
            return Value::date(date);
        // MariaDB's zero dates and the like: keep what the database said instead of a silent NULL.
        return Value::text(QByteArray::number(d.year).rightJustified(4, '0') + '-' +
                           QByteArray::number(d.month).rightJustified(2, '0') + '-' +
                           QByteArray::number(d.day).rightJustified(2, '0'));
    }
    case SQL_C_TYPE_TIMESTAMP: {
        SQL_TIMESTAMP_STRUCT t;
        std::memcpy(&t, data, sizeof t);
        const QDate date(t.year, t.month, t.day);
        const qint64 micros = (t.hour * 3600LL + t.minute * 60LL + t.second) * 1000000LL + t.fraction / 1000;
        if (date.isValid() && t.hour < 24 && t.minute < 60 && t.second < 60 && t.fraction % 1000 == 0)
            return Value::timestamp(date, micros);
        char buf[64];
        const int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02u:%02u:%02u.%09u", t.year, t.month, t.day,
                                    t.hour, t.minute, t.second, static_cast<unsigned>(t.fraction));
        return Value::text(QByteArray(buf, n));
    }
    case SQL_C_BINARY:
        return Value::binary(QByteArray(data, length));
    default:
        break;
    }
    const QByteArray bytes(data, length);
    if (spec.guid) // drivers print GUIDs in capitals; the databases themselves print them in lower case
        return Value::text(bytes.toLower());
    switch (spec.type) {
    case ColumnType::Integer: { // SQLite: integer columns may hold anything
        bool ok = false;
        const qint64 n = bytes.toLongLong(&ok);
        return ok && QByteArray::number(n) == bytes ? Value::integer(n) : Value::text(bytes);
    }
    case ColumnType::Boolean:
        if (bytes == "0" || bytes == "1")
            return Value::boolean(bytes == "1");
        return Value::text(bytes);
    case ColumnType::Decimal: {
        if (bytes == "NaN" || bytes == "Infinity" || bytes == "-Infinity") // PostgreSQL's numeric
            return Value::special(Value::Kind::Decimal, bytes);
        const QByteArray digits = normalizeDecimal(bytes);
        return digits.isEmpty() ? Value::text(bytes) : Value::decimal(digits);
    }
    case ColumnType::Date:
        return temporalFromText(Value::Kind::Date, bytes).value_or(Value::text(bytes));
    case ColumnType::Time:
        return temporalFromText(Value::Kind::Time, bytes).value_or(Value::text(bytes));
    case ColumnType::Timestamp:
        return temporalFromText(Value::Kind::Timestamp, bytes).value_or(Value::text(bytes));
    default:
        return Value::text(bytes);
    }
}

std::optional<QByteArray> readLongData(SQLHSTMT stmt, SQLUSMALLINT column, SQLSMALLINT cType)
{
    QByteArray out;
    char buf[64 * 1024];
    const SQLLEN room = cType == SQL_C_CHAR ? SQLLEN(sizeof buf) - 1 : SQLLEN(sizeof buf);
    for (bool first = true;; first = false) {
        SQLLEN ind = 0;
        const SQLRETURN rc = SQLGetData(stmt, column, cType, buf, sizeof buf, &ind);
        if (rc == SQL_NO_DATA) {
            if (first) // the driver lost the row: never hand back a silent empty value
                throw DbError(
                    QCoreApplication::translate("ferry::odbc", "The ODBC driver returned no data for column %1")
                        .arg(column));
            break;
        }
        if (!succeeded(rc))
            throwError(SQL_HANDLE_STMT, stmt,
                       QCoreApplication::translate("ferry::odbc", "Cannot read the value of column %1").arg(column));
        if (ind == SQL_NULL_DATA)
            return std::nullopt;
        const bool more = ind == SQL_NO_TOTAL || ind > room;
        out.append(buf, more ? room : ind);
        if (!more)
            break;
        if (ind != SQL_NO_TOTAL && out.capacity() < out.size() + ind)
            out.reserve(out.size() + ind);
    }
    return out;
}

QByteArray normalizeDecimal(const QByteArray& text)
{
    const QByteArray s = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        negative = s[i++] == '-';
    QByteArray intPart, fracPart;
    bool point = false, any = false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            (point ? fracPart : intPart) += c;
            any = true;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (!any)
        return {};
    if (i == s.size())
        return plainDecimal(negative, intPart, fracPart);
    if (s[i] != 'e' && s[i] != 'E')
        return {};
    bool ok = false;
    const int exponent = s.mid(i + 1).toInt(&ok);
    if (!ok || exponent > 4096 || exponent < -4096)
        return {};
    // Shift the point: all digits, and where the point sits among them.
    QByteArray all = intPart + fracPart;
    qsizetype pointAt = intPart.size() + exponent;
    if (pointAt < 0) {
        all.prepend(QByteArray(-pointAt, '0'));
        pointAt = 0;
    } else if (pointAt > all.size()) {
        all.append(QByteArray(pointAt - all.size(), '0'));
    }
    QByteArray frac = all.mid(pointAt);
    while (frac.endsWith('0')) // the exponent form carries no scale; keep the shortest exact form
        frac.chop(1);
    return plainDecimal(negative, all.left(pointAt), frac);
}

} // namespace ferry::odbc
