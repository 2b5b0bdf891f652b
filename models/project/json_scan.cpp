#include "json_scan.h"

#include "json_writer.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace ferry::json {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isPlainKey(const QString& key)
{
    if (key.isEmpty() || key.front().isDigit())
        return false;
    for (const QChar c : key) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

// Walks a document that QJsonDocument already accepted, so it only needs to follow structure.
class DuplicateScanner {
public:
    explicit DuplicateScanner(const QByteArray& text)
        : s_(text)
    {
    }

    QString run()
    {
        while (pos_ < s_.size() && found_.isEmpty()) {
            const char c = s_[pos_];
            if (c == '{' || c == '[') {
                Frame f;
                f.isObject = c == '{';
                f.path = currentValuePath();
                stack_.append(f);
                ++pos_;
            } else if (c == '}' || c == ']') {
                stack_.removeLast();
                ++pos_;
            } else if (c == ',') {
                if (!stack_.isEmpty()) {
                    Frame& top = stack_.last();
                    if (top.isObject)
                        top.expectKey = true;
                    else
                        ++top.index;
                }
                ++pos_;
            } else if (c == '"') {
                const QString str = readString();
                if (!stack_.isEmpty() && stack_.last().isObject && stack_.last().expectKey) {
                    Frame& top = stack_.last();
                    top.expectKey = false;
                    top.key = str;
                    if (top.keys.contains(str))
                        found_ = childPath(top.path, str);
                    top.keys.insert(str);
                }
            } else {
                ++pos_; // ':', whitespace, numbers, literals
            }
        }
        return found_;
    }

private:
    struct Frame {
        bool isObject = false;
        bool expectKey = true;
        QString path;
        QString key;
        qsizetype index = 0;
        QSet<QString> keys;
    };

    // The path of the value about to start, from the innermost open container.
    QString currentValuePath() const
    {
        if (stack_.isEmpty())
            return {};
        const Frame& top = stack_.last();
        return top.isObject ? childPath(top.path, top.key) : indexPath(top.path, top.index);
    }

    QString readString()
    {
        ++pos_; // opening quote
        QByteArray raw;
        while (pos_ < s_.size() && s_[pos_] != '"') {
            if (s_[pos_] == '\\' && pos_ + 1 < s_.size()) {
                raw += s_.mid(pos_, 2);
                if (s_[pos_ + 1] == 'u') {
                    raw += s_.mid(pos_ + 2, 4);
                    pos_ += 4;
                }
                pos_ += 2;
            } else {
                raw += s_[pos_++];
            }
        }
        ++pos_; // closing quote
        return raw.contains('\\') ? decode(raw) : QString::fromUtf8(raw);
    }

    static QString decode(const QByteArray& raw)
    {
        QString out;
        QByteArray plain;
        auto flush = [&] {
            out += QString::fromUtf8(plain);
            plain.clear();
        };
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\' || i + 1 >= raw.size()) {
                plain += raw[i];
                continue;
            }
            flush();
            const char e = raw[++i];
            switch (e) {
            case 'b':
                out += QLatin1Char('\b');
                break;
            case 'f':
                out += QLatin1Char('\f');
                break;
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'u': {
                bool ok = false;
                const ushort unit = raw.mid(i + 1, 4).toUShort(&ok, 16);
                out += QChar(unit);
                i += 4;
                break;
            }
            default:
                out += QLatin1Char(e);
                break; // \" \\ \/
            }
        }
        flush();
        return out;
    }

    const QByteArray& s_;
    qsizetype pos_ = 0;
    QList<Frame> stack_;
    QString found_;
};

} // namespace

TextPosition errorPosition(const QByteArray& utf8, int offset)
{
    qsizetype target = qBound<qsizetype>(0, qsizetype(offset) - 1, utf8.size());
    while (target < utf8.size() && isSpace(utf8[target]))
        ++target;
    TextPosition p;
    for (qsizetype i = 0; i < target; ++i) {
        const char c = utf8[i];
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++p.column; // count characters: skip UTF-8 continuation bytes
        }
    }
    return p;
}

QString firstDuplicateKey(const QByteArray& utf8)
{
    return DuplicateScanner(utf8).run();
}

QString childPath(const QString& path, const QString& key)
{
    const QString part = isPlainKey(key) ? key : QLatin1Char('[') + quote(key) + QLatin1Char(']');
    if (path.isEmpty() || part.startsWith(QLatin1Char('[')))
        return path + part;
    return path + QLatin1Char('.') + part;
}

QString indexPath(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace ferry::json
