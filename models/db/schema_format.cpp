#include "schema_format.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <climits>

namespace ferry {

namespace {

struct SchemaText {
    Q_DECLARE_TR_FUNCTIONS(ferry::SchemaFormat)
};

QString qualifiedName(const TableInfo& t)
{
    return t.schema.isEmpty() ? t.name : t.schema + QLatin1Char('.') + t.name;
}

QJsonArray toArray(const QStringList& l)
{
    return QJsonArray::fromStringList(l);
}

} // namespace

QString displayType(const ColumnInfo& c)
{
    const QString base = c.nativeType.isEmpty() ? columnTypeName(c.type) : c.nativeType;
    if (base.contains(QLatin1Char('(')))
        return base;
    switch (c.type) {
    case ColumnType::Text:
    case ColumnType::Binary:
        return c.length > 0 ? QStringLiteral("%1(%2)").arg(base).arg(c.length) : base;
    case ColumnType::Decimal:
        return c.precision > 0 ? QStringLiteral("%1(%2,%3)").arg(base).arg(c.precision).arg(c.scale) : base;
    case ColumnType::Timestamp:
    case ColumnType::Time:
        return c.scale > 0 ? QStringLiteral("%1(%2)").arg(base).arg(c.scale) : base;
    default:
        return base;
    }
}

QString formatSchemaText(const QList<TableInfo>& tables)
{
    QString out;
    for (const TableInfo& t : tables) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        QString heading = (t.isView ? SchemaText::tr("View %1") : SchemaText::tr("Table %1")).arg(qualifiedName(t));
        if (t.rowCountEstimate)
            heading += QStringLiteral("  ") +
                       SchemaText::tr("(about %n row(s))", nullptr, int(qMin<qint64>(*t.rowCountEstimate, INT_MAX)));
        out += heading + QLatin1Char('\n');

        QList<QStringList> grid;
        grid << QStringList{SchemaText::tr("Column"), SchemaText::tr("Type"),    SchemaText::tr("Ferry type"),
                            SchemaText::tr("Null"),   SchemaText::tr("Default"), SchemaText::tr("Notes")};
        for (const ColumnInfo& c : t.columns) {
            QStringList notes;
            if (c.autoIncrement)
                notes << SchemaText::tr("auto-increment");
            if (!c.supportsSupplementary)
                notes << SchemaText::tr("no 4-byte UTF-8 (emoji)");
            grid << QStringList{c.name,
                                displayType(c),
                                columnTypeName(c.type),
                                c.nullable ? QStringLiteral("NULL") : QStringLiteral("NOT NULL"),
                                c.defaultValue.value_or(QString()),
                                notes.join(QStringLiteral(", "))};
        }
        QList<int> widths(grid.first().size(), 0);
        for (const QStringList& row : grid)
            for (int i = 0; i < row.size(); ++i)
                widths[i] = qMax(widths[i], int(row[i].size()));
        for (const QStringList& row : grid) {
            QString line = QStringLiteral("  ");
            for (int i = 0; i < row.size(); ++i)
                line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            out += line + QLatin1Char('\n');
        }
        if (!t.primaryKey.isEmpty())
            out += QStringLiteral("  ") +
                   SchemaText::tr("Primary key: %1").arg(t.primaryKey.join(QStringLiteral(", "))) + QLatin1Char('\n');
        for (const QStringList& u : t.uniqueKeys)
            out += QStringLiteral("  ") + SchemaText::tr("Unique: %1").arg(u.join(QStringLiteral(", "))) +
                   QLatin1Char('\n');
        for (const ForeignKey& fk : t.foreignKeys) {
            const QString target =
                QStringLiteral("%1(%2)").arg(fk.referencedTable, fk.referencedColumns.join(QStringLiteral(", ")));
            const QString cols = fk.columns.join(QStringLiteral(", "));
            out += QStringLiteral("  ") +
                   (fk.name.isEmpty() ? SchemaText::tr("Foreign key: %1 -> %2").arg(cols, target)
                                      : SchemaText::tr("Foreign key %1: %2 -> %3").arg(fk.name, cols, target)) +
                   QLatin1Char('\n');
        }
    }
    return out;
}

QJsonObject schemaToJson(const QList<TableInfo>& tables, const ServerInfo& server)
{
    QJsonArray jsonTables;
    for (const TableInfo& t : tables) {
        QJsonArray columns;
        for (const ColumnInfo& c : t.columns) {
            QJsonObject col{{QStringLiteral("name"), c.name},
                            {QStringLiteral("type"), columnTypeName(c.type)},
                            {QStringLiteral("nativeType"), c.nativeType},
                            {QStringLiteral("odbcType"), c.odbcType},
                            {QStringLiteral("length"), c.length},
                            {QStringLiteral("precision"), c.precision},
                            {QStringLiteral("scale"), c.scale},
                            {QStringLiteral("nullable"), c.nullable},
                            {QStringLiteral("default"), c.defaultValue ? QJsonValue(*c.defaultValue) : QJsonValue()},
                            {QStringLiteral("autoIncrement"), c.autoIncrement},
                            {QStringLiteral("supportsSupplementary"), c.supportsSupplementary}};
            columns.append(col);
        }
        QJsonArray uniques;
        for (const QStringList& u : t.uniqueKeys)
            uniques.append(toArray(u));
        QJsonArray fks;
        for (const ForeignKey& fk : t.foreignKeys)
            fks.append(QJsonObject{{QStringLiteral("name"), fk.name},
                                   {QStringLiteral("columns"), toArray(fk.columns)},
                                   {QStringLiteral("referencedTable"), fk.referencedTable},
                                   {QStringLiteral("referencedColumns"), toArray(fk.referencedColumns)}});
        QJsonObject table{{QStringLiteral("schema"), t.schema},
                          {QStringLiteral("name"), t.name},
                          {QStringLiteral("isView"), t.isView},
                          {QStringLiteral("columns"), columns},
                          {QStringLiteral("primaryKey"), toArray(t.primaryKey)},
                          {QStringLiteral("uniqueKeys"), uniques},
                          {QStringLiteral("foreignKeys"), fks}};
        if (t.rowCountEstimate)
            table.insert(QStringLiteral("rowCountEstimate"), *t.rowCountEstimate);
        jsonTables.append(table);
    }
    return QJsonObject{{QStringLiteral("server"), QJsonObject{{QStringLiteral("dbmsName"), server.dbmsName},
                                                              {QStringLiteral("dbmsVersion"), server.dbmsVersion},
                                                              {QStringLiteral("driverName"), server.driverName},
                                                              {QStringLiteral("driverVersion"), server.driverVersion}}},
                       {QStringLiteral("tables"), jsonTables}};
}

} // namespace ferry
