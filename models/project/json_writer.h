#pragma once
// A small JSON writer that keeps keys in the order they were added. QJsonObject sorts its keys, which
// would scatter a project file's logical layout ("source" before "target", "type" before parameters).
#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <utility>
#include <vector>

namespace ferry::json {

class Node {
public:
    enum class Kind { Scalar, Object, Array };

    Node() = default;
    // A scalar; arrays and objects inside the value become nested nodes (object keys in QJsonObject order).
    static Node from(const QJsonValue& value);
    static Node object();
    static Node array();

    // Adds a member (objects) or an item (arrays); returns *this for chaining.
    Node& add(const QString& key, Node value);
    Node& add(const QString& key, const QJsonValue& value) { return add(key, from(value)); }
    Node& append(Node value);
    Node& append(const QJsonValue& value) { return append(from(value)); }

    // Written on one line when it fits the page width, expanded otherwise.
    Node& compact(bool on = true)
    {
        compact_ = on;
        return *this;
    }

    Kind kind() const { return kind_; }
    bool isEmpty() const { return members_.empty() && items_.empty(); }

private:
    friend class Writer;
    Kind kind_ = Kind::Scalar;
    QJsonValue scalar_;
    bool compact_ = false;
    std::vector<std::pair<QString, Node>> members_;
    std::vector<Node> items_;
};

// 2-space indent, compact nodes inline when they fit in `width` columns, UTF-8 without escaping
// non-ASCII text, '\n' line ends and a final newline.
QByteArray write(const Node& root, int width = 110);

// One JSON string literal (quotes included) and one JSON number, as write() renders them.
QString quote(const QString& s);
QString number(const QJsonValue& v);

} // namespace ferry::json
