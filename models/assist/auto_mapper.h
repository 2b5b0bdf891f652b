#pragma once
// Suggests which source column feeds which target column, from the names (same words, known CRM
// synonyms such as e_mail → email, fname → first_name, abbreviations such as acct → account, edit
// distance) and the types. Pure functions: the mapping page shows the suggestions as proposals and
// applies only those the user accepts.
#include "db/schema.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <optional>

namespace ferry {

struct MappingSuggestion {
    QString target;
    QString source;
    int confidence = 0;              // 0–100
    QList<TransformSpec> transforms; // a chain the suggestion needs (split-name for full_name → first_name)
    QString reason;                  // translated, short: "known synonym", "similar name" …
    bool operator==(const MappingSuggestion&) const = default;
};

class AutoMapper {
    Q_DECLARE_TR_FUNCTIONS(ferry::AutoMapper)
public:
    // Below this a pair is not worth proposing.
    static constexpr int kMinimumConfidence = 50;

    // "EMail-Address", "emailAddress", "e_mail address" → {"e"/"email", …}: lower-case words split at
    // punctuation, spaces and camelCase boundaries.
    static QStringList nameTokens(const QString& column);

    // 0–100: how likely two column names mean the same thing. `sourceTable`/`targetTable` give context to
    // generic names ("name" in an accounts table is the company name).
    static int nameSimilarity(const QString& source, const QString& target, const QString& sourceTable = {},
                              const QString& targetTable = {});

    // 0–100: 100 same kind of type, ~90 convertible (text into anything), 50 cannot work (date into integer).
    static int typeCompatibility(const ColumnInfo& source, const ColumnInfo& target);

    // Levenshtein distance, for the fuzzy part of nameSimilarity.
    static int editDistance(const QString& a, const QString& b);

    // Proposals for the target columns not in `mappedTargets`, best first; each target at most once,
    // each source at most once (except a full name split into first and last name), none from
    // `usedSources`. Auto-increment targets are proposed only for an identical name.
    static QList<MappingSuggestion> suggest(const TableInfo& source, const TableInfo& target,
                                            const QSet<QString>& mappedTargets = {},
                                            const QSet<QString>& usedSources = {});

private:
    struct Candidate {
        MappingSuggestion suggestion;
        int targetOrder = 0;
        int sourceOrder = 0;
        bool shared = false; // may share its source with another suggestion
    };
    // Source column si proposed for target column ti, or nothing when the pair is not worth proposing.
    static std::optional<Candidate> pairing(const TableInfo& source, int si, const TableInfo& target, int ti);
    // What a name similarity score means, for the suggestion's reason.
    static QString similarityReason(int similarity);
    // Best first; each target at most once, each source at most once unless the candidate may share it.
    static QList<MappingSuggestion> bestFirst(QList<Candidate> candidates);
};

} // namespace ferry
