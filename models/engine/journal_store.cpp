#include "journal_store.h"

#include "db/sqlite/sqlite_connection.h"
#include "engine/plan.h"
#include "engine/run_ledger.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonDocument>

namespace ferry {

namespace {

const QString kTable = QStringLiteral("ferry_journal");

qint64 number(const Value& v)
{
    return v.toUtf8().toLongLong();
}

QString text(const Value& v)
{
    return v.isNull() ? QString() : v.toString();
}

Checkpoint fromRow(const Row& r)
{
    Checkpoint c;
    c.mapping = int(number(r[0]));
    c.batches = number(r[1]);
    c.targetTable = text(r[2]);
    c.rowsRead = number(r[3]);
    c.lastKey = text(r[4]);
    c.counts = TableCounts::fromJson(QJsonDocument::fromJson(text(r[5]).toUtf8()).object());
    c.files.rejects = number(r[6]);
    c.files.dedupe = number(r[7]);
    c.complete = number(r[8]) != 0;
    c.probeKey = text(r[9]);
    c.pending = number(r[10]) != 0;
    return c;
}

// Is the row with these match-key values in the target table?
bool probeLands(Connection& target, const TablePlan& table, const QString& probeKey)
{
    const std::optional<Row> key = decodeRow(probeKey);
    if (!key || key->size() != size_t(table.keyFields.size()))
        return false;
    QStringList conditions;
    const Dialect& d = target.dialect();
    for (const ColumnInfo& c : table.keyColumns())
        conditions << d.quoteIdentifier(c.name) + QStringLiteral(" = ?");
    auto reader = target.query(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                                   .arg(d.qualified(table.target), conditions.join(QStringLiteral(" AND "))),
                               std::vector<Value>(key->begin(), key->end()));
    std::vector<Row> rows;
    reader->fetch(rows, 1);
    return !rows.empty() && number(rows[0][0]) > 0;
}

} // namespace

JournalStore::JournalStore(const QString& outputDirectory, QString runId, QString project)
    : journal_(openSqliteFileCreating(QDir(outputDirectory).filePath(fileName())))
    , runId_(std::move(runId))
    , project_(std::move(project))
{
}

JournalStore::~JournalStore() = default;

void JournalStore::ensureTable()
{
    journal_->execute(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS ferry_journal (run_id TEXT NOT NULL, mapping INTEGER NOT NULL, batches "
        "INTEGER NOT NULL, project TEXT, target_table TEXT, rows_read INTEGER NOT NULL, last_key TEXT, counts TEXT, "
        "rejects_offset INTEGER, dedupe_offset INTEGER, complete INTEGER NOT NULL, probe_key TEXT, pending INTEGER "
        "NOT NULL, updated_at TEXT, PRIMARY KEY (run_id, mapping, batches))"));
}

void JournalStore::write(const Checkpoint& c, bool pending)
{
    // One transaction of the journal's own: the row is durable before the target's COMMIT is sent.
    journal_->begin();
    try {
        journal_->query(QStringLiteral("DELETE FROM ferry_journal WHERE run_id = ? AND mapping = ? AND batches >= ?"),
                        {Value::text(runId_), Value::integer(c.mapping), Value::integer(c.batches)});
        journal_->query(
            QStringLiteral("INSERT INTO ferry_journal VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {Value::text(runId_), Value::integer(c.mapping), Value::integer(c.batches), Value::text(project_),
             Value::text(c.targetTable), Value::integer(c.rowsRead), Value::text(c.lastKey),
             Value::text(QString::fromUtf8(QJsonDocument(c.counts.toJson()).toJson(QJsonDocument::Compact))),
             Value::integer(c.files.rejects), Value::integer(c.files.dedupe), Value::integer(c.complete ? 1 : 0),
             Value::text(c.probeKey), Value::integer(pending ? 1 : 0),
             Value::text(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))});
        journal_->commit();
    } catch (...) {
        journal_->rollback();
        throw;
    }
}

void JournalStore::save(const Checkpoint& c)
{
    write(c, true);
}

void JournalStore::committed(const Checkpoint& c)
{
    journal_->query(
        QStringLiteral("UPDATE ferry_journal SET pending = 0 WHERE run_id = ? AND mapping = ? AND batches = ?"),
        {Value::text(runId_), Value::integer(c.mapping), Value::integer(c.batches)});
    journal_->query(QStringLiteral("DELETE FROM ferry_journal WHERE run_id = ? AND mapping = ? AND batches < ?"),
                    {Value::text(runId_), Value::integer(c.mapping), Value::integer(c.batches)});
}

void JournalStore::finish(const Checkpoint& c)
{
    write(c, false);
}

QList<Checkpoint> JournalStore::load()
{
    auto reader = journal_->query(
        QStringLiteral("SELECT mapping, batches, target_table, rows_read, last_key, counts, rejects_offset, "
                       "dedupe_offset, complete, probe_key, pending FROM ferry_journal WHERE run_id = ? ORDER BY "
                       "mapping, batches"),
        {Value::text(runId_)});
    QList<Checkpoint> out;
    std::vector<Row> rows;
    while (reader->fetch(rows, 100))
        for (const Row& r : rows)
            out << fromRow(r);
    return out;
}

void JournalStore::forgetEarlierRuns()
{
    journal_->query(QStringLiteral("DELETE FROM ferry_journal WHERE project = ? AND run_id <> ?"),
                    {Value::text(project_), Value::text(runId_)});
}

QList<Checkpoint> settleCheckpoints(const QList<Checkpoint>& loaded, Connection& target, const Plan& plan)
{
    QHash<int, Checkpoint> settled;
    for (const Checkpoint& c : loaded) {
        if (!c.pending) {
            if (!settled.contains(c.mapping) || settled[c.mapping].batches < c.batches)
                settled.insert(c.mapping, c);
            continue;
        }
        for (const TablePlan& t : plan.tables) {
            if (t.projectIndex != c.mapping || c.probeKey.isEmpty() || !probeLands(target, t, c.probeKey))
                continue;
            Checkpoint landed = c;
            landed.pending = false;
            settled.insert(c.mapping, landed);
        }
    }
    // A pending checkpoint older than a committed one of its table cannot win: committed ones come later.
    QList<Checkpoint> out;
    for (const Checkpoint& c : std::as_const(settled))
        out << c;
    return out;
}

} // namespace ferry
