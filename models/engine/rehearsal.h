#pragma once
// A dry run that rehearses its writes. Before the stages start, every target table of the plan gets a
// temporary twin in the writer's session (db/twin_tables.h); the writer's real path (TableRunner in
// Rehearse mode: the same decisions, batches, savepoints and isolation of refused rows as a run) then
// writes each batch there, so the database itself judges every row, and later mappings see what earlier
// ones wrote — for their match keys, their lookups and their duplicate rules. The target's own tables are
// only read; the twins are dropped at the end, and would vanish with the session anyway.
// Where the account may not create temporary tables (a read-only account), the dry run predicts with
// Ferry's own checks instead (TableRunner's Predict mode), and notes() says what that cannot see.
#include "db/twin_tables.h"
#include "engine/plan.h"

#include <QCoreApplication>

namespace ferry {

class Rehearsal {
    Q_DECLARE_TR_FUNCTIONS(ferry::Rehearsal)

public:
    // Makes the twins on `target`. Never throws: when they cannot be made, rehearsing() is false and
    // the target is left as it was.
    Rehearsal(Connection& target, const Plan& plan);

    bool rehearsing() const { return rehearsing_; }
    // Whether the real run's database would refuse rows whose foreign key finds no parent.
    bool foreignKeysEnforced() const { return foreignKeys_; }
    // For the summary and the log, one sentence each: how rows were judged, what was not rehearsed.
    const QStringList& notes() const { return notes_; }
    // Drops the twins. Throws DbError.
    void finish() { twins_.drop(); }

    // What a dry run without a rehearsal cannot see (also for a run that did not ask for one).
    static QString predictionLimits();

private:
    TwinTables twins_;
    bool rehearsing_ = false;
    bool foreignKeys_ = true;
    QStringList notes_;
};

} // namespace ferry
