#include "odbc_binding.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace ferry::odbc {

namespace {

constexpr qint64 kMicrosPerDay = 86400LL * 1000000LL;

SQLLEN clampWidth(qint64 w)
{
    return static_cast<SQLLEN>(std::clamp<qint64>(w, 2, kMaxBoundWidth));
}

// Reads exactly `count` decimal digits at s[*pos].
bool digits(const char* s, qsizetype n, qsizetype* pos, int count, int* out)
{
    int v = 0;
    for (int i = 0; i < count; ++i, ++*pos) {
        if (*pos >= n || s[*pos] < '0' || s[*pos] > '9')
            return false;
        v = v * 10 + (s[*pos] - '0');
    }
    *out = v;
    return true;
}

bool parseDateAt(const char* s, qsizetype n, qsizetype* pos, QDate* date)
{
    int y = 0, m = 0, d = 0;
    if (!digits(s, n, pos, 4, &y) || *pos >= n || s[(*pos)++] != '-' || !digits(s, n, pos, 2, &m) || *pos >= n ||
        s[(*pos)++] != '-' || !digits(s, n, pos, 2, &d))
        return false;
    const QDate result(y, m, d);
    if (!result.isValid())
        return false;
    *date = result;
    return true;
}

bool parseTimeAt(const char* s, qsizetype n, qsizetype* pos, qint64* micros)
{
    int h = 0, m = 0, sec = 0;
    // Hours take one or two digits (drivers print "9:05:00" too).
    const int hourDigits = (*pos + 1 < n && s[*pos + 1] == ':') ? 1 : 2;
    if (!digits(s, n, pos, hourDigits, &h) || *pos >= n || s[(*pos)++] != ':' || !digits(s, n, pos, 2, &m) ||
        *pos >= n || s[(*pos)++] != ':' || !digits(s, n, pos, 2, &sec))
        return false;
    if (m > 59 || sec > 59)
        return false;
    qint64 fraction = 0;
    if (*pos < n && s[*pos] == '.') {
        ++*pos;
        int count = 0;
        while (*pos < n && s[*pos] >= '0' && s[*pos] <= '9') {
            const int digit = s[*pos] - '0';
            if (count < 6)
                fraction = fraction * 10 + digit;
            else if (digit != 0)
                return false; // sub-microsecond precision Ferry cannot carry: keep the text instead
            ++count;
            ++*pos;
        }
        if (count == 0)
            return false;
        for (int i = count; i < 6; ++i)
            fraction *= 10;
    }
    const qint64 total = (h * 3600LL + m * 60LL + sec) * 1000000LL + fraction;
    if (total > kMicrosPerDay)
        return false; // MariaDB TIME intervals beyond a day are not times of day
    *micros = total;
    return true;
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
    case SQL_FLOAT:
    case SQL_DOUBLE:
        return boundAs(ColumnType::Double, SQL_C_DOUBLE, sizeof(double));
    case SQL_TYPE_DATE:
    case SQL_DATE:
        return sqlite ? asText(ColumnType::Date, true)
                      : boundAs(ColumnType::Date, SQL_C_TYPE_DATE, sizeof(SQL_DATE_STRUCT));
    case SQL_TYPE_TIME:
    case SQL_TIME:
    case -154: // SQL_SS_TIME2
        // SQL_C_TYPE_TIME has no fractional seconds; the text form keeps them.
        return asText(ColumnType::Time, sqlite);
    case SQL_TYPE_TIMESTAMP:
    case SQL_TIMESTAMP:
        return sqlite ? asText(ColumnType::Timestamp, true)
                      : boundAs(ColumnType::Timestamp, SQL_C_TYPE_TIMESTAMP, sizeof(SQL_TIMESTAMP_STRUCT));
    case SQL_BINARY:
    case SQL_VARBINARY:
    case SQL_LONGVARBINARY:
        return binarySpec(sqlType, size, sizesUnreliable);
    case SQL_GUID:
        return boundAs(ColumnType::Text, SQL_C_CHAR, 40);
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
        const QByteArray digits = normalizeDecimal(bytes);
        return digits.isEmpty() ? Value::text(bytes) : Value::decimal(digits);
    }
    case ColumnType::Date: {
        QDate d;
        return parseDate(data, length, &d) ? Value::date(d) : Value::text(bytes);
    }
    case ColumnType::Time: {
        qint64 micros = 0;
        return parseTimeOfDay(data, length, &micros) ? Value::time(micros) : Value::text(bytes);
    }
    case ColumnType::Timestamp: {
        QDate d;
        qint64 micros = 0;
        return parseTimestamp(data, length, &d, &micros) ? Value::timestamp(d, micros) : Value::text(bytes);
    }
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

bool parseDate(const char* s, qsizetype n, QDate* date)
{
    qsizetype pos = 0;
    return parseDateAt(s, n, &pos, date) && pos == n;
}

bool parseTimeOfDay(const char* s, qsizetype n, qint64* micros)
{
    qsizetype pos = 0;
    return parseTimeAt(s, n, &pos, micros) && pos == n;
}

bool parseTimestamp(const char* s, qsizetype n, QDate* date, qint64* micros)
{
    qsizetype pos = 0;
    QDate d;
    if (!parseDateAt(s, n, &pos, &d))
        return false;
    qint64 t = 0;
    if (pos < n) {
        if (s[pos] != ' ' && s[pos] != 'T')
            return false;
        ++pos;
        if (!parseTimeAt(s, n, &pos, &t) || pos != n || t >= kMicrosPerDay)
            return false;
    }
    *date = d;
    *micros = t;
    return true;
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
