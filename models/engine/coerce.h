#pragma once
// Converting a mapped value to the target column's type. This is where "nothing is silently changed"
// is enforced: a value that the column cannot hold exactly (too long, out of range, more fraction
// digits than the scale, 4-byte UTF-8 in a utf8mb3 column, time dropped from a timestamp) is refused
// with a reason, never truncated, rounded or replaced.
#include "core/findings.h"
#include "core/value.h"
#include "db/schema.h"

#include <variant>

namespace ferry {

struct CoerceFailure {
    MismatchKind kind = MismatchKind::Conversion; // what would change, for the dry run's mismatch list
    QString reason;
};

using CoerceResult = std::variant<Value, CoerceFailure>;

CoerceResult coerce(const Value& value, const ColumnInfo& column);

// Integer range of a column, from its ODBC type code and native name (tinyint, smallint, int, unsigned…).
void integerRange(const ColumnInfo& column, qint64* min, qint64* max);

} // namespace ferry
