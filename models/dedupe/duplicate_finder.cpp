#include "dedupe/duplicate_finder.h"

#include "dedupe/match_keys.h"
#include "dedupe/match_record.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace ferry::dedupe {

namespace {

// Folded texts live in fixed chunks of one arena rather than one QString per row: a QString costs a
// heap block and 24 bytes of header, more than a typical name.
class TextArena {
public:
    static constexpr int chunkBits = 20;
    static constexpr quint32 chunkSize = 1u << chunkBits;
    static constexpr int maxLength = 1024; // longer texts are cut; fuzzy matching beyond that is noise

    quint32 add(QStringView text)
    {
        const quint32 length = quint32(std::min<qsizetype>(text.size(), maxLength));
        if (chunks_.empty() || used_ + length > chunkSize) {
            chunks_.push_back(std::make_unique<char16_t[]>(chunkSize));
            used_ = 0;
        }
        std::copy_n(text.utf16(), length, chunks_.back().get() + used_);
        const quint32 pos = (quint32(chunks_.size() - 1) << chunkBits) | used_;
        used_ += length;
        return pos;
    }
    QStringView view(quint32 pos, quint32 length) const
    {
        return QStringView(chunks_[pos >> chunkBits].get() + (pos & (chunkSize - 1)), qsizetype(length));
    }
    qint64 bytes() const { return qint64(chunks_.size()) * chunkSize * qint64(sizeof(char16_t)); }

private:
    std::vector<std::unique_ptr<char16_t[]>> chunks_;
    quint32 used_ = 0;
};

// Where one row's folded text of one fuzzy condition is: `inOrder` follows `sorted` in the arena
// when the row has one (Name conditions whose written order differs from the sorted one).
struct TextRef {
    quint32 pos = 0;
    quint16 length = 0;
    quint16 inOrderLength = 0;
};

struct RuleSpec {
    std::vector<int> exact;                    // keyer indexes
    std::vector<std::pair<int, double>> fuzzy; // keyer index, threshold
};

struct Entry {
    quint64 key;
    quint32 row;
    quint32 sortFrom; // where in the row's text the sorted-neighbourhood order starts
};

template <typename T> qint64 capacityBytes(const std::vector<T>& v)
{
    return qint64(v.capacity() * sizeof(T));
}

} // namespace

struct DuplicateFinder::Impl {
    DedupeConfig config;
    std::vector<ConditionKeyer> keyers;
    std::vector<int> textSlot; // per keyer: index among the fuzzy keyers, or -1
    int textSlots = 0;
    std::vector<RuleSpec> rules;

    std::vector<qint64> ids;
    std::vector<quint8> isTarget;
    std::vector<quint64> hashes; // rows × keyers
    std::vector<TextRef> texts;  // rows × textSlots
    TextArena arena;
    qint64 lastSourceId = 0;
    bool anySource = false;
    bool finished = false;

    std::vector<quint32> parent, size;
    // Per root of a component of two rows or more: the rules that matched a pair inside it, ascending.
    // Only linked rows have an entry, so a million single rows cost nothing here.
    std::unordered_map<quint32, std::vector<int>> rulesOf;

    FinderStats stats;

    void add(qint64 id, const Row& values, bool target)
    {
        Q_ASSERT_X(!finished, "DuplicateFinder", "add after finish()");
        ids.push_back(id);
        isTarget.push_back(target ? 1 : 0);
        texts.resize(texts.size() + size_t(textSlots));
        const size_t row = ids.size() - 1;
        for (size_t k = 0; k < keyers.size(); ++k) {
            const int slot = textSlot[k];
            ConditionKey key = keyers[k].key(values, slot >= 0);
            hashes.push_back(key.hash);
            if (slot >= 0 && key.hash != 0) {
                TextRef& ref = texts[row * size_t(textSlots) + size_t(slot)];
                ref.pos = arena.add(key.text);
                ref.length = quint16(std::min<qsizetype>(key.text.size(), TextArena::maxLength));
                if (!key.inOrder.isEmpty()) {
                    arena.add(key.inOrder); // same length as the sorted text, right behind it
                    ref.inOrderLength = ref.length;
                }
            }
        }
    }

