#include "verifier.h"

#include "core/errors.h"
#include "engine/lookup_cache.h"
#include "engine/migration.h"
#include "engine/plan.h"
#include "engine/run_ledger.h"
#include "engine/run_record.h"
#include "engine/stage_guard.h"
#include "engine/verify_buckets.h"
#include "engine/verify_expected.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <climits>
#include <unordered_set>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::Verifier", text);
}
// Plural messages: lupdate reads tr("…", nullptr, n) as one, and the catalogue script files it in the
// helper's context like the others.
QString tr(const char* text, const char* disambiguation, qint64 n)
{
    return QCoreApplication::translate("ferry::Verifier", text, disambiguation, int(qMin<qint64>(n, INT_MAX)));
}

using RowSink = std::function<void(std::vector<Row>&)>;

// --- Streaming ---------------------------------------------------------------------------------------

constexpr int kFetchRows = 1000;
constexpr int kPageRows = 20000;

void streamQuery(Connection& c, const QString& sql, int fetchRows, const RowSink& sink)
{
    auto reader = c.query(sql);
    std::vector<Row> rows;
    while (reader->fetch(rows, fetchRows))
        sink(rows);
}

// MariaDB Connector/ODBC caches whole result sets client-side: large tables are read in key pages.
void streamPaged(Connection& c, const std::function<QString(bool afterKey)>& sqlFor, const QList<int>& keyPositions,
                 int fetchRows, const RowSink& sink)
{
    std::vector<Value> params;
    for (bool after = false;; after = true) {
        auto reader = c.query(sqlFor(after), params);
        qint64 got = 0;
        Row last;
        std::vector<Row> rows;
        while (reader->fetch(rows, fetchRows)) {
            got += qint64(rows.size());
            last = rows.back();
            sink(rows);
        }
        if (got < kPageRows)
            return;
        params.clear();
        for (int k : keyPositions)
            params.push_back(last[size_t(k)]);
    }
}

// A mapping's source rows, in the order a run reads them.
void streamSource(Connection& source, const TablePlan& plan, const RowSink& sink)
{
    const int fetchRows = qMax(100, plan.batchSize);
    if (source.family() == DbFamily::MariaDB && !plan.sourcePrimaryKey.isEmpty())
        streamPaged(
            source, [&](bool after) { return plan.pagedSourceSql(source.dialect(), after, kPageRows); },
            plan.sourcePrimaryKey, fetchRows, sink);
    else
        streamQuery(source, plan.sourceSql, fetchRows, sink);
}

// --- One table ---------------------------------------------------------------------------------------

struct SampleValues {
    Row expected, actual;
    bool haveExpected = false, haveActual = false;
};

class TableCheck {
public:
    // siblings: the other mappings that write the same target table.
    TableCheck(const TablePlan& plan, QList<const TablePlan*> siblings, Connection& source, Connection& target,
               LookupSource& lookups, TableLedger ledger, const VerifyRequest& request,
               const std::function<void(QString)>& say)
        : plan_(plan)
        , siblings_(std::move(siblings))
        , source_(source)
        , target_(target)
        , lookups_(lookups)
        , ledger_(std::move(ledger))
        , request_(request)
        , say_(say)
    {
        // Verify wants every row the rules accept; a run's "stop at first error" must not cut a batch short.
        plan_.onError = ErrorPolicy::Reject;
    }

    VerifyTableResult run();

private:
    struct Drilled {
        std::vector<qint64> perColumn; // rows differing in each field
        std::vector<verify::DrillFinding> findings;
        qint64 collapsed = 0;
    };
    void hashBoth(verify::BucketTable& expected, verify::BucketTable& actual, VerifyTableResult& r);
    Drilled drill(const verify::BucketTable& expected, const verify::BucketTable& actual,
                  const std::vector<int>& differing, VerifyTableResult& r);
    void conclude(Drilled& d, VerifyTableResult& r);
    void chooseKey(VerifyTableResult& r);
    void collectSiblingKeys(VerifyTableResult& r);
    // onExcluded: the key hash of each source row left out whose key is known (by-key comparison only).
    void streamExpected(const std::function<void(const Row&)>& onRow,
                        const std::function<void(quint64)>& onExcluded = {});
    void streamActual(const std::function<void(const Row&)>& onRow);
    void fillSamples(VerifyTableResult& r, const std::vector<verify::DrillFinding>& findings);
    QString keyText(const Row& values) const;

