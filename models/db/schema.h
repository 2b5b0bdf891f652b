#pragma once
// What introspection learns about a database, independent of how it was learnt (ODBC catalog
// functions, PRAGMA, information_schema).
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ferry {

// Families Ferry knows the quirks of; anything else is Generic and gets the portable path.
enum class DbFamily { Generic, PostgreSQL, MariaDB, SQLite };
QString familyName(DbFamily f);

// Logical column types, mapped from ODBC SQL_* codes and native type names.
enum class ColumnType {
    Unknown,
    Text,    // char, varchar, text, nvarchar, clob …
    Integer, // smallint, int, bigint, tinyint (not bool)
    Decimal, // numeric, decimal, money-as-numeric
    Double,  // real, float, double
    Boolean,
    Date,
    Time,
    Timestamp, // timestamp without zone; zoned timestamps are read in the session's UTC
    Binary,    // bytea, blob, varbinary
};
QString columnTypeName(ColumnType t);

struct ColumnInfo {
    QString name;
    ColumnType type = ColumnType::Unknown;
    QString nativeType; // as the database names it, e.g. "character varying", "VARCHAR", "TEXT"
    int odbcType = 0;   // SQL_* data type code where known
    qint64 length = 0;  // max characters for text, bytes for binary; 0 = unlimited / unknown
    int precision = 0;  // total digits for decimals, bits for integers where reported
    int scale = 0;      // fraction digits for decimals, fractional seconds for time types
    bool nullable = true;
    std::optional<QString> defaultValue; // expression text as reported
    bool autoIncrement = false;
    bool supportsSupplementary = true;   // false for MariaDB utf8mb3 columns
    int exactDigits = 0;                 // >0: decimals keep only this many significant digits (SQLite's float storage)
    DbFamily family = DbFamily::Generic; // the database the column lives in: its limits decide what it can hold
    QStringList members;                 // MariaDB ENUM and SET: the allowed values, in the column's order
};

struct ForeignKey {
    QString name;
    QStringList columns;
    QString referencedTable;
    QStringList referencedColumns;
};

// A CHECK constraint as the database reports it: its expression in the database's own SQL, and the
// table's columns the expression refers to.
struct CheckConstraint {
    QString name; // empty where the database keeps none (SQLite's unnamed checks)
    QString expression;
    QStringList columns;
};

struct TableInfo {
    QString schema; // empty where the database has none (SQLite, MariaDB's current database)
    QString name;
    bool isView = false;
    QList<ColumnInfo> columns;
    QStringList primaryKey;
    QList<QStringList> uniqueKeys; // other unique constraints / unique indexes
    QList<ForeignKey> foreignKeys;
    std::optional<qint64> rowCountEstimate;
    QList<CheckConstraint> checks;

    const ColumnInfo* column(const QString& name) const; // case-insensitive
    int columnIndex(const QString& name) const;          // -1 if absent
};

struct TableRef {
    QString schema;
    QString name;
    bool operator==(const TableRef&) const = default;
};

} // namespace ferry
