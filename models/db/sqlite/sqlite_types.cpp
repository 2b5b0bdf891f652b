#include "sqlite_types.h"

#include "core/temporal_text.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <limits>

namespace ferry::sqlite {

namespace {

// ODBC SQL_* type codes (sqlext.h), repeated here so the SQLite path needs no ODBC headers.
constexpr int kSqlVarchar = 12, kSqlLongVarchar = -1, kSqlBigInt = -5, kSqlNumeric = 2, kSqlDecimal = 3, kSqlDouble = 8,
              kSqlBit = -7, kSqlTypeDate = 91, kSqlTypeTime = 92, kSqlTypeTimestamp = 93, kSqlVarBinary = -3,
              kSqlLongVarBinary = -4;

constexpr qint64 kMicrosPerSecond = 1000000;

// Digits at s[pos, pos+n) as a number, or -1 when any is not a digit.
int digitsAt(const QByteArray& s, qsizetype pos, int n)
{
    if (pos + n > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

// HH:mm[:ss[.f…]][Z] starting at pos and running to the end of the text.
std::optional<qint64> parseTimeAt(const QByteArray& s, qsizetype pos)
{
    const int hh = digitsAt(s, pos, 2);
    if (hh < 0 || hh > 23 || pos + 2 >= s.size() || s[pos + 2] != ':')
        return std::nullopt;
    const int mm = digitsAt(s, pos + 3, 2);
    if (mm < 0 || mm > 59)
        return std::nullopt;
    qsizetype i = pos + 5;
    int ss = 0;
    qint64 micros = 0;
    if (i < s.size() && s[i] == ':') {
        ss = digitsAt(s, i + 1, 2);
        if (ss < 0 || ss > 59)
            return std::nullopt;
        i += 3;
        if (i < s.size() && s[i] == '.') {
            ++i;
            int n = 0;
            for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++n) {
                if (n < 6)
                    micros = micros * 10 + (s[i] - '0');
                else if (s[i] != '0')
                    return std::nullopt; // finer than a microsecond: cannot be kept exactly
            }
            if (n == 0)
                return std::nullopt;
            for (; n < 6; ++n)
                micros *= 10;
        }
    }
    // A trailing Z names UTC, which is the wall clock Ferry keeps for zoned values.
    if (i < s.size() && s[i] == 'Z')
        ++i;
    if (i != s.size())
        return std::nullopt;
    return (hh * 3600LL + mm * 60LL + ss) * kMicrosPerSecond + micros;
}

QByteArray padToScale(QByteArray s, int scale)
{
    if (scale <= 0)
        return s;
    const qsizetype point = s.indexOf('.');
    const qsizetype have = point < 0 ? 0 : s.size() - point - 1;
    if (point < 0)
        s += '.';
    if (have < scale)
        s += QByteArray(scale - have, '0');
    return s;
}

QList<int> typeArguments(const QString& upper)
{
    QList<int> args;
    const qsizetype open = upper.indexOf(QLatin1Char('('));
    const qsizetype close = upper.lastIndexOf(QLatin1Char(')'));
    if (open < 0 || close < open)
        return args;
    const QStringList parts = upper.mid(open + 1, close - open - 1).split(QLatin1Char(','));
    for (const QString& p : parts) {
        bool ok = false;
        const int v = p.trimmed().toInt(&ok);
        args << (ok ? v : 0);
    }
    return args;
}

// Decimal digits as SQLite will keep them: an integer that fits in 64 bits, or a number of at most 15
// significant digits (exact through a double), or neither.
struct DecimalShape {
    bool fitsInt64 = false;
    qint64 integer = 0;
    int significantDigits = 0;
};

DecimalShape shapeOf(const QByteArray& digits)
{
    DecimalShape shape;
    qsizetype i = 0;
    bool negative = false;
    if (i < digits.size() && (digits[i] == '-' || digits[i] == '+'))
        negative = digits[i++] == '-';
    const qsizetype point = digits.indexOf('.');
    const qsizetype intEnd = point < 0 ? digits.size() : point;
    qsizetype fracEnd = digits.size();
    if (point >= 0)
        while (fracEnd > point + 1 && digits[fracEnd - 1] == '0')
            --fracEnd;
    const bool hasFraction = point >= 0 && fracEnd > point + 1;

    // Significant digits run from the first non-zero digit to the last non-zero digit.
    QByteArray all = digits.mid(i, intEnd - i);
    if (hasFraction)
        all += digits.mid(point + 1, fracEnd - point - 1);
    qsizetype first = 0, last = all.size();
    while (first < last && all[first] == '0')
        ++first;
    while (last > first && all[last - 1] == '0')
        --last;
    shape.significantDigits = int(last - first);

    if (!hasFraction) {
        bool ok = false;
        const QByteArray intPart = digits.mid(i, intEnd - i);
        const qint64 v = intPart.isEmpty() ? 0 : intPart.toLongLong(&ok);
        if (intPart.isEmpty() || ok) {
            shape.fitsInt64 = true;
            shape.integer = negative ? -v : v;
        } else if (negative && intPart == "9223372036854775808") {
            shape.fitsInt64 = true;
            shape.integer = std::numeric_limits<qint64>::min();
        }
    }
    return shape;
}

QVariant bindDecimal(const QByteArray& digits, const DeclaredType& column)
{
    // Text and untyped columns keep text as given, so the digits stay exact there.
    if (column.affinity == Affinity::Text || column.affinity == Affinity::Blob)
        return QString::fromLatin1(digits);
    if (column.affinity == Affinity::Real || column.type == ColumnType::Double)
        return digits.toDouble();
    // INTEGER and NUMERIC affinity convert well-formed numeric text to INTEGER or REAL, keeping only 15
    // significant digits of a REAL (measured with SQLite 3.40: '12345678901234567890.12' is read back as
    // 1.23456789012345671677e+19). So bind what is exact: a 64-bit integer, a double for up to 15
    // significant digits (decimal -> double -> shortest text round-trips). Longer decimals are refused
    // before they get here (ColumnInfo::exactDigits): stored as a BLOB they would no longer be numbers
    // to SQLite itself.
    const DecimalShape shape = shapeOf(digits);
    if (shape.fitsInt64)
        return QVariant::fromValue<qlonglong>(shape.integer);
    if (shape.significantDigits <= 15)
        return digits.toDouble();
    return QString::fromLatin1(digits);
}

} // namespace

Affinity affinityOf(const QString& declaredType)
{
    const QString t = declaredType.toUpper();
    if (t.contains(QLatin1String("INT")))
        return Affinity::Integer;
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) || t.contains(QLatin1String("TEXT")))
        return Affinity::Text;
    if (t.contains(QLatin1String("BLOB")) || t.trimmed().isEmpty())
        return Affinity::Blob;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) || t.contains(QLatin1String("DOUB")))
        return Affinity::Real;
    return Affinity::Numeric;
}

