// concat, constant, default and map: steps that pick or combine values rather than edit text.
#include "transform_step.h"
#include "utf8_text.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <string_view>
#include <unordered_map>

namespace ferry::transforms {

namespace {

class ConcatStep final : public Step {
public:
    ConcatStep(QByteArray separator, bool skipEmpty)
        : separator_(std::move(separator))
        , skipEmpty_(skipEmpty)
    {
    }

    bool apply(ValueList& values, LookupSource*, QString*) const override
    {
        QByteArray joined;
        bool any = false; // a non-NULL element was seen: the result is text, maybe ''
        bool first = true;
        for (const Value& v : values) {
            if (v.isNull())
                continue;
            any = true;
            const QByteArray part = textOf(v);
            if (skipEmpty_ && part.isEmpty())
                continue;
            if (!first)
                joined += separator_;
            joined += part;
            first = false;
        }
        Value out = any ? Value::text(std::move(joined)) : Value::null();
        values.clear();
        values.append(std::move(out));
        return true;
    }

private:
    QByteArray separator_;
    bool skipEmpty_;
};

class ConstantStep final : public Step {
public:
    explicit ConstantStep(Value value)
        : value_(std::move(value))
    {
    }
    bool apply(ValueList& values, LookupSource*, QString*) const override
    {
        values.clear();
        values.append(value_);
        return true;
    }

private:
    Value value_;
};

// Replaces NULL and '' only: ' ' is a value someone typed and stays.
class DefaultStep final : public EachValueStep {
public:
    explicit DefaultStep(Value value)
        : value_(std::move(value))
    {
    }
    bool applyOne(Value& v, LookupSource*, QString*) const override
    {
        if (v.isNull() || (v.isText() && v.bytes().isEmpty()))
            v = value_;
        return true;
    }

private:
    Value value_;
};

// Case folding for map keys: ASCII on the bytes, anything else through Unicode case folding.
QByteArray foldCase(const QByteArray& bytes)
{
    if (isAscii(bytes)) {
        QByteArray out = bytes;
        asciiLowerInPlace(out);
        return out;
    }
    return decodeUtf8(bytes).toCaseFolded().toUtf8();
}

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

} // namespace

StepPtr makeConcat(Params& p)
{
    const QString separator = p.text("separator", QStringLiteral(" "));
    const bool skipEmpty = p.flag("skipEmpty", true);
    return p.ok() ? std::make_shared<ConcatStep>(separator.toUtf8(), skipEmpty) : nullptr;
}

StepPtr makeConstant(Params& p)
{
    Value value = p.value("value", true);
    return p.ok() ? std::make_shared<ConstantStep>(std::move(value)) : nullptr;
}

StepPtr makeDefault(Params& p)
{
    Value value = p.value("value", true);
    return p.ok() ? std::make_shared<DefaultStep>(std::move(value)) : nullptr;
}

StepPtr makeMap(Params& p)
{
    const bool caseInsensitive = p.flag("caseInsensitive", false);
    const bool trim = p.flag("trim", false);
    std::optional<Value> fallback;
    if (p.has("default"))
        fallback = p.value("default", true);
    if (!p.has("values")) {
        p.failMissing("values");
        return nullptr;
    }
    if (!p.raw("values").isObject()) {
        p.fail(QStringLiteral("values"),
               QCoreApplication::translate("ferry::TransformChain",
                                           "\"values\" must be an object such as {\"A\": \"active\"}"));
        return nullptr;
    }
    const QJsonObject values = p.raw("values").toObject();
    MapTable table;
    table.reserve(size_t(values.size()));
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString path = QStringLiteral("values.") + it.key();
        Value mapped;
        if (!jsonToValue(it.value(), &mapped)) {
            p.fail(path, QCoreApplication::translate("ferry::TransformChain",
                                                     "the value for \"%1\" must be text, a number, true, false or "
                                                     "null")
                             .arg(it.key()));
            return nullptr;
        }
        QByteArray key = it.key().toUtf8();
        if (caseInsensitive)
            key = foldCase(key);
        if (table.count(key)) {
            p.fail(path, QCoreApplication::translate("ferry::TransformChain",
                                                     "\"%1\" is listed twice (keys are compared without case)")
                             .arg(it.key()));
            return nullptr;
        }
        table.emplace(std::move(key), std::move(mapped));
    }
    if (!p.ok())
        return nullptr;
    return std::make_shared<MapStep>(std::move(table), std::move(fallback), caseInsensitive, trim);
}

} // namespace ferry::transforms
