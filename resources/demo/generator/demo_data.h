#pragma once
// The legacy CRM the demo migrates, and what a correct first run of demo.ferry.json must produce.
// Both come from one generation pass, so every planted problem is counted where it is planted.
#include "duplicate_rules.h"

#include <QString>
#include <QtGlobal>
#include <cstdint>
#include <optional>
#include <vector>

namespace ferry::demo {

using Text = std::optional<QString>; // std::nullopt is SQL NULL

struct Account {
    qint64 id = 0;
    QString company;
    QString industryCode;
    Text phone;
    Text website;
    QString created; // dd/MM/yyyy
    QString status;  // 'A', 'I', 'P', sometimes lower-case or padded
};

struct Contact {
    qint64 id = 0;
    qint64 acctId = 0;
    QString fullName;
    Text email;
    Text phone;
    QString country;
    Text title;
    QString created; // dd/MM/yyyy HH:mm
    Text status;
};

struct Activity {
    qint64 id = 0;
    qint64 contId = 0;
    QString kind; // CALL, EMAIL, MTG (a few lower-case / padded)
    QString subject;
    Text notes;
    QString due; // yyyy-MM-dd
    int done = 0;
    Text amount; // '1250.50'
};

// A source row the first run must reject, and why.
struct Reject {
    QString table;  // source table
    qint64 key = 0; // source key (acct_id, cont_id, act_id)
    QString reason; // category: phone, email, lookup, too-long
    QString column; // target column whose value was refused
    Text value;     // the offending source value
    QString detail; // what a human needs to know
};

// A source value and the exact value the target must hold after the run.
struct ExpectedValue {
    QString table; // source table
    qint64 key = 0;
    QString column; // target column
    Text source;
    QString target;
    QString note;
};

struct TableOutcome {
    QString source;
    QString target;
    int read = 0;
    int inserted = 0;
    int updated = 0;
    int skipped = 0;
    int rejected = 0;
};

struct DemoData {
    std::uint64_t seed = 0;
    std::vector<Account> accounts;
    std::vector<Contact> contacts;
    std::vector<Activity> activities;

    std::vector<TableOutcome> outcomes;                // first run into an empty target
    std::vector<Reject> rejects;                       // ordered by table, then key
    std::vector<std::pair<qint64, qint64>> duplicates; // (original cont_id, re-entered cont_id)
    DuplicatesFound duplicatesFound;                   // what the contacts' duplicate rules find
    std::vector<ExpectedValue> byteIdentical;          // accents, CJK, emoji: must arrive unchanged
    std::vector<ExpectedValue> mappedToDefault;        // status not in the value map -> map default
    std::vector<qint64> statusDefaulted;               // contacts with NULL status, written as 'active'
    std::vector<ExpectedValue> truncated;              // explicit truncate transform (job_title)
    std::vector<ExpectedValue> normalised;             // samples: phone, e-mail, country, dates, status
};

inline constexpr std::uint64_t kDemoSeed = 0x4645525259444D4FULL; // "FERRYDMO"

DemoData generateDemo(std::uint64_t seed = kDemoSeed);

// The target schema limits the demo data is built around (modern_crm.sql).
inline constexpr int kAccountNameLength = 60;
inline constexpr int kJobTitleLength = 100;

} // namespace ferry::demo
