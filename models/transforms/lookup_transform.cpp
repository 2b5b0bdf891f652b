// lookup: replaces a value by a column of the target row it matches ("Acme" -> the account id). The
// engine preloads the tables named by TransformChain::lookups() and answers through LookupSource.
#include "core/errors.h"
#include "transform_step.h"

#include <QCoreApplication>

namespace ferry::transforms {

namespace {

class LookupStep final : public EachValueStep {
public:
    explicit LookupStep(LookupSpec spec)
        : spec_(std::move(spec))
    {
    }

    bool applyOne(Value& v, LookupSource* lookups, QString* reason) const override
    {
        if (v.isNull())
            return true;
        if (!lookups) { // an engine bug, but reject the row rather than crash a worker
            *reason = QCoreApplication::translate("ferry::TransformChain", "lookups in %1 are not available")
                          .arg(spec_.table);
            return false;
        }
        std::optional<Value> found;
        try {
            found = lookups->lookup(spec_, v);
        } catch (const DbError&) {
            throw; // a database failure is not this row's fault
        } catch (const Error& e) {
            *reason = e.message(); // ambiguous match: the row cannot be placed
            return false;
        }
        if (!found) {
            *reason = QCoreApplication::translate("ferry::TransformChain", "no %1 with %2 %3")
                          .arg(spec_.table, spec_.matchColumn, quoted(v));
            return false;
        }
        v = std::move(*found);
        return true;
    }

    std::optional<LookupSpec> lookupSpec() const override { return spec_; }

private:
    LookupSpec spec_;
};

} // namespace

StepPtr makeLookup(Params& p)
{
    LookupSpec spec;
    spec.table = p.text("table", {}, true);
    spec.matchColumn = p.text("match", {}, true);
    spec.returnColumn = p.text("return", {}, true);
    spec.caseInsensitive = p.flag("caseInsensitive", true);
    return p.ok() ? std::make_shared<LookupStep>(std::move(spec)) : nullptr;
}

} // namespace ferry::transforms
