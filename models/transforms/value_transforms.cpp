// concat, constant and default: steps that pick or combine values rather than edit text.
#include "transform_step.h"

#include <QCoreApplication>

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

class ConcatTransform final : public Transform {
public:
    ConcatTransform()
        : Transform({"concat",
                     QT_TRANSLATE_NOOP("ferry::TransformChain", "Join"),
                     QT_TRANSLATE_NOOP("ferry::TransformChain", "Joins several source columns into one value with a "
                                                                "separator; NULLs are left out."),
                     Shape::Join,
                     {{.name = "separator",
                       .kind = ParamKind::Text,
                       .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Separator"),
                       .help = QT_TRANSLATE_NOOP("ferry::TransformParams", "The text put between the values."),
                       .defaultValue = QStringLiteral(" ")},
                      {.name = "skipEmpty",
                       .kind = ParamKind::Flag,
                       .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Leave out empty text"),
                       .help = QT_TRANSLATE_NOOP("ferry::TransformParams",
                                                 "Empty text is left out, so no separator stands for it."),
                       .defaultValue = true}}})
    {
    }

    StepPtr make(Params& p) const override
    {
        const QString separator = p.text("separator");
        const bool skipEmpty = p.flag("skipEmpty");
        return p.ok() ? std::make_shared<ConcatStep>(separator.toUtf8(), skipEmpty) : nullptr;
    }

    void trace(QList<ValueFlow>& flows, const QJsonObject& params, RiskNotes&) const override
    {
        ValueFlow joined;
        joined.type = ColumnType::Text;
        joined.nullable = true;
        const qint64 separator = params.contains(QLatin1String("separator"))
                                     ? params.value(QLatin1String("separator")).toString().toUcs4().size()
                                     : 1;
        qint64 total = separator * std::max<qint64>(0, flows.size() - 1);
        for (const ValueFlow& f : flows) {
            const qint64 n = f.known ? f.textLength() : 0;
            total = (total < 0 || n == 0) ? -1 : total + n;
            joined.nullable = joined.nullable && f.nullable;
            joined.supplementary = joined.supplementary || f.supplementary;
        }
        joined.length = std::max<qint64>(0, total);
        flows = {joined};
    }
};

// The one parameter of "constant" and "default".
ParamSpec valueParam()
{
    return {.name = "value",
            .kind = ParamKind::Value,
            .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Value"),
            .help = QT_TRANSLATE_NOOP("ferry::TransformParams", "The value to write: text, a number, true, false or "
                                                                "NULL."),
            .required = true,
            .initial = QString()};
}

class ConstantTransform final : public Transform {
public:
    ConstantTransform()
        : Transform({"constant",
                     QT_TRANSLATE_NOOP("ferry::TransformChain", "Constant"),
                     QT_TRANSLATE_NOOP("ferry::TransformChain", "Writes the same value in every row."),
                     Shape::Replace,
                     {valueParam()}})
    {
    }

    QString detail(const QJsonObject& p) const override { return jsonDisplay(p.value(QLatin1String("value"))); }

    StepPtr make(Params& p) const override
    {
        Value value = p.value("value");
        return p.ok() ? std::make_shared<ConstantStep>(std::move(value)) : nullptr;
    }

    void trace(QList<ValueFlow>& flows, const QJsonObject& params, RiskNotes&) const override
    {
        flows = {ValueFlow::ofJson(params.value(QLatin1String("value")))};
    }
};

class DefaultTransform final : public Transform {
public:
    DefaultTransform()
        : Transform({"default",
                     QT_TRANSLATE_NOOP("ferry::TransformChain", "Default"),
                     QT_TRANSLATE_NOOP("ferry::TransformChain", "Replaces NULL and empty text with a value."),
                     Shape::EachValue,
                     {valueParam()}})
    {
    }

    QString detail(const QJsonObject& p) const override { return jsonDisplay(p.value(QLatin1String("value"))); }

    StepPtr make(Params& p) const override
    {
        Value value = p.value("value");
        return p.ok() ? std::make_shared<DefaultStep>(std::move(value)) : nullptr;
    }

    // The one transform that does something with NULL.
    void trace(QList<ValueFlow>& flows, const QJsonObject& params, RiskNotes& notes) const override
    {
        for (ValueFlow& f : flows)
            traceOne(f, params, notes);
    }

protected:
    void traceOne(ValueFlow& f, const QJsonObject& params, RiskNotes&) const override
    {
        const ValueFlow value = ValueFlow::ofJson(params.value(QLatin1String("value")));
        if (f.alwaysNull) {
            const QString label = f.label;
            f = value;
            f.label = label;
        } else if (!value.alwaysNull) {
            if (value.type != f.type && f.known)
                f = f.asText();
            if (f.type == ColumnType::Text && f.length > 0)
                f.length = value.type == ColumnType::Text ? std::max(f.length, value.length) : 0;
            f.nullable = false;
        }
    }
};

} // namespace

const Transform& concatTransform()
{
    static const ConcatTransform t;
    return t;
}

const Transform& constantTransform()
{
    static const ConstantTransform t;
    return t;
}

const Transform& defaultTransform()
{
    static const DefaultTransform t;
    return t;
}

} // namespace ferry::transforms
