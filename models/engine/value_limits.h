#pragma once
// What each database can hold, beyond a column's declared size: infinite and zero dates, eras and
// years past 9999, times beyond a day, NaN, infinities and negative zero, NUL characters, text that is
// not UTF-8. coerce() asks here first, so a value a target cannot keep is refused with a reason that
// names the column, the value and the target's limit — never stored as something else.
#include "coerce.h"

#include <optional>

namespace ferry {

// Why `column` (in its database, ColumnInfo::family) cannot hold `value` exactly; nothing when it can
// or when the ordinary conversion rules decide.
std::optional<CoerceFailure> beyondLimits(const Value& value, const ColumnInfo& column);

} // namespace ferry
