#include "verifier.h"

#include "core/errors.h"
#include "engine/coerce.h"
#include "engine/lookup_cache.h"
#include "engine/migration.h"
#include "engine/plan.h"
#include "engine/row_preparer.h"
#include "engine/verify_buckets.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <climits>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::Verifier", text);
}
QString trn(const char* text, qint64 n)
{
    return QCoreApplication::translate("ferry::Verifier", text, nullptr, int(qMin<qint64>(n, INT_MAX)));
}

using RowSink = std::function<void(std::vector<Row>&)>;

// --- The last run's rejects -------------------------------------------------------------------------

// Records of a CSV file as RunOutput writes them (RFC 4180 quoting, fields may span lines).
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = any = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                record << field;
                records << record;
            }
            record.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

// Per source key: how many rejected rows had each joined source-values text. Both are needed: rows
// with one key (duplicates the database refused) are told apart by their values.
using RejectTable = QHash<QString, QHash<QString, int>>;

QString joinedValues(const Row& source)
{
    QStringList values;
    for (const Value& v : source)
        values << v.display();
    return values.join(QStringLiteral(" | "));
}

// Consumes one listed reject matching this source row, if any.
bool takeReject(RejectTable& rejects, const TablePlan& plan, const Row& source)
{
    if (rejects.isEmpty())
        return false;
    const QString key = plan.sourceKeyIndex >= 0 ? source[size_t(plan.sourceKeyIndex)].toString() : QString();
    auto byKey = rejects.find(key);
    if (byKey == rejects.end())
        return false;
    auto byValues = byKey->find(joinedValues(source));
    if (byValues == byKey->end() || *byValues <= 0)
        return false;
    --*byValues;
    return true;
}

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

// --- One table ---------------------------------------------------------------------------------------

struct SampleValues {
    Row expected, actual;
    bool haveExpected = false, haveActual = false;
};

class TableCheck {
public:
    TableCheck(const TablePlan& plan, int planIndex, Connection& source, Connection& target, LookupSource& lookups,
               RejectTable rejects, const VerifyRequest& request, const std::function<void(QString)>& say)
        : plan_(plan)
        , planIndex_(planIndex)
        , source_(source)
        , target_(target)
        , lookups_(lookups)
        , rejects_(std::move(rejects))
        , request_(request)
        , say_(say)
    {
        // Verify wants every row the rules accept; a run's "stop at first error" must not cut a batch short.
        plan_.onError = ErrorPolicy::Reject;
    }

    VerifyTableResult run();

private:
    void chooseKey(VerifyTableResult& r);
    void streamExpected(const std::function<void(const Row&)>& onRow);
    void streamActual(const std::function<void(const Row&)>& onRow);
    void fillSamples(VerifyTableResult& r, const std::vector<verify::DrillFinding>& findings);
    QString keyText(const Row& values) const;

    TablePlan plan_;
    int planIndex_;
    Connection& source_;
    Connection& target_;
    LookupSource& lookups_;
    RejectTable rejects_;
    const VerifyRequest& request_;
    const std::function<void(QString)>& say_;

