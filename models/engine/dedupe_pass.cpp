#include "dedupe_pass.h"

#include "dedupe/cluster_resolver.h"
#include "engine/coerce.h"

#include <QCoreApplication>
#include <QHashFunctions>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::DedupePass", text);
}

constexpr int kReadBatch = 2000;

QStringList fieldNames(const TablePlan& plan)
{
    QStringList names;
    for (const FieldPlan& f : plan.fields)
        names << f.target.name;
    return names;
}

// Streams the source (up to rowLimit rows) through the preparer; calls visit(ordinal, source, prepared)
// for every row the rules accept.
template <typename Visit>
void forEachPrepared(const TablePlan& plan, Connection& source, LookupSource* lookups, qint64 rowLimit,
                     const std::atomic<bool>& cancelled, Visit visit)
{
    RowPreparer preparer(plan, lookups);
    auto reader = source.query(plan.sourceSql);
    qint64 ordinal = 0;
    std::vector<Row> rows;
    while (!cancelled) {
        int want = kReadBatch;
        if (rowLimit >= 0)
            want = int(qMin<qint64>(want, rowLimit - ordinal));
        rows.clear();
        if (want <= 0 || !reader->fetch(rows, want))
            break;
        const qint64 first = ordinal;
        ordinal += qint64(rows.size());
        PreparedBatch batch = preparer.prepare(std::move(rows));
        for (const PreparedRow& p : batch.rows)
            visit(first + p.source, batch.source[size_t(p.source)], p.values);
        rows = {};
    }
}

QString keyText(const TablePlan& plan, const Row& source)
{
    return plan.sourceKeyIndex >= 0 ? source[plan.sourceKeyIndex].toString() : QString();
}

QString joined(const Row& values)
{
    QStringList parts;
    for (const Value& v : values)
        parts << v.toString();
    return parts.join(QStringLiteral(", "));
}

} // namespace

quint64 DedupeDecisions::rowHash(const Row& source)
{
    QByteArray bytes;
    for (const Value& v : source) {
        bytes += char(v.kind());
        bytes += v.toUtf8();
        bytes += '\x1f';
    }
    return quint64(qHash(bytes, size_t(0x2545f4914f6cdd1dULL)));
}

void DedupeDecisions::apply(const Row& source, PreparedRow& row)
{
    const auto it = decisions_.find(rowHash(source));
    if (it == decisions_.end() || it->second.empty())
        return;
    Decision d = std::move(it->second.front());
    it->second.pop_front();
    row.fate = d.fate;
    row.duplicate = d.duplicate;
    if (d.replace) {
        row.rewritten = row.values != d.replacement;
        row.values = std::move(d.replacement);
    }
}

