#include "checkpoint_store.h"

#include <QDateTime>
#include <QJsonDocument>

namespace ferry {

namespace {

const QStringList& columnNames()
{
    static const QStringList names = {
        QStringLiteral("run_id"),        QStringLiteral("mapping"),  QStringLiteral("project"),
        QStringLiteral("target_table"),  QStringLiteral("batches"),  QStringLiteral("rows_read"),
        QStringLiteral("last_key"),      QStringLiteral("counts"),   QStringLiteral("rejects_offset"),
        QStringLiteral("dedupe_offset"), QStringLiteral("complete"), QStringLiteral("updated_at"),
    };
    return names;
}

// The types each family spells: short text, long text, 64-bit integer.
struct Types {
    QString text, longText, bigint;
};

Types typesFor(DbFamily family)
{
    switch (family) {
    case DbFamily::MariaDB:
        return {QStringLiteral("VARCHAR(%1)"), QStringLiteral("LONGTEXT"), QStringLiteral("BIGINT")};
    case DbFamily::SQLite:
        return {QStringLiteral("TEXT"), QStringLiteral("TEXT"), QStringLiteral("INTEGER")};
    case DbFamily::PostgreSQL:
        return {QStringLiteral("VARCHAR(%1)"), QStringLiteral("TEXT"), QStringLiteral("BIGINT")};
    case DbFamily::Generic:
        break;
    }
    return {QStringLiteral("VARCHAR(%1)"), QStringLiteral("VARCHAR(8000)"), QStringLiteral("BIGINT")};
}

// A type with its length where the family spells one ("VARCHAR(40)"), as it is otherwise ("TEXT").
QString sized(const QString& type, int length)
{
    return type.contains(QLatin1String("%1")) ? type.arg(length) : type;
}

QString textOf(const Value& v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

CheckpointStore::CheckpointStore(Connection& target, QString table, QString runId, QString project)
    : target_(&target)
    , table_(table.isEmpty() ? defaultTable() : std::move(table))
    , runId_(std::move(runId))
    , project_(std::move(project))
{
}

QString CheckpointStore::qualifiedTable() const
{
    return target_->dialect().quoteIdentifier(table_);
}

QString CheckpointStore::createStatement() const
{
    const Types t = typesFor(target_->family());
    const Dialect& d = target_->dialect();
    const QStringList& c = columnNames();
    QStringList defs;
    defs << d.quoteIdentifier(c[0]) + QLatin1Char(' ') + sized(t.text, 40) + QStringLiteral(" NOT NULL")
         << d.quoteIdentifier(c[1]) + QStringLiteral(" INTEGER NOT NULL")
         << d.quoteIdentifier(c[2]) + QLatin1Char(' ') + sized(t.text, 200)
         << d.quoteIdentifier(c[3]) + QLatin1Char(' ') + sized(t.text, 300)
         << d.quoteIdentifier(c[4]) + QLatin1Char(' ') + t.bigint + QStringLiteral(" NOT NULL")
         << d.quoteIdentifier(c[5]) + QLatin1Char(' ') + t.bigint + QStringLiteral(" NOT NULL")
         << d.quoteIdentifier(c[6]) + QLatin1Char(' ') + t.longText
         << d.quoteIdentifier(c[7]) + QLatin1Char(' ') + t.longText
         << d.quoteIdentifier(c[8]) + QLatin1Char(' ') + t.bigint
         << d.quoteIdentifier(c[9]) + QLatin1Char(' ') + t.bigint
         << d.quoteIdentifier(c[10]) + QStringLiteral(" INTEGER NOT NULL")
         << d.quoteIdentifier(c[11]) + QLatin1Char(' ') + sized(t.text, 40)
         << QStringLiteral("PRIMARY KEY (%1, %2)").arg(d.quoteIdentifier(c[0]), d.quoteIdentifier(c[1]));
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(qualifiedTable(), defs.join(QStringLiteral(", ")));
}

void CheckpointStore::ensureTable()
{
    if (target_->findTable(table_))
        return;
    target_->execute(createStatement());
}

std::vector<Value> CheckpointStore::valuesOf(const Checkpoint& c)
{
    return {
        Value::text(c.targetTable),
        Value::integer(c.batches),
        Value::integer(c.rowsRead),
        c.lastKey.isEmpty() ? Value::null() : Value::text(c.lastKey),
        Value::text(QString::fromUtf8(QJsonDocument(c.counts.toJson()).toJson(QJsonDocument::Compact))),
        Value::integer(c.files.rejects),
        Value::integer(c.files.dedupe),
        Value::integer(c.complete ? 1 : 0),
        Value::text(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
    };
}

void CheckpointStore::open(const Checkpoint& c)
{
    if (saved_.contains(c.mapping))
        return;
    const Dialect& d = target_->dialect();
    const QStringList& names = columnNames();
    auto found = target_->query(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND %3 = ?")
                                    .arg(qualifiedTable(), d.quoteIdentifier(names[0]), d.quoteIdentifier(names[1])),
                                {Value::text(runId_), Value::integer(c.mapping)});
    std::vector<Row> rows;
    found->fetch(rows, 1);
    found.reset();
    if (rows.empty() || rows[0][0].toUtf8().toLongLong() == 0) {
        std::vector<Value> insert = {Value::text(runId_), Value::integer(c.mapping), Value::text(project_)};
        const std::vector<Value> values = valuesOf(c);
        insert.insert(insert.end(), values.begin(), values.end());
        QStringList marks;
        for (qsizetype i = 0; i < names.size(); ++i)
            marks << QStringLiteral("?");
        target_->query(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(qualifiedTable(), d.columnList(names), marks.join(QStringLiteral(", "))),
                       insert);
    }
    saved_.insert(c.mapping);
}

void CheckpointStore::save(const Checkpoint& c)
{
    Q_ASSERT(saved_.contains(c.mapping)); // open() wrote the row outside any batch
    const Dialect& d = target_->dialect();
    const QStringList& names = columnNames();
    std::vector<Value> params = valuesOf(c);
    params.push_back(Value::text(runId_));
    params.push_back(Value::integer(c.mapping));
    QStringList sets;
    for (qsizetype i = 3; i < names.size(); ++i)
        sets << d.quoteIdentifier(names[i]) + QStringLiteral(" = ?");
    target_->query(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ? AND %4 = ?")
                       .arg(qualifiedTable(), sets.join(QStringLiteral(", ")), d.quoteIdentifier(names[0]),
                            d.quoteIdentifier(names[1])),
                   params);
}

QList<Checkpoint> CheckpointStore::load()
{
    const Dialect& d = target_->dialect();
    const QStringList& names = columnNames();
    auto reader = target_->query(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4")
            .arg(d.columnList(names), qualifiedTable(), d.quoteIdentifier(names[0]), d.quoteIdentifier(names[1])),
        {Value::text(runId_)});
    QList<Checkpoint> out;
    std::vector<Row> rows;
    while (reader->fetch(rows, 100)) {
        for (const Row& r : rows) {
            Checkpoint c;
            c.mapping = int(r[1].toUtf8().toLongLong());
            c.targetTable = textOf(r[3]);
            c.batches = r[4].toUtf8().toLongLong();
            c.rowsRead = r[5].toUtf8().toLongLong();
            c.lastKey = textOf(r[6]);
            c.counts = TableCounts::fromJson(QJsonDocument::fromJson(textOf(r[7]).toUtf8()).object());
            c.files.rejects = r[8].toUtf8().toLongLong();
            c.files.dedupe = r[9].toUtf8().toLongLong();
            c.complete = r[10].toUtf8().toLongLong() != 0;
            saved_.insert(c.mapping);
            out << c;
        }
    }
    return out;
}

void CheckpointStore::forgetEarlierRuns()
{
    const Dialect& d = target_->dialect();
    const QStringList& names = columnNames();
    target_->query(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 <> ?")
                       .arg(qualifiedTable(), d.quoteIdentifier(names[2]), d.quoteIdentifier(names[0])),
                   {Value::text(project_), Value::text(runId_)});
}

} // namespace ferry
