#include "json_writer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>
#include <cmath>

namespace ferry::json {

Node Node::from(const QJsonValue& value)
{
    if (value.isObject()) {
        Node n = object().compact();
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            n.add(it.key(), from(it.value()));
        return n;
    }
    if (value.isArray()) {
        Node n = array().compact();
        const QJsonArray a = value.toArray();
        for (const QJsonValue& v : a)
            n.append(from(v));
        return n;
    }
    Node n;
    n.scalar_ = value;
    return n;
}

Node Node::object()
{
    Node n;
    n.kind_ = Kind::Object;
    return n;
}

Node Node::array()
{
    Node n;
    n.kind_ = Kind::Array;
    return n;
}

Node& Node::add(const QString& key, Node value)
{
    Q_ASSERT(kind_ == Kind::Object);
    members_.emplace_back(key, std::move(value));
    return *this;
}

Node& Node::append(Node value)
{
    Q_ASSERT(kind_ == Kind::Array);
    items_.push_back(std::move(value));
    return *this;
}

QString quote(const QString& s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString number(const QJsonValue& v)
{
    // Qt 6 keeps integers that fit in 64 bits exactly (they read back as qlonglong); everything else is
    // a double, written in the shortest form that reads back to the same double.
    const QVariant var = v.toVariant();
    if (var.typeId() == QMetaType::LongLong)
        return QString::number(var.toLongLong());
    const double d = v.toDouble();
    if (!std::isfinite(d))
        return QStringLiteral("null"); // JSON has no NaN or infinity
    // Whole numbers that a double holds exactly are written without exponent, so they read back as
    // integers and a second save gives the same text.
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (d == std::floor(d) && std::fabs(d) < kExactIntegers)
        return QString::number(static_cast<qint64>(d));
    // Qt writes "1.5e-07" and "1e+20"; JSON readers and people prefer "1.5e-7" and "1e20".
    QString text = QString::number(d, 'g', QLocale::FloatingPointShortest);
    const qsizetype e = text.indexOf(QLatin1Char('e'));
    if (e < 0)
        return text;
    QString exponent = text.mid(e + 1);
    const bool negative = exponent.startsWith(QLatin1Char('-'));
    if (negative || exponent.startsWith(QLatin1Char('+')))
        exponent.remove(0, 1);
    while (exponent.size() > 1 && exponent.startsWith(QLatin1Char('0')))
        exponent.remove(0, 1);
    return text.left(e + 1) + (negative ? QStringLiteral("-") : QString()) + exponent;
}

class Writer {
public:
    explicit Writer(int width)
        : width_(width)
    {
    }

    QString inlineText(const Node& n) const
    {
        switch (n.kind_) {
        case Node::Kind::Scalar:
            return scalar(n.scalar_);
        case Node::Kind::Object: {
            QString s = QStringLiteral("{");
            for (size_t i = 0; i < n.members_.size(); ++i) {
                if (i > 0)
                    s += QLatin1String(", ");
                s += quote(n.members_[i].first) + QLatin1String(": ") + inlineText(n.members_[i].second);
            }
            return s + QLatin1Char('}');
        }
        case Node::Kind::Array: {
            QString s = QStringLiteral("[");
            for (size_t i = 0; i < n.items_.size(); ++i) {
                if (i > 0)
                    s += QLatin1String(", ");
                s += inlineText(n.items_[i]);
            }
            return s + QLatin1Char(']');
        }
        }
        return {};
    }

    // Writes n whose text starts at column `column` on a line indented by `indent`; `tail` is what
    // follows it on the same line (a comma or nothing).
    void write(const Node& n, int indent, int column, int tail)
    {
        if (n.kind_ == Node::Kind::Scalar || n.isEmpty()) {
            out_ += inlineText(n);
            return;
        }
        if (n.compact_) {
            const QString text = inlineText(n);
            if (column + text.size() + tail <= width_) {
                out_ += text;
                return;
            }
        }
        const bool isObject = n.kind_ == Node::Kind::Object;
        out_ += isObject ? QLatin1Char('{') : QLatin1Char('[');
        out_ += QLatin1Char('\n');
        const QString pad(indent + 2, QLatin1Char(' '));
        const size_t count = isObject ? n.members_.size() : n.items_.size();
        for (size_t i = 0; i < count; ++i) {
            const int childTail = i + 1 < count ? 1 : 0;
            out_ += pad;
            if (isObject) {
                const QString key = quote(n.members_[i].first) + QLatin1String(": ");
                out_ += key;
                write(n.members_[i].second, indent + 2, indent + 2 + int(key.size()), childTail);
            } else {
                write(n.items_[i], indent + 2, indent + 2, childTail);
            }
            if (childTail)
                out_ += QLatin1Char(',');
            out_ += QLatin1Char('\n');
        }
        out_ += QString(indent, QLatin1Char(' '));
        out_ += isObject ? QLatin1Char('}') : QLatin1Char(']');
    }

    QString take() { return std::move(out_); }

private:
    static QString scalar(const QJsonValue& v)
    {
        switch (v.type()) {
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double:
            return number(v);
        case QJsonValue::String:
            return quote(v.toString());
        default:
            return QStringLiteral("null"); // Null, Undefined
        }
    }

    int width_;
    QString out_;
};

QByteArray write(const Node& root, int width)
{
    Writer w(width);
    w.write(root, 0, 0, 0);
    return (w.take() + QLatin1Char('\n')).toUtf8();
}

} // namespace ferry::json
