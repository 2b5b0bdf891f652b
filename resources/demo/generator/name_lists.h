#pragma once
// The built-in word lists the demo CRM is made of: people's names, company words and job titles for
// eleven countries. Every entry carries an ASCII slug so e-mail addresses and web sites stay ASCII
// even when the name is not.
#include <vector>

namespace ferry::demo {

struct Word {
    const char* text;             // as a person would type it (UTF-8)
    const char* slug;             // ASCII form for e-mail addresses and domains
    const char* native = nullptr; // CJK script form, when the romanised text has one
};

struct Culture {
    const char* iso;                        // ISO 3166 alpha-2 code the target stores
    std::vector<const char*> countryValues; // how the legacy CRM spelled the country
    int weight;                             // share of accounts, in percent
    std::vector<Word> firstNames;
    std::vector<Word> lastNames;
    std::vector<Word> companyStems;        // proper-noun part of a company name
    std::vector<Word> companyTrades;       // what the company does, in the local language
    std::vector<const char*> companyForms; // legal form: GmbH, Ltd, AB ...
    std::vector<const char*> honorifics;
    std::vector<const char*> titles; // job titles
};

const std::vector<Culture>& cultures();

struct Industry {
    const char* code; // legacy industry_cd
    const char* name; // target account.industry
};
const std::vector<Industry>& industries();

// Activity subjects and note fragments (English; legacy CRMs rarely translated these).
const std::vector<const char*>& callSubjects();
const std::vector<const char*>& emailSubjects();
const std::vector<const char*>& meetingSubjects();
const std::vector<const char*>& noteFragments();

} // namespace ferry::demo
