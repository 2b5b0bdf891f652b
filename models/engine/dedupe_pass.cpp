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
    row.dedupeRules = std::move(d.rules);
    if (d.replace) {
        row.rewritten = row.values != d.replacement;
        row.values = std::move(d.replacement);
    }
}

namespace {

// One table's pass: keys first (pass 1), then the rows of the clusters found (pass 2), then a decision
// for each member of each cluster.
class DedupePass {
public:
    DedupePass(const TablePlan& plan, Connection& source, Connection& target, LookupSource* lookups, qint64 rowLimit,
               const std::atomic<bool>& cancelled)
        : plan_(plan)
        , config_(plan.dedupe)
        , columns_(fieldNames(plan))
        , source_(source)
        , target_(target)
        , lookups_(lookups)
        , rowLimit_(rowLimit)
        , cancelled_(cancelled)
        , finder_(config_, columns_)
        , keyFields_(plan.keyFields.isEmpty() ? QList<int>{0} : plan.keyFields)
    {
    }

    DedupeOutcome run()
    {
        addSourceKeys();
        if (config_.againstTarget != TargetAction::None)
            addTargetKeys();
        DedupeOutcome out;
        const std::vector<dedupe::Cluster> clusters = finder_.finish();
        out.stats = finder_.stats();
        if (clusters.empty() || cancelled_)
            return out;
        collectMembers(clusters);
        for (const dedupe::Cluster& c : clusters)
            decide(c, out);
        return out;
    }

private:
    // Pass 1: the keys of every source row (after transforms), and each row's hash by ordinal.
    void addSourceKeys()
    {
        forEachPrepared(plan_, source_, lookups_, rowLimit_, cancelled_,
                        [&](qint64 id, const Row& src, const Row& values) {
                            if (qint64(hashes_.size()) <= id)
                                hashes_.resize(size_t(id) + 1, 0);
                            hashes_[size_t(id)] = DedupeDecisions::rowHash(src);
                            finder_.addSource(id, values);
                        });
    }

    // The target's rows, when the rules look there too; their key values are kept to update or name them.
    void addTargetKeys()
    {
        const Dialect& d = target_.dialect();
        auto reader =
            target_.query(QStringLiteral("SELECT %1 FROM %2").arg(d.columnList(columns_), d.qualified(plan_.target)));
        std::vector<Row> rows;
        qint64 id = 0;
        while (!cancelled_ && reader->fetch(rows, kReadBatch)) {
            for (Row& r : rows) {
                for (int f = 0; f < plan_.fields.size(); ++f) {
                    CoerceResult c = coerce(r[size_t(f)], plan_.fields[f].target);
                    if (std::holds_alternative<Value>(c))
                        r[size_t(f)] = std::get<Value>(c);
                }
                finder_.addTarget(id++, r);
                Row key;
                for (int k : keyFields_)
                    key.push_back(r[size_t(k)]);
                targetKeys_.push_back(std::move(key));
            }
            rows.clear();
        }
    }

    // Pass 2: the rows of the clusters, found again by their hash.
    void collectMembers(const std::vector<dedupe::Cluster>& clusters)
    {
        std::unordered_map<quint64, std::vector<qint64>> wanted; // hash → member ordinals not yet seen
        for (const dedupe::Cluster& c : clusters)
            for (qint64 id : c.sourceIds)
                wanted[hashes_[size_t(id)]].push_back(id);
        forEachPrepared(plan_, source_, lookups_, rowLimit_, cancelled_,
                        [&](qint64, const Row& src, const Row& values) {
                            const auto it = wanted.find(DedupeDecisions::rowHash(src));
                            if (it == wanted.end() || it->second.empty())
                                return;
                            members_[it->second.front()] = {keyText(plan_, src), values};
                            it->second.erase(it->second.begin());
                        });
    }

    QString keyOf(qint64 id) const
    {
        const auto it = members_.find(id);
        return it != members_.end() ? it->second.first : QString::number(id + 1);
    }

