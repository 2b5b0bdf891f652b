#pragma once
// The drag payload of the mapping page: source columns by name (stable across sorting and filtering,
// unlike row numbers) and the source they belong to, so a drop can refuse columns of another table.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QStringList>
#include <optional>

namespace ferry::mapping_mime {

inline QString sourceColumnsType()
{
    return QStringLiteral("application/x-ferry-source-columns");
}

struct SourceColumns {
    QString source; // the table mapping's source table, or "query" text's label
    QStringList columns;
};

inline QMimeData* encode(const SourceColumns& payload)
{
    auto* data = new QMimeData;
    const QJsonObject o{{QStringLiteral("source"), payload.source},
                        {QStringLiteral("columns"), QJsonArray::fromStringList(payload.columns)}};
    data->setData(sourceColumnsType(), QJsonDocument(o).toJson(QJsonDocument::Compact));
    data->setText(payload.columns.join(QStringLiteral(", "))); // dropping into a text field gives the names
    return data;
}

// std::nullopt for another mime type or a malformed payload.
inline std::optional<SourceColumns> decode(const QMimeData* data)
{
    if (!data || !data->hasFormat(sourceColumnsType()))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(data->data(sourceColumnsType()));
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    SourceColumns payload;
    payload.source = o.value(QStringLiteral("source")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("columns")).toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return std::nullopt;
        payload.columns << v.toString();
    }
    if (payload.columns.isEmpty())
        return std::nullopt;
    return payload;
}

} // namespace ferry::mapping_mime
