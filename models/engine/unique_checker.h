#pragma once
// A dry run's prediction of the unique-constraint violations the database would report: a row whose
// values for a primary or unique key repeat an earlier row of the load, or a row already in the target.
// The real run's database rejects exactly these rows; the dry run rejects them with the same key and
// column, so its counts agree with the run's.
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