DeclaredType parseDeclaredType(const QString& declaredType)
{
    DeclaredType d;
    const QString upper = declaredType.trimmed().toUpper();
    d.affinity = affinityOf(upper);
    const QString base = upper.left(upper.indexOf(QLatin1Char('('))).simplified(); // left(-1) is all
    const QList<int> args = typeArguments(upper);

    if (base.isEmpty())
        return d; // untyped (BLOB affinity): the storage class decides
    if (base == QLatin1String("BOOLEAN") || base == QLatin1String("BOOL")) {
        d.type = ColumnType::Boolean;
        d.odbcType = kSqlBit;
        return d;
    }
    if (base == QLatin1String("DATE")) {
        d.type = ColumnType::Date;
        d.odbcType = kSqlTypeDate;
        return d;
    }
    if (base == QLatin1String("DATETIME") || base.startsWith(QLatin1String("TIMESTAMP"))) {
        d.type = ColumnType::Timestamp;
        d.odbcType = kSqlTypeTimestamp;
        d.scale = args.value(0, 6);
        return d;
    }
    if (base == QLatin1String("TIME") || base.startsWith(QLatin1String("TIME "))) {
        d.type = ColumnType::Time;
        d.odbcType = kSqlTypeTime;
        d.scale = args.value(0, 6);
        return d;
    }
    switch (d.affinity) {
    case Affinity::Integer:
        d.type = ColumnType::Integer;
        d.precision = 64;
        d.odbcType = kSqlBigInt;
        return d;
    case Affinity::Text:
        d.type = ColumnType::Text;
        d.length = args.value(0, 0);
        d.odbcType = d.length > 0 ? kSqlVarchar : kSqlLongVarchar;
        return d;
    case Affinity::Blob:
        d.type = ColumnType::Binary;
        d.odbcType = kSqlLongVarBinary;
        return d;
    case Affinity::Real:
        d.type = ColumnType::Double;
        d.odbcType = kSqlDouble;
        return d;
    case Affinity::Numeric:
        break;
    }
    if (base == QLatin1String("DECIMAL") || base == QLatin1String("NUMERIC") || base == QLatin1String("NUMBER") ||
        base == QLatin1String("DEC") || base == QLatin1String("MONEY")) {
        d.type = ColumnType::Decimal;
        d.precision = args.value(0, 0);
        d.scale = args.value(1, 0);
        d.odbcType = base == QLatin1String("NUMERIC") ? kSqlNumeric : kSqlDecimal;
        return d;
    }
    if (base == QLatin1String("BINARY") || base == QLatin1String("VARBINARY") || base == QLatin1String("BYTEA")) {
        d.type = ColumnType::Binary;
        d.length = args.value(0, 0);
        d.odbcType = kSqlVarBinary;
        return d;
    }
    // Other names (UUID, JSON, STRING …) get NUMERIC affinity in SQLite but hold text in a CRM.
    d.type = ColumnType::Text;
    d.odbcType = kSqlLongVarchar;
    return d;
}

