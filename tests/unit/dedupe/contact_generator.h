#pragma once
// Deterministic generated contacts with planted duplicates of known kinds, and the ground truth, for
// the duplicate finder's precision/recall test and its benchmark. Rows are produced one at a time so a
// million of them never sit in memory; a person's attributes are derived from (seed, person) alone, so
// a duplicate can be planted long after its original was produced.
#include "core/value.h"
#include "project/dedupe_config.h"

#include <QString>
#include <QStringList>
#include <random>
#include <vector>

namespace ferry::testdata {

enum class DuplicateKind : quint8 {
    None,        // an original row
    Typo,        // one edit (substitution, deletion or insertion) in the first or last name
    Swapped,     // first and last name swapped
    Case,        // the name in another case (JOHN SMITH, john smith)
    Whitespace,  // extra spaces around and inside name and company
    PhoneFormat, // the same number written differently (same E.164), company dropped
    Nickname,    // Robert → Bob
    EmailCase,   // the same e-mail in another case; phone and company may be gone
};
inline constexpr int duplicateKindCount = 8;
QString duplicateKindName(DuplicateKind kind);

struct PlantedPair {
    qint64 original;
    qint64 duplicate;
    DuplicateKind kind;
};

class ContactGenerator {
public:
    // `duplicateShare` of the rows are duplicates of an earlier original row.
    ContactGenerator(quint64 seed, qint64 rows, double duplicateShare = 0.05);

    // first_name, last_name, email, phone, company, city, updated_at (Value::timestamp).
    static QStringList columns();

    bool next(Row* row); // the next row (its id is produced() - 1 afterwards); false when done
    qint64 produced() const { return qint64(entity_.size()); }

    const std::vector<qint64>& entities() const { return entity_; }   // per row id: the person it is
    const std::vector<DuplicateKind>& kinds() const { return kind_; } // per row id
    const std::vector<PlantedPair>& planted() const { return planted_; }

private:
    struct Person {
        QString first, last, email, company, city;
        qint64 phoneDigits = 0; // 10-digit US number, 0: none
        int phoneStyle = 0;     // how the original row writes it
        QDate date;
        qint64 micros = 0;
    };
    Person person(qint64 index) const;
    Row originalRow(const Person& p);
    Row duplicateRow(const Person& p, DuplicateKind kind, qint64 rowId);

    quint64 seed_;
    qint64 rows_;
    double duplicateShare_;
    qint64 companies_;
    std::mt19937_64 rng_;
    std::vector<qint64> entity_;
    std::vector<DuplicateKind> kind_;
    std::vector<qint64> originals_; // row ids of original rows
    std::vector<PlantedPair> planted_;
};

// The rule set the precision/recall test and the benchmark use (see contact_generator.cpp for why).
DedupeConfig contactRules();

} // namespace ferry::testdata
