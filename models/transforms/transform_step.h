#pragma once
// Internal building blocks of a transform chain: the Step interface every transform implements, the
// parameter reader used while compiling, and the descriptor of each transform. Not part of the public
// API; include transform_chain.h or transform.h instead.
#include "transform.h"
#include "transform_chain.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QVarLengthArray>
#include <memory>

namespace ferry::transforms {

// The flowing list: one element per source column until a "concat" joins them.
using ValueList = QVarLengthArray<Value, 4>;

class Step {
public:
    virtual ~Step() = default;
    // Returns false and sets *reason when the row must be rejected. Must not touch shared state:
    // one compiled step serves several threads.
    virtual bool apply(ValueList& values, LookupSource* lookups, QString* reason) const = 0;
    virtual std::optional<LookupSpec> lookupSpec() const { return std::nullopt; }
    // Steps that can change a value's meaning (truncate, a map's default) say so, and then say what
    // a given application lost; the chain copies the values before such steps only.
    virtual bool mayLose() const { return false; }
    virtual std::optional<MismatchKind> loss(const ValueList& /*before*/, const ValueList& /*after*/) const
    {
        return std::nullopt;
    }
};

// A step that works on every element on its own; NULL handling is left to each transform.
class EachValueStep : public Step {
public:
    bool apply(ValueList& values, LookupSource* lookups, QString* reason) const final
    {
        for (Value& v : values) {
            if (!applyOne(v, lookups, reason))
                return false;
        }
        return true;
    }
    virtual bool applyOne(Value& v, LookupSource* lookups, QString* reason) const = 0;
};

// Reads a transform's parameters while compiling. Each parameter is checked against its ParamSpec
// when the factory first reads it, so errors come in the order the factory reads; the first error is
// kept (parameter path + message) and reported by the chain.
class Params {
public:
    Params(const Transform& transform, const QJsonObject& object)
        : transform_(transform)
        , type_(transform.type())
        , object_(object)
    {
    }

    const QString& type() const { return type_; }
    bool has(const char* name) const { return object_.contains(QLatin1String(name)); }

    // The parameter if it fits its spec; its default when absent; undefined when it has no default
    // or does not fit (then fail() was called).
    QJsonValue get(const char* name);
    QString text(const char* name) { return get(name).toString(); }
    bool flag(const char* name) { return get(name).toBool(); }
    qint64 wholeNumber(const char* name) { return get(name).toInteger(); }
    QStringList textList(const char* name);
    Value value(const char* name); // see jsonToValue(); NULL when absent
    // Checks the parameters the factory did not read, so none escapes its spec.
    void checkUnread();

    void fail(const QString& param, const QString& message);
    void failMissing(const char* name);
    bool ok() const { return error_.isEmpty(); }
    const QString& errorParam() const { return errorParam_; }
    const QString& error() const { return error_; }

private:
    const Transform& transform_;
    QString type_;
    QJsonObject object_;
    QSet<QString> read_;
    QString errorParam_;
    QString error_;
};

// JSON scalar -> Value: string -> Text, integer -> Int, other number -> Decimal (shortest exact
// digits), bool -> Bool, null -> Null. Arrays, objects and undefined give false.
bool jsonToValue(const QJsonValue& json, Value* out);

// The closest candidate within a small edit distance, or an empty string.
QString closestMatch(const QString& word, const QStringList& candidates);

// The value as a reason names it: "text" in quotes (shortened when very long), NULL bare.
QString quoted(const Value& v);
QString quoted(const QByteArray& utf8);

// Every transform reads non-text values through their canonical text.
inline QByteArray textOf(const Value& v)
{
    return v.toUtf8(); // Text returns its shared bytes, no copy
}

// "caseInsensitive" of map and lookup, which differ only in its default.
ParamSpec caseInsensitiveParam(bool byDefault);

// The descriptor of each transform, defined next to its step; transform_registry.cpp lists them.
const Transform& trimTransform();
const Transform& upperTransform();
const Transform& lowerTransform();
const Transform& titleTransform();
const Transform& truncateTransform();
const Transform& emailTransform();
const Transform& phoneTransform();
const Transform& splitNameTransform();
const Transform& concatTransform();
const Transform& constantTransform();
const Transform& defaultTransform();
const Transform& mapTransform();
const Transform& parseDateTransform();
const Transform& parseTimestampTransform();
const Transform& lookupTransform();

} // namespace ferry::transforms
