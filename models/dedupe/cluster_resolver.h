#pragma once
// What happens to one cluster of duplicate source rows (issue 4, item 2): which row is written, which
// are skipped, or the merged row — and one sentence saying why.
#include "core/value.h"
#include "project/dedupe_config.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace ferry::dedupe {

struct Member {
    qint64 id;
    Row values;
}; // source rows of one cluster, in read order

struct Resolution {
    qint64 keptId = -1;          // the row that is written (Merge: the first member, whose slot the merged
                                 // row takes); -1 for Flag
    std::optional<Row> merged;   // Merge only: the values to write instead of keptId's
    std::vector<qint64> dropped; // members skipped as duplicates
    QString explanation;         // one translated sentence: which rule, which rows kept/skipped and why
};

// `columns` name the values of every member (target columns); config.recentColumn and the keys of
// config.survivorship are looked up by their exact spelling, else without case. `keyOf` names a row for the
// explanation.
// `ruleNames`: every rule that matched two of the members, in rule order; the explanation names them all.
Resolution resolveCluster(const DedupeConfig& config, const QStringList& columns, const QStringList& ruleNames,
                          const std::vector<Member>& members, const std::function<QString(qint64)>& keyOf);

// Rule names as a sentence shows them: "same e-mail", or "same e-mail" and "same phone" (quoted, translated "and").
QString ruleList(const QStringList& names);

// Order used for "most recent": NULL is oldest; dates and timestamps by time, numbers by value, other
// values by their text. Negative, zero or positive like strcmp.
int compareRecency(const Value& a, const Value& b);

// A value that carries information: not NULL and not blank text.
bool hasContent(const Value& v);

} // namespace ferry::dedupe
