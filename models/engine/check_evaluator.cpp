#include "check_evaluator.h"

#include "core/errors.h"

#include <QCoreApplication>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::CheckEvaluator", text);
}

constexpr int kRowsPerQuery = 200;

} // namespace

QString CheckEvaluator::label(const CheckConstraint& c)
{
    return c.name.isEmpty() ? tr("unnamed check") : c.name;
}

CheckEvaluator::CheckEvaluator(const TablePlan& plan, Connection& target)
    : target_(target)
{
    for (const CheckConstraint& c : plan.targetInfo.checks) {
        Check check;
        check.constraint = c;
        QStringList unfilled;
        for (const QString& name : c.columns) {
            int field = -1;
            for (int f = 0; f < plan.fields.size() && field < 0; ++f)
                if (plan.fields[f].target.name.compare(name, Qt::CaseInsensitive) == 0)
                    field = f;
            if (field < 0) {
                unfilled << name;
                continue;
            }
            check.fields << field;
            check.columns << plan.fields[field].target;
        }
        if (!unfilled.isEmpty())
            check.notEvaluated = tr("it names %1, which the load does not fill (the database uses the column's "
                                    "default)")
                                     .arg(unfilled.join(QStringLiteral(", ")));
        else if (c.columns.isEmpty())
            check.notEvaluated = tr("it names none of the table's columns");
        checks_ << check;
    }
}

std::vector<std::optional<CheckEvaluator::Violation>> CheckEvaluator::check(const std::vector<const PreparedRow*>& rows)
{
    std::vector<std::optional<Violation>> out(rows.size());
    for (Check& c : checks_) {
        if (!c.notEvaluated.isEmpty())
            continue;
        const int perQuery =
            qMax(1, qMin(kRowsPerQuery, target_.dialect().maxParameters() / (int(c.fields.size()) + 1)));
        for (size_t start = 0; start < rows.size() && c.notEvaluated.isEmpty(); start += size_t(perQuery)) {
            const size_t n = qMin<size_t>(size_t(perQuery), rows.size() - start);
            std::vector<Value> params;
            for (size_t i = start; i < start + n; ++i) {
                params.push_back(Value::integer(qint64(i)));
                for (int f : c.fields)
                    params.push_back(rows[i]->values[size_t(f)]);
            }
            try {
                auto reader = target_.query(
                    target_.dialect().checkViolationsQuery(c.constraint.expression, c.columns, int(n)), params);
                std::vector<Row> result;
                while (reader->fetch(result, 1000)) {
                    for (const Row& r : result) {
                        bool ok = false;
                        const qint64 i = r.at(0).toString().toLongLong(&ok);
                        if (!ok || i < 0 || i >= qint64(rows.size()) || out[size_t(i)])
                            continue;
                        out[size_t(i)] = Violation{
                            c.constraint.columns.first(),
                            tr("violates the check %1: %2").arg(label(c.constraint), c.constraint.expression)};
                    }
                    result.clear();
                }
            } catch (const DbError& e) {
                // Not a verdict on the rows: the check stays the database's to enforce in the real run.
                c.notEvaluated = tr("the database would not evaluate it on its own (%1)").arg(e.message());
            }
        }
    }
    return out;
}

QList<CheckEvaluator::NotEvaluated> CheckEvaluator::notEvaluated() const
{
    QList<NotEvaluated> out;
    for (const Check& c : checks_)
        if (!c.notEvaluated.isEmpty())
            out << NotEvaluated{label(c.constraint), c.constraint.columns, c.notEvaluated};
    return out;
}

} // namespace ferry
