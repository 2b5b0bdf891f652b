#pragma once
// The hostile-values fixture of the fidelity matrix (tests/data/fidelity): its columns with their
// types per database, the SQL that renders a column through a database's own client, and the
// comparison of two renderings by meaning where representation legitimately differs.
#include "common/dbfixture.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace ferry::test {

struct HostileColumn {
    bool operator==(const HostileColumn&) const = default;
    QString name;
    QString cls;                       // int, bool, dec, money, float, float4, char, text, inet, uuid,
                                       // bits, json, date, time, ts, tstz, bin
    QString postgres, mariadb, sqlite; // the column's type in each database
    QString typeIn(Db db) const;
};

QList<HostileColumn> hostileColumns(); // from columns.txt
QString createTableSql(Db db, const QString& table);
QString fixtureSql(Db db, const QString& table); // the INSERTs of <family>.sql
// One SELECT giving per row: id, then per column the hex of the database's own rendering of the value
// (bytes for binary columns), or NULL. For SQLite each rendering is prefixed by its storage class.
QString renderSql(Db db, const QString& table);

struct Rendering {
    bool null = true;
    QByteArray text;    // the database's own rendering (decoded from hex)
    QByteArray storage; // SQLite's typeof(); empty elsewhere
};
using RenderedRow = QList<Rendering>; // per hostileColumns()
QHash<qint64, RenderedRow> renderTable(Db db, const QString& sqlitePath, const QString& table);

// Empty when `a` (source) and `b` (target) mean the same value for columns of class `cls`; else why not.
QString differs(const QString& cls, const Rendering& a, const Rendering& b);

// Expected outcomes (tests/data/fidelity/expected.txt): direction "postgres>mariadb", row id → the
// words a refusal's reason must contain. Rows not listed arrive exactly.
QHash<QString, QHash<qint64, QString>> expectedRefusals();

QString familyName(Db db);

} // namespace ferry::test
