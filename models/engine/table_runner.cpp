#include "table_runner.h"

#include "engine/row_fingerprint.h"

#include "core/errors.h"
#include "db/error_scope.h"
#include "engine/coerce.h"
#include "engine/db_message.h"

#include <QCoreApplication>
#include <QHashFunctions>

namespace ferry {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::TableRunner", text);
}

// 64 bits: a false "seen before" needs a collision among the keys of one table (odds ~n²/2⁶⁵).
quint64 hash64(const QByteArray& key)
{
    return quint64(qHash(key, size_t(0x9e3779b97f4a7c15ULL)));
}
} // namespace

TableRunner::TableRunner(const TablePlan& plan, Connection& target, LookupCache& lookups, TargetMode mode,
                         RejectSink onReject, BatchCommitHook* hook, bool foreignKeys)
    : plan_(plan)
    , target_(&target)
    , lookups_(lookups)
    , mode_(mode)
    , foreignKeys_(foreignKeys)
    , onReject_(std::move(onReject))
    , hook_(hook)
{
    counts_.source = plan.sourceLabel;
    counts_.target = plan.target.name;
}

void TableRunner::start()
{
    if (mode_ == TargetMode::Predict)
        return;
    inserter_ = target_->insertWriter(plan_.target, plan_.columns());
    const bool updatesTarget = plan_.mode == WriteMode::Upsert || plan_.mode == WriteMode::UpdateOnly ||
                               plan_.dedupe.againstTarget == TargetAction::Update;
    if (!plan_.keyFields.isEmpty() && updatesTarget && !plan_.nonKeyColumns().isEmpty())
        updater_ = target_->updateWriter(plan_.target, plan_.nonKeyColumns(), plan_.keyColumns());
}

void TableRunner::rejectRow(const RejectRecord& r, TableCounts& batch)
{
    ++batch.rejected;
    batchRejects_.push_back(r);
    if (plan_.onError == ErrorPolicy::Stop)
        throw StopRun{tr("stopped at the first rejected row (key %1): %2").arg(r.sourceKey, r.reason)};
}

QByteArray TableRunner::keyOf(const Row& values) const
{
    QByteArray key;
    for (int k : plan_.keyFields) {
        const Value& v = values[k];
        key += v.isNull() ? QByteArray("\x01") : v.toUtf8();
        key += '\x1f';
    }
    return key;
}

bool TableRunner::comparesValues() const
{
    // Only a mode that would update a matched row has anything to save by comparing it first.
    return (plan_.mode == WriteMode::Upsert || plan_.mode == WriteMode::UpdateOnly) && !plan_.nonKeyColumns().isEmpty();
}

QHash<QByteArray, QByteArray> TableRunner::existingRows(const std::vector<Prepared>& rows)
{
    QHash<QByteArray, QByteArray> found;
    const QList<ColumnInfo> keyColumns = plan_.keyColumns();
    QStringList keyNames, compared;
    for (const ColumnInfo& c : keyColumns)
        keyNames << c.name;
    const bool compare = comparesValues();
    if (compare)
        for (const ColumnInfo& c : plan_.nonKeyColumns())
            compared << c.name;
    const int perQuery = qMax(1, qMin(500, target_->dialect().maxParameters() / qMax(1, int(keyNames.size()))));
    for (size_t start = 0; start < rows.size(); start += perQuery) {
        const size_t n = qMin<size_t>(perQuery, rows.size() - start);
        std::vector<Value> params;
        params.reserve(n * keyNames.size());
        for (size_t i = start; i < start + n; ++i)
            for (int k : plan_.keyFields)
                params.push_back(rows[i].values[k]);
        auto reader =
            target_->query(target_->dialect().existingKeysQuery(plan_.target, keyNames, int(n), compared), params);
        std::vector<Row> result;
        while (reader->fetch(result, 1000)) {
            for (Row& r : result) {
                // Bring the database's representation to the same form as the incoming keys.
                Row keyRow(plan_.fields.size());
                for (int k = 0; k < plan_.keyFields.size(); ++k) {
                    CoerceResult c = coerce(r[k], keyColumns[k]);
                    keyRow[plan_.keyFields[k]] = std::holds_alternative<Value>(c) ? std::get<Value>(c) : r[k];
                }
                found.insert(keyOf(keyRow), compare ? storedFingerprint(plan_, r, int(keyNames.size())) : QByteArray());
            }
        }
    }
    return found;
}

Row TableRunner::updateRow(const Row& values) const
{
    Row out;
    out.reserve(values.size());
    for (int f = 0; f < plan_.fields.size(); ++f)
        if (!plan_.keyFields.contains(f))
            out.push_back(values[f]);
    for (int k : plan_.keyFields)
        out.push_back(values[k]);
    return out;
}