QByteArray decimalFromDouble(double d, int scale)
{
    if (!std::isfinite(d))
        return {};
    char buf[400]; // the longest plain form of a double is about 330 characters
    const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
    if (r.ec != std::errc())
        return {};
    return padToScale(QByteArray(buf, r.ptr - buf), scale);
}

std::optional<qint64> parseIsoTime(const QByteArray& text)
{
    return parseTimeAt(text, 0);
}

std::optional<Value> parseIsoDateTime(const QByteArray& s, ColumnType wanted)
{
    const int y = digitsAt(s, 0, 4), m = digitsAt(s, 5, 2), d = digitsAt(s, 8, 2);
    if (y < 0 || m < 0 || d < 0 || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    if (s.size() == 10)
        return wanted == ColumnType::Date ? Value::date(date) : Value::timestamp(date, 0);
    if (s[10] != ' ' && s[10] != 'T')
        return std::nullopt;
    const std::optional<qint64> micros = parseTimeAt(s, 11);
    if (!micros)
        return std::nullopt;
    if (wanted == ColumnType::Date && *micros == 0)
        return Value::date(date);
    return Value::timestamp(date, *micros);
}

Value readValue(const QVariant& v, const DeclaredType& column)
{
    if (v.isNull())
        return Value::null();
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int: {
        const qint64 n = v.toLongLong();
        if (column.type == ColumnType::Decimal)
            return Value::decimal(padToScale(QByteArray::number(n), column.scale));
        if (column.type == ColumnType::Boolean && (n == 0 || n == 1))
            return Value::boolean(n == 1);
        return Value::integer(n);
    }
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (column.type == ColumnType::Decimal) {
            QByteArray digits = decimalFromDouble(d, column.scale);
            if (!digits.isEmpty())
                return Value::decimal(std::move(digits));
        }
        return Value::real(d);
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        if (column.type == ColumnType::Decimal && isValidDecimal(bytes))
            return Value::decimal(bytes); // written as a BLOB to survive NUMERIC affinity
        return Value::binary(bytes);
    }
    default:
        break;
    }
    return readText(v.toString().toUtf8(), column);
}

Value readText(QByteArray text, const DeclaredType& column)
{
    switch (column.type) {
    case ColumnType::Decimal:
        if (isValidDecimal(text))
            return Value::decimal(std::move(text));
        break;
    case ColumnType::Date:
    case ColumnType::Timestamp:
        if (auto parsed = parseIsoDateTime(text, column.type))
            return *parsed;
        if (auto other = temporalFromText(column.type == ColumnType::Date ? Value::Kind::Date : Value::Kind::Timestamp,
                                          text)) // infinity, zero dates, eras as other databases print them
            return *other;
        break;
    case ColumnType::Time:
        if (auto micros = parseIsoTime(text))
            return Value::time(*micros);
        break;
    default:
        break;
    }
    // Text the column's type cannot explain stays text; the engine reports it with the row.
    return Value::text(std::move(text));
}