    void decide(const dedupe::Cluster& c, DedupeOutcome& out)
    {
        std::vector<dedupe::Member> rows;
        for (qint64 id : c.sourceIds)
            if (const auto it = members_.find(id); it != members_.end())
                rows.push_back({id, it->second.second});
        if (rows.empty())
            return; // the source changed between the reads; nothing to decide
        QStringList ruleNames;
        for (int r : c.rules)
            ruleNames << config_.rules.value(r).name;
        dedupe::Resolution res;
        if (rows.size() > 1)
            res = dedupe::resolveCluster(config_, columns_, ruleNames, rows, [this](qint64 id) { return keyOf(id); });
        else
            res.keptId = rows.front().id;

        DuplicateCluster report;
        report.table = plan_.target.name;
        report.rules = ruleNames;
        report.action = clusterActionName(config_.action);
        report.explanation = res.explanation;
        for (const dedupe::Member& m : rows)
            report.memberKeys << keyOf(m.id);
        if (res.keptId >= 0)
            report.keptKey = keyOf(res.keptId);
        Row targetKey;
        if (!c.targetIds.empty()) {
            targetKey = targetKeys_[size_t(c.targetIds.front())];
            report.targetKey = joined(targetKey);
            report.action = QStringLiteral("target-") + targetActionName(config_.againstTarget);
            explainTargetMatch(report);
        }
        const qint64 firstKept = res.keptId >= 0 ? res.keptId : rows.front().id;
        for (const dedupe::Member& m : rows) {
            DedupeDecisions::Decision d = memberDecision(m, res, firstKept, c.targetIds.empty() ? nullptr : &targetKey);
            d.rules = ruleNames.join(QStringLiteral(" | "));
            out.decisions.add(hashes_[size_t(m.id)], std::move(d));
        }
        out.clusters << report;
    }

    // targetKey: the matched target row's key, or null when the cluster is within the source.
    DedupeDecisions::Decision memberDecision(const dedupe::Member& m, const dedupe::Resolution& res, qint64 firstKept,
                                             const Row* targetKey) const
    {
        DedupeDecisions::Decision d;
        const bool dropped = std::find(res.dropped.begin(), res.dropped.end(), m.id) != res.dropped.end();
        const bool kept = m.id == res.keptId;
        d.duplicate = targetKey || m.id != firstKept;
        if (dropped) {
            d.fate = PreparedRow::Fate::SkipDuplicate;
        } else if (!targetKey) {
            d.fate = config_.action == ClusterAction::Flag ? PreparedRow::Fate::WriteFlagged : PreparedRow::Fate::Write;
            if (kept && res.merged) {
                d.replace = true;
                d.replacement = *res.merged;
            }
        } else if (config_.againstTarget == TargetAction::Update) {
            Row values = kept && res.merged ? *res.merged : m.values;
            for (int k = 0; k < keyFields_.size() && k < int(targetKey->size()); ++k)
                values[size_t(keyFields_[k])] = (*targetKey)[size_t(k)];
            d.fate = PreparedRow::Fate::UpdateTarget;
            d.replace = true;
            d.replacement = std::move(values);
        } else {
            d.fate = config_.againstTarget == TargetAction::Skip ? PreparedRow::Fate::SkipDuplicate
                                                                 : PreparedRow::Fate::WriteFlagged;
        }
        return d;
    }

    void explainTargetMatch(DuplicateCluster& report) const
    {
        const QString what = config_.againstTarget == TargetAction::Update ? tr("updated")
                             : config_.againstTarget == TargetAction::Skip ? tr("skipped")
                                                                           : tr("written and flagged");
        const QString sentence =
            tr("matches target row %1 by %2: %3.").arg(report.targetKey, dedupe::ruleList(report.rules), what);
        report.explanation = report.explanation.isEmpty() ? sentence : report.explanation + QLatin1Char(' ') + sentence;
    }

    const TablePlan& plan_;
    const DedupeConfig& config_;
    const QStringList columns_;
    Connection& source_;
    Connection& target_;
    LookupSource* lookups_;
    qint64 rowLimit_;
    const std::atomic<bool>& cancelled_;
    dedupe::DuplicateFinder finder_;
    const QList<int> keyFields_;
    std::vector<quint64> hashes_;                                 // per source ordinal: the row in the main read
    std::vector<Row> targetKeys_;                                 // per target ordinal: its key values
    std::unordered_map<qint64, std::pair<QString, Row>> members_; // ordinal → (source key, prepared values)
};

} // namespace

DedupeOutcome runDedupePass(const TablePlan& plan, Connection& source, Connection& target, LookupSource* lookups,
                            qint64 rowLimit, const std::atomic<bool>& cancelled)
{
    return DedupePass(plan, source, target, lookups, rowLimit, cancelled).run();
}

} // namespace ferry
