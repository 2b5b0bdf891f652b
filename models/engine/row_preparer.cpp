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

MismatchRecord RowPreparer::mismatch(const Row& source, const FieldPlan& field, MismatchKind kind, Risk risk,
                                     const QString& after, const QString& reason) const
{
    MismatchRecord m;
    m.table = plan_.target.name;
    if (plan_.sourceKeyIndex >= 0)
        m.sourceKey = source[plan_.sourceKeyIndex].toString();
    m.column = field.target.name;
    m.kind = kind;
    m.risk = risk;
    QStringList before;
    for (int i : field.sourceIndexes)
        before << source[i].display();
    m.before = before.join(QStringLiteral(" + "));
    m.after = after;
    m.reason = reason;
    return m;
}

namespace {

// A refused transform is a mismatch when it failed to convert the value; a lookup that finds no parent
// is a pre-flight finding (missing parent), not a changed value.
bool isConversionStep(const QString& step)
{
    return step != QLatin1String("lookup");
}

QString lossReason(MismatchKind kind, const QString& step)
{
    switch (kind) {
    case MismatchKind::Truncation:
        return QCoreApplication::translate("ferry::RowPreparer", "shortened by the \"%1\" transform").arg(step);
    case MismatchKind::MappedToDefault:
        return QCoreApplication::translate("ferry::RowPreparer", "not in the value map; its default was used");
    default:
        break;
    }
    return QCoreApplication::translate("ferry::RowPreparer", "changed by the \"%1\" transform").arg(step);
}

// Why the column could not hold `source` as it is — beyond its range or the database's limits
// (infinity into MariaDB, 70000 into SMALLINT, a NUL into PostgreSQL) — or nothing. A value that merely
// needs converting (the text "yes" for a boolean) is not beyond it.
std::optional<CoerceFailure> beyondTarget(const Value& source, const ColumnInfo& column)
{
    const CoerceResult r = coerce(source, column);
    const auto* failure = std::get_if<CoerceFailure>(&r);
    if (!failure || (failure->kind != MismatchKind::Range && failure->kind != MismatchKind::Encoding))
        return std::nullopt;
    return *failure;
}

} // namespace

std::variant<Value, TransformFailure> applyTransforms(const FieldPlan& field, const Row& source, LookupSource* lookups,
                                                      std::vector<TransformLoss>* losses)
{
    if (field.passthrough)
        return source[size_t(field.sourceIndexes.front())];
    std::vector<Value> inputs;
    inputs.reserve(size_t(field.sourceIndexes.size()));
    for (int i : field.sourceIndexes)
        inputs.push_back(source[size_t(i)]);
    try {
        return field.chain->apply(inputs, lookups, losses);
    } catch (const DbError&) {
        throw; // the lookup's database failed: the run stops, the row is not at fault
    } catch (const Error& e) {
        return TransformFailure{e.message(), QStringLiteral("lookup")};
    }
}

std::optional<Row> RowPreparer::transform(const Row& source, RejectRecord* reject,
                                          std::vector<MismatchRecord>* found) const
{
    Row out;
    out.reserve(plan_.fields.size());
    std::vector<TransformLoss> losses;
    const size_t foundBefore = found->size();
    // The row's earlier losses do not count when a later field rejects it: nothing of it is written.
    auto refuse = [&](const FieldPlan& f, const QString& reason, std::optional<MismatchKind> kind,
                      const QString& origin) {
        found->resize(foundBefore);
        *reject = makeReject(plan_, source, f.target.name, reason, {});
        reject->origin = origin;
        if (kind)
            found->push_back(mismatch(source, f, *kind, Risk::WillFail, {}, reason));
        return std::nullopt;
    };
    for (const FieldPlan& f : plan_.fields) {
        losses.clear();
        std::variant<Value, TransformFailure> result = applyTransforms(f, source, lookups_, &losses);
        if (auto* failure = std::get_if<TransformFailure>(&result)) {
            const bool conversion = isConversionStep(failure->step);
            return refuse(f, failure->reason, conversion ? std::optional(MismatchKind::Conversion) : std::nullopt,
                          conversion ? QStringLiteral("transform") : QStringLiteral("lookup"));
        }
        CoerceResult coerced = coerce(std::get<Value>(result), f.target);
        if (auto* failure = std::get_if<CoerceFailure>(&coerced))
            return refuse(f, failure->reason, failure->kind, QStringLiteral("coerce"));
        for (const TransformLoss& loss : losses)
            found->push_back(mismatch(source, f, loss.kind, Risk::MayLose, std::get<Value>(coerced).display(),
                                      lossReason(loss.kind, loss.step)));
        // A value the target could not hold (infinity into MariaDB) that the declared transforms turned
        // into one it can: written as the user asked, and counted, so the change is never silent.
        const Value* input = f.sourceIndexes.size() == 1 ? &source[size_t(f.sourceIndexes.front())] : nullptr;
        if (!f.passthrough && losses.empty() && input && *input != std::get<Value>(coerced))
            if (const std::optional<CoerceFailure> limit = beyondTarget(*input, f.target))
                found->push_back(mismatch(source, f, limit->kind, Risk::MayLose, std::get<Value>(coerced).display(),
                                          QCoreApplication::translate("ferry::RowPreparer",
                                                                      "the column cannot hold the source value, so "
                                                                      "the field's transforms replaced it (%1)")
                                              .arg(limit->reason)));
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
        if (std::optional<Row> values = transform(rows[i], &reject, &batch.mismatches)) {
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
