#pragma once
// Dates, times and timestamps as databases print them, parsed without losing what has no calendar
// value: PostgreSQL's infinity and BC era, years past 9999, MariaDB's zero dates (0000-00-00,
// 2024-00-00) and TIME values beyond a day or below zero. Shared by every reader and by coercion of
// text, so a value reads the same whichever path it takes.
#include "value.h"

#include <optional>

namespace ferry {

// kind is Value::Kind::Date, Time or Timestamp. Gives a Date/Time/Timestamp value, a Special value
// for infinity and zero dates, or nullopt when the text is not such a value (callers keep it as text).
// A timestamp's trailing UTC offset ("+02", "-07:00", "Z") is applied: the value is the UTC wall clock
// of the same instant, as every session is UTC (PostgreSQL's own timestamptz text says "+00").
std::optional<Value> temporalFromText(Value::Kind kind, const QByteArray& text);

} // namespace ferry
