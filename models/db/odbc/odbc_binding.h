#pragma once
// Result-column binding: which C type each column is fetched as, how big its bound buffer is, and how
// a fetched cell becomes a Value. Exactness rules: decimals arrive as digit strings (never double),
// dates, times and timestamps as text (core/temporal_text) so infinity, eras, zero dates, durations
// and microseconds survive, text as UTF-8 SQL_C_CHAR (MariaDB mangles SQL_C_WCHAR). Anything the driver hands over
// in a shape Ferry cannot represent exactly stays text rather than being dropped or rounded.
#include "core/value.h"
#include "db/schema.h"
#include "odbc_handles.h"

#include <optional>

namespace ferry::odbc {

// How one result column is fetched.
struct FetchSpec {
    ColumnType type = ColumnType::Text; // the logical type of the values produced
    SQLSMALLINT cType = SQL_C_CHAR;
    SQLLEN width = 0;         // bytes per bound element, including the NUL for SQL_C_CHAR
    bool longData = false;    // values may not fit the bound element: check each cell for truncation
    bool unsignedBig = false; // BIGINT UNSIGNED: read as digits, produced as Decimal
    bool guid = false;        // SQL_GUID read as text
};

// Upper bound of one bound element; longer values are recovered with SQLGetData.
constexpr SQLLEN kMaxBoundWidth = 8192;

// Chooses the C type and buffer for a described column. columnSize is SQLDescribeCol's size
// (characters for text, digits for numbers, 0 when unknown).
FetchSpec fetchSpecFor(DbFamily family, SQLSMALLINT sqlType, SQLULEN columnSize, bool isUnsigned);

// True when a bound cell holds only part of its value (indicator is SQL_NO_TOTAL or larger than what
// fits in the element).
bool isTruncated(const FetchSpec& spec, SQLLEN indicator);

// Converts a fetched, non-NULL cell. `data` holds `length` bytes in the spec's C type (for SQL_C_CHAR
// without the terminating NUL).
Value valueFromCell(const FetchSpec& spec, const char* data, qsizetype length);

// Reads a whole column value of the current row with SQLGetData in chunks (for values the bound
// buffer could not hold, or unbound columns). Returns std::nullopt for SQL NULL. Throws DbError.
std::optional<QByteArray> readLongData(SQLHSTMT stmt, SQLUSMALLINT column, SQLSMALLINT cType);

// Digit strings as drivers print them ("12.50", "-1.0e+26", "1E-5") to Ferry's plain decimal form;
// returns an empty array for anything that is not a finite number (NaN, Infinity).
QByteArray normalizeDecimal(const QByteArray& text);

} // namespace ferry::odbc