    quint64 hashOf(quint32 row, int keyer) const { return hashes[size_t(row) * keyers.size() + size_t(keyer)]; }
    const TextRef& textRef(quint32 row, int keyer) const
    {
        return texts[size_t(row) * size_t(textSlots) + size_t(textSlot[size_t(keyer)])];
    }
    QStringView textOf(quint32 row, int keyer) const
    {
        const TextRef& ref = textRef(row, keyer);
        return arena.view(ref.pos, ref.length);
    }

    quint32 find(quint32 x)
    {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]]; // path halving
            x = parent[x];
        }
        return x;
    }
    bool linkedBy(quint32 root, int rule) const
    {
        const auto it = rulesOf.find(root);
        return it != rulesOf.end() && std::binary_search(it->second.begin(), it->second.end(), rule);
    }
    // Links a and b by `rule`; rows already linked only learn the rule.
    void unite(quint32 a, quint32 b, int rule)
    {
        a = find(a);
        b = find(b);
        if (a != b) {
            if (size[a] < size[b])
                std::swap(a, b);
            parent[b] = a;
            size[a] += size[b];
            std::vector<int>& mine = rulesOf[a]; // before find(): inserting may rehash, which moves iterators
            if (const auto other = rulesOf.find(b); other != rulesOf.end()) {
                std::vector<int> merged;
                std::set_union(mine.begin(), mine.end(), other->second.begin(), other->second.end(),
                               std::back_inserter(merged));
                mine = std::move(merged);
                rulesOf.erase(other);
            }
        }
        std::vector<int>& named = rulesOf[a];
        if (const auto at = std::lower_bound(named.begin(), named.end(), rule); at == named.end() || *at != rule)
            named.insert(at, rule);
    }

    double similarity(quint32 a, quint32 b, int keyer) const
    {
        const TextRef& ra = textRef(a, keyer);
        const TextRef& rb = textRef(b, keyer);
        const QStringView ta = arena.view(ra.pos, ra.length);
        const QStringView tb = arena.view(rb.pos, rb.length);
        if (keyers[size_t(keyer)].kind() != MatchKind::Name)
            return match::jaroWinkler(ta, tb);
        double best = nameSimilarity(ta, tb);
        if (ra.inOrderLength || rb.inOrderLength) {
            const QStringView oa = ra.inOrderLength ? arena.view(ra.pos + ra.length, ra.inOrderLength) : ta;
            const QStringView ob = rb.inOrderLength ? arena.view(rb.pos + rb.length, rb.inOrderLength) : tb;
            best = std::max(best, nameSimilarity(oa, ob));
        }
        return best;
    }

    // The fuzzy conditions of `rule` on one pair (the exact ones already agree: same block).
    void compare(quint32 a, quint32 b, const RuleSpec& rule, int ruleIndex)
    {
        if (isTarget[a] && isTarget[b])
            return; // duplicates among rows already in the target are not this run's business
        if (const quint32 root = find(a); root == find(b) && linkedBy(root, ruleIndex))
            return; // nothing to learn: the pair is linked and the cluster already names this rule
        ++stats.comparisons;
        for (const auto& [keyer, threshold] : rule.fuzzy) {
            const TextRef& ra = textRef(a, keyer);
            const TextRef& rb = textRef(b, keyer);
            // Jaro-Winkler is at most 0.6·jaro + 0.4 and jaro at most (2 + shorter/longer) / 3: texts of
            // very different length cannot reach the threshold (names are weighed per token instead).
            const double ratio = double(std::min(ra.length, rb.length)) / double(std::max(ra.length, rb.length));
            if (keyers[size_t(keyer)].kind() != MatchKind::Name && 0.6 * (2.0 + ratio) / 3.0 + 0.4 < threshold)
                return;
            if (similarity(a, b, keyer) < threshold)
                return;
        }
        unite(a, b, ruleIndex);
    }

    void runRule(int ruleIndex, qint64* peak, qint64 held)
    {
        const RuleSpec& rule = rules[size_t(ruleIndex)];
        const quint32 rowCount = quint32(ids.size());
        std::vector<Entry> entries;
        entries.reserve(rowCount);
        for (quint32 row = 0; row < rowCount; ++row) {
            bool complete = true;
            quint64 key = 0x51ed270b27a5e0d3ULL;
            for (int k : rule.exact) {
                const quint64 h = hashOf(row, k);
                complete = complete && h != 0;
                key = combineHashes(key, h);
            }
            for (const auto& fuzzy : rule.fuzzy)
                complete = complete && hashOf(row, fuzzy.first) != 0;
            if (!complete)
                continue;
            if (!rule.exact.empty()) {
                entries.push_back({key, row, 0});
            } else {
                for (const BlockingKey& b : blockingKeys(textOf(row, rule.fuzzy.front().first)))
                    entries.push_back({b.hash, row, quint32(b.sortFrom)});
            }
        }
        *peak = std::max(*peak, held + capacityBytes(entries));
        std::sort(entries.begin(), entries.end(),
                  [](const Entry& x, const Entry& y) { return x.key != y.key ? x.key < y.key : x.row < y.row; });

        const size_t maxBlock = size_t(std::max(2, config.maxBlockSize));
        const int sortKeyer = rule.fuzzy.empty() ? -1 : rule.fuzzy.front().first;
        for (size_t begin = 0; begin < entries.size();) {
            size_t end = begin + 1;
            while (end < entries.size() && entries[end].key == entries[begin].key)
                ++end;
            const size_t n = end - begin;
            if (n >= 2) {
                ++stats.blocks;
                if (rule.fuzzy.empty()) {
                    // All conditions exact: equal keys are the match, no pairwise work.
                    for (size_t i = begin + 1; i < end; ++i)
                        unite(entries[begin].row, entries[i].row, ruleIndex);
                } else if (n <= maxBlock) {
                    for (size_t i = begin; i < end; ++i)
                        for (size_t j = i + 1; j < end; ++j)
                            compare(entries[i].row, entries[j].row, rule, ruleIndex);
                } else {
                    // Sorted neighbourhood: order the block by the fuzzy text and compare each row with the
                    // next maxBlockSize - 1 rows only, so one huge block stays linear.
                    ++stats.splitBlocks;
                    std::sort(entries.begin() + qsizetype(begin), entries.begin() + qsizetype(end),
                              [&](const Entry& x, const Entry& y) {
                                  const int c = textOf(x.row, sortKeyer)
                                                    .mid(x.sortFrom)
                                                    .compare(textOf(y.row, sortKeyer).mid(y.sortFrom));
                                  return c != 0 ? c < 0 : x.row < y.row;
                              });
                    for (size_t i = begin; i < end; ++i)
                        for (size_t j = i + 1; j < std::min(end, i + maxBlock); ++j)
                            compare(entries[i].row, entries[j].row, rule, ruleIndex);
                }
            }
            begin = end;
        }
    }

    qint64 heldBytes() const
    {
        qint64 total = capacityBytes(ids) + capacityBytes(isTarget) + capacityBytes(hashes) + capacityBytes(texts) +
                       capacityBytes(parent) + capacityBytes(size);
        // A node of the map: its key, vector header and pointers, about 64 bytes, plus the rules themselves.
        for (const auto& entry : rulesOf)
            total += 64 + qint64(entry.second.capacity() * sizeof(int));
        return total + arena.bytes();
    }
};