QString TableRunner::checkColumn(const QString& reason) const
{
    const QString named = violatedCheck(reason);
    if (named.isEmpty())
        return {};
    for (const CheckConstraint& c : plan_.targetInfo.checks)
        if (!c.columns.isEmpty() && (c.name.compare(named, Qt::CaseInsensitive) == 0 || c.expression == named))
            return c.columns.first();
    return {};
}

QString TableRunner::columnHolding(const Row& values, const QString& quoted) const
{
    if (quoted.isEmpty())
        return {};
    // "invalid XML content" quotes nothing: the one xml column with a value is at fault.
    const bool xml = quoted == QLatin1String("xml");
    QString found;
    for (int f = 0; f < plan_.fields.size() && size_t(f) < values.size(); ++f) {
        if (values[size_t(f)].isNull() ||
            (xml ? plan_.fields[f].target.nativeType != QLatin1String("xml") : values[size_t(f)].toString() != quoted))
            continue;
        if (!found.isEmpty())
            return {}; // two columns hold it: the message does not say which
        found = plan_.fields[f].target.name;
    }
    return found;
}

qint64 TableRunner::writeIsolated(Op op, const std::vector<const Prepared*>& rows, int depth,
                                  const std::vector<Row>& sourceRows, TableCounts& batch)
{
    if (rows.empty())
        return 0;
    const QString sp = QStringLiteral("ferry_sp%1").arg(depth);
    const Dialect& d = target_->dialect();
    target_->execute(d.savepoint(sp));
    try {
        std::vector<Row> data;
        data.reserve(rows.size());
        for (const Prepared* p : rows)
            data.push_back(op == Op::Insert ? p->values : updateRow(p->values));
        if (op == Op::Insert)
            inserter_->insert(data);
        else if (updater_)
            updater_->update(data);
        target_->execute(d.releaseSavepoint(sp));
        if (op == Op::Insert && !plan_.keyFields.isEmpty() && !insertedKey_) {
            Row key;
            for (int k : plan_.keyFields)
                key.push_back(rows.front()->values[size_t(k)]);
            insertedKey_ = std::move(key);
        }
        return static_cast<qint64>(rows.size());
    } catch (const DbError& e) {
        // Only an error about a row is isolated and rejected; a lost connection, a cancel or an error about
        // the job itself (a dropped table, a full disk, no permission) ends the batch here.
        if (scopeOf(e, target_->family()) != ErrorScope::Row)
            throw;
        target_->execute(d.rollbackToSavepoint(sp));
        target_->execute(d.releaseSavepoint(sp));
        if (rows.size() == 1) {
            const DbRejectReason why = explainDatabaseError(e.message());
            QString column = why.column.isEmpty() ? checkColumn(why.reason) : why.column;
            if (column.isEmpty())
                column = columnHolding(rows.front()->values, quotedInputValue(why.reason));
            RejectRecord r =
                RowPreparer::makeReject(plan_, sourceRows[rows.front()->source], column, why.reason, e.sqlState());
            r.origin = QStringLiteral("database");
            rejectRow(r, batch);
            return 0;
        }
        const auto mid = rows.begin() + static_cast<std::ptrdiff_t>(rows.size() / 2);
        const std::vector<const Prepared*> left(rows.begin(), mid), right(mid, rows.end());
        return writeIsolated(op, left, depth + 1, sourceRows, batch) +
               writeIsolated(op, right, depth + 1, sourceRows, batch);
    }
}

void TableRunner::notePending(const Row& values)
{
    for (const LookupSpec& s : downstream_) {
        if (s.table.compare(plan_.target.name, Qt::CaseInsensitive) != 0)
            continue;
        int match = -1, result = -1;
        for (int f = 0; f < plan_.fields.size(); ++f) {
            if (plan_.fields[f].target.name.compare(s.matchColumn, Qt::CaseInsensitive) == 0)
                match = f;
            if (plan_.fields[f].target.name.compare(s.returnColumn, Qt::CaseInsensitive) == 0)
                result = f;
        }
        // A generated id is unknown before writing; in a dry run a distinct negative integer stands in
        // for it, so children of different parents still differ (duplicate rules compare them).
        if (match >= 0)
            lookups_.addPending(s.table, s.matchColumn, values[match],
                                result >= 0 ? values[result] : Value::integer(--pendingId_));
    }
}

