#pragma once
// How SQLite's loose typing maps onto Ferry's exact values. SQLite stores each value in one of five
// storage classes whatever the column says; the declared type only sets an affinity. Ferry reads the
// declared type for meaning (NUMERIC(14,2) is money, DATETIME holds ISO text) and the storage class for
// what is actually there, and writes so that the value survives the column's affinity unchanged.
#include "core/errors.h"
#include "core/value.h"
#include "db/schema.h"

#include <QSqlError>
#include <QVariant>
#include <optional>

namespace ferry::sqlite {

// SQLite's column affinity, decided from the declared type by the rules of datatype3.html §3.1.
enum class Affinity { Integer, Text, Blob, Real, Numeric };
Affinity affinityOf(const QString& declaredType);

// What a declared type means to Ferry: logical type, length, precision and scale, ODBC type code.
struct DeclaredType {
    ColumnType type = ColumnType::Unknown;
    Affinity affinity = Affinity::Blob;
    qint64 length = 0;
    int precision = 0;
    int scale = 0;
    int odbcType = 0;
};
DeclaredType parseDeclaredType(const QString& declaredType);
// The declared meaning of a described column (its native type, or its logical type when that is empty).
DeclaredType declaredTypeOf(const ColumnInfo& column);

// Turns a value QSQLITE fetched (its storage class shows in the QVariant's type) into a Value, using
// the column's declared meaning: decimals stay exact, ISO text in date columns becomes dates.
Value readValue(const QVariant& v, const DeclaredType& column);
// The same for a TEXT value given as SQLite's UTF-8 bytes.
Value readText(QByteArray text, const DeclaredType& column);

// The QVariant to bind for `v` in a column of the given declared meaning, chosen so SQLite stores it
// without loss (see the decimal rules in sqlite_types.cpp). Use a default DeclaredType for parameters
// that are not column values.
QVariant bindValue(const Value& v, const DeclaredType& column);

// Parsing of ISO-8601 text as SQLite's date functions write it: yyyy-MM-dd, optional 'T' or ' ' and
// HH:mm[:ss[.f…]], optional 'Z'. Fractions beyond microseconds must be zeros. nullopt when malformed.
std::optional<Value> parseIsoDateTime(const QByteArray& text, ColumnType wanted);
std::optional<qint64> parseIsoTime(const QByteArray& text);

// Shortest text that reads back as the same double, in plain notation ("0.1", "12345.6"), padded with
// zeros to `scale` fraction digits. Empty for NaN and infinities.
QByteArray decimalFromDouble(double d, int scale);

// SQLSTATE-like code for an SQLite (extended) result code, e.g. 1299 NOT NULL -> "23502"; constraint
// failures reported without a code (a failed COMMIT) are classified by SQLite's message.
QString sqlStateFor(int extendedCode, const QString& message);
// DbError "<what>: <SQLite's message>" carrying the SQLSTATE-like code and SQLite's extended code.
DbError sqliteError(const QSqlError& error, const QString& what);

} // namespace ferry::sqlite
