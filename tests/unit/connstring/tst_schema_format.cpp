// `ferry-cli inspect` output: aligned text and JSON for a hand-built schema.
#include "db/schema_format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <sql.h>
#include <sqlext.h>

using namespace ferry;

namespace {

ColumnInfo col(const char* name, ColumnType type, const char* native, int odbcType, qint64 length = 0,
               int precision = 0, int scale = 0)
{
    ColumnInfo c;
    c.name = QString::fromUtf8(name);
    c.type = type;
    c.nativeType = QString::fromUtf8(native);
    c.odbcType = odbcType;
    c.length = length;
    c.precision = precision;
    c.scale = scale;
    return c;
}

QList<TableInfo> sample()
{
    TableInfo account;
    account.schema = QStringLiteral("crm");
    account.name = QStringLiteral("account");
    account.rowCountEstimate = 1200;
    ColumnInfo id = col("id", ColumnType::Integer, "bigint", SQL_BIGINT);
    id.nullable = false;
    id.autoIncrement = true;
    ColumnInfo name = col("name", ColumnType::Text, "varchar", SQL_VARCHAR, 80);
    name.nullable = false;
    name.supportsSupplementary = false;
    ColumnInfo balance = col("balance", ColumnType::Decimal, "numeric", SQL_NUMERIC, 0, 14, 2);
    balance.defaultValue = QStringLiteral("0");
    ColumnInfo updated = col("updated_at", ColumnType::Timestamp, "timestamp", SQL_TYPE_TIMESTAMP, 0, 0, 6);
    account.columns = {id, name, balance, updated};
    account.primaryKey = {QStringLiteral("id")};
    account.uniqueKeys = {{QStringLiteral("name")}, {QStringLiteral("name"), QStringLiteral("balance")}};

    TableInfo contact;
    contact.name = QStringLiteral("contact");
    ColumnInfo acc = col("account_id", ColumnType::Integer, "integer", SQL_INTEGER);
    ColumnInfo street = col("Kontakt_Straße", ColumnType::Text, "text", SQL_LONGVARCHAR);
    street.defaultValue = QStringLiteral("'Hauptstraße 1'");
    contact.columns = {acc, street};
    contact.foreignKeys = {
        ForeignKey{QStringLiteral("contact_account_fk"),
                   {QStringLiteral("account_id")},
                   QStringLiteral("crm.account"),
                   {QStringLiteral("id")}},
        ForeignKey{QString(), {QStringLiteral("account_id")}, QStringLiteral("other"), {QStringLiteral("ref")}}};

    TableInfo view;
    view.name = QStringLiteral("active_accounts");
    view.isView = true;
    view.columns = {id};
    return {account, contact, view};
}

} // namespace

class TstSchemaFormat : public QObject {
    Q_OBJECT
private slots:
    void displayType()
    {
        const QList<TableInfo> s = sample();
        QCOMPARE(ferry::displayType(s[0].columns[0]), QStringLiteral("bigint"));
        QCOMPARE(ferry::displayType(s[0].columns[1]), QStringLiteral("varchar(80)"));
        QCOMPARE(ferry::displayType(s[0].columns[2]), QStringLiteral("numeric(14,2)"));
        QCOMPARE(ferry::displayType(s[0].columns[3]), QStringLiteral("timestamp(6)"));
        QCOMPARE(ferry::displayType(s[1].columns[1]), QStringLiteral("text"));
        const ColumnInfo declared = col("x", ColumnType::Boolean, "tinyint(1)", SQL_TINYINT);
        QCOMPARE(ferry::displayType(declared), QStringLiteral("tinyint(1)"));
    }

    void text()
    {
        const QString expected =
            QStringLiteral("Table crm.account  (about 1200 row(s))\n"
                           "  Column      Type           Ferry type  Null      Default  Notes\n"
                           "  id          bigint         integer     NOT NULL           auto-increment\n"
                           "  name        varchar(80)    text        NOT NULL           no 4-byte UTF-8 (emoji)\n"
                           "  balance     numeric(14,2)  decimal     NULL      0\n"
                           "  updated_at  timestamp(6)   timestamp   NULL\n"
                           "  Primary key: id\n"
                           "  Unique: name\n"
                           "  Unique: name, balance\n"
                           "\n"
                           "Table contact\n"
                           "  Column          Type     Ferry type  Null  Default          Notes\n"
                           "  account_id      integer  integer     NULL\n"
                           "  Kontakt_Straße  text     text        NULL  'Hauptstraße 1'\n"
                           "  Foreign key contact_account_fk: account_id -> crm.account(id)\n"
                           "  Foreign key: account_id -> other(ref)\n"
                           "\n"
                           "View active_accounts\n"
                           "  Column  Type    Ferry type  Null      Default  Notes\n"
                           "  id      bigint  integer     NOT NULL           auto-increment\n");
        const QString actual = formatSchemaText(sample());
        if (actual != expected)
            qWarning().noquote() << "actual:\n" << actual;
        QCOMPARE(actual, expected);
        QCOMPARE(formatSchemaText({}), QString());
    }

