#pragma once
// What QJsonDocument does not tell: the line and column of a syntax error (it gives a byte offset)
// and keys that appear twice in one object (it silently keeps the last one).
#include <QByteArray>
#include <QString>

namespace ferry::json {

struct TextPosition {
    int line = 1;   // 1-based
    int column = 1; // 1-based, in characters (not bytes)
};

// Where the error QJsonParseError reports at `offset` is: Qt points just past the offending character,
// so this steps back one and skips whitespace to land on it.
TextPosition errorPosition(const QByteArray& utf8, int offset);

// The JSON path ("tables[1].mode") of the first key that appears twice in the same object, or an
// empty string. `utf8` must already have parsed without error.
QString firstDuplicateKey(const QByteArray& utf8);

// Appends a key or index to a JSON path: "a" + "b" -> "a.b"; odd keys are quoted: a["my key"].
QString childPath(const QString& path, const QString& key);
QString indexPath(const QString& path, qsizetype index);

} // namespace ferry::json