DedupeOutcome runDedupePass(const TablePlan& plan, Connection& source, Connection& target, LookupSource* lookups,
                            qint64 rowLimit, const std::atomic<bool>& cancelled)
{
    const DedupeConfig& config = plan.dedupe;
    const QStringList columns = fieldNames(plan);
    dedupe::DuplicateFinder finder(config, columns);
    std::vector<quint64> hashes; // per source ordinal: identifies the row in the main read

    // Pass 1: keys of every source row, and of every target row when the rules look there too.
    forEachPrepared(plan, source, lookups, rowLimit, cancelled, [&](qint64 id, const Row& src, const Row& values) {
        if (qint64(hashes.size()) <= id)
            hashes.resize(size_t(id) + 1, 0);
        hashes[size_t(id)] = DedupeDecisions::rowHash(src);
        finder.addSource(id, values);
    });
    std::vector<Row> targetKeys; // per target ordinal: its key values (to update it, and to name it)
    const QList<int> keyFields = plan.keyFields.isEmpty() ? QList<int>{0} : plan.keyFields;
    if (config.againstTarget != TargetAction::None) {
        const QString sql = QStringLiteral("SELECT %1 FROM %2")
                                .arg(target.dialect().columnList(columns), target.dialect().qualified(plan.target));
        auto reader = target.query(sql);
        std::vector<Row> rows;
        qint64 id = 0;
        while (!cancelled && reader->fetch(rows, kReadBatch)) {
            for (Row& r : rows) {
                for (int f = 0; f < plan.fields.size(); ++f) {
                    CoerceResult c = coerce(r[size_t(f)], plan.fields[f].target);
                    if (std::holds_alternative<Value>(c))
                        r[size_t(f)] = std::get<Value>(c);
                }
                finder.addTarget(id++, r);
                Row key;
                for (int k : keyFields)
                    key.push_back(r[size_t(k)]);
                targetKeys.push_back(std::move(key));
            }
            rows.clear();
        }
    }
    DedupeOutcome out;
    const std::vector<dedupe::Cluster> clusters = finder.finish();
    out.stats = finder.stats();
    if (clusters.empty() || cancelled)
        return out;

    // Pass 2: the rows of the clusters, found again by their hash.
    std::unordered_map<quint64, std::vector<qint64>> wanted; // hash → member ordinals not yet seen
    for (const dedupe::Cluster& c : clusters)
        for (qint64 id : c.sourceIds)
            wanted[hashes[size_t(id)]].push_back(id);
    std::unordered_map<qint64, std::pair<QString, Row>> members; // ordinal → (source key, prepared values)
    forEachPrepared(plan, source, lookups, rowLimit, cancelled, [&](qint64, const Row& src, const Row& values) {
        const auto it = wanted.find(DedupeDecisions::rowHash(src));
        if (it == wanted.end() || it->second.empty())
            return;
        members[it->second.front()] = {keyText(plan, src), values};
        it->second.erase(it->second.begin());
    });

    auto keyOf = [&](qint64 id) { return members.count(id) ? members[id].first : QString::number(id + 1); };
    for (const dedupe::Cluster& c : clusters) {
        std::vector<dedupe::Member> rows;
        for (qint64 id : c.sourceIds)
            if (members.count(id))
                rows.push_back({id, members[id].second});
        if (rows.empty())
            continue; // the source changed between the reads; nothing to decide
        const QString ruleName = config.rules.value(c.rule).name;
        dedupe::Resolution res;
        if (rows.size() > 1)
            res = dedupe::resolveCluster(config, columns, ruleName, rows, keyOf);
        else
            res.keptId = rows.front().id;

        DuplicateCluster report;
        report.table = plan.target.name;
        report.rule = ruleName;
        report.action = clusterActionName(config.action);
        report.explanation = res.explanation;
        for (const dedupe::Member& m : rows)
            report.memberKeys << keyOf(m.id);
        if (res.keptId >= 0)
            report.keptKey = keyOf(res.keptId);

        const bool inTarget = !c.targetIds.empty();
        Row targetKey;
        if (inTarget) {
            targetKey = targetKeys[size_t(c.targetIds.front())];
            report.targetKey = joined(targetKey);
            report.action = QStringLiteral("target-") + targetActionName(config.againstTarget);
        }
        for (const dedupe::Member& m : rows) {
            DedupeDecisions::Decision d;
            const bool dropped = std::find(res.dropped.begin(), res.dropped.end(), m.id) != res.dropped.end();
            const bool kept = m.id == res.keptId;
            d.duplicate = inTarget || m.id != (res.keptId >= 0 ? res.keptId : rows.front().id);
            if (dropped) {
                d.fate = PreparedRow::Fate::SkipDuplicate;
            } else if (inTarget) {
                switch (config.againstTarget) {
                case TargetAction::Update: {
                    Row values = kept && res.merged ? *res.merged : m.values;
                    for (int k = 0; k < keyFields.size() && k < int(targetKey.size()); ++k)
                        values[size_t(keyFields[k])] = targetKey[size_t(k)];
                    d.fate = PreparedRow::Fate::UpdateTarget;
                    d.replace = true;
                    d.replacement = std::move(values);
                    break;
                }
                case TargetAction::Skip:
                    d.fate = PreparedRow::Fate::SkipDuplicate;
                    break;
                default:
                    d.fate = PreparedRow::Fate::WriteFlagged;
                    break;
                }
            } else {
                d.fate =
                    config.action == ClusterAction::Flag ? PreparedRow::Fate::WriteFlagged : PreparedRow::Fate::Write;
                if (kept && res.merged) {
                    d.replace = true;
                    d.replacement = *res.merged;
                }
            }
            out.decisions.add(hashes[size_t(m.id)], std::move(d));
        }
        if (inTarget) {
            const QString what = config.againstTarget == TargetAction::Update ? tr("updated")
                                 : config.againstTarget == TargetAction::Skip ? tr("skipped")
                                                                              : tr("written and flagged");
            const QString sentence = tr("matches target row %1 by \"%2\": %3.").arg(report.targetKey, ruleName, what);
            report.explanation =
                report.explanation.isEmpty() ? sentence : report.explanation + QLatin1Char(' ') + sentence;
        }
        out.clusters << report;
    }
    return out;
}

} // namespace ferry
