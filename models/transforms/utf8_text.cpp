#include "utf8_text.h"

#include <QStringDecoder>

namespace ferry::transforms {

namespace {
inline unsigned char byteAt(const char* p)
{
    return static_cast<unsigned char>(*p);
}
} // namespace

int utf8SpaceAt(const char* p, const char* end)
{
    const qsizetype left = end - p;
    if (left <= 0)
        return 0;
    const unsigned char b0 = byteAt(p);
    if (b0 == 0x20 || (b0 >= 0x09 && b0 <= 0x0d))
        return 1;
    if (b0 < 0xc2 || left < 2)
        return 0;
    const unsigned char b1 = byteAt(p + 1);
    if (b0 == 0xc2) // U+0085, U+00A0
        return (b1 == 0x85 || b1 == 0xa0) ? 2 : 0;
    if (left < 3)
        return 0;
    const unsigned char b2 = byteAt(p + 2);
    switch (b0) {
    case 0xe1: // U+1680
        return (b1 == 0x9a && b2 == 0x80) ? 3 : 0;
    case 0xe2:
        if (b1 == 0x80) // U+2000..U+200A, U+2028, U+2029, U+202F
            return ((b2 >= 0x80 && b2 <= 0x8a) || b2 == 0xa8 || b2 == 0xa9 || b2 == 0xaf) ? 3 : 0;
        return (b1 == 0x81 && b2 == 0x9f) ? 3 : 0; // U+205F
    case 0xe3:                                     // U+3000
        return (b1 == 0x80 && b2 == 0x80) ? 3 : 0;
    default:
        return 0;
    }
}

int utf8SpaceBefore(const char* begin, const char* p)
{
    // A white-space character is at most 3 bytes long; try each length that would end exactly at p.
    for (int len = 1; len <= 3 && p - len >= begin; ++len) {
        if (utf8SpaceAt(p - len, p) == len)
            return len;
    }
    return 0;
}

QByteArray trimUtf8(const QByteArray& utf8)
{
    const char* const data = utf8.constData();
    const char* b = data;
    const char* e = data + utf8.size();
    while (int n = utf8SpaceAt(b, e))
        b += n;
    while (e > b) {
        const int n = utf8SpaceBefore(b, e);
        if (!n)
            break;
        e -= n;
    }
    if (b == data && e == data + utf8.size())
        return utf8;
    return QByteArray(b, e - b);
}

bool isAscii(const QByteArray& bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const auto* end = p + bytes.size();
    while (p < end) {
        const unsigned char b0 = *p;
        if (b0 < 0x80) {
            ++p;
            continue;
        }
        int len;
        unsigned char lo = 0x80, hi = 0xbf; // allowed range of the second byte
        if (b0 >= 0xc2 && b0 <= 0xdf) {
            len = 2;
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
            len = 3;
            if (b0 == 0xe0)
                lo = 0xa0; // overlong
            else if (b0 == 0xed)
                hi = 0x9f; // surrogates
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
            len = 4;
            if (b0 == 0xf0)
                lo = 0x90; // overlong
            else if (b0 == 0xf4)
                hi = 0x8f; // past U+10FFFF
        } else {
            return false;
        }
        if (end - p < len || p[1] < lo || p[1] > hi)
            return false;
        for (int i = 2; i < len; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
        }
        p += len;
    }
    return true;
}

namespace {
// Detaches (copies shared bytes) only when a byte actually changes.
template <char From, char To> void mapAsciiRange(QByteArray& bytes)
{
    const char* src = bytes.constData();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (src[i] >= From && src[i] <= To) {
            char* out = bytes.data();
            for (; i < bytes.size(); ++i) {
                if (out[i] >= From && out[i] <= To)
                    out[i] = char(out[i] ^ 0x20); // ASCII letters differ in case by bit 5
            }
            return;
        }
    }
}
} // namespace

void asciiLowerInPlace(QByteArray& bytes)
{
    mapAsciiRange<'A', 'Z'>(bytes);
}

void asciiUpperInPlace(QByteArray& bytes)
{
    mapAsciiRange<'a', 'z'>(bytes);
}

QString decodeUtf8(const QByteArray& utf8)
{
    // QString::fromUtf8() drops a leading U+FEFF; a value must come back byte-identical.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

qsizetype utf8OffsetOfCodePoint(const QByteArray& bytes, qsizetype n)
{
    qsizetype seen = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        // Every byte that is not a continuation byte starts a code point.
        if ((static_cast<unsigned char>(bytes[i]) & 0xc0) != 0x80) {
            if (seen == n)
                return i;
            ++seen;
        }
    }
    return bytes.size();
}

QByteArray foldCase(const QByteArray& bytes)
{
    if (isAscii(bytes)) {
        QByteArray out = bytes;
        asciiLowerInPlace(out);
        return out;
    }
    return decodeUtf8(bytes).toCaseFolded().toUtf8();
}

} // namespace ferry::transforms
