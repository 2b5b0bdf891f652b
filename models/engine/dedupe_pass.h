#pragma once
// The duplicate pass of a table with dedupe rules. Before the table's rows flow to the writer, the
// prepare stage reads the source once more to find clusters (only normalised keys are held), then a
// second time to collect the rows of the clusters it found and decide each one's fate. Decisions are
// keyed by a hash of the source row, so the main read may return rows in any order.
#include "db/connection.h"
#include "dedupe/duplicate_finder.h"
#include "engine/plan.h"
#include "engine/row_preparer.h"
#include "engine/run_types.h"

#include <atomic>
#include <deque>
#include <unordered_map>

namespace ferry {

class DedupeDecisions {
public:
    struct Decision {
        PreparedRow::Fate fate = PreparedRow::Fate::Write;
        bool duplicate = false;
        bool replace = false; // write `replacement` instead of the prepared values
        Row replacement;      // merged values, or the row with the target's key (update)
        QString rules;        // the cluster's rules, " | " between names (for dedupe.csv)
    };
    void add(quint64 rowHash, Decision d) { decisions_[rowHash].push_back(std::move(d)); }
    // Applies the decision taken for this source row (identical rows take theirs in turn).
    void apply(const Row& source, PreparedRow& row);
    bool empty() const { return decisions_.empty(); }

    static quint64 rowHash(const Row& source);

private:
    std::unordered_map<quint64, std::deque<Decision>> decisions_;
};

struct DedupeOutcome {
    DedupeDecisions decisions;
    QList<DuplicateCluster> clusters; // every cluster, read order of its first row
    dedupe::FinderStats stats;
};

// rowLimit ≥ 0: only the first rowLimit source rows (a dry run on a sample). Throws DbError.
DedupeOutcome runDedupePass(const TablePlan& plan, Connection& source, Connection& target, LookupSource* lookups,
                            qint64 rowLimit, const std::atomic<bool>& cancelled);

} // namespace ferry
