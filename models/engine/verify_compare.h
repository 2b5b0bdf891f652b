#pragma once
// Verification's own eyes: whether a target value is the value that should be there, decided per
// logical type of the target column without the writer's coercion (engine/coerce.h), so a value the
// writer changed cannot look equal to what it changed. Each side — the expected value (the source after
// the declared transforms) and the value read back with the target's own types — is brought to one
// comparable form; two values are equal exactly when their forms are, which lets rows be hashed.
//
//   integers, decimals  exact numeric value: 1.50 = 1.5, 832 = "832", but "0832" ≠ 832, 1.5 ≠ 1.50001
//   doubles             bit-exact (−0 ≠ 0); a single-precision column (real, FLOAT) at float precision
//   text                byte-exact; only CHAR(n) ignores trailing spaces, as the databases compare it
//   dates, times        exact to the microsecond; infinity, zero dates and other tokens by their token
//   booleans            true/false; 0/1 equal them in a boolean column, and in an integer column only
//                       where the database has no boolean type (MariaDB, SQLite)
//   binary              byte-exact
//   NULL                only NULL: not '', not 'NULL'
#include "core/value.h"
#include "db/schema.h"

#include <QByteArray>

namespace ferry::verify {

QByteArray comparable(const Value& value, const ColumnInfo& column);

inline bool sameValue(const Value& expected, const Value& actual, const ColumnInfo& column)
{
    return comparable(expected, column) == comparable(actual, column);
}

// CHAR(n) and the like, whose stored values the database pads with spaces.
bool isFixedLengthText(const ColumnInfo& column);

} // namespace ferry::verify
