#include "transform_step.h"
#include "utf8_text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QVariant>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace ferry::transforms {

namespace {
QString quotedName(const char* name)
{
    return QLatin1Char('"') + QLatin1String(name) + QLatin1Char('"');
}

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded() ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}
} // namespace

void Params::fail(const QString& param, const QString& message)
{
    if (!error_.isEmpty())
        return;
    errorParam_ = param;
    error_ = message;
}

void Params::failMissing(const char* name)
{
    fail(QLatin1String(name), QCoreApplication::translate("ferry::TransformChain", "\"%1\" needs the parameter %2")
                                  .arg(type_, quotedName(name)));
}

namespace {

QString checkText(const ParamSpec& spec, const QJsonValue& v, bool nonEmpty)
{
    if (!v.isString())
        return QCoreApplication::translate("ferry::TransformChain", "%1 must be text").arg(quotedName(spec.name));
    if (nonEmpty && v.toString().isEmpty())
        return QCoreApplication::translate("ferry::TransformChain", "%1 must not be empty").arg(quotedName(spec.name));
    return {};
}

QString checkChoice(const ParamSpec& spec, const QJsonValue& v)
{
    QStringList quotedChoices;
    for (const ParamChoice& c : spec.choices) {
        if (v.isString() && v.toString() == QLatin1String(c.value))
            return {};
        quotedChoices << quotedName(c.value);
    }
    return QCoreApplication::translate("ferry::TransformChain", "%1 must be one of %2")
        .arg(quotedName(spec.name), quotedChoices.join(QLatin1String(", ")));
}

QString checkWholeNumber(const ParamSpec& spec, const QJsonValue& v)
{
    const double d = v.toDouble();
    if (v.isDouble() && d == std::floor(d) && d >= double(spec.minimum) && d <= 1e15)
        return {};
    return QCoreApplication::translate("ferry::TransformChain", "%1 must be a whole number of at least %2")
        .arg(quotedName(spec.name))
        .arg(spec.minimum);
}

QString checkTextList(const ParamSpec& spec, const QJsonValue& v)
{
    const QJsonArray items = v.toArray();
    const bool fine = v.isArray() && !items.isEmpty() &&
                      std::all_of(items.begin(), items.end(),
                                  [](const QJsonValue& i) { return i.isString() && !i.toString().isEmpty(); });
    if (fine)
        return {};
    return QCoreApplication::translate("ferry::TransformChain", "%1 must be a list of one or more texts")
        .arg(quotedName(spec.name));
}

// Every member a scalar, and no two keys alike once folded when the linked flag asks for that.
QString checkValueMap(const ParamSpec& spec, const QJsonValue& v, const QJsonObject& all, QString* param)
{
    if (!v.isObject()) {
        return QCoreApplication::translate("ferry::TransformChain", "%1 must be an object such as {\"A\": \"active\"}")
            .arg(quotedName(spec.name));
    }
    const QJsonObject members = v.toObject();
    const bool folded = spec.linked && all.value(QLatin1String(spec.linked)).toBool(false);
    QSet<QByteArray> keys;
    for (auto it = members.begin(); it != members.end(); ++it) {
        *param = QLatin1String(spec.name) + QLatin1Char('.') + it.key();
        Value scalar;
        if (!jsonToValue(it.value(), &scalar)) {
            return QCoreApplication::translate("ferry::TransformChain",
                                               "the value for \"%1\" must be text, a number, true, false or null")
                .arg(it.key());
        }
        const QByteArray key = folded ? foldCase(it.key().toUtf8()) : it.key().toUtf8();
        if (keys.contains(key)) {
            return QCoreApplication::translate("ferry::TransformChain",
                                               "\"%1\" is listed twice (keys are compared without case)")
                .arg(it.key());
        }
        keys.insert(key);
    }
    return {};
}

// The one place where a present parameter is checked against its spec: the message, or empty when
// it fits. *param names what is wrong (the parameter, or one member of it).
QString checkParam(const ParamSpec& spec, const QJsonValue& v, const QJsonObject& all, QString* param)
{
    *param = QLatin1String(spec.name);
    switch (spec.kind) {
    case ParamKind::Text:
    case ParamKind::TargetTable:
    case ParamKind::TargetColumn:
        return checkText(spec, v, spec.required);
    case ParamKind::Formats:
        return checkText(spec, v, true); // a format cannot be empty, whether or not it is required
    case ParamKind::Choice:
        return checkChoice(spec, v);
    case ParamKind::Flag:
        return v.isBool() ? QString()
                          : QCoreApplication::translate("ferry::TransformChain", "%1 must be true or false")
                                .arg(quotedName(spec.name));
    case ParamKind::WholeNumber:
        return checkWholeNumber(spec, v);
    case ParamKind::Value: {
        Value scalar;
        return jsonToValue(v, &scalar) ? QString()
                                       : QCoreApplication::translate("ferry::TransformChain",
                                                                     "%1 must be text, a number, true, false or null")
                                             .arg(quotedName(spec.name));
    }
    case ParamKind::TextList:
        return checkTextList(spec, v);
    case ParamKind::ValueMap:
        return checkValueMap(spec, v, all, param);
    }
    return {};
}

} // namespace