    TablePlan plan_;
    QList<const TablePlan*> siblings_;
    Connection& source_;
    Connection& target_;
    LookupSource& lookups_;
    TableLedger ledger_;
    const VerifyRequest& request_;
    const std::function<void(QString)>& say_;

    QList<int> keys_; // positions in plan_.fields; empty = whole-row comparison
    verify::Collapse collapse_ = verify::Collapse::KeepAll;
    std::optional<verify::RowHasher> hasher_;
    verify::AccountedKeys accounted_; // excluded keys: filled by the first expected stream
    // Counted by each expected stream; the same every time.
    qint64 excluded_ = 0;  // rejected, or skipped as a duplicate
    qint64 skipped_ = 0;   // of which skipped as a duplicate
    qint64 rewritten_ = 0; // written with a merge's or a target row's values
};

void TableCheck::chooseKey(VerifyTableResult& r)
{
    keys_ = plan_.keyFields;
    if (keys_.isEmpty() && !plan_.targetInfo.primaryKey.isEmpty()) {
        QList<int> pk;
        for (const QString& name : plan_.targetInfo.primaryKey)
            for (int f = 0; f < plan_.fields.size(); ++f)
                if (plan_.fields[f].target.name.compare(name, Qt::CaseInsensitive) == 0)
                    pk << f;
        if (pk.size() == plan_.targetInfo.primaryKey.size())
            keys_ = pk;
    }
    if (keys_.isEmpty()) {
        r.method = QStringLiteral("row");
        r.notes << tr("no match keys and the target's primary key is not mapped (or generated by the database): "
                      "whole rows are compared, so a changed row shows as one missing and one extra");
        return;
    }
    r.method = QStringLiteral("key");
    for (int k : keys_)
        r.keyColumns << plan_.fields[k].target.name;
    switch (plan_.mode) {
    case WriteMode::Upsert:
    case WriteMode::UpdateOnly:
        collapse_ = verify::Collapse::KeepLast; // a later row with the same key updated the earlier one
        break;
    case WriteMode::SkipExisting:
        collapse_ = verify::Collapse::KeepFirst;
        r.notes << tr("skip-existing: rows that were in the target before the run were left as they were; if "
                      "they differ from the source they are reported as different");
        break;
    case WriteMode::Insert:
        collapse_ = verify::Collapse::KeepAll;
        break;
    }
}

void TableCheck::streamExpected(const std::function<void(const Row&)>& onRow,
                                const std::function<void(quint64)>& onExcluded)
{
    ExpectedRows expected(plan_, &lookups_, ledger_); // each stream consumes its own copy of the ledger
    Row values;
    const RowSink sink = [&](std::vector<Row>& rows) {
        for (const Row& source : rows) {
            bool keyKnown = false;
            if (expected.take(source, &values, &keyKnown) == ExpectedRows::Fate::Expected)
                onRow(values);
            else if (onExcluded && keyKnown && hasher_->byKey())
                onExcluded(hasher_->digest(values).keyHash);
        }
    };
    streamSource(source_, plan_, sink);
    excluded_ = expected.excluded();
    skipped_ = expected.skipped();
    rewritten_ = expected.rewritten();
}

