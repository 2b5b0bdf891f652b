#pragma once
// Without a rehearsal (engine/rehearsal.h), a dry run's forecast of the unique-constraint violations the
// database would report: a row whose values for a primary or unique key repeat an earlier row of the load,
// or a row already in the target, rejected with the same key and column as the run's. Values are compared
// byte by byte: keys the column's collation makes equal (abc, ABC) are not foreseen.
#include "db/connection.h"
#include "engine/plan.h"
#include "engine/row_preparer.h"

#include <unordered_set>

namespace ferry {

class UniqueChecker {
public:
    UniqueChecker(const TablePlan& plan, Connection& target);

    struct Violation {
        QString column; // first column of the key
        QString reason;
        bool withinLoad = false; // an earlier row of the load, not a row in the target
    };
    // One entry per row: the violation the database would report if these rows were inserted, in order.
    std::vector<std::optional<Violation>> check(const std::vector<const PreparedRow*>& inserts);

private:
    struct Key {
        QStringList columns;
        QList<int> fields; // indexes into the plan's fields
        QString label;     // "primary key" or "unique key (a, b)"
        std::unordered_set<quint64> seen;
    };
    QSet<QByteArray> existing(const Key& key, const std::vector<const PreparedRow*>& rows);
    static QByteArray keyBytes(const Key& key, const Row& values, bool* hasNull);

    const TablePlan& plan_;
    Connection& target_;
    QList<Key> keys_;
};

} // namespace ferry
