#include "project_reader_support.h"

#include "json_scan.h"
#include "json_writer.h"
#include "project_file.h"

#include <QVariant>
#include <algorithm>
#include <cmath>

namespace ferry::reading {

using json::childPath;

void fail(const QString& path, const QString& message)
{
    throw Failure{{path, message}};
}

QString quoted(const QString& s)
{
    return json::quote(s);
}

// How a wrong value is shown after "got": JSON text for scalars, a word for containers.
QString describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String: {
        const QString s = v.toString();
        return quoted(s.size() > 40 ? s.left(39) + QChar(0x2026) : s);
    }
    case QJsonValue::Double:
        return json::number(v);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return ProjectFile::tr("an array");
    case QJsonValue::Object:
        return ProjectFile::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ProjectFile::tr("nothing");
}

// Optimal string alignment distance, ignoring case: catches typos, swapped letters and wrong case.
int editDistance(const QString& a0, const QString& b0)
{
    const QString a = a0.toLower();
    const QString b = b0.toLower();
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const size_t I = size_t(i);
            const size_t J = size_t(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[I][J] = std::min({d[I - 1][J] + 1, d[I][J - 1] + 1, d[I - 1][J - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[I][J] = std::min(d[I][J], d[I - 2][J - 2] + 1);
        }
    }
    return d[size_t(n)][size_t(m)];
}

// The candidate a misspelt word most likely meant, or empty when none is close.
QString closest(const QString& word, const QStringList& candidates)
{
    QString best;
    int bestDistance = INT_MAX;
    for (const QString& c : candidates) {
        const int dist = editDistance(word, c);
        const int allowed = c.size() <= 4 ? 1 : 2;
        if (dist <= allowed && dist < bestDistance) {
            best = c;
            bestDistance = dist;
        }
    }
    return best;
}

QString unknownKeyMessage(const QString& key, const QStringList& allowed)
{
    const QString guess = closest(key, allowed);
    if (!guess.isEmpty())
        return ProjectFile::tr("unknown key (did you mean %1?)").arg(quoted(guess));
    return ProjectFile::tr("unknown key (expected one of: %1)").arg(allowed.join(QLatin1String(", ")));
}

void checkKeys(const QJsonObject& o, const QString& path, const QStringList& allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            fail(childPath(path, it.key()), unknownKeyMessage(it.key(), allowed));
    }
}

bool isPasswordKey(const QString& key)
{
    const QString k = key.toLower();
    return k == QLatin1String("password") || k == QLatin1String("pwd") || k == QLatin1String("passwd");
}

QString passwordMessage()
{
    return ProjectFile::tr(
        "passwords are never stored in project files; name an environment variable in \"passwordEnv\"");
}

// A JSON number with no fraction inside [lo, hi].
bool wholeNumber(const QJsonValue& v, qint64 lo, qint64 hi, qint64* out)
{
    if (!v.isDouble())
        return false;
    const QVariant var = v.toVariant();
    qint64 x = 0;
    if (var.typeId() == QMetaType::LongLong) {
        x = var.toLongLong();
    } else {
        const double d = v.toDouble();
        if (d != std::floor(d) || d < double(lo) || d > double(hi))
            return false;
        x = static_cast<qint64>(d);
    }
    if (x < lo || x > hi)
        return false;
    *out = x;
    return true;
}

// The string at o[key]; a missing key gives an empty string.
QString optionalString(const QJsonObject& o, const QString& key, const QString& path, Empty empty)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isString())
        fail(childPath(path, key), ProjectFile::tr("must be a string, got %1").arg(describe(v)));
    const QString s = v.toString();
    if (s.isEmpty() && empty == Empty::Refused)
        fail(childPath(path, key), ProjectFile::tr("must not be empty"));
    return s;
}

// A non-empty string that must be present; `expected` says what it names.
QString requiredString(const QJsonObject& o, const QString& key, const QString& path, const QString& expected)
{
    if (!o.contains(key))
        fail(childPath(path, key), ProjectFile::tr("missing; expected %1").arg(expected));
    return optionalString(o, key, path, Empty::Refused);
}

QJsonObject requireObject(const QJsonValue& v, const QString& path, const QString& what)
{
    if (!v.isObject())
        fail(path, ProjectFile::tr("must be an object (%1), got %2").arg(what, describe(v)));
    return v.toObject();
}

QJsonArray requireArray(const QJsonValue& v, const QString& path, const QString& what)
{
    if (!v.isArray())
        fail(path, ProjectFile::tr("must be an array (%1), got %2").arg(what, describe(v)));
    return v.toArray();
}

} // namespace ferry::reading