void TableCheck::collectSiblingKeys(VerifyTableResult& r)
{
    accounted_.otherMappings.clear();
    if (keys_.isEmpty())
        return;
    // Rows no mapping expects are extra once, in the entry of the table's first mapping.
    int first = plan_.projectIndex;
    for (const TablePlan* sibling : siblings_)
        first = qMin(first, sibling->projectIndex);
    accounted_.extraReportedElsewhere = first < plan_.projectIndex;
    if (accounted_.extraReportedElsewhere)
        r.notes << tr("rows of this table that no mapping expects are counted as extra under tables[%1]").arg(first);
    for (const TablePlan* sibling : siblings_) {
        // This mapping's key columns among the sibling's fields; their values hashed in this mapping's layout.
        QList<int> at;
        for (int k : keys_)
            for (int f = 0; f < sibling->fields.size(); ++f)
                if (sibling->fields[f].target.name.compare(plan_.fields[k].target.name, Qt::CaseInsensitive) == 0)
                    at << f;
        if (at.size() != keys_.size()) {
            r.notes << tr("tables[%1] writes this table too but not its key: its rows may show as extra here")
                           .arg(sibling->projectIndex);
            continue;
        }
        ExpectedRows rows(*sibling, &lookups_, ledger_);
        Row values, keyRow(size_t(plan_.fields.size()));
        streamSource(source_, *sibling, [&](std::vector<Row>& batch) {
            for (const Row& source : batch) {
                bool keyKnown = false;
                if (rows.take(source, &values, &keyKnown) != ExpectedRows::Fate::Expected)
                    continue;
                for (qsizetype k = 0; k < keys_.size(); ++k)
                    keyRow[size_t(keys_[k])] = values[size_t(at[k])];
                accounted_.otherMappings.insert(hasher_->digest(keyRow).keyHash);
            }
        });
    }
}

void TableCheck::streamActual(const std::function<void(const Row&)>& onRow)
{
    const Dialect& d = target_.dialect();
    QStringList columns;
    for (const FieldPlan& f : plan_.fields)
        columns << f.target.name;
    const size_t mapped = size_t(columns.size());
    // The values as the database's own types read them, compared as they are (verify_compare.h).
    const RowSink sink = [&](std::vector<Row>& rows) {
        for (Row& row : rows) {
            row.resize(mapped); // without the key columns a paged read appends
            onRow(row);
        }
    };
    const QStringList pk = plan_.targetInfo.primaryKey;
    if (target_.family() == DbFamily::MariaDB && !pk.isEmpty()) {
        QStringList quotedPk, marks;
        QList<int> pkPositions;
        for (const QString& k : pk) {
            quotedPk << d.quoteIdentifier(k);
            marks << QStringLiteral("?");
            pkPositions << int(columns.size());
            columns << k;
        }
        const QString select =
            QStringLiteral("SELECT ") + d.columnList(columns) + QStringLiteral(" FROM ") + d.qualified(plan_.target);
        streamPaged(
            target_,
            [&](bool after) {
                QString sql = select;
                if (after)
                    sql += QStringLiteral(" WHERE (") + quotedPk.join(QStringLiteral(", ")) + QStringLiteral(") > (") +
                           marks.join(QStringLiteral(", ")) + QLatin1Char(')');
                return sql + QStringLiteral(" ORDER BY ") + quotedPk.join(QStringLiteral(", ")) +
                       QStringLiteral(" LIMIT %1").arg(kPageRows);
            },
            pkPositions, kFetchRows, sink);
        return;
    }
    const QString columnSql = columns.isEmpty() ? QStringLiteral("1") : d.columnList(columns);
    streamQuery(target_, QStringLiteral("SELECT ") + columnSql + QStringLiteral(" FROM ") + d.qualified(plan_.target),
                kFetchRows, sink);
}

QString TableCheck::keyText(const Row& values) const
{
    QStringList parts;
    if (keys_.isEmpty())
        for (const Value& v : values)
            parts << v.display();
    else
        for (int k : keys_)
            parts << values[size_t(k)].display();
    return parts.join(QStringLiteral(", "));
}