QJsonValue Params::get(const char* name)
{
    const ParamSpec* spec = transform_.param(QLatin1String(name));
    Q_ASSERT(spec); // a factory reads only parameters its transform declares
    if (!spec)
        return QJsonValue(QJsonValue::Undefined);
    read_.insert(QLatin1String(name));
    const QJsonValue v = object_.value(QLatin1String(name));
    if (v.isUndefined()) {
        if (spec->required)
            failMissing(name);
        return spec->defaultValue;
    }
    QString param;
    const QString message = checkParam(*spec, v, object_, &param);
    if (message.isEmpty())
        return v;
    fail(param, message);
    return QJsonValue(QJsonValue::Undefined);
}

QStringList Params::textList(const char* name)
{
    QStringList out;
    for (const QJsonValue item : get(name).toArray())
        out << item.toString();
    return out;
}

Value Params::value(const char* name)
{
    Value out;
    if (const QJsonValue v = get(name); !v.isUndefined())
        jsonToValue(v, &out);
    return out;
}

void Params::checkUnread()
{
    for (const ParamSpec& spec : transform_.params()) {
        if (!read_.contains(QLatin1String(spec.name)))
            get(spec.name);
    }
}

bool jsonToValue(const QJsonValue& json, Value* out)
{
    switch (json.type()) {
    case QJsonValue::Null:
        *out = Value::null();
        return true;
    case QJsonValue::Bool:
        *out = Value::boolean(json.toBool());
        return true;
    case QJsonValue::String:
        *out = Value::text(json.toString());
        return true;
    case QJsonValue::Double: {
        // Qt keeps integers read from JSON text as 64-bit integers: take them exactly.
        const QVariant variant = json.toVariant();
        if (variant.typeId() == QMetaType::LongLong) {
            *out = Value::integer(variant.toLongLong());
            return true;
        }
        const double d = json.toDouble();
        if (!std::isfinite(d))
            return false;
        if (d == std::trunc(d) && std::fabs(d) < 9.0e15) {
            *out = Value::integer(qint64(d));
            return true;
        }
        // Shortest digits that read back as the same double: "19.99" stays "19.99".
        char buf[400];
        const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
        if (r.ec != std::errc())
            return false;
        *out = Value::decimal(QByteArray(buf, r.ptr - buf));
        return !out->isNull();
    }
    default:
        return false;
    }
}

QString closestMatch(const QString& word, const QStringList& candidates)
{
    QString best;
    int bestDistance = std::max<int>(1, std::min<int>(3, int(word.size()) / 3 + 1));
    bestDistance += 1;
    for (const QString& c : candidates) {
        const int d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

QString quoted(const QByteArray& utf8)
{
    constexpr qsizetype kMaxShown = 80; // reasons land in reject files and tables: keep them readable
    QString s = QString::fromUtf8(utf8);
    if (s.size() > kMaxShown) {
        qsizetype cut = kMaxShown;
        if (s.at(cut - 1).isHighSurrogate())
            --cut;
        s = s.left(cut) + QChar(0x2026);
    }
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString quoted(const Value& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    return quoted(v.toUtf8());
}

} // namespace ferry::transforms
