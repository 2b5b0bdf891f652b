#pragma once
// What a dry run (and a run) finds besides counts: duplicate clusters, values that would change on the
// way (mismatches), and pre-flight problems with the target. Plain data shared by the engine, the
// report writer, the CLI and the wizard.
#include <QList>
#include <QString>
#include <QStringList>

namespace ferry {

// How much a value's meaning is at risk on the way to the target.
enum class Risk { Exact, MayLose, WillFail };
QString riskName(Risk r); // "exact", "may-lose", "will-fail"

enum class MismatchKind {
    Truncation,      // text shortened (truncate transform) or too long for the column
    Rounding,        // fewer fraction digits / significant digits than the value has
    Encoding,        // characters the column's character set cannot hold
    TimeZone,        // a zone or offset that the target column drops
    Range,           // a number outside the column's range
    Conversion,      // text that does not parse as the column's type (date, number, phone, e-mail …)
    MappedToDefault, // a value map had no entry and gave its default
    NullRequired,    // NULL into a NOT NULL column
};
QString mismatchKindName(MismatchKind k); // "truncation", "rounding", … (file and JSON spelling)

// One value that would not arrive as it left.
struct MismatchRecord {
    int tableIndex = -1; // in RunSummary::tables
    QString table;       // target table
    QString sourceKey;
    QString column; // target column
    MismatchKind kind = MismatchKind::Conversion;
    Risk risk = Risk::MayLose; // MayLose: written changed; WillFail: the row is rejected
    QString before;            // source value(s), as displayed
    QString after;             // what the target would hold; empty when the row is rejected
    QString reason;
};

// Per target column: the worst risk seen and how often.
struct ColumnRisk {
    int tableIndex = -1;
    QString table;
    QString column;
    Risk risk = Risk::Exact;
    qint64 mayLose = 0;
    qint64 willFail = 0;
    QStringList kinds; // mismatchKindName of every kind seen
};

// One group of rows the match rules say are the same customer.
struct DuplicateCluster {
    int tableIndex = -1;
    QString table;
    QStringList rules;      // names of every rule that matched two of its rows, in rule order
    QString action;         // clusterActionName / "target-" + targetActionName
    QString keptKey;        // source key of the row written (or updated into), empty when none / flag
    QStringList memberKeys; // source keys of every source row in the cluster, read order
    QString targetKey;      // key of the matching target row, when the match is against the target
    QString explanation;    // one sentence: "kept 1942 (most recent updated_at); skipped 68"
};

// How many clusters of one table a duplicate rule matched; a cluster two rules matched counts for both.
struct DuplicateRuleCount {
    int tableIndex = -1;
    QString table;
    QString rule;
    qint64 clusters = 0;
};

struct PreflightFinding {
    enum class Kind { RequiredUnmapped, UniqueWithinLoad, UniqueAgainstTarget, MissingParent, CheckConstraint };
    int tableIndex = -1;
    QString table;
    Kind kind = Kind::RequiredUnmapped;
    bool blocking = true;   // rows will be rejected / the run cannot succeed as configured
    QString constraint;     // constraint name, when known
    QStringList columns;    // target columns involved
    qint64 rows = 0;        // incoming rows affected (0 for schema-only findings)
    QStringList sampleKeys; // source keys of up to 20 affected rows
    QString detail;         // one sentence for the user
};
QString preflightKindName(PreflightFinding::Kind k); // "required-unmapped", "unique-within-load", …

} // namespace ferry
