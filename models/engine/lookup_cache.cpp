#include "lookup_cache.h"

#include "core/errors.h"

#include <QCoreApplication>

namespace ferry {

QByteArray LookupCache::normalise(const Value& v, bool caseInsensitive)
{
    const QByteArray text = v.toUtf8();
    return caseInsensitive ? QString::fromUtf8(text).toCaseFolded().toUtf8() : text;
}

LookupCache::Entry* LookupCache::find(const LookupSpec& spec)
{
    for (Entry& e : entries_)
        if (e.spec == spec)
            return &e;
    return nullptr;
}

void LookupCache::load(Connection& target, const QList<LookupSpec>& specs)
{
    std::lock_guard lock(mutex_);
    for (const LookupSpec& spec : specs) {
        Entry* e = find(spec);
        if (!e) {
            entries_.append(Entry{spec, {}, {}});
            e = &entries_.last();
        }
        e->values.clear();
        e->ambiguous.clear();
        const std::optional<TableRef> table = target.findTable(spec.table);
        if (!table)
            throw DbError(
                QCoreApplication::translate("ferry::Lookup", "lookup table \"%1\" does not exist in the target")
                    .arg(spec.table));
        const Dialect& d = target.dialect();
        const QString sql = QStringLiteral("SELECT ") + d.quoteIdentifier(spec.matchColumn) + QStringLiteral(", ") +
                            d.quoteIdentifier(spec.returnColumn) + QStringLiteral(" FROM ") + d.qualified(*table);
        auto reader = target.query(sql);
        std::vector<Row> rows;
        while (reader->fetch(rows, 5000)) {
            for (const Row& r : rows) {
                if (r[0].isNull())
                    continue;
                const QByteArray key = normalise(r[0], spec.caseInsensitive);
                auto it = e->values.find(key);
                if (it != e->values.end() && *it != r[1])
                    e->ambiguous.insert(key);
                else
                    e->values.insert(key, r[1]);
            }
        }
        applyPending(*e);
    }
}

void LookupCache::applyPending(Entry& e) const
{
    for (const Pending& p : pending_)
        if (e.spec.table.compare(p.table, Qt::CaseInsensitive) == 0 &&
            e.spec.matchColumn.compare(p.column, Qt::CaseInsensitive) == 0)
            e.values.insert(normalise(p.match, e.spec.caseInsensitive), p.result);
}

std::optional<Value> LookupCache::lookup(const LookupSpec& spec, const Value& key)
{
    std::lock_guard lock(mutex_);
    Entry* e = find(spec);
    if (!e)
        throw Error(
            QCoreApplication::translate("ferry::Lookup", "lookup into \"%1\" was not prepared").arg(spec.table));
    const QByteArray k = normalise(key, spec.caseInsensitive);
    if (e->ambiguous.contains(k))
        throw Error(QCoreApplication::translate("ferry::Lookup", "%1 matches several rows of %2.%3")
                        .arg(key.display(), spec.table, spec.matchColumn));
    auto it = e->values.constFind(k);
    if (it == e->values.constEnd())
        return std::nullopt;
    return *it;
}

void LookupCache::addPending(const QString& table, const QString& column, const Value& match, const Value& result)
{
    if (match.isNull())
        return;
    std::lock_guard lock(mutex_);
    pending_.append(Pending{table, column, match, result});
    for (Entry& e : entries_)
        if (e.spec.table.compare(table, Qt::CaseInsensitive) == 0 &&
            e.spec.matchColumn.compare(column, Qt::CaseInsensitive) == 0)
            e.values.insert(normalise(match, e.spec.caseInsensitive), result);
}

} // namespace ferry