DuplicateFinder::DuplicateFinder(const DedupeConfig& config, const QStringList& columns)
    : d(std::make_unique<Impl>())
{
    d->config = config;
    // Conditions that read the same columns the same way share one keyer, so "same phone" in two rules
    // is normalised once per row.
    for (const MatchRule& rule : config.rules) {
        RuleSpec spec;
        for (const MatchCondition& condition : rule.all) {
            ConditionKeyer keyer(condition, columns);
            int index = -1;
            for (size_t k = 0; k < d->keyers.size(); ++k)
                if (d->keyers[k].sameKeysAs(keyer))
                    index = int(k);
            if (index < 0) {
                index = int(d->keyers.size());
                d->keyers.push_back(keyer);
                d->textSlot.push_back(-1);
            }
            if (condition.fuzzy > 0) {
                if (d->textSlot[size_t(index)] < 0)
                    d->textSlot[size_t(index)] = d->textSlots++;
                spec.fuzzy.emplace_back(index, condition.fuzzy);
            } else {
                spec.exact.push_back(index);
            }
        }
        d->rules.push_back(std::move(spec));
    }
}

DuplicateFinder::~DuplicateFinder() = default;

void DuplicateFinder::addSource(qint64 id, const Row& values)
{
    Q_ASSERT_X(!d->anySource || id > d->lastSourceId, "DuplicateFinder::addSource", "ids must increase");
    d->anySource = true;
    d->lastSourceId = id;
    ++d->stats.rows;
    d->add(id, values, false);
}

