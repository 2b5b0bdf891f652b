#pragma once
// Verification after a run (`ferry-cli verify P`): proves the target holds exactly what it should. For
// each table mapping, what SHOULD be there — the source rows through the project's declared transforms
// but not the writer's coercion, minus the rows the last real run rejected or skipped as duplicates, with
// the values it wrote for merged rows and target matches (engine/verify_expected.h) — is compared with
// what IS there, read with the target's own types, by key and through a comparer of its own
// (engine/verify_compare.h), so a value the writer changed shows as different. Bucketed hashes
// (verify_buckets.h) keep memory bounded: each side is streamed once, and only the buckets that
// disagree are streamed again and classified row by row.
#include "engine/verify_types.h"
#include "project/project.h"

#include <QStringList>
#include <functional>
#include <optional>

namespace ferry {

struct VerifyRequest {
    QString sourcePassword; // overrides the profiles' passwordEnv
    QString targetPassword;
    QStringList tables; // target names to verify; empty = all
    int buckets = 4096;
    qint64 rowsPerPass = 100000; // drill-down: rows of both sides held at once, at most about this many
    // The run whose rejects and duplicate decisions are applied: a "<stamp>-run" folder. Empty = the
    // newest one under the project's output directory (none there: nothing is excluded but rows whose
    // transforms fail).
    QString runDirectory;
};

class Verifier {
public:
    Verifier(Project project, VerifyRequest request);
    // Blocking; never throws.
    VerifyResult run();
    // Progress lines for a person (table started, drilling into N buckets …); called on run()'s thread.
    std::function<void(QString)> progress;

    // The newest "<yyyyMMdd-HHmmss>-run[-N]" folder (real runs only, not dry runs) in outputDirectory,
    // empty when there is none.
    static QString lastRunDirectory(const QString& outputDirectory);

private:
    struct Prepared;
    std::optional<VerifyFailure> open(Prepared& p, QString* error);
    bool selectTables(Prepared& p, QString* error) const;
    bool loadLedger(Prepared& p, VerifyResult& result, QString* error) const;
    void checkTables(Prepared& p, VerifyResult& result) const; // throws Error
    void say(const QString& message) const;

    Project project_;
    VerifyRequest request_;
};

} // namespace ferry
