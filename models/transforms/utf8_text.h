#pragma once
// Byte-level helpers for UTF-8 text, so the hot transforms (trim, case of ASCII text, truncate) work
// on the bytes a reader delivered without a round trip through QString.
#include <QByteArray>
#include <QString>

namespace ferry::transforms {

// Length in bytes of the white-space character that starts at p, or 0: the set QChar::isSpace and
// QString::trimmed() use (Unicode White_Space). A U+FEFF byte-order mark is not white space. end is one past
// the last byte.
int utf8SpaceAt(const char* p, const char* end);
// Length in bytes of the white-space character that ends just before p, or 0.
int utf8SpaceBefore(const char* begin, const char* p);

// Strips Unicode white space at both ends. Returns the input itself (shared) when nothing changes.
QByteArray trimUtf8(const QByteArray& utf8);

bool isAscii(const QByteArray& bytes);
// Well-formed UTF-8: no stray continuation bytes, overlong forms, surrogates or values past U+10FFFF.
bool isValidUtf8(const QByteArray& bytes);

// UTF-8 -> QString keeping a leading U+FEFF (QString::fromUtf8 silently drops it). Call only on
// valid UTF-8.
QString decodeUtf8(const QByteArray& utf8);

// ASCII case mapping in place; bytes >= 0x80 are left alone.
void asciiLowerInPlace(QByteArray& bytes);
void asciiUpperInPlace(QByteArray& bytes);

// Case folding for keys compared without case: ASCII on the bytes, anything else through Unicode
// case folding.
QByteArray foldCase(const QByteArray& bytes);

// Byte offset where code point number n (0-based) starts, or bytes.size() when there are fewer.
qsizetype utf8OffsetOfCodePoint(const QByteArray& bytes, qsizetype n);

} // namespace ferry::transforms
