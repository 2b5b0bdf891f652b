#pragma once
// Masking personal values in reports that leave the building (a consultant mails the dry-run report to
// the client): which columns hold personal data, judged by their names, and how their values are shown.
// Values arrive as reports display them (Value::display(): NULL bare, text in double quotes).
#include "engine/run_types.h"

#include <QString>
#include <QStringList>

namespace ferry {

// True when a column name suggests a person or contact: name, e-mail, phone, address, birth date,
// bank or identity numbers. Case-insensitive; the name is split into word parts (snake_case, kebab-case,
// camelCase) and a part matches when it is, begins with or ends with one of the terms.
bool isPersonalColumn(const QString& columnName);

// "jane.doe@example.com" -> "j•••@e•••.com"
QString maskEmail(const QString& email);
// Keeps a leading '+' and the last two digits: "+1 555 010 2014" -> "+•••••••••14"
QString maskPhone(const QString& phone);
// Keeps the first letter: "Jane Doe" -> "J•••"; empty stays empty.
QString maskText(const QString& text);

// Masks one displayed value of the named column. Columns that are not personal, NULL, numbers, dates,
// times and booleans come back unchanged; quoted text keeps its quotes around the masked text. In a
// phone column digits are masked whatever their type, since a phone number stored as a number is
// still a phone number.
QString maskValue(const QString& displayed, const QString& columnName);

// Replaces every occurrence of the raw (unquoted) text of personal values inside free text, e.g. a
// database message that quotes the value it refused. originals and masked are parallel lists.
QString maskWithin(QString text, const QStringList& originals, const QStringList& masked);

// A copy of the summary with the personal values of rejects (source values by sourceColumns, and
// inside their reasons) and mismatches (before, after, reason; by target column) masked. Keys, table
// and column names, counts and cluster keys stay: keys are ids, and the reader needs them to find rows.
RunSummary maskPersonalValues(const RunSummary& summary);

} // namespace ferry
