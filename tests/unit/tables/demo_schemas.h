#pragma once
// Hand-built schemas shaped like the demo (legacy accounts/contacts/activities → modern
// account/contact/activity with the foreign-key chain account ← contact ← activity), so the tables
// models can be tested without a database.
#include "assist/schema_snapshot.h"

namespace ferry::test {

inline ColumnInfo column(const QString& name, ColumnType type = ColumnType::Integer, bool autoIncrement = false)
{
    ColumnInfo c;
    c.name = name;
    c.type = type;
    c.autoIncrement = autoIncrement;
    return c;
}

inline TableInfo legacyTable(const QString& name, const QString& pk, qint64 rows)
{
    TableInfo t;
    t.name = name;
    t.columns = {column(pk), column(QStringLiteral("name"), ColumnType::Text)};
    t.primaryKey = {pk};
    t.rowCountEstimate = rows;
    return t;
}

inline TableInfo modernTable(const QString& name, const QString& parent = {})
{
    TableInfo t;
    t.name = name;
    t.columns = {column(QStringLiteral("id"), ColumnType::Integer, true), column(QStringLiteral("legacy_id")),
                 column(QStringLiteral("name"), ColumnType::Text)};
    t.primaryKey = {QStringLiteral("id")};
    t.uniqueKeys = {{QStringLiteral("legacy_id")}};
    if (!parent.isEmpty()) {
        t.columns << column(parent + QStringLiteral("_id"));
        t.foreignKeys << ForeignKey{
            QStringLiteral("fk_") + name, {parent + QStringLiteral("_id")}, parent, {QStringLiteral("id")}};
    }
    return t;
}

inline SchemaSnapshot legacySchema()
{
    SchemaSnapshot s;
    s.family = DbFamily::SQLite;
    s.tables = {legacyTable(QStringLiteral("accounts"), QStringLiteral("acct_id"), 400),
                legacyTable(QStringLiteral("contacts"), QStringLiteral("cont_id"), 3000),
                legacyTable(QStringLiteral("activities"), QStringLiteral("act_id"), 5000)};
    return s;
}

inline SchemaSnapshot modernSchema()
{
    SchemaSnapshot s;
    s.family = DbFamily::SQLite;
    // Children listed before parents on purpose: the order shown must come from the foreign keys.
    s.tables = {modernTable(QStringLiteral("activity"), QStringLiteral("contact")),
                modernTable(QStringLiteral("contact"), QStringLiteral("account")),
                modernTable(QStringLiteral("account"))};
    TableInfo view = modernTable(QStringLiteral("account_summary"));
    view.isView = true;
    s.tables << view;
    return s;
}

} // namespace ferry::test
