#pragma once
// Duplicate rules of one table mapping (the "dedupe" object of a project table). Plain data: the
// project reader validates it, dedupe/duplicate_finder applies it. Columns named here are *target*
// columns, compared after transforms, so the same rules also match rows already in the target.
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ferry {

// How a value is normalised before comparing.
enum class MatchKind {
    Exact,   // as written (trimmed)
    Email,   // trimmed, lower-cased
    Phone,   // E.164 in `region`; a value that is no valid number never matches
    Name,    // folded for case, accents, whitespace and punctuation; nicknames → full first name
    Company, // like Name, legal suffixes (GmbH, Inc., Ltd …) dropped
};

struct MatchCondition {
    QStringList columns; // usually one; several are joined (first + last name), word order ignored for Name
    MatchKind kind = MatchKind::Exact;
    double fuzzy = 0;                      // 0: equal keys; (0, 1]: Jaro-Winkler similarity at least this
    QString region = QStringLiteral("US"); // Phone only
    bool operator==(const MatchCondition&) const = default;
};

// A rule matches two rows when all its conditions hold; a table's rules are alternatives (OR).
struct MatchRule {
    QString name; // shown in reports: "same e-mail"
    QList<MatchCondition> all;
    bool operator==(const MatchRule&) const = default;
};

// What happens to a cluster of source rows that match each other.
enum class ClusterAction {
    KeepFirst,        // the first row read is written, the others are skipped
    KeepMostRecent,   // the row with the greatest `recentColumn` value
    KeepMostComplete, // the row with the most non-empty mapped values (ties: first)
    Merge,            // one row, field by field by `survivorship` (default: first non-empty)
    Flag,             // every row is written; the cluster is only reported
};

// Field-by-field choice when merging.
enum class Survivorship {
    FirstNonEmpty, // first row (read order) with a value
    MostRecent,    // the value of the most recent row (by recentColumn) that has one
    Longest,       // the longest text
    Survivor,      // the value of the row that would be kept by KeepMostComplete
};

// What happens to a source row that matches a row already in the target.
enum class TargetAction {
    None,   // not checked against the target
    Update, // the target row (found by the rule) is updated; needs the table's keys
    Skip,   // the source row is skipped
    Flag,   // written as the table's write mode says, and reported
};

struct DedupeConfig {
    QList<MatchRule> rules; // empty: no duplicate detection for this table
    ClusterAction action = ClusterAction::Flag;
    QString recentColumn; // target column; required for KeepMostRecent and Survivorship::MostRecent
    Survivorship defaultSurvivorship = Survivorship::FirstNonEmpty;
    QMap<QString, Survivorship> survivorship; // per target column, overrides the default when merging
    TargetAction againstTarget = TargetAction::None;
    int maxBlockSize = 2000; // rows compared pairwise inside one block at most; larger blocks are split
    bool enabled() const { return !rules.isEmpty(); }
    bool operator==(const DedupeConfig&) const = default;
};

// Spellings used in project files and reports ("keep-first", "email", "most-recent" …).
QString matchKindName(MatchKind k);
QString clusterActionName(ClusterAction a);
QString survivorshipName(Survivorship s);
QString targetActionName(TargetAction a);

} // namespace ferry
