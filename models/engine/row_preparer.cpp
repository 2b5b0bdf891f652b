#include "row_preparer.h"

#include "core/errors.h"
#include "engine/coerce.h"

#include <QCoreApplication>

namespace ferry {

RejectRecord RowPreparer::makeReject(const TablePlan& plan, const Row& source, const QString& column,
                                     const QString& reason, const QString& sqlState)
{
    RejectRecord r;
    r.table = plan.target.name;
    if (plan.sourceKeyIndex >= 0)
        r.sourceKey = source[plan.sourceKeyIndex].toString();
    r.column = column;
    r.reason = reason;
    r.sqlState = sqlState;
    for (const Value& v : source)
        r.values << v.display();
    return r;
}

std::optional<Row> RowPreparer::transform(const Row& source, RejectRecord* reject) const
{
    Row out;
    out.reserve(plan_.fields.size());
    std::vector<Value> inputs;
    for (const FieldPlan& f : plan_.fields) {
        Value value;
        if (f.passthrough) {
            value = source[f.sourceIndexes.front()];
        } else {
            inputs.clear();
            for (int i : f.sourceIndexes)
                inputs.push_back(source[i]);
            std::variant<Value, TransformFailure> result;
            try {
                result = f.chain->apply(inputs, lookups_);
            } catch (const DbError&) {
                throw; // the lookup's database failed: the run stops, the row is not at fault
            } catch (const Error& e) {
                result = TransformFailure{e.message()};
            }
            if (auto* failure = std::get_if<TransformFailure>(&result)) {
                *reject = makeReject(plan_, source, f.target.name, failure->reason, {});
                return std::nullopt;
            }
            value = std::move(std::get<Value>(result));
        }
        CoerceResult coerced = coerce(value, f.target);
        if (auto* failure = std::get_if<CoerceFailure>(&coerced)) {
            *reject = makeReject(plan_, source, f.target.name, failure->reason, {});
            return std::nullopt;
        }
        out.push_back(std::move(std::get<Value>(coerced)));
    }
    return out;
}

PreparedBatch RowPreparer::prepare(std::vector<Row> rows) const
{
    PreparedBatch batch;
    batch.rows.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        RejectRecord reject;
        if (std::optional<Row> values = transform(rows[i], &reject)) {
            batch.rows.push_back(PreparedRow{std::move(*values), static_cast<qsizetype>(i)});
            continue;
        }
        batch.rejects.push_back(reject);
        if (plan_.onError == ErrorPolicy::Stop) {
            batch.stop =
                QCoreApplication::translate("ferry::TableRunner", "stopped at the first rejected row (key %1): %2")
                    .arg(reject.sourceKey, reject.reason);
            break;
        }
    }
    batch.source = std::move(rows);
    return batch;
}

} // namespace ferry
