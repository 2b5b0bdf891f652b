// The list of transforms and what their descriptors share.
#include "transform_step.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ferry::transforms {

QString Transform::label() const
{
    return QCoreApplication::translate("ferry::TransformChain", info_.label);
}

QString Transform::description() const
{
    return QCoreApplication::translate("ferry::TransformChain", info_.description);
}

const ParamSpec* Transform::param(const QString& name) const
{
    for (const ParamSpec& p : info_.params) {
        if (name == QLatin1String(p.name))
            return &p;
    }
    return nullptr;
}

QString jsonDisplay(const QJsonValue& v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QStringList Transform::paramNames() const
{
    QStringList names;
    for (const ParamSpec& p : info_.params)
        names << QLatin1String(p.name);
    return names;
}

void Transform::trace(QList<ValueFlow>& flows, const QJsonObject& params, RiskNotes& notes) const
{
    for (ValueFlow& f : flows) {
        if (!f.alwaysNull)
            traceOne(f, params, notes);
    }
}

ParamSpec caseInsensitiveParam(bool byDefault)
{
    return {.name = "caseInsensitive",
            .kind = ParamKind::Flag,
            .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Ignore case"),
            .help = QT_TRANSLATE_NOOP("ferry::TransformParams", "Values are compared without case."),
            .defaultValue = byDefault};
}

const std::vector<const Transform*>& registeredTransforms()
{
    static const std::vector<const Transform*> all = {
        &trimTransform(),     &upperTransform(),   &lowerTransform(),     &titleTransform(),
        &emailTransform(),    &phoneTransform(),   &splitNameTransform(), &concatTransform(),
        &constantTransform(), &defaultTransform(), &parseDateTransform(), &parseTimestampTransform(),
        &mapTransform(),      &lookupTransform(),  &truncateTransform(),
    };
    return all;
}

const Transform* findTransform(QStringView type)
{
    for (const Transform* t : registeredTransforms()) {
        if (type == t->type())
            return t;
    }
    return nullptr;
}

} // namespace ferry::transforms
