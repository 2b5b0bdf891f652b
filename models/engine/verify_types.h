#pragma once
// What verification after a run reports: per table mapping (its index, source and target), how the rows
// that should be there compare with the rows that are there, by key — matched, missing, extra, different
// (naming the columns) — and a few sample differences to show a person. Plain data with a JSON form for `ferry-cli
// verify --json`.
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ferry {

struct VerifySample {
    enum class Kind { Missing, Extra, Different };
    Kind kind = Kind::Different;
    QString key;                     // the row's key values, "a, b"; for whole-row comparison, the row itself
    QStringList columns;             // the differing columns (Different), every mapped column (Missing, Extra)
    QStringList expected;            // one displayed value per entry of `columns` (Different, Missing)
    QStringList actual;              // likewise (Different, Extra)
    static QString kindName(Kind k); // "missing", "extra", "different"
    QJsonObject toJson() const;
};

struct VerifyTableResult {
    static constexpr int kMaxSamples = 100;
    int mapping = 0;        // the table mapping's index in the project (tables[i])
    QString source;         // its source table, or "query"
    QString target;         // target table name
    QString method;         // "key" (compared by key) or "row" (whole-row multiset, different is always 0)
    QStringList keyColumns; // the key compared by, empty for "row"
    qint64 expected = 0;    // source rows after transforms, minus rejected and skipped rows
    qint64 targetRows = 0;  // rows in the target table
    qint64 matched = 0;
    qint64 missing = 0;          // expected, not in the target
    qint64 extra = 0;            // in the target, not expected
    qint64 different = 0;        // same key, other values
    qint64 excluded = 0;         // source rows left out: rejected (by a transform or the last run), or skipped
    qint64 excludedInTarget = 0; // target rows under the key of an excluded row: not written over, not extra
    qint64 otherMappings = 0;    // target rows another mapping into the same table expects: not extra here
    QMap<QString, qint64> differentColumns; // column -> rows in which it differs
    QList<VerifySample> samples;            // up to kMaxSamples
    QStringList notes;                      // why a fallback was taken, what verify cannot tell
    double seconds = 0;

    bool clean() const { return missing == 0 && extra == 0 && different == 0; }
    QJsonObject toJson() const;
};

enum class VerifyFailure { None, Project, Connection, Run };

struct VerifyResult {
    QList<VerifyTableResult> tables;
    QString error; // why verification could not finish
    VerifyFailure failure = VerifyFailure::None;
    QString rejectsFile;   // the last run's rejects.csv whose rows were excluded, empty if none was found
    QString decisionsFile; // its dedupe.csv (rows skipped or rewritten by duplicate rules), empty if none
    double seconds = 0;

    // No table differs and verification finished.
    bool clean() const;
    QJsonObject toJson() const;
};

} // namespace ferry