void TableCheck::fillSamples(VerifyTableResult& r, const std::vector<verify::DrillFinding>& findings)
{
    if (findings.empty())
        return;
    // One more stream of each side, keeping only the sampled keys' values.
    QHash<quint64, SampleValues> values;
    for (const verify::DrillFinding& f : findings)
        values.insert(f.keyHash, {});
    streamActual([&](const Row& row) {
        auto it = values.find(hasher_->digest(row).keyHash);
        if (it != values.end() && !it->haveActual) {
            it->actual = row;
            it->haveActual = true;
        }
    });
    streamExpected([&](const Row& row) {
        auto it = values.find(hasher_->digest(row).keyHash);
        if (it != values.end() && (!it->haveExpected || collapse_ == verify::Collapse::KeepLast)) {
            it->expected = row;
            it->haveExpected = true;
        }
    });

    QStringList allColumns;
    for (const FieldPlan& f : plan_.fields)
        allColumns << f.target.name;
    for (const verify::DrillFinding& f : findings) {
        const SampleValues& v = values[f.keyHash];
        VerifySample s;
        s.key = keyText(v.haveExpected ? v.expected : v.actual);
        switch (f.kind) {
        case verify::DrillFinding::Kind::Missing:
            s.kind = VerifySample::Kind::Missing;
            s.columns = allColumns;
            for (const Value& x : v.expected)
                s.expected << x.display();
            break;
        case verify::DrillFinding::Kind::Extra:
            s.kind = VerifySample::Kind::Extra;
            s.columns = allColumns;
            for (const Value& x : v.actual)
                s.actual << x.display();
            break;
        case verify::DrillFinding::Kind::Different:
            s.kind = VerifySample::Kind::Different;
            for (int c : f.columns) {
                s.columns << allColumns[c];
                s.expected << (v.haveExpected ? v.expected[size_t(c)].display() : QString());
                s.actual << (v.haveActual ? v.actual[size_t(c)].display() : QString());
            }
            break;
        }
        r.samples << s;
    }
}

void TableCheck::hashBoth(verify::BucketTable& expected, verify::BucketTable& actual, VerifyTableResult& r)
{
    say_(tr("%1: hashing the source and the target").arg(plan_.label()));
    accounted_.excluded.clear();
    streamExpected([&](const Row& row) { expected.add(hasher_->digest(row)); },
                   [&](quint64 key) { accounted_.excluded.insert(key); });
    r.excluded = excluded_;
    if (skipped_ > 0)
        r.notes << tr("%n source row(s) the run skipped as duplicates are not expected", nullptr, skipped_);
    if (rewritten_ > 0)
        r.notes << tr("%n source row(s) are expected as the run wrote them: merged with their duplicates or under the "
                      "key of the target row they updated",
                      nullptr, rewritten_);
    streamActual([&](const Row& row) { actual.add(hasher_->digest(row)); });
    r.targetRows = actual.rows();
}

TableCheck::Drilled TableCheck::drill(const verify::BucketTable& expected, const verify::BucketTable& actual,
                                      const std::vector<int>& differing, VerifyTableResult& r)
{
    Drilled d;
    d.perColumn.assign(plan_.fields.size(), 0);
    const QList<std::vector<int>> passes =
        verify::drillPasses(expected, actual, differing, qMax<qint64>(1, request_.rowsPerPass));
    if (!differing.empty())
        say_(tr("%1: %n bucket(s) differ, comparing their rows", nullptr, qint64(differing.size())).arg(plan_.label()));
    for (const std::vector<int>& buckets : passes) {
        verify::DrillPass pass(expected, buckets, collapse_, &accounted_);
        streamActual([&](const Row& row) {
            verify::RowDigest digest = hasher_->digest(row);
            if (pass.wants(digest.keyHash))
                pass.addActual(std::move(digest));
        });
        streamExpected([&](const Row& row) {
            verify::RowDigest digest = hasher_->digest(row);
            if (pass.wants(digest.keyHash))
                pass.addExpected(std::move(digest));
        });
        verify::DrillOutcome o =
            pass.classify(int(plan_.fields.size()), VerifyTableResult::kMaxSamples - int(d.findings.size()));
        r.matched += o.matched;
        r.missing += o.missing;
        r.extra += o.extra;
        r.different += o.different;
        d.collapsed += o.collapsed;
        r.excludedInTarget += o.excludedInTarget;
        r.otherMappings += o.otherMappings;
        for (size_t c = 0; c < d.perColumn.size(); ++c)
            d.perColumn[c] += o.differentColumns[c];
        d.findings.insert(d.findings.end(), o.findings.begin(), o.findings.end());
    }
    return d;
}

