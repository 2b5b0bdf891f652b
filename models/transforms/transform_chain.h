#pragma once
// The transform chain of one field mapping: it turns the values of the mapped source columns (or a
// constant) into the single value written to the target column. Specs are validated once by
// compile(); the compiled chain is immutable, cheap to copy, and apply() may run on several worker
// threads at once.
#include "core/findings.h"
#include "core/value.h"
#include "project/project.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace ferry {

namespace transforms {
class Step;
}

struct LookupSpec {
    QString table;
    QString matchColumn;
    QString returnColumn;
    bool caseInsensitive = true;
    bool operator==(const LookupSpec&) const = default;
};

// Implemented by the engine (it preloads target tables); the chain only asks.
class LookupSource {
public:
    virtual ~LookupSource() = default;
    // std::nullopt = no row matched; throws ferry::Error if the lookup is ambiguous (several rows match).
    // The chain turns such an Error into a rejection of the row; a DbError passes through untouched.
    virtual std::optional<Value> lookup(const LookupSpec& spec, const Value& key) = 0;
};

struct TransformFailure {
    QString reason; // user-facing, translated, names the offending value
    QString step;   // type of the transform that refused the value ("phone", "lookup" …)
};

// A step changed what the value means on the way (cut a text short, fell back to a map's default).
struct TransformLoss {
    MismatchKind kind = MismatchKind::Truncation;
    QString step; // transform type
};

class TransformChain {
public:
    // Validates specs; on error returns std::nullopt and sets *errorPath (relative, e.g.
    // "transforms[2].region", "transforms[0]" or "transforms") and *error.
    static std::optional<TransformChain> compile(const QList<TransformSpec>& specs, int sourceCount, QString* errorPath,
                                                 QString* error);

    // inputs.size() == sourceCount (0 for a constant-only chain). Returns the value or why the row is
    // rejected. lookups may be null when lookups() is empty.
    std::variant<Value, TransformFailure> apply(const std::vector<Value>& inputs, LookupSource* lookups) const
    {
        return apply(inputs, lookups, nullptr);
    }
    // As above; steps that may lose meaning append what they lost to *losses (when not null).
    std::variant<Value, TransformFailure> apply(const std::vector<Value>& inputs, LookupSource* lookups,
                                                std::vector<TransformLoss>* losses) const;

    QList<LookupSpec> lookups() const; // so the engine can preload
    int sourceCount() const { return sourceCount_; }
    qsizetype size() const { return qsizetype(steps_.size()); }

private:
    TransformChain() = default;
    std::vector<std::shared_ptr<const transforms::Step>> steps_;
    QStringList types_; // of each step, for failures and losses
    int sourceCount_ = 0;
};

struct TransformInfo {
    QString type;        // as written in the project file, e.g. "split-name"
    QString label;       // translated, short
    QString description; // translated, one or two sentences
    QStringList params;  // every parameter the transform accepts
};
QList<TransformInfo> availableTransforms(); // for the wizard's picker

} // namespace ferry