void DuplicateFinder::addTarget(qint64 id, const Row& values)
{
    ++d->stats.targetRows;
    d->add(id, values, true);
}

std::vector<Cluster> DuplicateFinder::finish()
{
    Q_ASSERT_X(!d->finished, "DuplicateFinder::finish", "called twice");
    d->finished = true;
    const quint32 rowCount = quint32(d->ids.size());
    d->parent.resize(rowCount);
    std::iota(d->parent.begin(), d->parent.end(), 0u);
    d->size.assign(rowCount, 1);

    qint64 peak = d->heldBytes();
    for (int r = 0; r < int(d->rules.size()); ++r) {
        // A rule without conditions would match everything; the project reader refuses it.
        if (d->rules[size_t(r)].exact.empty() && d->rules[size_t(r)].fuzzy.empty())
            continue;
        d->runRule(r, &peak, d->heldBytes());
    }

    std::vector<qint32> clusterOf(rowCount, -1);
    std::vector<Cluster> clusters;
    for (quint32 row = 0; row < rowCount; ++row) {
        const quint32 root = d->find(row);
        if (d->size[root] < 2)
            continue;
        if (clusterOf[root] < 0) {
            clusterOf[root] = qint32(clusters.size());
            clusters.push_back({{}, {}, d->rulesOf[root]});
        }
        Cluster& c = clusters[size_t(clusterOf[root])];
        (d->isTarget[row] ? c.targetIds : c.sourceIds).push_back(d->ids[row]);
    }
    peak = std::max(peak, d->heldBytes() + capacityBytes(clusterOf));
    std::erase_if(clusters, [](const Cluster& c) {
        return c.sourceIds.empty() || (c.sourceIds.size() == 1 && c.targetIds.empty());
    });
    for (Cluster& c : clusters) {
        std::sort(c.sourceIds.begin(), c.sourceIds.end());
        std::sort(c.targetIds.begin(), c.targetIds.end());
    }
    std::sort(clusters.begin(), clusters.end(),
              [](const Cluster& a, const Cluster& b) { return a.sourceIds.front() < b.sourceIds.front(); });
    d->stats.bytes = std::max(d->stats.bytes, peak);
    return clusters;
}

FinderStats DuplicateFinder::stats() const
{
    FinderStats s = d->stats;
    s.bytes = std::max(s.bytes, d->heldBytes());
    return s;
}

} // namespace ferry::dedupe
