#pragma once
// Normalised match keys for duplicate detection (issue 4): two values that mean the same customer give
// the same key. Pure functions, no database.
#include <QString>
#include <QStringView>
#include <optional>

namespace ferry::match {

// Trimmed and lower-cased; empty stays empty. ("  Bob@Example.COM " → "bob@example.com")
QString emailKey(const QString& email);
// Folded for case, accents and whitespace, punctuation dropped. ("  José   O'Neill " → "jose oneill")
QString nameKey(const QString& name);
// A company without punctuation and legal suffixes. ("Müller & Söhne GmbH." → "muller and sohne")
QString companyKey(const QString& company);
// E.164 ("+14155550123") or nothing when the text is not a valid number for the default region.
std::optional<QString> phoneKey(const QString& phone, const QString& defaultRegion);

// Jaro-Winkler similarity in [0, 1] (1 = identical), prefix scale 0.1 over up to 4 characters.
double jaroWinkler(QStringView a, QStringView b);

} // namespace ferry::match
