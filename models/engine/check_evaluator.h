#pragma once
// Without a rehearsal (engine/rehearsal.h), a dry run's forecast of the CHECK constraints the database would enforce:
// each check the target reports is evaluated by the target itself on the incoming values
// (Dialect::checkViolationsQuery), so the expression means exactly what it means to the database, and nothing is
// written. A check that names a column the load does not fill, or that the database will not evaluate this way, is
// reported as not evaluated rather than guessed.
#include "db/connection.h"
#include "engine/plan.h"
#include "engine/row_preparer.h"

namespace ferry {

class CheckEvaluator {
public:
    CheckEvaluator(const TablePlan& plan, Connection& target);

    struct Violation {
        QString column; // first column the check names
        QString reason;
    };
    // One entry per row: the first check it breaks, in the database's order of checks.
    std::vector<std::optional<Violation>> check(const std::vector<const PreparedRow*>& rows);

    struct NotEvaluated {
        QString constraint;
        QStringList columns;
        QString why;
    };
    QList<NotEvaluated> notEvaluated() const;

private:
    struct Check {
        CheckConstraint constraint;
        QList<int> fields; // plan fields of constraint.columns
        QList<ColumnInfo> columns;
        QString notEvaluated; // why, when it is not
    };
    static QString label(const CheckConstraint& c);

    Connection& target_;
    QList<Check> checks_;
};

} // namespace ferry
