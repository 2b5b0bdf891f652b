#include "assist/schema_snapshot.h"

#include "core/errors.h"
#include "engine/migration.h"

#include <QTemporaryDir>

namespace ferry {

const TableInfo* SchemaSnapshot::table(const QString& name) const
{
    // Exactly as typed first: PostgreSQL may hold both "Contacts" and contacts.
    for (const TableInfo& t : tables)
        if (projectTableName(t) == name)
            return &t;
    for (const TableInfo& t : tables)
        if (projectTableName(t).compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    for (const TableInfo& t : tables)
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    return nullptr;
}

QStringList SchemaSnapshot::tableNames() const
{
    QStringList names;
    for (const TableInfo& t : tables)
        names << projectTableName(t);
    return names;
}

QString projectTableName(const TableInfo& table)
{
    static const QStringList defaults{QStringLiteral("public"), QStringLiteral("main"), QStringLiteral("dbo")};
    if (table.schema.isEmpty() || defaults.contains(table.schema, Qt::CaseInsensitive))
        return table.name;
    return table.schema + QLatin1Char('.') + table.name;
}

SchemaSnapshot readSchemaSnapshot(const ConnectionProfile& profile, const QString& password)
{
    QTemporaryDir scratch;
    auto connection =
        openConnection(Migration::withoutCreating(profile, scratch.path()), Migration::passwordFor(profile, password));
    SchemaSnapshot s;
    s.server = connection->serverInfo();
    s.family = connection->family();
    QList<TableRef> refs = connection->tables(true);
    for (const TableRef& ref : refs) {
        try {
            s.tables << connection->describe(ref);
        } catch (const DbError&) {
            // Dropped since the listing (another session's scratch table): no longer part of the schema.
            const QString typed = ref.schema.isEmpty() ? ref.name : ref.schema + QLatin1Char('.') + ref.name;
            if (connection->findTable(typed))
                throw;
        }
    }
    std::stable_sort(s.tables.begin(), s.tables.end(),
                     [](const TableInfo& a, const TableInfo& b) { return !a.isView && b.isView; });
    return s;
}

} // namespace ferry
