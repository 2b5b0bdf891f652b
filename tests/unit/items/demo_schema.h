#pragma once
// The demo's contacts tables as Ferry's SQLite introspection describes them, written out so the
// mapping suites need no database.
#include "db/schema.h"

namespace ferry::test {

inline ColumnInfo column(const QString& name, ColumnType type, const QString& native, qint64 length = 0,
                         bool nullable = true)
{
    ColumnInfo c;
    c.name = name;
    c.type = type;
    c.nativeType = native;
    c.length = length;
    c.nullable = nullable;
    return c;
}

inline TableInfo legacyContacts()
{
    TableInfo t;
    t.name = QStringLiteral("contacts");
    ColumnInfo key = column(QStringLiteral("cont_id"), ColumnType::Integer, QStringLiteral("INTEGER"), 0, false);
    key.autoIncrement = true;
    t.columns = {key,
                 column(QStringLiteral("acct_id"), ColumnType::Integer, QStringLiteral("INTEGER")),
                 column(QStringLiteral("full_name"), ColumnType::Text, QStringLiteral("TEXT")),
                 column(QStringLiteral("e_mail"), ColumnType::Text, QStringLiteral("TEXT")),
                 column(QStringLiteral("phone"), ColumnType::Text, QStringLiteral("TEXT")),
                 column(QStringLiteral("country"), ColumnType::Text, QStringLiteral("TEXT")),
                 column(QStringLiteral("title"), ColumnType::Text, QStringLiteral("TEXT")),
                 column(QStringLiteral("created"), ColumnType::Text, QStringLiteral("TEXT")),
                 column(QStringLiteral("status"), ColumnType::Text, QStringLiteral("TEXT"))};
    t.primaryKey = {QStringLiteral("cont_id")};
    return t;
}

inline TableInfo modernContact()
{
    TableInfo t;
    t.name = QStringLiteral("contact");
    ColumnInfo id = column(QStringLiteral("id"), ColumnType::Integer, QStringLiteral("INTEGER"), 0, false);
    id.autoIncrement = true;
    t.columns = {id,
                 column(QStringLiteral("legacy_id"), ColumnType::Integer, QStringLiteral("INTEGER"), 0, false),
                 column(QStringLiteral("account_id"), ColumnType::Integer, QStringLiteral("INTEGER")),
                 column(QStringLiteral("first_name"), ColumnType::Text, QStringLiteral("VARCHAR"), 60),
                 column(QStringLiteral("last_name"), ColumnType::Text, QStringLiteral("VARCHAR"), 80, false),
                 column(QStringLiteral("email"), ColumnType::Text, QStringLiteral("VARCHAR"), 254),
                 column(QStringLiteral("phone"), ColumnType::Text, QStringLiteral("VARCHAR"), 20),
                 column(QStringLiteral("country"), ColumnType::Text, QStringLiteral("CHAR"), 2),
                 column(QStringLiteral("job_title"), ColumnType::Text, QStringLiteral("VARCHAR"), 100),
                 column(QStringLiteral("status"), ColumnType::Text, QStringLiteral("VARCHAR"), 12, false),
                 column(QStringLiteral("created_at"), ColumnType::Timestamp, QStringLiteral("TIMESTAMP"))};
    t.primaryKey = {QStringLiteral("id")};
    return t;
}

} // namespace ferry::test
