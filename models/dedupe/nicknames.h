#pragma once
// Common English, German and French short forms of given names, so "Bob Smith" and "Robert Smith"
// give the same name key. A hand-made table, deliberately small: only short forms that nearly always
// stand for one full name (no "Alex", "Chris" or "Sam", which stand for several).
#include <QString>
#include <QStringView>

namespace ferry::dedupe {

// The full given name for a folded short form ("bob" → "robert"), or the input unchanged. Both sides
// are in nameKey() form: lower case, no accents.
QString canonicalGivenName(QStringView folded);

// Number of short forms in the table (for tests).
int nicknameCount();

} // namespace ferry::dedupe
