#pragma once
// Database error text is written for developers: multi-line, prefixed by the driver, naming the column
// in a different way per database. A reject file wants one line and, where the message says it, the
// column at fault.
#include <QString>

namespace ferry {

struct DbRejectReason {
    QString reason; // one line, driver boilerplate removed
    QString column; // empty when the message does not name one
};

DbRejectReason explainDatabaseError(const QString& message);

// The value a PostgreSQL input error quotes ('invalid input syntax for type inet: "x"'), which names no
// column; "xml" for an XML parse error, which quotes no value; empty when the reason quotes none.
QString quotedInputValue(const QString& reason);

// The CHECK constraint a one-line reason says the row broke, empty when it names none: PostgreSQL's
// 'violates check constraint "x"', MariaDB's "CONSTRAINT `x` failed for" (a column-level check is
// `table.column`; the column's name is returned, which is the check's name in its catalog), SQLite's
// "CHECK constraint failed: x" (the name, or the expression of an unnamed check).
QString violatedCheck(const QString& reason);

} // namespace ferry
