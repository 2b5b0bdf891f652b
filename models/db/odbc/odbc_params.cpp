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

bool encodable(Enc enc, Value::Kind kind)
{
    switch (enc) {
    case Enc::Int:
        return kind == Value::Kind::Int || kind == Value::Kind::Bool;
    case Enc::Double:
        return kind == Value::Kind::Double;
    case Enc::Bit:
        return kind == Value::Kind::Bool;
    case Enc::Date:
        return kind == Value::Kind::Date;
    case Enc::Timestamp:
        return kind == Value::Kind::Timestamp || kind == Value::Kind::Date;
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
    const struct {
        SQLSMALLINT cType, sqlType;
        SQLULEN columnSize;
        SQLSMALLINT digits;
        SQLLEN width;
        const char* data;
        const SQLLEN* indicators;
    } previous{cType_, sqlType_, columnSize_, digits_, width_, data_.data(), indicators_.data()};
    // The logical type: the target's, or for undescribed columns the values' common kind.
    ColumnType type = target.type;
    if (type == ColumnType::Unknown) {
        Value::Kind common = Value::Kind::Null;
        for (size_t r = first; r < first + count; ++r) {
            const Value::Kind k = rows[r][index].kind();
            if (k == Value::Kind::Null || k == common)
                continue;
            if (common != Value::Kind::Null) {
                common = Value::Kind::Text;
                break;
            }
            common = k;
        }
        type = columnTypeForKind(common);
    }

    Enc enc = preferredEncoding(type, family);
    if (enc != Enc::Char && enc != Enc::Binary) {
        for (size_t r = first; r < first + count; ++r) {
            const Value& v = rows[r][index];
            if (!v.isNull() && !encodable(enc, v.kind())) {
                enc = Enc::Char; // defensive: let the driver convert the text, or refuse it
                break;
            }
        }
    }

    // Variable-width encodings: the element is as wide as the longest value in the run.
    QByteArray scratch;
    qsizetype maxBytes = 0;
    int maxInt = 0, maxFrac = 0;
    if (enc == Enc::Char || enc == Enc::Binary) {
        for (size_t r = first; r < first + count; ++r) {
            const Value& v = rows[r][index];
            if (v.isNull())
                continue;
            const QByteArray& b = bytesOf(v, enc, type, &scratch);
            maxBytes = qMax(maxBytes, b.size());
            if (type == ColumnType::Decimal && isValidDecimal(b)) {
                int i = 0, f = 0;
                decimalShape(b, &i, &f);
                maxInt = qMax(maxInt, i);
                maxFrac = qMax(maxFrac, f);
            }
        }
    }

    columnSize_ = 0;
    digits_ = 0;
    switch (enc) {
    case Enc::Int:
        cType_ = SQL_C_SBIGINT;
        width_ = sizeof(SQLBIGINT);
        break;
    case Enc::Double:
        cType_ = SQL_C_DOUBLE;
        width_ = sizeof(double);
        break;
    case Enc::Bit:
        cType_ = SQL_C_BIT;
        width_ = 1;
        break;
    case Enc::Date:
        cType_ = SQL_C_TYPE_DATE;
        width_ = sizeof(SQL_DATE_STRUCT);
        break;
    case Enc::Timestamp:
        cType_ = SQL_C_TYPE_TIMESTAMP;
        width_ = sizeof(SQL_TIMESTAMP_STRUCT);
        break;
    case Enc::Binary:
        cType_ = SQL_C_BINARY;
        width_ = qMax<qsizetype>(maxBytes, 1);
        break;
    case Enc::Char:
        cType_ = SQL_C_CHAR;
        width_ = qMax<qsizetype>(maxBytes, 1);
        break;
    }

    // The SQL type the server sees: the target column's, with its precision and scale.
    switch (type) {
    case ColumnType::Integer:
        switch (target.odbcType) {
        case SQL_TINYINT:
            sqlType_ = SQL_TINYINT;
            columnSize_ = 3;
            break;
        case SQL_SMALLINT:
            sqlType_ = SQL_SMALLINT;
            columnSize_ = 5;
            break;
        case SQL_INTEGER:
            sqlType_ = SQL_INTEGER;
            columnSize_ = 10;
            break;
        default:
            sqlType_ = SQL_BIGINT;
            columnSize_ = 19;
            break;
        }
        break;
    case ColumnType::Decimal:
        sqlType_ = target.odbcType == SQL_DECIMAL ? SQL_DECIMAL : SQL_NUMERIC;
        digits_ = static_cast<SQLSMALLINT>(qMax(target.scale, maxFrac));
        columnSize_ = static_cast<SQLULEN>(qMax(qMax(target.precision, maxInt + digits_), 1));
        break;
    case ColumnType::Double:
        sqlType_ = SQL_DOUBLE;
        columnSize_ = 15;
        break;
    case ColumnType::Boolean:
        sqlType_ = SQL_BIT;
        columnSize_ = 1;
        break;
    case ColumnType::Date:
        sqlType_ = SQL_TYPE_DATE;
        columnSize_ = 10;
        break;
    case ColumnType::Time:
        // ODBC refuses fractional seconds in a SQL_TYPE_TIME parameter (MariaDB: 22008 "Datetime field
        // overflow"); the servers cast the text themselves. psqlODBC needs the type to type the parameter.
        sqlType_ = family == DbFamily::PostgreSQL ? SQL_TYPE_TIME : SQL_VARCHAR;
        columnSize_ = 15;
        digits_ = family == DbFamily::PostgreSQL ? 6 : 0;
        break;
    case ColumnType::Timestamp:
        sqlType_ = SQL_TYPE_TIMESTAMP;
        columnSize_ = 26;
        digits_ = 6;
        break;
    case ColumnType::Binary:
        sqlType_ = isLongText(target) ? SQL_LONGVARBINARY : SQL_VARBINARY;
        columnSize_ = static_cast<SQLULEN>(target.length > 0 ? target.length : qMax<qsizetype>(maxBytes, 1));
        break;
    case ColumnType::Text:
    case ColumnType::Unknown:
        sqlType_ = isLongText(target) ? SQL_LONGVARCHAR : SQL_VARCHAR;
        columnSize_ = static_cast<SQLULEN>(target.length > 0 ? target.length : qMax<qsizetype>(maxBytes, 1));
        break;
    }

    // Widths and sizes only grow within one encoding, and buffers only grow, so the same statement can
    // keep its parameter bindings from one batch to the next (re-binding ~7,000 markers per execute
    // costs more than filling them).
    if (cType_ == previous.cType && sqlType_ == previous.sqlType) {
        width_ = qMax(width_, previous.width);
        columnSize_ = qMax(columnSize_, previous.columnSize);
        digits_ = qMax(digits_, previous.digits);
    }
    const size_t bytes = count * static_cast<size_t>(width_);
    if (data_.size() < bytes)
        data_.resize(bytes);
    if (indicators_.size() < count)
        indicators_.resize(count);
    if (cType_ != previous.cType || sqlType_ != previous.sqlType || width_ != previous.width ||
        columnSize_ != previous.columnSize || digits_ != previous.digits || data_.data() != previous.data ||
        indicators_.data() != previous.indicators)
        ++generation_;
    for (size_t i = 0; i < count; ++i) {
        const Value& v = rows[first + i][index];
        char* out = data_.data() + i * static_cast<size_t>(width_);
        if (v.isNull()) {
            indicators_[i] = SQL_NULL_DATA;
            continue;
        }
        switch (enc) {
        case Enc::Int: {
            const SQLBIGINT n = v.kind() == Value::Kind::Bool ? (v.toBool() ? 1 : 0) : v.toInt();
            std::memcpy(out, &n, sizeof n);
            indicators_[i] = sizeof n;
            break;
        }
        case Enc::Double: {
            const double d = v.toDouble();
            std::memcpy(out, &d, sizeof d);
            indicators_[i] = sizeof d;
            break;
        }
        case Enc::Bit:
            *out = v.toBool() ? 1 : 0;
            indicators_[i] = 1;
            break;
        case Enc::Date: {
            const QDate d = v.toDate();
            SQL_DATE_STRUCT s{static_cast<SQLSMALLINT>(d.year()), static_cast<SQLUSMALLINT>(d.month()),
                              static_cast<SQLUSMALLINT>(d.day())};
            std::memcpy(out, &s, sizeof s);
            indicators_[i] = sizeof s;
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
            indicators_[i] = sizeof s;
            break;
        }
        case Enc::Binary:
        case Enc::Char: {
            const QByteArray& b = bytesOf(v, enc, type, &scratch);
            if (!b.isEmpty())
                std::memcpy(out, b.constData(), static_cast<size_t>(b.size()));
            indicators_[i] = b.size(); // exact byte count: no NUL, no padding
            break;
        }
        }
    }
}

SQLRETURN ParamColumn::bindArray(SQLHSTMT stmt, SQLUSMALLINT parameter)
{
    return SQLBindParameter(stmt, parameter, SQL_PARAM_INPUT, cType_, sqlType_, columnSize_, digits_, data_.data(),
                            width_, indicators_.data());
}

SQLRETURN ParamColumn::bindElement(SQLHSTMT stmt, SQLUSMALLINT parameter, size_t element)
{
    return SQLBindParameter(stmt, parameter, SQL_PARAM_INPUT, cType_, sqlType_, columnSize_, digits_,
                            data_.data() + element * static_cast<size_t>(width_), width_, indicators_.data() + element);
}

} // namespace ferry::odbc
