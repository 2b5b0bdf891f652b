#include "transform_step.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QVariant>
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

QString Params::text(const char* name, const QString& fallback, bool required)
{
    const QJsonValue v = raw(name);
    if (v.isUndefined()) {
        if (required)
            failMissing(name);
        return fallback;
    }
    if (!v.isString()) {
        fail(QLatin1String(name),
             QCoreApplication::translate("ferry::TransformChain", "%1 must be text").arg(quotedName(name)));
        return fallback;
    }
    if (required && v.toString().isEmpty()) {
        fail(QLatin1String(name),
             QCoreApplication::translate("ferry::TransformChain", "%1 must not be empty").arg(quotedName(name)));
        return fallback;
    }
    return v.toString();
}

QStringList Params::textList(const char* name, bool required)
{
    const QJsonValue v = raw(name);
    if (v.isUndefined()) {
        if (required)
            failMissing(name);
        return {};
    }
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString() || item.toString().isEmpty()) {
                out.clear();
                break;
            }
            out << item.toString();
        }
    }
    if (out.isEmpty()) {
        fail(QLatin1String(name),
             QCoreApplication::translate("ferry::TransformChain", "%1 must be a list of one or more texts")
                 .arg(quotedName(name)));
    }
    return out;
}

bool Params::flag(const char* name, bool fallback)
{
    const QJsonValue v = raw(name);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        fail(QLatin1String(name),
             QCoreApplication::translate("ferry::TransformChain", "%1 must be true or false").arg(quotedName(name)));
        return fallback;
    }
    return v.toBool();
}

qint64 Params::wholeNumber(const char* name, qint64 minimum, qint64 fallback, bool required)
{
    const QJsonValue v = raw(name);
    if (v.isUndefined()) {
        if (required)
            failMissing(name);
        return fallback;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || d < double(minimum) || d > 1e15) {
        fail(QLatin1String(name),
             QCoreApplication::translate("ferry::TransformChain", "%1 must be a whole number of at least %2")
                 .arg(quotedName(name))
                 .arg(minimum));
        return fallback;
    }
    return qint64(d);
}

QString Params::choice(const char* name, const QStringList& choices, const QString& fallback)
{
    const QJsonValue v = raw(name);
    if (v.isUndefined())
        return fallback;
    if (!v.isString() || !choices.contains(v.toString())) {
        QStringList quotedChoices;
        for (const QString& c : choices)
            quotedChoices << QLatin1Char('"') + c + QLatin1Char('"');
        fail(QLatin1String(name), QCoreApplication::translate("ferry::TransformChain", "%1 must be one of %2")
                                      .arg(quotedName(name), quotedChoices.join(QLatin1String(", "))));
        return fallback;
    }
    return v.toString();
}

Value Params::value(const char* name, bool required)
{
    const QJsonValue v = raw(name);
    if (v.isUndefined()) {
        if (required)
            failMissing(name);
        return {};
    }
    Value out;
    if (!jsonToValue(v, &out)) {
        fail(QLatin1String(name),
             QCoreApplication::translate("ferry::TransformChain", "%1 must be text, a number, true, false or null")
                 .arg(quotedName(name)));
    }
    return out;
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
