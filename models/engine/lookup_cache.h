#pragma once
// Answers lookup transforms (e.g. account name -> account id) from the target database. Each lookup
// table is loaded once per table run into a hash, so a million contacts cost a million hash probes,
// not a million queries. In a predicted dry run (no rehearsal), rows the run would insert are added with a placeholder
// so children of new parents are not rejected.
#include "db/connection.h"
#include "transforms/transform_chain.h"

#include <QHash>
#include <QSet>
#include <mutex>

namespace ferry {

class LookupCache : public LookupSource {
public:
    // (Re)loads every table these specs read from `target`; call when a table starts so parents
    // written earlier in the run are visible. Throws DbError. Thread-safe, like the other members: the
    // preparer thread looks up while a dry run's writer adds the rows it would insert.
    void load(Connection& target, const QList<LookupSpec>& specs);
    std::optional<Value> lookup(const LookupSpec& spec, const Value& key) override;
    // Dry run: makes `match` resolvable for lookups into `table` as if the row had been inserted.
    void addPending(const QString& table, const QString& column, const Value& match, const Value& result);

private:
    struct Entry {
        LookupSpec spec;
        QHash<QByteArray, Value> values;
        QSet<QByteArray> ambiguous;
    };
    static QByteArray normalise(const Value& v, bool caseInsensitive);
    Entry* find(const LookupSpec& spec);

    struct Pending {
        QString table;
        QString column;
        Value match;
        Value result;
    };
    void applyPending(Entry& e) const;

    std::mutex mutex_;
    QList<Entry> entries_;
    QList<Pending> pending_; // dry run only
};

} // namespace ferry
