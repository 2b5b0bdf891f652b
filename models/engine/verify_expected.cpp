#include "verify_expected.h"

#include "engine/row_preparer.h"

namespace ferry {

ExpectedRows::ExpectedRows(const TablePlan& plan, LookupSource* lookups, TableLedger ledger)
    : plan_(plan)
    , lookups_(lookups)
    , ledger_(std::move(ledger))
{
}

ExpectedRows::Fate ExpectedRows::take(const Row& source, Row* values, bool* keyKnown)
{
    values->assign(size_t(plan_.fields.size()), Value());
    *keyKnown = true;
    bool failed = false;
    for (qsizetype f = 0; f < plan_.fields.size(); ++f) {
        // Every field, even after one failed: a refused row's key still names the target row it concerns.
        std::variant<Value, TransformFailure> result = applyTransforms(plan_.fields[f], source, lookups_, nullptr);
        if (Value* v = std::get_if<Value>(&result)) {
            (*values)[size_t(f)] = std::move(*v);
            continue;
        }
        failed = true;
        if (plan_.keyFields.contains(int(f)))
            *keyKnown = false;
    }
    if (failed) { // the run refused the row too (its rejects.csv lists it)
        ++excluded_;
        return Fate::Excluded;
    }
    switch (ledger_.take(plan_, source, values)) {
    case TableLedger::Outcome::Skipped:
        ++skipped_;
        [[fallthrough]];
    case TableLedger::Outcome::Rejected:
        ++excluded_;
        return Fate::Excluded;
    case TableLedger::Outcome::Rewritten:
        ++rewritten_;
        break;
    case TableLedger::Outcome::Expected:
        break;
    }
    return Fate::Expected;
}

} // namespace ferry