void TableRunner::countStopped(const TableCounts& batch)
{
    // Nothing of the batch is written: only the rejected rows, up to the stopping one, are decided.
    TableCounts decided;
    decided.read = batch.rejected;
    decided.rejected = batch.rejected;
    counts_ += decided;
}

void TableRunner::predictRefusals(std::vector<const Prepared*>& rows, bool inserting,
                                  const std::vector<Row>& sourceRows, TableCounts& batch)
{
    std::vector<RejectRecord> refused(rows.size());
    std::vector<bool> isRefused(rows.size(), false);
    if (inserting) {
        if (!unique_)
            unique_ = std::make_unique<UniqueChecker>(plan_, *target_);
        const auto violations = unique_->check(rows);
        for (size_t i = 0; i < rows.size(); ++i) {
            if (!violations[i])
                continue;
            refused[i] = RowPreparer::makeReject(plan_, sourceRows[size_t(rows[i]->source)], violations[i]->column,
                                                 violations[i]->reason, {});
            refused[i].origin = violations[i]->withinLoad ? QStringLiteral("unique-within-load")
                                                          : QStringLiteral("unique-against-target");
            isRefused[i] = true;
        }
    }
    if (!checks_)
        checks_ = std::make_unique<CheckEvaluator>(plan_, *target_);
    const auto broken = checks_->check(rows);
    for (size_t i = 0; i < rows.size(); ++i) {
        if (isRefused[i] || !broken[i])
            continue;
        refused[i] = RowPreparer::makeReject(plan_, sourceRows[size_t(rows[i]->source)], broken[i]->column,
                                             broken[i]->reason, {});
        refused[i].origin = QStringLiteral("check");
        isRefused[i] = true;
    }
    std::vector<const Prepared*> accepted;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (isRefused[i])
            rejectRow(refused[i], batch);
        else
            accepted.push_back(rows[i]);
    }
    rows = std::move(accepted);
}

void TableRunner::refuseOrphans(std::vector<const Prepared*>& rows, bool updating, const std::vector<Row>& sourceRows,
                                TableCounts& batch)
{
    if (!foreignKeys_ || plan_.targetInfo.foreignKeys.isEmpty())
        return;
    if (!orphans_)
        orphans_ = std::make_unique<ForeignKeyChecker>(plan_, *target_);
    const auto refused = orphans_->check(rows, updating);
    std::vector<const Prepared*> accepted;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!refused[i]) {
            accepted.push_back(rows[i]);
            continue;
        }
        RejectRecord r = RowPreparer::makeReject(plan_, sourceRows[size_t(rows[i]->source)], refused[i]->column,
                                                 refused[i]->reason, refused[i]->sqlState);
        r.origin = QStringLiteral("foreign-key");
        rejectRow(r, batch);
    }
    rows = std::move(accepted);
}

void TableRunner::flushBatchOutput(const std::vector<MismatchRecord>& mismatches)
{
    for (const RejectRecord& r : batchRejects_)
        onReject_(r);
    batchRejects_.clear();
    if (onMismatch_)
        for (const MismatchRecord& m : mismatches)
            onMismatch_(m);
}

TableRunner::Decided TableRunner::decide(const std::vector<Prepared>& rows, TableCounts& batch, bool lookInTarget)
{
    Decided out;
    const bool keyed = !plan_.keyFields.isEmpty();
    QHash<QByteArray, QByteArray> existing; // key → fingerprint of the target row's values
    if (keyed && lookInTarget && plan_.mode != WriteMode::Insert)
        existing = existingRows(rows);
    const bool compare = comparesValues();
    const bool rules = plan_.dedupe.enabled();
    for (const Prepared& p : rows) {
        if (p.duplicate)
            ++batch.duplicates;
        if (p.fate == Prepared::Fate::SkipDuplicate) {
            ++batch.skipped;
            continue;
        }
        if (p.fate == Prepared::Fate::WriteFlagged)
            ++batch.flagged;
        if (p.fate == Prepared::Fate::UpdateTarget) {
            out.updates.push_back(&p);
            continue;
        }
        bool exists = false;
        if (keyed) {
            const QByteArray key = keyOf(p.values);
            const quint64 hash = hash64(key);
            const bool seen = !seenKeys_.insert(hash).second;
            if (!seen)
                batchSeen_.push_back(hash);
            if (seen && !rules) // with duplicate rules, the rules count duplicates
                ++batch.duplicates;
            const auto stored = existing.constFind(key);
            exists = seen || stored != existing.constEnd();
            // A target row that already holds exactly these values is left alone: no write, no trigger,
            // no "last modified" touched. A key seen earlier in this run is written as before (its
            // earlier row may have changed the target row since it was read).
            if (compare && !seen && stored != existing.constEnd() && *stored == incomingFingerprint(plan_, p.values)) {
                ++batch.unchanged;
                continue;
            }
        }
        route(p, exists, out, batch);
    }
    return out;
}

