#include "param_spec.h"

#include <QCoreApplication>

namespace ferry::transforms {

namespace {
QString translated(const char* source)
{
    return source ? QCoreApplication::translate("ferry::TransformParams", source) : QString();
}
} // namespace

QString ParamChoice::labelText() const
{
    return translated(label);
}

QString ParamSpec::labelText() const
{
    return translated(label);
}

QString ParamSpec::helpText() const
{
    return translated(help);
}

QString ParamSpec::placeholderText() const
{
    return translated(placeholder);
}

} // namespace ferry::transforms
