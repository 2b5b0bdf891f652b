#include "odbc_params.h"

#include <cstring>

namespace ferry::odbc {

namespace {

// How the values of one parameter column travel to the driver.
enum class Enc { Int, Double, Bit, Date, Timestamp, Binary, Char };

Enc preferredEncoding(ColumnType type, DbFamily family)
{
    switch (type) {
    case ColumnType::Integer:
        return Enc::Int;
    case ColumnType::Double:
        return Enc::Double;
    case ColumnType::Boolean:
        return Enc::Bit;
    case ColumnType::Binary:
        return Enc::Binary;
    // SQLite's driver stores temporal values as text: hand it the canonical text so nothing is
    // reformatted (it would cut microseconds to milliseconds).
    case ColumnType::Date:
        return family == DbFamily::SQLite ? Enc::Char : Enc::Date;
    case ColumnType::Timestamp:
        return family == DbFamily::SQLite ? Enc::Char : Enc::Timestamp;
    // Decimals as exact digits; times as text because SQL_TIME_STRUCT has no fractional seconds.
    case ColumnType::Decimal:
    case ColumnType::Time:
    case ColumnType::Text:
    case ColumnType::Unknown:
        break;
    }
    return Enc::Char;
}

// The ODBC date structs hold years 1 to 9999 only: BC dates and later years travel as text.
bool structYear(const Value& v)
{
    const int y = v.toDate().year();
    return y >= 1 && y <= 9999;
}

bool encodable(Enc enc, const Value& v)
{
    const Value::Kind kind = v.kind();
    switch (enc) {
    case Enc::Int:
        return kind == Value::Kind::Int || kind == Value::Kind::Bool;
    case Enc::Double:
        return kind == Value::Kind::Double;
    case Enc::Bit:
        return kind == Value::Kind::Bool;
    case Enc::Date:
        return kind == Value::Kind::Date && structYear(v);
    case Enc::Timestamp:
        return (kind == Value::Kind::Timestamp || kind == Value::Kind::Date) && structYear(v);
    case Enc::Binary:
    case Enc::Char:
        return true;
    }
    return false;
}

bool isLongText(const ColumnInfo& c)
{
    return c.length <= 0 || c.length > 4000 || c.odbcType == SQL_LONGVARCHAR || c.odbcType == SQL_WLONGVARCHAR ||
           c.odbcType == SQL_LONGVARBINARY;
}

// Text sent for a value whose column is not text: booleans as 1/0 so numeric columns accept them.
QByteArray textForm(const Value& v, ColumnType target)
{
    switch (v.kind()) {
    case Value::Kind::Text:
    case Value::Kind::Decimal:
        return v.bytes();
    case Value::Kind::Bool:
        if (target != ColumnType::Text && target != ColumnType::Unknown)
            return v.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
        return v.toUtf8();
    default:
        return v.toUtf8();
    }
}

const QByteArray& bytesOf(const Value& v, Enc enc, ColumnType target, QByteArray* scratch)
{
    const Value::Kind k = v.kind();
    // Binary columns take text as its UTF-8 bytes; text columns take binary as hex (Value::toUtf8).
    if (k == Value::Kind::Text || k == Value::Kind::Decimal || (k == Value::Kind::Binary && enc == Enc::Binary))
        return v.bytes();
    *scratch = textForm(v, target);
    return *scratch;
}

// One column of a run of rows: rows[first .. first+count)[index].
struct Cells {
    const std::vector<Row>& rows;
    size_t first;
    size_t count;
    size_t index;
    const Value& operator[](size_t i) const { return rows[first + i][index]; }
};

// The kind all non-NULL values share; Text when they differ, Null when there are none.
Value::Kind commonKind(const Cells& cells)
{
    Value::Kind common = Value::Kind::Null;
    for (size_t i = 0; i < cells.count; ++i) {
        const Value::Kind k = cells[i].kind();
        if (k == Value::Kind::Null || k == common)
            continue;
        if (common != Value::Kind::Null)
            return Value::Kind::Text;
        common = k;
    }
    return common;
}

bool variableWidth(Enc enc)
{
    return enc == Enc::Char || enc == Enc::Binary;
}

Enc encodingFor(ColumnType type, DbFamily family, const Cells& cells)
{
    const Enc enc = preferredEncoding(type, family);
    if (variableWidth(enc))
        return enc;
    for (size_t i = 0; i < cells.count; ++i)
        if (!cells[i].isNull() && !encodable(enc, cells[i]))
            return Enc::Char; // defensive: let the driver convert the text, or refuse it
    return enc;
}

// The longest value of a run in bytes, and for decimals the most integer and fraction digits.
struct RunShape {
    qsizetype maxBytes = 0;
    int maxInt = 0;
    int maxFrac = 0;
};

// Variable-width encodings: the element is as wide as the longest value in the run.
RunShape measure(const Cells& cells, Enc enc, ColumnType type, QByteArray* scratch)
{
    RunShape shape;
    if (!variableWidth(enc))
        return shape;
    for (size_t i = 0; i < cells.count; ++i) {
        const Value& v = cells[i];
        if (v.isNull())
            continue;
        const QByteArray& b = bytesOf(v, enc, type, scratch);
        shape.maxBytes = qMax(shape.maxBytes, b.size());
        if (type == ColumnType::Decimal && isValidDecimal(b)) {
            int intDigits = 0, fracDigits = 0;
            decimalShape(b, &intDigits, &fracDigits);
            shape.maxInt = qMax(shape.maxInt, intDigits);
            shape.maxFrac = qMax(shape.maxFrac, fracDigits);
        }
    }
    return shape;
}

// The C type and element width of an encoding.
void setCType(ParamColumn::Layout& layout, Enc enc, qsizetype maxBytes)
{
    switch (enc) {
    case Enc::Int:
        layout.cType = SQL_C_SBIGINT;
        layout.width = sizeof(SQLBIGINT);
        break;
    case Enc::Double:
        layout.cType = SQL_C_DOUBLE;
        layout.width = sizeof(double);
        break;
    case Enc::Bit:
        layout.cType = SQL_C_BIT;
        layout.width = 1;
        break;
    case Enc::Date:
        layout.cType = SQL_C_TYPE_DATE;
        layout.width = sizeof(SQL_DATE_STRUCT);
        break;
    case Enc::Timestamp:
        layout.cType = SQL_C_TYPE_TIMESTAMP;
        layout.width = sizeof(SQL_TIMESTAMP_STRUCT);
        break;
    case Enc::Binary:
        layout.cType = SQL_C_BINARY;
        layout.width = qMax<qsizetype>(maxBytes, 1);
        break;
    case Enc::Char:
        layout.cType = SQL_C_CHAR;
        layout.width = qMax<qsizetype>(maxBytes, 1);
        break;
    }
}

// The target's integer type, sized by the decimal digits of its largest value.
void setIntegerType(ParamColumn::Layout& layout, int odbcType)
{
    switch (odbcType) {
    case SQL_TINYINT:
        layout.sqlType = SQL_TINYINT;
        layout.columnSize = 3;
        break;
    case SQL_SMALLINT:
        layout.sqlType = SQL_SMALLINT;
        layout.columnSize = 5;
        break;
    case SQL_INTEGER:
        layout.sqlType = SQL_INTEGER;
        layout.columnSize = 10;
        break;
    default:
        layout.sqlType = SQL_BIGINT;
        layout.columnSize = 19;
        break;
    }
}

// The SQL type the server sees: the target column's, with its precision and scale.
void setSqlType(ParamColumn::Layout& layout, ColumnType type, const ColumnInfo& target, DbFamily family,
                const RunShape& shape)
{
    const SQLULEN declaredOrLongest =
        static_cast<SQLULEN>(target.length > 0 ? target.length : qMax<qsizetype>(shape.maxBytes, 1));
    switch (type) {
    case ColumnType::Integer:
        setIntegerType(layout, target.odbcType);
        break;
    case ColumnType::Decimal:
        layout.sqlType = target.odbcType == SQL_DECIMAL ? SQL_DECIMAL : SQL_NUMERIC;
        layout.digits = static_cast<SQLSMALLINT>(qMax(target.scale, shape.maxFrac));
        layout.columnSize = static_cast<SQLULEN>(qMax(qMax(target.precision, shape.maxInt + layout.digits), 1));
        break;
    case ColumnType::Double:
        layout.sqlType = SQL_DOUBLE;
        layout.columnSize = 15;
        break;
    case ColumnType::Boolean:
        layout.sqlType = SQL_BIT;
        layout.columnSize = 1;
        break;
    case ColumnType::Date:
        layout.sqlType = SQL_TYPE_DATE;
        layout.columnSize = 10;
        break;
    case ColumnType::Time:
        // ODBC refuses fractional seconds in a SQL_TYPE_TIME parameter (MariaDB: 22008 "Datetime field
        // overflow"); the servers cast the text themselves. psqlODBC needs the type to type the parameter.
        layout.sqlType = family == DbFamily::PostgreSQL ? SQL_TYPE_TIME : SQL_VARCHAR;
        layout.columnSize = 15;
        layout.digits = family == DbFamily::PostgreSQL ? 6 : 0;
        break;
    case ColumnType::Timestamp:
        layout.sqlType = SQL_TYPE_TIMESTAMP;
        layout.columnSize = 26;
        layout.digits = 6;
        break;
    case ColumnType::Binary:
        layout.sqlType = isLongText(target) ? SQL_LONGVARBINARY : SQL_VARBINARY;
        layout.columnSize = declaredOrLongest;
        break;
    case ColumnType::Text:
    case ColumnType::Unknown:
        layout.sqlType = isLongText(target) ? SQL_LONGVARCHAR : SQL_VARCHAR;
        layout.columnSize = declaredOrLongest;
        break;
    }
}

ParamColumn::Layout layoutFor(Enc enc, ColumnType type, const ColumnInfo& target, DbFamily family,
                              const RunShape& shape)
{
    ParamColumn::Layout layout;
    setCType(layout, enc, shape.maxBytes);
    setSqlType(layout, type, target, family, shape);
    const bool temporal = type == ColumnType::Date || type == ColumnType::Timestamp;
    if (enc == Enc::Char &&
        ((family == DbFamily::PostgreSQL && temporal) ||
         (family == DbFamily::MariaDB && (temporal || type == ColumnType::Integer || type == ColumnType::Boolean)))) {
        // Text for a typed column (infinity, a BC date, a zero date, an unsigned 64-bit number): the
        // drivers would parse it themselves — psqlODBC loses infinity and the era, MariaDB's crashes on
        // zero dates — so it goes as varchar and the server reads it.
        layout.sqlType = SQL_VARCHAR;
        layout.columnSize = 40;
        layout.digits = 0;
    }
    return layout;
}

// Writes each value of the run into its element of `width` bytes and sets its indicator. One loop with
// the switch inside: this runs for every value of a bulk write.
void encode(const Cells& cells, Enc enc, ColumnType type, char* data, SQLLEN width, SQLLEN* indicators,
            QByteArray* scratch)
{
    for (size_t i = 0; i < cells.count; ++i) {
        const Value& v = cells[i];
        char* out = data + i * static_cast<size_t>(width);
        if (v.isNull()) {
            indicators[i] = SQL_NULL_DATA;
            continue;
        }
        switch (enc) {
        case Enc::Int: {
            const SQLBIGINT n = v.kind() == Value::Kind::Bool ? (v.toBool() ? 1 : 0) : v.toInt();
            std::memcpy(out, &n, sizeof n);
            indicators[i] = sizeof n;
            break;
        }
        case Enc::Double: {
            const double d = v.toDouble();
            std::memcpy(out, &d, sizeof d);
            indicators[i] = sizeof d;
            break;
        }
        case Enc::Bit:
            *out = v.toBool() ? 1 : 0;
            indicators[i] = 1;
            break;
        case Enc::Date: {
            const QDate d = v.toDate();
            SQL_DATE_STRUCT s{static_cast<SQLSMALLINT>(d.year()), static_cast<SQLUSMALLINT>(d.month()),
                              static_cast<SQLUSMALLINT>(d.day())};
            std::memcpy(out, &s, sizeof s);
            indicators[i] = sizeof s;
            break;
        }
        case Enc::Timestamp: {
            const QDate d = v.toDate();
            const qint64 micros = v.kind() == Value::Kind::Timestamp ? v.microsOfDay() : 0;
            const qint64 secs = micros / 1000000;
            SQL_TIMESTAMP_STRUCT s{static_cast<SQLSMALLINT>(d.year()),
                                   static_cast<SQLUSMALLINT>(d.month()),
                                   static_cast<SQLUSMALLINT>(d.day()),
                                   static_cast<SQLUSMALLINT>(secs / 3600),
                                   static_cast<SQLUSMALLINT>((secs / 60) % 60),
                                   static_cast<SQLUSMALLINT>(secs % 60),
                                   static_cast<SQLUINTEGER>((micros % 1000000) * 1000)};
            std::memcpy(out, &s, sizeof s);
            indicators[i] = sizeof s;
            break;
        }
        case Enc::Binary:
        case Enc::Char: {
            const QByteArray& b = bytesOf(v, enc, type, scratch);
            if (!b.isEmpty())
                std::memcpy(out, b.constData(), static_cast<size_t>(b.size()));
            indicators[i] = b.size(); // exact byte count: no NUL, no padding
            break;
        }
        }
    }
}

} // namespace

ColumnType columnTypeForKind(Value::Kind kind)
{
    switch (kind) {
    case Value::Kind::Int:
        return ColumnType::Integer;
    case Value::Kind::Decimal:
        return ColumnType::Decimal;
    case Value::Kind::Double:
        return ColumnType::Double;
    case Value::Kind::Bool:
        return ColumnType::Boolean;
    case Value::Kind::Date:
        return ColumnType::Date;
    case Value::Kind::Time:
        return ColumnType::Time;
    case Value::Kind::Timestamp:
        return ColumnType::Timestamp;
    case Value::Kind::Binary:
        return ColumnType::Binary;
    case Value::Kind::Text:
    case Value::Kind::Special: // a token such as infinity travels as text
    case Value::Kind::Null:
        break;
    }
    return ColumnType::Text;
}

qsizetype ParamColumn::cellBytes(const Value& v)
{
    switch (v.kind()) {
    case Value::Kind::Text:
    case Value::Kind::Decimal:
    case Value::Kind::Binary:
        return v.bytes().size();
    default:
        return 32;
    }
}

void ParamColumn::fillOne(const Value& value, DbFamily family)
{
    ColumnInfo target;
    target.type = columnTypeForKind(value.kind());
    fill(target, family, std::vector<Row>{Row{value}}, 0, 1, 0);
}

void ParamColumn::fill(const ColumnInfo& target, DbFamily family, const std::vector<Row>& rows, size_t first,
                       size_t count, size_t index)
{
    const Cells cells{rows, first, count, index};
    // The logical type: the target's, or for undescribed columns the values' common kind.
    const ColumnType type = target.type == ColumnType::Unknown ? columnTypeForKind(commonKind(cells)) : target.type;
    const Enc enc = encodingFor(type, family, cells);
    QByteArray scratch;
    const RunShape shape = measure(cells, enc, type, &scratch);
    adopt(layoutFor(enc, type, target, family, shape), count);
    encode(cells, enc, type, data_.data(), layout_.width, indicators_.data(), &scratch);
}

void ParamColumn::adopt(Layout next, size_t count)
{
    const Layout previous = layout_;
    const char* const previousData = data_.data();
    const SQLLEN* const previousIndicators = indicators_.data();
    // Widths and sizes only grow within one encoding, and buffers only grow, so the same statement can
    // keep its parameter bindings from one batch to the next (re-binding ~7,000 markers per execute
    // costs more than filling them).
    if (next.cType == previous.cType && next.sqlType == previous.sqlType) {
        next.width = qMax(next.width, previous.width);
        next.columnSize = qMax(next.columnSize, previous.columnSize);
        next.digits = qMax(next.digits, previous.digits);
    }
    layout_ = next;
    const size_t bytes = count * static_cast<size_t>(layout_.width);
    if (data_.size() < bytes)
        data_.resize(bytes);
    if (indicators_.size() < count)
        indicators_.resize(count);
    if (layout_ != previous || data_.data() != previousData || indicators_.data() != previousIndicators)
        ++generation_;
}

SQLRETURN ParamColumn::bindArray(SQLHSTMT stmt, SQLUSMALLINT parameter)
{
    return SQLBindParameter(stmt, parameter, SQL_PARAM_INPUT, layout_.cType, layout_.sqlType, layout_.columnSize,
                            layout_.digits, data_.data(), layout_.width, indicators_.data());
}

SQLRETURN ParamColumn::bindElement(SQLHSTMT stmt, SQLUSMALLINT parameter, size_t element)
{
    return SQLBindParameter(stmt, parameter, SQL_PARAM_INPUT, layout_.cType, layout_.sqlType, layout_.columnSize,
                            layout_.digits, data_.data() + element * static_cast<size_t>(layout_.width), layout_.width,
                            indicators_.data() + element);
}

} // namespace ferry::odbc
