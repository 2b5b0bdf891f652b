#include "transform_chain.h"

#include "transform_step.h"

#include <QCoreApplication>

namespace ferry {

using namespace transforms;

namespace {

QStringList typeNames()
{
    QStringList names;
    for (const Transform* t : registeredTransforms())
        names << t->type();
    return names;
}

QString withSuggestion(const QString& message, const QString& suggestion)
{
    if (suggestion.isEmpty())
        return message;
    return QCoreApplication::translate("ferry::TransformChain", "%1 (did you mean \"%2\"?)").arg(message, suggestion);
}

// The first parameter the transform does not know: its name and the message, or an empty name.
std::pair<QString, QString> unknownParam(const Transform& transform, const QJsonObject& params)
{
    const QStringList known = transform.paramNames();
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        const QString message =
            known.isEmpty() ? QCoreApplication::translate("ferry::TransformChain",
                                                          "unknown parameter \"%1\": \"%2\" takes no parameters")
                                  .arg(it.key(), transform.type())
                            : withSuggestion(QCoreApplication::translate("ferry::TransformChain",
                                                                         "unknown parameter \"%1\" for \"%2\"")
                                                 .arg(it.key(), transform.type()),
                                             closestMatch(it.key(), known));
        return {it.key(), message};
    }
    return {};
}

} // namespace

std::optional<TransformChain> TransformChain::compile(const QList<TransformSpec>& specs, int sourceCount,
                                                      QString* errorPath, QString* error)
{
    auto fail = [&](const QString& path, const QString& message) {
        if (errorPath)
            *errorPath = path;
        if (error)
            *error = message;
        return std::nullopt;
    };
    TransformChain chain;
    chain.sourceCount_ = std::max(0, sourceCount);
    int count = chain.sourceCount_; // values flowing at this point of the chain
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const TransformSpec& spec = specs.at(i);
        const QString path = QStringLiteral("transforms[%1]").arg(i);
        if (spec.type.isEmpty()) {
            return fail(path, QCoreApplication::translate("ferry::TransformChain", "the transform has no \"type\""));
        }
        const Transform* transform = findTransform(spec.type);
        if (!transform) {
            return fail(
                path,
                withSuggestion(
                    QCoreApplication::translate("ferry::TransformChain", "unknown transform \"%1\"").arg(spec.type),
                    closestMatch(spec.type, typeNames())));
        }
        if (const auto [name, message] = unknownParam(*transform, spec.params); !name.isEmpty())
            return fail(path + QLatin1Char('.') + name, message);
        Params params(*transform, spec.params);
        StepPtr step = transform->make(params);
        if (step)
            params.checkUnread();
        if (!params.ok() || !step)
            return fail(path + QLatin1Char('.') + params.errorParam(), params.error());
        if (count == 0 && transform->shape() != Shape::Replace) {
            return fail(path, QCoreApplication::translate("ferry::TransformChain",
                                                          "\"%1\" has no value to work on: the field has no source "
                                                          "column, so the chain must start with a \"constant\"")
                                  .arg(spec.type));
        }
        if (transform->shape() != Shape::EachValue)
            count = 1;
        chain.steps_.push_back(std::move(step));
        chain.types_ << spec.type;
    }
    if (count == 0) {
        return fail(QStringLiteral("transforms"),
                    QCoreApplication::translate("ferry::TransformChain",
                                                "the field has no source column and no \"constant\" transform"));
    }
    if (count > 1) {
        return fail(QStringLiteral("transforms"),
                    QCoreApplication::translate("ferry::TransformChain",
                                                "%1 source columns must become one value: add a \"concat\" transform")
                        .arg(count));
    }
    return chain;
}

std::variant<Value, TransformFailure> TransformChain::apply(const std::vector<Value>& inputs, LookupSource* lookups,
                                                            std::vector<TransformLoss>* losses) const
{
    if (inputs.size() != size_t(sourceCount_)) {
        // An engine bug; every row then says so instead of the worker crashing.
        return TransformFailure{
            QCoreApplication::translate("ferry::TransformChain", "expected %1 source values but got %2")
                .arg(sourceCount_)
                .arg(inputs.size()),
            {}};
    }
    ValueList values(inputs.cbegin(), inputs.cend());
    QString reason;
    for (size_t i = 0; i < steps_.size(); ++i) {
        const transforms::Step& step = *steps_[i];
        if (losses && step.mayLose()) {
            const ValueList before = values;
            if (!step.apply(values, lookups, &reason))
                return TransformFailure{std::move(reason), types_.value(qsizetype(i))};
            if (std::optional<MismatchKind> lost = step.loss(before, values))
                losses->push_back(TransformLoss{*lost, types_.value(qsizetype(i))});
            continue;
        }
        if (!step.apply(values, lookups, &reason))
            return TransformFailure{std::move(reason), types_.value(qsizetype(i))};
    }
    Q_ASSERT(values.size() == 1); // guaranteed by compile()
    return std::move(values.front());
}

QList<LookupSpec> TransformChain::lookups() const
{
    QList<LookupSpec> out;
    for (const auto& step : steps_) {
        if (std::optional<LookupSpec> spec = step->lookupSpec(); spec && !out.contains(*spec))
            out << *spec;
    }
    return out;
}

QList<TransformInfo> availableTransforms()
{
    QList<TransformInfo> out;
    for (const Transform* t : registeredTransforms())
        out << TransformInfo{t->type(), t->label(), t->description(), t->paramNames()};
    return out;
}

} // namespace ferry