    void json()
    {
        const ServerInfo server{QStringLiteral("PostgreSQL"), QStringLiteral("15.18"), QStringLiteral("psqlodbcw.so"),
                                QStringLiteral("13.02.0000")};
        const QJsonObject o = schemaToJson(sample(), server);
        QCOMPARE(o.value(QLatin1String("server")).toObject(),
                 (QJsonObject{{QStringLiteral("dbmsName"), QStringLiteral("PostgreSQL")},
                              {QStringLiteral("dbmsVersion"), QStringLiteral("15.18")},
                              {QStringLiteral("driverName"), QStringLiteral("psqlodbcw.so")},
                              {QStringLiteral("driverVersion"), QStringLiteral("13.02.0000")}}));
        const QJsonArray tables = o.value(QLatin1String("tables")).toArray();
        QCOMPARE(tables.size(), 3);
        const QJsonObject account = tables[0].toObject();
        QCOMPARE(account.value(QLatin1String("schema")).toString(), QStringLiteral("crm"));
        QCOMPARE(account.value(QLatin1String("name")).toString(), QStringLiteral("account"));
        QCOMPARE(account.value(QLatin1String("isView")).toBool(), false);
        QCOMPARE(account.value(QLatin1String("rowCountEstimate")).toInteger(), 1200);
        QCOMPARE(account.value(QLatin1String("primaryKey")).toArray(), QJsonArray{QStringLiteral("id")});
        QCOMPARE(account.value(QLatin1String("uniqueKeys")).toArray(),
                 (QJsonArray{QJsonArray{QStringLiteral("name")},
                             QJsonArray{QStringLiteral("name"), QStringLiteral("balance")}}));
        const QJsonObject balance = account.value(QLatin1String("columns")).toArray()[2].toObject();
        QCOMPARE(balance, (QJsonObject{{QStringLiteral("name"), QStringLiteral("balance")},
                                       {QStringLiteral("type"), QStringLiteral("decimal")},
                                       {QStringLiteral("nativeType"), QStringLiteral("numeric")},
                                       {QStringLiteral("odbcType"), QJsonValue(SQL_NUMERIC)},
                                       {QStringLiteral("length"), 0},
                                       {QStringLiteral("precision"), 14},
                                       {QStringLiteral("scale"), 2},
                                       {QStringLiteral("nullable"), true},
                                       {QStringLiteral("default"), QStringLiteral("0")},
                                       {QStringLiteral("autoIncrement"), false},
                                       {QStringLiteral("supportsSupplementary"), QJsonValue(true)}}));
        const QJsonObject name = account.value(QLatin1String("columns")).toArray()[1].toObject();
        QCOMPARE(name.value(QLatin1String("length")).toInteger(), 80);
        QVERIFY(name.value(QLatin1String("default")).isNull());
        QCOMPARE(name.value(QLatin1String("supportsSupplementary")).toBool(), false);

        const QJsonObject contact = tables[1].toObject();
        QCOMPARE(contact.value(QLatin1String("schema")).toString(), QString());
        QVERIFY(!contact.contains(QLatin1String("rowCountEstimate")));
        QCOMPARE(contact.value(QLatin1String("foreignKeys")).toArray()[0].toObject(),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("contact_account_fk")},
                              {QStringLiteral("columns"), QJsonArray{QStringLiteral("account_id")}},
                              {QStringLiteral("referencedTable"), QStringLiteral("crm.account")},
                              {QStringLiteral("referencedColumns"), QJsonArray{QStringLiteral("id")}}}));
        QCOMPARE(
            contact.value(QLatin1String("columns")).toArray()[1].toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("Kontakt_Straße"));
        QCOMPARE(tables[2].toObject().value(QLatin1String("isView")).toBool(), true);
        // Survives a JSON round trip byte-identically (what `inspect --json` prints).
        const QByteArray bytes = QJsonDocument(o).toJson();
        QCOMPARE(QJsonDocument::fromJson(bytes).object(), o);
    }
};

QTEST_GUILESS_MAIN(TstSchemaFormat)
#include "tst_schema_format.moc"
