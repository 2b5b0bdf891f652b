#include "rehearsal.h"

#include "engine/db_message.h"

namespace ferry {

Rehearsal::Rehearsal(Connection& target, const Plan& plan)
    : twins_(target)
{
    QList<TableRef> tables;
    for (const TablePlan& t : plan.tables)
        if (!tables.contains(t.target))
            tables << t.target;
    QStringList triggered;
    try {
        foreignKeys_ = twins_.foreignKeysEnforced();
        for (const TableRef& t : tables) {
            if (const QStringList names = twins_.triggers(t); !names.isEmpty())
                triggered << tr("%1 (%2)").arg(t.name, names.join(QStringLiteral(", ")));
            twins_.add(t);
        }
        rehearsing_ = true;
    } catch (const DbError& e) {
        try {
            twins_.drop();
        } catch (const DbError&) {
            // The twins go with the session; the dry run goes on without them.
        }
        notes_
            << tr("The writes were not rehearsed: the target refused to make temporary tables (%1).").arg(e.message())
            << predictionLimits();
        return;
    }
    notes_ << tr("The writes were rehearsed in temporary copies of the target tables, which only this session saw: "
                 "the target database judged every row, and nothing was kept.");
    if (!triggered.isEmpty())
        notes_ << tr("Triggers do not run in the rehearsal; the real run runs them: %1.")
                      .arg(triggered.join(QStringLiteral("; ")));
}

QString Rehearsal::predictionLimits()
{
    return tr("The counts are Ferry's own prediction: unique keys and CHECK constraints are evaluated, but refusals "
              "only the database makes — values beyond a column's limits, keys equal under the column's collation "
              "(abc, ABC, 'abc '), foreign keys, triggers — are not foreseen, and rows a mapping updates after an "
              "earlier mapping inserted them are counted as skipped.");
}

} // namespace ferry
