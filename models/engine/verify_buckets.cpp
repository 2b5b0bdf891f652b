#include "verify_buckets.h"

#include <algorithm>

namespace ferry::verify {

namespace {

quint64 finalise(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

} // namespace

quint64 hash64(const char* data, qsizetype size, quint64 seed)
{
    quint64 h = 0xcbf29ce484222325ULL ^ finalise(seed + 0x9e3779b97f4a7c15ULL);
    for (qsizetype i = 0; i < size; ++i) {
        h ^= quint8(data[i]);
        h *= 0x100000001b3ULL;
    }
    return finalise(h ^ quint64(size));
}

RowHasher::RowHasher(QList<ColumnInfo> columns, QList<int> keyIndexes)
    : columns_(std::move(columns))
    , keys_(std::move(keyIndexes))
{
}

RowDigest RowHasher::digest(const Row& values) const
{
    RowDigest d;
    const size_t columns = size_t(columns_.size());
    d.columnHashes.reserve(columns);
    quint64 row = 0x51ed270b27a1f1a3ULL;
    for (size_t c = 0; c < columns; ++c) {
        const quint64 h = hash64(comparable(values[c], columns_[qsizetype(c)]), c);
        d.columnHashes.push_back(h);
        row = finalise(row * 31 + h); // order-dependent within the row
    }
    d.rowHash = row;
    if (keys_.isEmpty()) {
        d.keyHash = row;
    } else {
        quint64 key = 0x2545f4914f6cdd1dULL;
        for (int k : keys_)
            key = finalise(key * 31 + d.columnHashes[size_t(k)]);
        d.keyHash = key;
    }
    return d;
}

BucketTable::BucketTable(int buckets)
    : buckets_(size_t(qMax(1, buckets)))
{
}

void BucketTable::add(const RowDigest& row)
{
    BucketAggregate& b = buckets_[size_t(bucketOf(row.keyHash))];
    ++b.count;
    b.sum += finalise(row.rowHash ^ 0x9e3779b97f4a7c15ULL);
    ++rows_;
}

std::vector<int> differingBuckets(const BucketTable& expected, const BucketTable& actual)
{
    std::vector<int> out;
    for (int b = 0; b < expected.size(); ++b)
        if (!(expected.at(b) == actual.at(b)))
            out.push_back(b);
    return out;
}

QList<std::vector<int>> drillPasses(const BucketTable& expected, const BucketTable& actual,
                                    const std::vector<int>& buckets, qint64 maxRows)
{
    QList<std::vector<int>> passes;
    std::vector<int> current;
    qint64 rows = 0;
    for (int b : buckets) {
        const qint64 n = expected.at(b).count + actual.at(b).count;
        if (!current.empty() && rows + n > maxRows) {
            passes << current;
            current.clear();
            rows = 0;
        }
        current.push_back(b);
        rows += n;
    }
    if (!current.empty())
        passes << current;
    return passes;
}

DrillPass::DrillPass(const BucketTable& layout, const std::vector<int>& buckets, Collapse collapse,
                     const AccountedKeys* accounted)
    : chosen_(size_t(layout.size()), false)
    , collapse_(collapse)
    , accounted_(accounted)
{
    for (int b : buckets)
        chosen_[size_t(b)] = true;
}

void DrillPass::addExpected(RowDigest row)
{
    rows_[row.keyHash].expected.push_back(std::move(row));
}

void DrillPass::addActual(RowDigest row)
{
    rows_[row.keyHash].actual.push_back(std::move(row));
}

DrillOutcome DrillPass::classify(int columns, int findingQuota) const
{
    DrillOutcome out;
    out.differentColumns.assign(size_t(columns), 0);
    auto note = [&](DrillFinding f) {
        if (int(out.findings.size()) < findingQuota)
            out.findings.push_back(std::move(f));
    };
    // Keys in hash order, so the findings kept are the same on every run.
    std::vector<quint64> keys;
    keys.reserve(rows_.size());
    for (const auto& [key, sides] : rows_)
        keys.push_back(key);
    std::sort(keys.begin(), keys.end());

    for (quint64 key : keys) {
        const Sides& sides = rows_.at(key);
        std::vector<const RowDigest*> expected, actual;
        if (!sides.expected.empty()) {
            switch (collapse_) {
            case Collapse::KeepAll:
                for (const RowDigest& r : sides.expected)
                    expected.push_back(&r);
                break;
            case Collapse::KeepFirst:
                expected.push_back(&sides.expected.front());
                break;
            case Collapse::KeepLast:
                expected.push_back(&sides.expected.back());
                break;
            }
            out.collapsed += qint64(sides.expected.size() - expected.size());
        }
        for (const RowDigest& r : sides.actual)
            actual.push_back(&r);

        // Identical rows first, then the rest pair up as "same key, other values".
        std::vector<bool> used(actual.size(), false);
        std::vector<const RowDigest*> unmatched;
        for (const RowDigest* e : expected) {
            bool found = false;
            for (size_t a = 0; a < actual.size() && !found; ++a)
                if (!used[a] && actual[a]->rowHash == e->rowHash)
                    used[a] = found = true;
            if (found)
                ++out.matched;
            else
                unmatched.push_back(e);
        }
        size_t a = 0;
        for (const RowDigest* e : unmatched) {
            while (a < actual.size() && used[a])
                ++a;
            if (a == actual.size()) {
                ++out.missing;
                note({DrillFinding::Kind::Missing, key, {}});
                continue;
            }
            used[a] = true;
            DrillFinding f{DrillFinding::Kind::Different, key, {}};
            for (size_t c = 0; c < e->columnHashes.size(); ++c)
                if (e->columnHashes[c] != actual[a]->columnHashes[c]) {
                    f.columns.push_back(int(c));
                    ++out.differentColumns[c];
                }
            ++out.different;
            note(std::move(f));
        }
        const bool excludedKey = accounted_ && accounted_->excluded.contains(key);
        const bool otherMapping = accounted_ && accounted_->otherMappings.contains(key);
        for (size_t i = 0; i < actual.size(); ++i) {
            if (used[i])
                continue;
            if (otherMapping) {
                ++out.otherMappings;
            } else if (excludedKey) {
                ++out.excludedInTarget;
            } else if (!accounted_ || !accounted_->extraReportedElsewhere) {
                ++out.extra;
                note({DrillFinding::Kind::Extra, key, {}});
            }
        }
    }
    return out;
}

} // namespace ferry::verify
