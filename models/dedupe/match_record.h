#pragma once
// The normalised keys one row gives for the match conditions of a table (issue 4). The duplicate
// finder keeps only what this produces per row — a 64-bit hash per condition and, for fuzzy
// conditions, the short folded text — never the row itself.
#include "core/value.h"
#include "project/dedupe_config.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace ferry::dedupe {

// The keys of one condition for one row.
struct ConditionKey {
    quint64 hash = 0; // of the normalised key; 0: empty, NULL or invalid (never matches anything)
    QString text;     // folded text compared by Jaro-Winkler (Name: tokens sorted); filled when asked for
    QString inOrder;  // Name only: tokens in written order when that differs from `text`, so a typo that
                      // moves a token in the sort order still compares well
};

// Normalises the values one MatchCondition reads from a row.
class ConditionKeyer {
public:
    // Condition columns are looked up in `columns` by their exact spelling, else without case; an unknown column is a
    // programming error (the plan validates the project) and reads as NULL.
    ConditionKeyer(const MatchCondition& condition, const QStringList& columns);

    ConditionKey key(const Row& row, bool withText) const;

    MatchKind kind() const { return kind_; }
    // Two keyers that read the same columns the same way give the same keys (the finder shares them).
    bool sameKeysAs(const ConditionKeyer& other) const;

private:
    MatchKind kind_;
    std::vector<int> columns_;
    QString region_;
};

// 64-bit hash of a normalised key (never 0 for a non-empty text) and the combination of several.
quint64 hashKey(QStringView text);
quint64 combineHashes(quint64 a, quint64 b);

// A name in key form: nameKey() of the joined parts, each token's short form replaced by the full
// given name; `sorted` has its tokens sorted so swapped first and last names give the same key.
struct FoldedName {
    QString sorted;
    QString inOrder;
};
FoldedName foldName(const QString& joined);

// Similarity of two folded names (FoldedName form): when both have the same number of tokens, the
// Jaro-Winkler of each token pair weighted by the longer token's length, so a shared first name cannot
// carry two different surnames over the threshold ("mathilde porter" / "mathilde perrin" is 0.87,
// "robert smith" / "robert smiht" 0.98); otherwise Jaro-Winkler of the whole texts.
double nameSimilarity(QStringView a, QStringView b);

// Blocking keys of a folded text for rules made only of fuzzy conditions: the first three letters of
// each token and the consonant skeleton of the whole text, so two texts one typo apart share at
// least one key (a typo in one token leaves the others' prefixes intact). Each key comes with the
// position in `folded` where sorting for a sorted-neighbourhood window should start.
struct BlockingKey {
    quint64 hash;
    int sortFrom;
};
std::vector<BlockingKey> blockingKeys(QStringView folded);

} // namespace ferry::dedupe
