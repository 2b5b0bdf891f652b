#pragma once
// Internal building blocks of a transform chain: the Step interface every transform implements, the
// parameter reader used while compiling, and the factory of each transform family. Not part of the
// public API; include transform_chain.h instead.
#include "transform_chain.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QVarLengthArray>
#include <memory>

namespace ferry::transforms {

// The flowing list: one element per source column until a "concat" joins them.
using ValueList = QVarLengthArray<Value, 4>;

// How a step changes the number of flowing values; checked once at compile time.
enum class Shape {
    EachValue, // works on every element, keeps the count
    Join,      // many elements become one
    Replace,   // ignores the elements, yields exactly one (constant)
};

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

// Reads a transform's parameters while compiling. Getters return a usable default after an error;
// the first error is kept (parameter name + message) and reported by the chain.
class Params {
public:
    Params(const QString& type, const QJsonObject& object)
        : type_(type)
        , object_(object)
    {
    }

    const QString& type() const { return type_; }
    bool has(const char* name) const { return object_.contains(QLatin1String(name)); }
    QJsonValue raw(const char* name) const { return object_.value(QLatin1String(name)); }

    QString text(const char* name, const QString& fallback, bool required = false);
    QStringList textList(const char* name, bool required = false); // array of non-empty strings
    bool flag(const char* name, bool fallback);
    qint64 wholeNumber(const char* name, qint64 minimum, qint64 fallback, bool required = false);
    // One of choices (exact spelling); fallback when absent.
    QString choice(const char* name, const QStringList& choices, const QString& fallback);
    // A JSON scalar turned into a Value (see jsonToValue()).
    Value value(const char* name, bool required);

    void fail(const QString& param, const QString& message);
    void failMissing(const char* name);
    bool ok() const { return error_.isEmpty(); }
    const QString& errorParam() const { return errorParam_; }
    const QString& error() const { return error_; }

private:
    QString type_;
    QJsonObject object_;
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

using StepPtr = std::shared_ptr<const Step>;

// Factories, one per transform; they read Params and return nullptr after Params::fail().
StepPtr makeTrim(Params& p);
StepPtr makeUpper(Params& p);
StepPtr makeLower(Params& p);
StepPtr makeTitle(Params& p);
StepPtr makeTruncate(Params& p);
StepPtr makeEmail(Params& p);
StepPtr makePhone(Params& p);
StepPtr makeSplitName(Params& p);
StepPtr makeConcat(Params& p);
StepPtr makeConstant(Params& p);
StepPtr makeDefault(Params& p);
StepPtr makeMap(Params& p);
StepPtr makeParseDate(Params& p);
StepPtr makeParseTimestamp(Params& p);
StepPtr makeLookup(Params& p);

} // namespace ferry::transforms