QVariant bindValue(const Value& v, const DeclaredType& column)
{
    switch (v.kind()) {
    case Value::Kind::Null:
        return QVariant();
    case Value::Kind::Text: {
        // Qt binds a null QString as SQL NULL: keep '' an empty string.
        const QString text = QString::fromUtf8(v.bytes());
        return text.isNull() ? QString(QLatin1String("")) : text;
    }
    case Value::Kind::Int:
        return QVariant::fromValue<qlonglong>(v.toInt());
    case Value::Kind::Bool:
        return QVariant::fromValue<qlonglong>(v.toBool() ? 1 : 0);
    case Value::Kind::Double:
        return v.toDouble();
    case Value::Kind::Decimal:
        return bindDecimal(v.bytes(), column);
    case Value::Kind::Date:
    case Value::Kind::Time:
    case Value::Kind::Timestamp:
    case Value::Kind::Special:
        return QString::fromLatin1(v.toUtf8());
    case Value::Kind::Binary:
        // Likewise a null QByteArray would become NULL instead of an empty blob.
        return v.bytes().isNull() ? QByteArray("", 0) : v.bytes();
    }
    return QVariant();
}

DeclaredType declaredTypeOf(const ColumnInfo& column)
{
    if (!column.nativeType.trimmed().isEmpty())
        return parseDeclaredType(column.nativeType);
    DeclaredType d;
    d.type = column.type;
    d.length = column.length;
    d.precision = column.precision;
    d.scale = column.scale;
    d.odbcType = column.odbcType;
    switch (column.type) {
    case ColumnType::Text:
        d.affinity = Affinity::Text;
        break;
    case ColumnType::Integer:
        d.affinity = Affinity::Integer;
        break;
    case ColumnType::Double:
        d.affinity = Affinity::Real;
        break;
    case ColumnType::Binary:
    case ColumnType::Unknown:
        d.affinity = Affinity::Blob;
        break;
    default:
        d.affinity = Affinity::Numeric;
        break;
    }
    return d;
}

QString sqlStateFor(int code, const QString& message)
{
    switch (code) {
    case 1299:
        return QStringLiteral("23502"); // SQLITE_CONSTRAINT_NOTNULL
    case 2067:                          // SQLITE_CONSTRAINT_UNIQUE
    case 1555:
        return QStringLiteral("23505"); // SQLITE_CONSTRAINT_PRIMARYKEY
    case 787:
        return QStringLiteral("23503"); // SQLITE_CONSTRAINT_FOREIGNKEY
    case 275:
        return QStringLiteral("23514"); // SQLITE_CONSTRAINT_CHECK
    case 3091:
        return QStringLiteral("22018"); // SQLITE_CONSTRAINT_DATATYPE (STRICT tables)
    default:
        break;
    }
    if ((code & 0xff) == 19 || message.contains(QLatin1String("constraint failed"))) {
        // SQLITE_CONSTRAINT without a known extended code, or a failed COMMIT (Qt keeps no code).
        if (message.startsWith(QLatin1String("NOT NULL")))
            return QStringLiteral("23502");
        if (message.startsWith(QLatin1String("UNIQUE")))
            return QStringLiteral("23505");
        if (message.startsWith(QLatin1String("FOREIGN KEY")))
            return QStringLiteral("23503");
        if (message.startsWith(QLatin1String("CHECK")))
            return QStringLiteral("23514");
        return QStringLiteral("23000");
    }
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY: the busy timeout expired
    case 6: // SQLITE_LOCKED
        return QStringLiteral("HYT00");
    case 9:
        return QStringLiteral("HY008"); // SQLITE_INTERRUPT: cancelled (sqlite3_interrupt)
    case 18:
        return QStringLiteral("22001"); // SQLITE_TOOBIG
    case 20:
        return QStringLiteral("22018"); // SQLITE_MISMATCH
    default:
        break;
    }
    return QStringLiteral("HY000");
}

DbError sqliteError(const QSqlError& error, const QString& what)
{
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    const int code = error.nativeErrorCode().toInt();
    return DbError(QCoreApplication::translate("ferry::SqliteConnection", "%1: %2").arg(what, text),
                   sqlStateFor(code, text), code);
}

} // namespace ferry::sqlite
