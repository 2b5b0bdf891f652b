#pragma once
// Finds clusters of rows that match each other by a table's dedupe rules (issue 4, item 1): within the
// source and against rows already in the target. Rows are fed one at a time in read order; only their
// normalised keys are kept (a few bytes per row), and matching uses blocking so a million rows take
// seconds, not a quadratic number of comparisons.
#include "core/value.h"
#include "project/dedupe_config.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace ferry::dedupe {

struct Cluster {
    std::vector<qint64> sourceIds; // ascending
    std::vector<qint64> targetIds; // ascending; rows already in the target
    std::vector<int> rules;        // ascending: every rule (index in config.rules) that matched two of its rows
};

struct FinderStats {
    qint64 rows = 0, targetRows = 0, blocks = 0, comparisons = 0, splitBlocks = 0;
    qint64 bytes = 0; // estimate of the memory held (the peak, including finish()'s working set)
};

class DuplicateFinder {
public:
    // Condition columns are matched against `columns` by their exact spelling, else without case; one that is not there
    // is a programming error (the plan validates them).
    DuplicateFinder(const DedupeConfig& config, const QStringList& columns);
    ~DuplicateFinder();
    DuplicateFinder(const DuplicateFinder&) = delete;
    DuplicateFinder& operator=(const DuplicateFinder&) = delete;

    void addSource(qint64 id, const Row& values); // ids strictly increasing (read order)
    void addTarget(qint64 id, const Row& values); // rows already in the target (ids their own sequence)

    // Call once. Clusters with at least two source rows, or one source row and at least one target
    // row, sorted by first source id. Matching is transitive: A~B and B~C put A, B, C in one cluster,
    // whose rules are those of both links; a rule that matches a pair already linked is named too.
    std::vector<Cluster> finish();

    FinderStats stats() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ferry::dedupe
