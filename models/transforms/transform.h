#pragma once
// One transform, described once: its type as project files write it, its translated label and
// description, how it changes the number of flowing values, its typed parameters, the factory of its
// compiled Step, and what it does to the values that flow through it (for the mapping risk check).
// Adding a transform means adding one Transform subclass, listing it in transform_registry.cpp and
// describing it in docs/transforms.md (a test checks that the page names it and its parameters).
#include "param_spec.h"
#include "value_flow.h"

#include <QJsonObject>
#include <memory>
#include <vector>

namespace ferry::transforms {

class Params;
class Step;
using StepPtr = std::shared_ptr<const Step>;

// How a step changes the number of flowing values; checked once at compile time.
enum class Shape {
    EachValue, // works on every element, keeps the count
    Join,      // many elements become one
    Replace,   // ignores the elements, yields exactly one (constant)
};

class Transform {
public:
    struct Info {
        const char* type;
        const char* label;       // QT_TRANSLATE_NOOP("ferry::TransformChain", …), short
        const char* description; // idem, one or two sentences
        Shape shape = Shape::EachValue;
        QList<ParamSpec> params = {};
    };

    explicit Transform(Info info)
        : info_(std::move(info))
    {
    }
    virtual ~Transform() = default;
    Transform(const Transform&) = delete;
    Transform& operator=(const Transform&) = delete;

    QString type() const { return QLatin1String(info_.type); }
    QString label() const; // translated
    QString description() const;
    Shape shape() const { return info_.shape; }
    const QList<ParamSpec>& params() const { return info_.params; }
    const ParamSpec* param(const QString& name) const; // nullptr when the transform has no such parameter
    QStringList paramNames() const;

    // The compiled step. Params checks each parameter against params() as it is read; after
    // Params::fail() the factory returns nullptr.
    virtual StepPtr make(Params& params) const = 0;

    // What the step makes of the flowing values, and the risks it adds. `params` passed
    // TransformChain::compile. By default each flow goes through traceOne(), except a flow that is
    // always NULL: transforms pass NULL through.
    virtual void trace(QList<ValueFlow>& flows, const QJsonObject& params, RiskNotes& notes) const;

    // The parameter that tells steps of this kind apart in a one-line summary ("phone (DE)"), or empty.
    virtual QString detail(const QJsonObject& /*params*/) const { return {}; }

protected:
    virtual void traceOne(ValueFlow& /*flow*/, const QJsonObject& /*params*/, RiskNotes& /*notes*/) const {}

private:
    Info info_;
};

// A parameter's JSON value as a summary shows it: text in quotes, NULL, numbers and booleans spelled.
QString jsonDisplay(const QJsonValue& v);

// Every transform, in the order of the wizard's picker.
const std::vector<const Transform*>& registeredTransforms();
const Transform* findTransform(QStringView type); // nullptr for an unknown type

} // namespace ferry::transforms