    QList<int> keys_; // positions in plan_.fields; empty = whole-row comparison
    verify::Collapse collapse_ = verify::Collapse::KeepAll;
    std::optional<verify::RowHasher> hasher_;
    qint64 excluded_ = 0; // counted by each expected stream; the same every time
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

void TableCheck::streamExpected(const std::function<void(const Row&)>& onRow)
{
    RejectTable rejects = rejects_; // each stream consumes its own copy
    RowPreparer preparer(plan_, &lookups_);
    excluded_ = 0;
    const RowSink sink = [&](std::vector<Row>& rows) {
        PreparedBatch batch = preparer.prepare(std::move(rows));
        excluded_ += qint64(batch.rejects.size()); // refused by the rules: the run refused them too
        for (const PreparedRow& p : batch.rows) {
            const Row& source = batch.source[size_t(p.source)];
            if (takeReject(rejects, plan_, source) ||
                (request_.exclusions && request_.exclusions->excluded(planIndex_, source, p.values))) {
                ++excluded_;
                continue;
            }
            onRow(p.values);
        }
    };
    const int fetchRows = qMax(100, plan_.batchSize);
    if (source_.family() == DbFamily::MariaDB && !plan_.sourcePrimaryKey.isEmpty())
        streamPaged(
            source_, [&](bool after) { return plan_.pagedSourceSql(source_.dialect(), after, kPageRows); },
            plan_.sourcePrimaryKey, fetchRows, sink);
    else
        streamQuery(source_, plan_.sourceSql, fetchRows, sink);
}

void TableCheck::streamActual(const std::function<void(const Row&)>& onRow)
{
    const Dialect& d = target_.dialect();
    QStringList columns;
    for (const FieldPlan& f : plan_.fields)
        columns << f.target.name;
    const int mapped = int(columns.size());
    Row coerced;
    coerced.resize(size_t(mapped));
    const RowSink sink = [&](std::vector<Row>& rows) {
        for (const Row& row : rows) {
            // The database's representation brought to the form the source values were coerced to.
            for (int c = 0; c < mapped; ++c) {
                CoerceResult v = coerce(row[size_t(c)], plan_.fields[c].target);
                coerced[size_t(c)] = std::holds_alternative<Value>(v) ? std::get<Value>(v) : row[size_t(c)];
            }
            onRow(coerced);
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

VerifyTableResult TableCheck::run()
{
    QElapsedTimer clock;
    clock.start();
    VerifyTableResult r;
    r.target = plan_.target.name;
    chooseKey(r);
    hasher_.emplace(plan_.columns(), keys_);

    // Pass 1: bucket aggregates of both sides.
    say_(tr("%1: hashing the source and the target").arg(plan_.label()));
    verify::BucketTable expected(request_.buckets), actual(request_.buckets);
    streamExpected([&](const Row& row) { expected.add(hasher_->digest(row)); });
    r.excluded = excluded_;
    streamActual([&](const Row& row) { actual.add(hasher_->digest(row)); });
    r.targetRows = actual.rows();

    const std::vector<int> differing = verify::differingBuckets(expected, actual);
    {
        std::vector<bool> drilled(size_t(expected.size()), false);
        for (int b : differing)
            drilled[size_t(b)] = true;
        for (int b = 0; b < expected.size(); ++b)
            if (!drilled[size_t(b)])
                r.matched += expected.at(b).count;
    }

    // Pass 2: drill into the buckets that disagree, a bounded number of rows at a time.
    const int columnCount = int(plan_.fields.size());
    std::vector<qint64> perColumn(size_t(columnCount), 0);
    std::vector<verify::DrillFinding> findings;
    qint64 collapsed = 0;
    const QList<std::vector<int>> passes =
        verify::drillPasses(expected, actual, differing, qMax<qint64>(1, request_.rowsPerPass));
    if (!differing.empty())
        say_(trn("%1: %n bucket(s) differ, comparing their rows", qint64(differing.size())).arg(plan_.label()));
    for (const std::vector<int>& buckets : passes) {
        verify::DrillPass pass(expected, buckets, collapse_);
        streamActual([&](const Row& row) {
            verify::RowDigest d = hasher_->digest(row);
            if (pass.wants(d.keyHash))
                pass.addActual(std::move(d));
        });
        streamExpected([&](const Row& row) {
            verify::RowDigest d = hasher_->digest(row);
            if (pass.wants(d.keyHash))
                pass.addExpected(std::move(d));
        });
        verify::DrillOutcome o = pass.classify(columnCount, VerifyTableResult::kMaxSamples - int(findings.size()));
        r.matched += o.matched;
        r.missing += o.missing;
        r.extra += o.extra;
        r.different += o.different;
        collapsed += o.collapsed;
        for (int c = 0; c < columnCount; ++c)
            perColumn[size_t(c)] += o.differentColumns[size_t(c)];
        findings.insert(findings.end(), o.findings.begin(), o.findings.end());
    }

    if (plan_.mode == WriteMode::UpdateOnly && r.missing > 0) {
        // The run only updates: a source row without a target row was skipped, not lost.
        r.notes << trn("update-only: %n source row(s) have no target row; the run skipped them", r.missing);
        r.excluded += r.missing;
        r.missing = 0;
        std::erase_if(findings,
                      [](const verify::DrillFinding& f) { return f.kind == verify::DrillFinding::Kind::Missing; });
    }
    if (collapsed > 0)
        r.notes << trn("%n source row(s) share their key with another source row; the target keeps one per key "
                       "(%1)",
                       collapsed)
                       .arg(writeModeName(plan_.mode));
    for (int c = 0; c < columnCount; ++c)
        if (perColumn[size_t(c)] > 0)
            r.differentColumns.insert(plan_.fields[c].target.name, perColumn[size_t(c)]);
    r.expected = r.matched + r.missing + r.different;

    fillSamples(r, findings);
    r.seconds = clock.elapsed() / 1000.0;
    say_(tr("%1: matched %2, missing %3, extra %4, different %5")
             .arg(plan_.label())
             .arg(r.matched)
             .arg(r.missing)
             .arg(r.extra)
             .arg(r.different));
    return r;
}

QHash<QString, RejectTable> loadRejects(const QString& path, QString* error)
{
    QHash<QString, RejectTable> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the last run's rejects %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return out;
    }
    QList<QStringList> records = parseCsv(QString::fromUtf8(f.readAll()));
    if (!records.isEmpty())
        records.removeFirst(); // header: table,source_key,column,reason,sqlstate,source_values
    for (const QStringList& r : records)
        if (r.size() >= 6)
            ++out[r[0].toLower()][r[1]][r[5]];
    return out;
}

} // namespace

Verifier::Verifier(Project project, VerifyRequest request)
    : project_(std::move(project))
    , request_(std::move(request))
{
}

QString Verifier::lastRunDirectory(const QString& outputDirectory)
{
    static const QRegularExpression runName(QStringLiteral("^\\d{8}-\\d{6}-run(-(\\d+))?$"));
    QDir dir(outputDirectory);
    QString best;
    std::pair<QString, int> bestOrder;
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QRegularExpressionMatch m = runName.match(name);
        if (!m.hasMatch())
            continue;
        // Same second: "-run-2" comes after "-run".
        const std::pair<QString, int> order{name.left(15), m.captured(2).isEmpty() ? 1 : m.captured(2).toInt()};
        if (best.isEmpty() || order > bestOrder) {
            best = name;
            bestOrder = order;
        }
    }
    return best.isEmpty() ? QString() : dir.absoluteFilePath(best);
}

VerifyResult Verifier::run()
{
    QElapsedTimer clock;
    clock.start();
    VerifyResult result;
    const std::function<void(QString)> say = [this](const QString& m) {
        if (progress)
            progress(m);
    };
    auto fail = [&](VerifyFailure kind, const QString& message) {
        result.failure = kind;
        result.error = message;
        result.seconds = clock.elapsed() / 1000.0;
        return result;
    };

    // A target that does not exist is not created: its init script builds it in a scratch folder, and
    // every expected row then shows as missing.
    QTemporaryDir scratch;
    std::unique_ptr<Connection> source, target;
    Plan plan;
    try {
        QString planErrors;
        std::optional<Migration::Opened> opened =
            Migration::openAndPlan(project_, Migration::withoutCreating(project_.target, scratch.path()),
                                   request_.sourcePassword, request_.targetPassword, &planErrors);
        if (!opened)
            return fail(VerifyFailure::Project, planErrors);
        source = std::move(opened->source);
        target = std::move(opened->target);
        plan = std::move(opened->plan);
    } catch (const ConnectError& e) {
        return fail(VerifyFailure::Connection, e.message() + QLatin1Char(' ') + e.advice());
    } catch (const Error& e) {
        return fail(VerifyFailure::Connection, e.message());
    }

    QList<int> selected;
    for (int t = 0; t < plan.tables.size(); ++t)
        if (request_.tables.isEmpty() || request_.tables.contains(plan.tables[t].target.name, Qt::CaseInsensitive))
            selected << t;
    for (const QString& name : request_.tables) {
        bool known = false;
        for (const TablePlan& t : plan.tables)
            known = known || t.target.name.compare(name, Qt::CaseInsensitive) == 0;
        if (!known)
            return fail(VerifyFailure::Project, tr("the project writes no target table \"%1\"").arg(name));
    }

    const QString runDir =
        request_.runDirectory.isEmpty() ? lastRunDirectory(project_.options.outputDirectory) : request_.runDirectory;
    QHash<QString, RejectTable> rejects;
    if (!runDir.isEmpty() && QFile::exists(QDir(runDir).filePath(QStringLiteral("rejects.csv")))) {
        result.rejectsFile = QDir(runDir).filePath(QStringLiteral("rejects.csv"));
        QString error;
        rejects = loadRejects(result.rejectsFile, &error);
        if (!error.isEmpty())
            return fail(VerifyFailure::Run, error);
        say(tr("Rows rejected by the run in %1 are not expected").arg(QDir::toNativeSeparators(runDir)));
    } else {
        say(tr("No earlier run found in %1: only rows the rules refuse are left out")
                .arg(QDir::toNativeSeparators(project_.options.outputDirectory)));
    }

    QString current;
    try {
        // Lookups read the target as the run left it (parents included).
        QList<LookupSpec> lookupSpecs;
        for (const TablePlan& t : plan.tables)
            for (const FieldPlan& f : t.fields)
                lookupSpecs << f.chain->lookups();
        LookupCache lookups;
        lookups.load(*target, lookupSpecs);
        for (int t : selected) {
            const TablePlan& tp = plan.tables[t];
            current = tp.label();
            TableCheck check(tp, t, *source, *target, lookups, rejects.value(tp.target.name.toLower()), request_, say);
            result.tables << check.run();
        }
    } catch (const Error& e) {
        return fail(VerifyFailure::Run,
                    current.isEmpty() ? e.message() : tr("verifying %1 failed: %2").arg(current, e.message()));
    } catch (const std::exception& e) {
        return fail(VerifyFailure::Run, tr("verifying %1 failed: %2").arg(current, QString::fromLocal8Bit(e.what())));
    }
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

} // namespace ferry
