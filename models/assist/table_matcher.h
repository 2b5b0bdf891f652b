#pragma once
// Pairs source tables with target tables by name, the way a person would: case does not matter,
// plurals match singulars (accounts → account, activities → activity), legacy prefixes such as tbl_
// or t_ are ignored, and so are underscores (contact_person → ContactPerson). Also proposes the write
// mode and match keys for a new table mapping.
#include "db/schema.h"
#include "project/project.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ferry {

class TableMatcher {
public:
    struct Match {
        QString source;
        QString target;
        bool exact = false; // the same name apart from case
        bool operator==(const Match&) const = default;
    };

    // The comparable form of a name: schema dropped, lower case, prefix and separators removed,
    // singular ("tbl_Contacts" → "contact", "crm.activities" → "activity").
    static QString normalizedName(const QString& name);
    // The name without schema, prefix, separators and case ("tbl_Contact_Persons" → "contactpersons").
    static QString baseName(const QString& name);
    // The readings of a name compared by sameTable(): the base name and its possible singulars.
    static QStringList forms(const QString& name);
    // Whether two names mean the same table ("Accounts" and "account", "tblMovies" and "movie").
    static bool sameTable(const QString& a, const QString& b);
    // English singular of one lower-case word ("activities" → "activity", "addresses" → "address").
    static QString singular(const QString& word);

    // The target that best matches `source`, or an empty string.
    static QString bestTarget(const QString& source, const QStringList& targets);
    // One target per source at most and each target used once: exact names first, then normalized
    // ones, in source order.
    static QList<Match> match(const QStringList& sources, const QStringList& targets);

    // Keys that identify a target row: a natural key when there is one (a unique key, or a primary
    // key the database does not number itself), else the primary key.
    static QStringList suggestedKeys(const TableInfo& target);
    // A new mapping (no fields yet): upsert on a natural key when the target has one, else insert.
    static TableMapping proposal(const QString& source, const TableInfo& target);
    // Mappings for every source table that matches a target by name, in source order. Views are not
    // proposed as targets.
    static QList<TableMapping> propose(const QList<TableInfo>& sources, const QList<TableInfo>& targets);
};

} // namespace ferry
