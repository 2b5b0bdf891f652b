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

} // namespace ferry