void TableCheck::conclude(Drilled& d, VerifyTableResult& r)
{
    if (plan_.mode == WriteMode::UpdateOnly && r.missing > 0) {
        // The run only updates: a source row without a target row was skipped, not lost.
        r.notes << tr("update-only: %n source row(s) have no target row; the run skipped them", nullptr, r.missing);
        r.excluded += r.missing;
        r.missing = 0;
        std::erase_if(d.findings,
                      [](const verify::DrillFinding& f) { return f.kind == verify::DrillFinding::Kind::Missing; });
    }
    if (r.otherMappings > 0)
        r.notes << tr("%n target row(s) are expected by another mapping into the same table, not counted here", nullptr,
                      r.otherMappings);
    if (r.excludedInTarget > 0)
        r.notes << tr("%n target row(s) hold the key of a source row the run left out (rejected or skipped): the "
                      "run did not write over them, and they are not counted as extra",
                      nullptr, r.excludedInTarget);
    if (d.collapsed > 0)
        r.notes << tr("%n source row(s) share their key with another source row; the target keeps one per key "
                      "(%1)",
                      nullptr, d.collapsed)
                       .arg(writeModeName(plan_.mode));
    for (size_t c = 0; c < d.perColumn.size(); ++c)
        if (d.perColumn[c] > 0)
            r.differentColumns.insert(plan_.fields[qsizetype(c)].target.name, d.perColumn[c]);
    r.expected = r.matched + r.missing + r.different;
    fillSamples(r, d.findings);
}

VerifyTableResult TableCheck::run()
{
    QElapsedTimer clock;
    clock.start();
    VerifyTableResult r;
    r.mapping = plan_.projectIndex;
    r.source = plan_.sourceLabel;
    r.target = plan_.target.name;
    chooseKey(r);
    hasher_.emplace(plan_.columns(), keys_);
    collectSiblingKeys(r);

    // Pass 1: bucket aggregates of both sides.
    verify::BucketTable expected(request_.buckets), actual(request_.buckets);
    hashBoth(expected, actual, r);
    const std::vector<int> differing = verify::differingBuckets(expected, actual);
    std::vector<bool> drilled(size_t(expected.size()), false);
    for (int b : differing)
        drilled[size_t(b)] = true;
    for (int b = 0; b < expected.size(); ++b)
        if (!drilled[size_t(b)])
            r.matched += expected.at(b).count;

    // Pass 2: drill into the buckets that disagree, a bounded number of rows at a time.
    Drilled d = drill(expected, actual, differing, r);
    conclude(d, r);
    r.seconds = double(clock.elapsed()) / 1000.0;
    say_(tr("%1: matched %2, missing %3, extra %4, different %5")
             .arg(plan_.label())
             .arg(r.matched)
             .arg(r.missing)
             .arg(r.extra)
             .arg(r.different));
    return r;
}

} // namespace

Verifier::Verifier(Project project, VerifyRequest request)
    : project_(std::move(project))
    , request_(std::move(request))
{
}

QString Verifier::lastRunDirectory(const QString& outputDirectory)
{
    return runDirectories(outputDirectory).value(0);
}

// Both sides open and planned, the tables chosen and what the last run did: everything a check needs.
struct Verifier::Prepared {
    QTemporaryDir scratch;
    std::unique_ptr<Connection> source, target;
    Plan plan;
    QList<int> selected;
    RunLedger ledger;
};

