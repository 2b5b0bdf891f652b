#pragma once
// A tiny JSON value that keeps object keys in insertion order. QJsonObject sorts its keys, which
// would make expected.json hard to read (counts scattered among alphabetically sorted fields).
#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <utility>
#include <vector>

namespace ferry::demo {

class Json {
public:
    enum class Kind { Null, Bool, Int, String, Array, Object };

    Json() = default;
    Json(bool b)
        : m_kind(Kind::Bool)
        , m_int(b ? 1 : 0)
    {
    }
    Json(int i)
        : m_kind(Kind::Int)
        , m_int(i)
    {
    }
    Json(qint64 i)
        : m_kind(Kind::Int)
        , m_int(i)
    {
    }
    Json(const QString& s)
        : m_kind(Kind::String)
        , m_string(s)
    {
    }
    Json(const char* s)
        : m_kind(Kind::String)
        , m_string(QString::fromUtf8(s))
    {
    }

    static Json array()
    {
        Json j;
        j.m_kind = Kind::Array;
        return j;
    }
    static Json object()
    {
        Json j;
        j.m_kind = Kind::Object;
        return j;
    }

    Json& add(Json v) // arrays
    {
        m_items.emplace_back(QString(), std::move(v));
        return *this;
    }
    Json& set(const char* key, Json v) // objects; keys are written in the order they were set
    {
        m_items.emplace_back(QString::fromUtf8(key), std::move(v));
        return *this;
    }

    // Two-space indentation; arrays holding only numbers stay on one line.
    QByteArray serialize() const;

private:
    void write(QByteArray& out, int indent) const;
    bool isFlatArray() const;

    Kind m_kind = Kind::Null;
    qint64 m_int = 0;
    QString m_string;
    std::vector<std::pair<QString, Json>> m_items;
};

} // namespace ferry::demo
