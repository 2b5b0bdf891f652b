#include "ordered_json.h"

namespace ferry::demo {

namespace {

void writeString(QByteArray& out, const QString& s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 0xF];
        } else {
            out += c; // non-ASCII stays raw UTF-8, readable in any editor
        }
    }
    out += '"';
}

} // namespace

bool Json::isFlatArray() const
{
    for (const auto& item : m_items)
        if (item.second.m_kind != Kind::Int)
            return false;
    return true;
}

void Json::write(QByteArray& out, int indent) const
{
    const QByteArray pad(indent + 2, ' ');
    switch (m_kind) {
    case Kind::Null:
        out += "null";
        return;
    case Kind::Bool:
        out += m_int ? "true" : "false";
        return;
    case Kind::Int:
        out += QByteArray::number(static_cast<qlonglong>(m_int));
        return;
    case Kind::String:
        writeString(out, m_string);
        return;
    case Kind::Array:
        if (m_items.empty()) {
            out += "[]";
            return;
        }
        if (isFlatArray()) {
            out += '[';
            for (std::size_t i = 0; i < m_items.size(); ++i) {
                if (i)
                    out += ", ";
                m_items[i].second.write(out, indent);
            }
            out += ']';
            return;
        }
        out += "[\n";
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            out += pad;
            m_items[i].second.write(out, indent + 2);
            out += i + 1 < m_items.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + ']';
        return;
    case Kind::Object:
        if (m_items.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            out += pad;
            writeString(out, m_items[i].first);
            out += ": ";
            m_items[i].second.write(out, indent + 2);
            out += i + 1 < m_items.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + '}';
        return;
    }
}

QByteArray Json::serialize() const
{
    QByteArray out;
    write(out, 0);
    out += '\n';
    return out;
}

} // namespace ferry::demo