std::optional<VerifyFailure> Verifier::open(Prepared& p, QString* error)
{
    // A target that does not exist is not created: its init script builds it in a scratch folder, and
    // every expected row then shows as missing.
    try {
        QString planErrors;
        std::optional<Migration::Opened> opened =
            Migration::openAndPlan(project_, Migration::withoutCreating(project_.target, p.scratch.path()),
                                   request_.sourcePassword, request_.targetPassword, &planErrors);
        if (!opened) {
            *error = planErrors;
            return VerifyFailure::Project;
        }
        p.source = std::move(opened->source);
        p.target = std::move(opened->target);
        p.plan = std::move(opened->plan);
    } catch (const ConnectError& e) {
        *error = e.message() + QLatin1Char(' ') + e.advice();
        return VerifyFailure::Connection;
    } catch (const Error& e) {
        *error = e.message();
        return VerifyFailure::Connection;
    }
    return std::nullopt;
}

bool Verifier::selectTables(Prepared& p, QString* error) const
{
    for (int t = 0; t < p.plan.tables.size(); ++t)
        if (request_.tables.isEmpty() || request_.tables.contains(p.plan.tables[t].target.name, Qt::CaseInsensitive))
            p.selected << t;
    for (const QString& name : request_.tables) {
        bool known = false;
        for (const TablePlan& t : p.plan.tables)
            known = known || t.target.name.compare(name, Qt::CaseInsensitive) == 0;
        if (!known) {
            *error = tr("the project writes no target table \"%1\"").arg(name);
            return false;
        }
    }
    return true;
}

bool Verifier::loadLedger(Prepared& p, VerifyResult& result, QString* error) const
{
    const QString runDir =
        request_.runDirectory.isEmpty() ? lastRunDirectory(project_.options.outputDirectory) : request_.runDirectory;
    if (runDir.isEmpty()) {
        say(tr("No earlier run found in %1: only rows the rules refuse are left out")
                .arg(QDir::toNativeSeparators(project_.options.outputDirectory)));
        return true;
    }
    if (!p.ledger.load(runDir, error))
        return false;
    result.rejectsFile = p.ledger.rejectsFile();
    result.decisionsFile = p.ledger.dedupeFile();
    say(tr("Rows the run in %1 rejected or skipped are not expected").arg(QDir::toNativeSeparators(runDir)));
    return true;
}

void Verifier::checkTables(Prepared& p, VerifyResult& result) const
{
    // Lookups read the target as the run left it (parents included).
    QList<LookupSpec> lookupSpecs;
    for (const TablePlan& t : p.plan.tables)
        for (const FieldPlan& f : t.fields)
            lookupSpecs << f.chain->lookups();
    LookupCache lookups;
    lookups.load(*p.target, lookupSpecs);
    const std::function<void(QString)> sayLine = [this](const QString& m) { say(m); };
    for (int t : p.selected) {
        const TablePlan& tp = p.plan.tables[t];
        const QString error = guarded([&] {
            QList<const TablePlan*> siblings;
            for (const TablePlan& other : p.plan.tables)
                if (&other != &tp && other.target == tp.target)
                    siblings << &other;
            TableCheck check(tp, siblings, *p.source, *p.target, lookups, p.ledger.table(tp.target.name), request_,
                             sayLine);
            result.tables << check.run();
        });
        if (!error.isEmpty())
            throw Error(tr("verifying %1 failed: %2").arg(tp.label(), error));
    }
}

void Verifier::say(const QString& message) const
{
    if (progress)
        progress(message);
}

VerifyResult Verifier::run()
{
    QElapsedTimer clock;
    clock.start();
    VerifyResult result;
    auto fail = [&](VerifyFailure kind, const QString& message) {
        result.failure = kind;
        result.error = message;
        result.seconds = double(clock.elapsed()) / 1000.0;
        return result;
    };
    Prepared p;
    QString error;
    if (std::optional<VerifyFailure> failed = open(p, &error))
        return fail(*failed, error);
    if (!selectTables(p, &error))
        return fail(VerifyFailure::Project, error);
    if (!loadLedger(p, result, &error))
        return fail(VerifyFailure::Run, error);
    error = guarded([&] { checkTables(p, result); });
    if (!error.isEmpty())
        return fail(VerifyFailure::Run, error);
    result.seconds = double(clock.elapsed()) / 1000.0;
    return result;
}

} // namespace ferry
