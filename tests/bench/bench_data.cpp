#include "bench_data.h"

#include "db/connection.h"

#include <QFile>

namespace ferry::bench {

QStringList contactColumns()
{
    return {QStringLiteral("id"),         QStringLiteral("first_name"), QStringLiteral("last_name"),
            QStringLiteral("email"),      QStringLiteral("phone"),      QStringLiteral("company"),
            QStringLiteral("title"),      QStringLiteral("city"),       QStringLiteral("country"),
            QStringLiteral("created_at"), QStringLiteral("balance"),    QStringLiteral("active")};
}

QString contactsDdl(const QString& table)
{
    return QStringLiteral("CREATE TABLE %1 (id BIGINT PRIMARY KEY, first_name VARCHAR(60), last_name VARCHAR(80), "
                          "email VARCHAR(254), phone VARCHAR(20), company VARCHAR(100), title VARCHAR(100), "
                          "city VARCHAR(60), country CHAR(2), created_at TIMESTAMP(6), balance NUMERIC(14,2), "
                          "active BOOLEAN)")
        .arg(table);
}

void emptyContacts(Connection& c, const QString& table)
{
    c.execute(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table));
    c.execute(contactsDdl(table));
}

void generateContacts(Connection& c, const QString& table, qint64 rows)
{
    emptyContacts(c, table);
    c.execute(
        QStringLiteral(
            "INSERT INTO %1 SELECT g, 'First' || g, 'Last-' || mod(g, 9973), 'user' || g || '@example.com', "
            "'+1415555' || lpad(mod(g, 10000)::text, 4, '0'), 'Company ' || mod(g, 5000), 'Title ' || mod(g, 40), "
            "'City ' || mod(g, 800), 'US', timestamp '2020-01-01' + g * interval '1 second' + "
            "mod(g, 1000000) * interval '1 microsecond', mod(g, 100000) / 100.0, mod(g, 2) = 0 "
            "FROM generate_series(1, %2) g")
            .arg(table)
            .arg(rows));
    c.execute(QStringLiteral("VACUUM ANALYZE %1").arg(table));
}

qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

Project contactsProject(const ConnectionProfile& source, const ConnectionProfile& target, const QString& sourceTable,
                        const QString& targetTable, int batchSize, const QString& outputDirectory)
{
    Project p;
    p.name = QStringLiteral("bench");
    p.source = source;
    p.target = target;
    p.options.outputDirectory = outputDirectory;
    TableMapping t;
    t.source = sourceTable;
    t.target = targetTable;
    t.batchSize = batchSize;
    for (const QString& col : contactColumns()) {
        FieldMapping f;
        f.target = col;
        f.sources = {col};
        t.fields << f;
    }
    p.tables = {t};
    return p;
}

} // namespace ferry::bench
