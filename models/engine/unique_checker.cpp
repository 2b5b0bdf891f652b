#include "unique_checker.h"

#include "engine/coerce.h"

#include <QCoreApplication>
#include <QHashFunctions>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::UniqueChecker", text);
}

} // namespace

UniqueChecker::UniqueChecker(const TablePlan& plan, Connection& target)
    : plan_(plan)
    , target_(target)
{
    QList<QStringList> candidates;
    if (!plan.targetInfo.primaryKey.isEmpty())
        candidates << plan.targetInfo.primaryKey;
    candidates << plan.targetInfo.uniqueKeys;
    for (int i = 0; i < candidates.size(); ++i) {
        Key key;
        key.columns = candidates[i];
        for (const QString& c : candidates[i]) {
            for (int f = 0; f < plan.fields.size(); ++f)
                if (plan.fields[f].target.name.compare(c, Qt::CaseInsensitive) == 0)
                    key.fields << f;
        }
        // A key with a column the load does not fill is the database's to decide (generated ids, defaults).
        if (key.fields.size() != key.columns.size())
            continue;
        key.label = i == 0 && !plan.targetInfo.primaryKey.isEmpty()
                        ? tr("primary key (%1)").arg(key.columns.join(QStringLiteral(", ")))
                        : tr("unique key (%1)").arg(key.columns.join(QStringLiteral(", ")));
        keys_ << key;
    }
}

QByteArray UniqueChecker::keyBytes(const Key& key, const Row& values, bool* hasNull)
{
    QByteArray bytes;
    *hasNull = false;
    for (int f : key.fields) {
        const Value& v = values[size_t(f)];
        *hasNull = *hasNull || v.isNull();
        bytes += v.toUtf8();
        bytes += '\x1f';
    }
    return bytes;
}

QSet<QByteArray> UniqueChecker::existing(const Key& key, const std::vector<const PreparedRow*>& rows)
{
    QSet<QByteArray> found;
    const int perQuery = qMax(1, qMin(500, target_.dialect().maxParameters() / qMax(1, int(key.columns.size()))));
    for (size_t start = 0; start < rows.size(); start += size_t(perQuery)) {
        const size_t n = qMin<size_t>(size_t(perQuery), rows.size() - start);
        std::vector<Value> params;
        for (size_t i = start; i < start + n; ++i)
            for (int f : key.fields)
                params.push_back(rows[i]->values[size_t(f)]);
        auto reader = target_.query(target_.dialect().existingKeysQuery(plan_.target, key.columns, int(n)), params);
        std::vector<Row> result;
        while (reader->fetch(result, 1000)) {
            for (const Row& r : result) {
                // The database's representation brought to the incoming one, as for match keys.
                Row asIncoming(plan_.fields.size());
                for (int k = 0; k < key.fields.size(); ++k) {
                    CoerceResult c = coerce(r[size_t(k)], plan_.fields[key.fields[k]].target);
                    asIncoming[size_t(key.fields[k])] =
                        std::holds_alternative<Value>(c) ? std::get<Value>(c) : r[size_t(k)];
                }
                bool hasNull = false;
                found.insert(keyBytes(key, asIncoming, &hasNull));
            }
            result.clear();
        }
    }
    return found;
}

std::vector<std::optional<UniqueChecker::Violation>>
UniqueChecker::check(const std::vector<const PreparedRow*>& inserts)
{
    std::vector<std::optional<Violation>> out(inserts.size());
    for (Key& key : keys_) {
        const QSet<QByteArray> there = existing(key, inserts);
        for (size_t i = 0; i < inserts.size(); ++i) {
            if (out[i])
                continue; // the database reports one violation per row
            bool hasNull = false;
            const QByteArray bytes = keyBytes(key, inserts[i]->values, &hasNull);
            if (hasNull)
                continue; // NULLs never collide in a unique key
            if (there.contains(bytes)) {
                out[i] = Violation{key.columns.first(),
                                   tr("would break the %1: the target already holds this value").arg(key.label), false};
                continue;
            }
            const quint64 h = quint64(qHash(bytes, size_t(0x51ed27d3c9a1f3b5ULL)));
            if (!key.seen.insert(h).second)
                out[i] = Violation{
                    key.columns.first(),
                    tr("would break the %1: an earlier row of this load has the same value").arg(key.label), true};
        }
    }
    return out;
}

} // namespace ferry
