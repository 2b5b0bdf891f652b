#pragma once
// What the target should hold for each source row, as verification sees it: the source values after the
// project's declared transforms (value maps, lookups …) — never through the writer's coercion, so that a
// value the writer changed shows as different (engine/verify_compare.h) — and what the last run did to
// the row instead of writing it (engine/run_ledger.h).
#include "engine/plan.h"
#include "engine/run_ledger.h"

namespace ferry {

class ExpectedRows {
public:
    enum class Fate {
        Expected, // *values is what the target should hold
        Excluded, // rejected (by a transform or by the run) or skipped as a duplicate: not expected
    };
    ExpectedRows(const TablePlan& plan, LookupSource* lookups, TableLedger ledger);

    // One source row, in stream order. *values gets one value per plan field; for an excluded row those
    // whose transforms failed are NULL and *keyKnown says whether the key fields all have their value.
    Fate take(const Row& source, Row* values, bool* keyKnown);

    qint64 excluded() const { return excluded_; }
    qint64 skipped() const { return skipped_; }     // of which skipped as duplicates
    qint64 rewritten() const { return rewritten_; } // expected as the run wrote them: merged, or a target's key

private:
    const TablePlan& plan_;
    LookupSource* lookups_;
    TableLedger ledger_;
    qint64 excluded_ = 0, skipped_ = 0, rewritten_ = 0;
};

} // namespace ferry