void TableRunner::route(const Prepared& p, bool exists, Decided& out, TableCounts& batch) const
{
    switch (plan_.mode) {
    case WriteMode::Insert:
        out.inserts.push_back(&p);
        break;
    case WriteMode::Upsert:
        (exists ? out.updates : out.inserts).push_back(&p);
        break;
    case WriteMode::UpdateOnly:
        if (exists)
            out.updates.push_back(&p);
        else
            ++batch.skipped;
        break;
    case WriteMode::SkipExisting:
        if (exists)
            ++batch.skipped;
        else
            out.inserts.push_back(&p);
        break;
    }
}

void TableRunner::writeDecided(const Decided& decided, const PreparedBatch& prepared, TableCounts& batch)
{
    target_->begin();
    insertedKey_.reset();
    bool hooked = false;
    try {
        batch.inserted = writeIsolated(Op::Insert, decided.inserts, 0, prepared.source, batch);
        batch.updated = writeIsolated(Op::Update, decided.updates, 0, prepared.source, batch);
        TableCounts after = counts_;
        after += batch;
        if (hook_) {
            hooked = true;
            hook_->beforeCommit(*target_, CommittingBatch{plan_, after, prepared.source, prepared.rows, batchRejects_,
                                                          insertedKey_ ? &*insertedKey_ : nullptr});
        }
        target_->commit();
        if (hook_)
            hook_->afterCommit();
    } catch (const StopRun&) {
        rollbackBatch(hooked);
        throw;
    } catch (...) {
        rollbackBatch(hooked);
        batchRejects_.clear();
        throw;
    }
}

void TableRunner::rollbackBatch(bool hooked)
{
    // The connection may be gone; the server then rolled back already.
    try {
        target_->rollback();
    } catch (const DbError&) {
    }
    for (quint64 h : batchSeen_)
        seenKeys_.erase(h);
    batchSeen_.clear();
    if (hooked && hook_)
        hook_->afterRollback();
}

void TableRunner::reattach(Connection& target)
{
    target_ = &target;
    inserter_.reset();
    updater_.reset();
    unique_.reset();
    checks_.reset();
    orphans_.reset();
    start();
}

void TableRunner::seedCounts(const TableCounts& counts)
{
    counts_ = counts;
    counts_.source = plan_.sourceLabel;
    counts_.target = plan_.target.name;
    counts_.completed = false;
}

void TableRunner::replayCommitted(const PreparedBatch& batch)
{
    TableCounts ignored;
    decide(batch.rows, ignored, /*lookInTarget=*/false);
    batchSeen_.clear();
}

void TableRunner::processBatch(const PreparedBatch& prepared)
{
    TableCounts batch;
    batchRejects_ = prepared.rejects;
    batch.mismatches = qint64(prepared.mismatches.size());
    batch.rejected = qint64(batchRejects_.size());
    if (prepared.stop) {
        countStopped(batch);
        flushBatchOutput(prepared.mismatches);
        throw StopRun{*prepared.stop};
    }
    batch.read = qint64(prepared.source.size());
    const std::vector<Row>& rows = prepared.source;
    batchSeen_.clear();
    Decided decided = decide(prepared.rows, batch, true);

    if (mode_ == TargetMode::Predict) {
        // What the database would refuse: the same rows a real run rejects at its unique keys.
        predictRefusals(decided.inserts, true, rows, batch);
        predictRefusals(decided.updates, false, rows, batch);
        batch.inserted = static_cast<qint64>(decided.inserts.size());
        batch.updated = static_cast<qint64>(decided.updates.size());
        for (const Prepared* p : decided.inserts)
            notePending(p->values);
    } else {
        try {
            if (mode_ == TargetMode::Rehearse) {
                refuseOrphans(decided.inserts, false, rows, batch);
                refuseOrphans(decided.updates, true, rows, batch);
            }
            writeDecided(decided, prepared, batch);
        } catch (const StopRun&) {
            countStopped(batch);
            flushBatchOutput(prepared.mismatches);
            throw;
        }
    }
    counts_ += batch;
    flushBatchOutput(prepared.mismatches);
    if (plan_.maxRejects >= 0 && counts_.rejected > plan_.maxRejects)
        throw StopRun{tr("more than %1 rows of %2 were rejected").arg(plan_.maxRejects).arg(plan_.label())};
}

} // namespace ferry
