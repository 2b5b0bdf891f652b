#pragma once
// Shared pieces of the project file reader: the first problem throws Failure with the JSON path of the
// offending value, and the helpers below phrase what was expected and what was found.
#include "project_file.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace ferry::reading {

// Thrown inside the reader only: the first problem ends the read.
struct Failure {
    ProjectError error;
};

[[noreturn]] void fail(const QString& path, const QString& message);

QString quoted(const QString& s);
// How a wrong value is shown after "got": JSON text for scalars, a word for containers.
QString describe(const QJsonValue& v);
int editDistance(const QString& a, const QString& b);
// The candidate closest to `word` by edit distance, if close enough to be a typo; else empty.
QString closest(const QString& word, const QStringList& candidates);
QString unknownKeyMessage(const QString& key, const QStringList& allowed);
void checkKeys(const QJsonObject& o, const QString& path, const QStringList& allowed);
bool isPasswordKey(const QString& key);
QString passwordMessage();
// A JSON number with no fraction inside [lo, hi].
bool wholeNumber(const QJsonValue& v, qint64 lo, qint64 hi, qint64* out);

enum class Empty { Allowed, Refused };
// The string at o[key]; a missing key gives an empty string.
QString optionalString(const QJsonObject& o, const QString& key, const QString& path, Empty empty);
// A non-empty string that must be present; `expected` says what it names.
QString requiredString(const QJsonObject& o, const QString& key, const QString& path, const QString& expected);
QJsonObject requireObject(const QJsonValue& v, const QString& path, const QString& what);
QJsonArray requireArray(const QJsonValue& v, const QString& path, const QString& what);

} // namespace ferry::reading
