#pragma once
// The machinery behind verification: 64-bit row and key hashes of each value's comparable form
// (engine/verify_compare.h), bucket
// aggregates (count + order-independent sum of row hashes) that let two sides of a million rows be
// compared in one stream each, and the drill-down pass that classifies the rows of the buckets that
// disagree. Nothing here holds more than one pass's rows of the buckets being drilled into.
#include "core/value.h"
#include "db/schema.h"
#include "engine/verify_compare.h"

#include <QByteArray>
#include <QList>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ferry::verify {

// Seeded 64-bit hash of bytes, the same on every platform (FNV-1a, then a murmur-style finaliser).
quint64 hash64(const char* data, qsizetype size, quint64 seed = 0);
inline quint64 hash64(const QByteArray& b, quint64 seed = 0)
{
    return hash64(b.constData(), b.size(), seed);
}

struct RowDigest {
    quint64 keyHash = 0; // hash of the key columns; the row hash when comparing whole rows
    quint64 rowHash = 0;
    std::vector<quint64> columnHashes;
};

class RowHasher {
public:
    // keyIndexes: positions of the key columns in each row; empty compares whole rows.
    RowHasher(QList<ColumnInfo> columns, QList<int> keyIndexes);
    // values: one per column (more are ignored), as the source gave them after transforms or as the
    // target holds them; each is hashed in its comparable form, so both sides hash alike when equal.
    RowDigest digest(const Row& values) const;
    bool byKey() const { return !keys_.isEmpty(); }

private:
    QList<ColumnInfo> columns_;
    QList<int> keys_;
};

struct BucketAggregate {
    qint64 count = 0;
    quint64 sum = 0; // wrapping sum of mixed row hashes: the same whatever the row order
    bool operator==(const BucketAggregate&) const = default;
};

class BucketTable {
public:
    explicit BucketTable(int buckets);
    int bucketOf(quint64 keyHash) const { return int(keyHash % quint64(buckets_.size())); }
    void add(const RowDigest& row);
    int size() const { return int(buckets_.size()); }
    const BucketAggregate& at(int bucket) const { return buckets_[size_t(bucket)]; }
    qint64 rows() const { return rows_; }

private:
    std::vector<BucketAggregate> buckets_;
    qint64 rows_ = 0;
};

// Buckets whose aggregates differ, ascending.
std::vector<int> differingBuckets(const BucketTable& expected, const BucketTable& actual);
// Splits buckets into passes holding at most ~maxRows rows of both sides together (a bucket larger than
// that is a pass of its own).
QList<std::vector<int>> drillPasses(const BucketTable& expected, const BucketTable& actual,
                                    const std::vector<int>& buckets, qint64 maxRows);

// Several expected rows with one key: which one the target should hold (the run's write mode decides:
// upsert keeps the last, skip-existing the first, insert writes them all).
enum class Collapse { KeepAll, KeepFirst, KeepLast };

// Keys under which a target row that no expected row of this mapping claims is not extra either.
struct AccountedKeys {
    std::unordered_set<quint64> excluded;      // source rows this mapping left out (rejected, skipped): the run
                                               // did not write over the target row under their key
    std::unordered_set<quint64> otherMappings; // rows another mapping into the same target expects
    bool extraReportedElsewhere = false;       // rows no mapping expects are counted by another mapping's check
};

struct DrillFinding {
    enum class Kind { Missing, Extra, Different };
    Kind kind = Kind::Different;
    quint64 keyHash = 0;
    std::vector<int> columns; // differing columns (Different)
};

struct DrillOutcome {
    qint64 matched = 0;
    qint64 missing = 0;
    qint64 extra = 0;
    qint64 different = 0;
    qint64 collapsed = 0;                 // expected rows superseded by another with the same key
    qint64 excludedInTarget = 0;          // target rows under the key of an excluded source row, not extra
    qint64 otherMappings = 0;             // target rows another mapping into the same target expects
    std::vector<qint64> differentColumns; // per column: rows in which it differs
    std::vector<DrillFinding> findings;   // the first ones, up to the quota given to classify()
};

// One drill-down pass: collects both sides' rows of the chosen buckets, then classifies them by key.
class DrillPass {
public:
    // accounted: target rows under these keys that no expected row claims are not counted as extra.
    DrillPass(const BucketTable& layout, const std::vector<int>& buckets, Collapse collapse,
              const AccountedKeys* accounted = nullptr);
    bool wants(quint64 keyHash) const { return chosen_[size_t(keyHash % quint64(chosen_.size()))]; }
    void addExpected(RowDigest row);
    void addActual(RowDigest row);
    DrillOutcome classify(int columns, int findingQuota) const;

private:
    struct Sides {
        std::vector<RowDigest> expected; // in stream order
        std::vector<RowDigest> actual;
    };
    std::vector<bool> chosen_;
    Collapse collapse_;
    const AccountedKeys* accounted_;
    std::unordered_map<quint64, Sides> rows_;
};

} // namespace ferry::verify
