// map: replaces each listed value by another ("A" -> "active"), compared through the value's text,
// optionally without case and ignoring white space at both ends.
#include "transform_step.h"
#include "utf8_text.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <string_view>
#include <unordered_map>

namespace ferry::transforms {

namespace {

// std::hash over the bytes: qHash(QByteArray) costs several hundred ns per call in Qt 6.4 (seeded
// SipHash), which dominated "map" on millions of rows.
struct BytesHash {
    size_t operator()(const QByteArray& b) const noexcept
    {
        return std::hash<std::string_view>()(std::string_view(b.constData(), size_t(b.size())));
    }
};
using MapTable = std::unordered_map<QByteArray, Value, BytesHash>;

class MapStep final : public EachValueStep {
public:
    MapStep(MapTable table, std::optional<Value> fallback, bool caseInsensitive, bool trim)
        : table_(std::move(table))
        , fallback_(std::move(fallback))
        , caseInsensitive_(caseInsensitive)
        , trim_(trim)
    {
    }

    bool applyOne(Value& v, LookupSource*, QString* reason) const override
    {
        if (v.isNull())
            return true;
        const auto it = table_.find(keyOf(v));
        if (it != table_.end()) {
            v = it->second;
            return true;
        }
        if (fallback_) {
            v = *fallback_;
            return true;
        }
        *reason = QCoreApplication::translate("ferry::TransformChain", "no mapping for %1").arg(quoted(v));
        return false;
    }
    // Only the default can stand in for a value the table does not know.
    bool mayLose() const override { return fallback_.has_value(); }
    std::optional<MismatchKind> loss(const ValueList& before, const ValueList&) const override
    {
        for (const Value& v : before)
            if (!v.isNull() && table_.find(keyOf(v)) == table_.end())
                return MismatchKind::MappedToDefault;
        return std::nullopt;
    }

private:
    QByteArray keyOf(const Value& v) const
    {
        QByteArray key = textOf(v);
        if (trim_)
            key = trimUtf8(key);
        if (caseInsensitive_)
            key = foldCase(key);
        return key;
    }

    MapTable table_; // built once at compile time; read-only afterwards
    std::optional<Value> fallback_;
    bool caseInsensitive_;
    bool trim_;
};

class MapTransform final : public Transform {
public:
    MapTransform()
        : Transform(
              {"map",
               QT_TRANSLATE_NOOP("ferry::TransformChain", "Map values"),
               QT_TRANSLATE_NOOP("ferry::TransformChain", "Replaces each listed value by another (\"A\" -> "
                                                          "\"active\"); other values get the default or are "
                                                          "rejected."),
               Shape::EachValue,
               {{.name = "values",
                 .kind = ParamKind::ValueMap,
                 .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Values"),
                 .help = QT_TRANSLATE_NOOP("ferry::TransformParams", "Each value to find and what to write instead."),
                 .required = true,
                 .initial = QJsonObject(),
                 .linked = "caseInsensitive"},
                {.name = "default",
                 .kind = ParamKind::Value,
                 .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Otherwise"),
                 .help = QT_TRANSLATE_NOOP("ferry::TransformParams", "What to write for a value that is not listed; "
                                                                     "without it such a row is rejected."),
                 .placeholder = QT_TRANSLATE_NOOP("ferry::TransformParams", "empty: reject values not listed")},
                caseInsensitiveParam(false),
                {.name = "trim",
                 .kind = ParamKind::Flag,
                 .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Ignore spaces at both ends"),
                 .help = QT_TRANSLATE_NOOP("ferry::TransformParams",
                                           "White space at both ends of a value is ignored when comparing."),
                 .defaultValue = false}}})
    {
    }

    StepPtr make(Params& p) const override
    {
        const bool caseInsensitive = p.flag("caseInsensitive");
        const bool trim = p.flag("trim");
        std::optional<Value> fallback;
        if (p.has("default"))
            fallback = p.value("default");
        const QJsonObject values = p.get("values").toObject(); // checked: scalars, keys unique as compared
        if (!p.ok())
            return nullptr;
        MapTable table;
        table.reserve(size_t(values.size()));
        for (auto it = values.begin(); it != values.end(); ++it) {
            Value mapped;
            jsonToValue(it.value(), &mapped);
            const QByteArray key = it.key().toUtf8();
            table.emplace(caseInsensitive ? foldCase(key) : key, std::move(mapped));
        }
        return std::make_shared<MapStep>(std::move(table), std::move(fallback), caseInsensitive, trim);
    }

protected:
    void traceOne(ValueFlow& f, const QJsonObject& params, RiskNotes& notes) const override
    {
        QList<ValueFlow> results;
        const QJsonObject values = params.value(QLatin1String("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            results << ValueFlow::ofJson(it.value());
        if (params.contains(QLatin1String("default")))
            results << ValueFlow::ofJson(params.value(QLatin1String("default")));
        else
            notes.add(RiskLevel::MayLose,
                      QCoreApplication::translate("ferry::TransformRisk",
                                                  "Rows whose %1 is not listed in the map are rejected.")
                          .arg(f.label));
        ValueFlow mapped = ValueFlow::unite(results);
        mapped.label = f.label;
        mapped.nullable = mapped.nullable || f.nullable;
        mapped.alwaysNull = mapped.alwaysNull && !f.nullable ? false : mapped.alwaysNull;
        f = mapped;
    }
};

} // namespace

const Transform& mapTransform()
{
    static const MapTransform t;
    return t;
}

} // namespace ferry::transforms
