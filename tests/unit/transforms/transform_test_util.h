#pragma once
// Helpers shared by the transform suites: specs written as JSON (as in a project file) and a one-call
// compile + apply.
#include "core/value.h"
#include "transforms/transform_chain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace ferry {
// Lets QCOMPARE print Values.
inline char* toString(const Value& v)
{
    return QTest::toString(QStringLiteral("%1 %2").arg(QLatin1String(Value::kindName(v.kind())), v.display()));
}
} // namespace ferry

namespace transformtest {

using ferry::Value;

// '[{"type": "trim"}, {"type": "phone", "region": "US"}]' -> specs. Aborts the test on bad JSON.
inline QList<ferry::TransformSpec> specs(const QByteArray& json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray())
        qFatal("bad test JSON: %s", json.constData());
    QList<ferry::TransformSpec> out;
    for (const QJsonValue item : doc.array()) {
        QJsonObject o = item.toObject();
        ferry::TransformSpec s;
        s.type = o.take(QStringLiteral("type")).toString();
        s.params = o;
        out << s;
    }
    return out;
}

struct Outcome {
    bool ok = false;
    Value value;
    QString reason; // failure reason, or "compile error at <path>: <error>"
};

inline Outcome run(const QByteArray& specsJson, const std::vector<Value>& inputs,
                   ferry::LookupSource* lookups = nullptr)
{
    QString path, error;
    const auto chain = ferry::TransformChain::compile(specs(specsJson), int(inputs.size()), &path, &error);
    if (!chain)
        return {false, {}, QStringLiteral("compile error at %1: %2").arg(path, error)};
    auto result = chain->apply(inputs, lookups);
    if (auto* failure = std::get_if<ferry::TransformFailure>(&result))
        return {false, {}, failure->reason};
    return {true, std::get<Value>(result), {}};
}

inline Value text(const char* utf8)
{
    return Value::text(QByteArray(utf8));
}

} // namespace transformtest

// Expects either the value (reason empty) or a rejection with exactly this reason.
#define CHECK_OUTCOME(OUT, EXPECTED, REASON)                                                                           \
    do {                                                                                                               \
        if ((REASON).isEmpty()) {                                                                                      \
            QVERIFY2((OUT).ok, qPrintable(QStringLiteral("rejected: ") + (OUT).reason));                               \
            QCOMPARE((OUT).value, (EXPECTED));                                                                         \
        } else {                                                                                                       \
            QVERIFY2(!(OUT).ok, qPrintable(QStringLiteral("accepted: ") + (OUT).value.display()));                     \
            QCOMPARE((OUT).reason, (REASON));                                                                          \
        }                                                                                                              \
    } while (false)
