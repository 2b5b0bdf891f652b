#pragma once
// A rehearsal's judge of the target's foreign keys, which its temporary twins cannot carry
// (db/twin_tables.h). The rows a foreign key would refuse — a value no parent row holds — are found by
// asking the target (Dialect::orphansQuery): in the parent's twin when the run writes the parent too, so
// parents written by earlier mappings count; else in the parent itself. The database compares, with its
// own collation; a row with a NULL in the key passes, as it does in the database.
#include "db/connection.h"
#include "engine/plan.h"
#include "engine/row_preparer.h"

namespace ferry {

class ForeignKeyChecker {
public:
    ForeignKeyChecker(const TablePlan& plan, Connection& target);

    struct Violation {
        QString column; // first column of the key
        QString reason;
        QString sqlState; // what the database reports for it
    };
    // One entry per row: the first foreign key it breaks. updating: the rows update target rows (their
    // match keys are not written; a key that includes one is not checked).
    std::vector<std::optional<Violation>> check(const std::vector<const PreparedRow*>& rows, bool updating);

private:
    struct Key {
        ForeignKey fk;
        TableRef parent;
        QList<int> fields; // plan fields of fk.columns, in order
        QList<ColumnInfo> columns;
        bool includesMatchKey = false;
    };
    static QString violationState(Connection& target);
    void checkKey(const Key& key, const std::vector<const PreparedRow*>& rows,
                  std::vector<std::optional<Violation>>& out);

    Connection& target_;
    QString sqlState_;
    QList<Key> keys_;
};

} // namespace ferry
