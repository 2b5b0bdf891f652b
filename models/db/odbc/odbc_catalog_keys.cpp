// Keys as the PostgreSQL and MariaDB catalog queries report them: both list unique indexes and
// foreign keys one column per row, so one reading serves both.
#include "odbc_catalog_detail.h"

#include <QSet>

namespace ferry::odbc::detail {

void addIndexKeys(TableInfo& info, const QList<IndexColumn>& columns)
{
    QList<QPair<QString, QStringList>> unique; // by index, in query order
    QSet<QString> notPlain;
    for (const IndexColumn& c : columns) {
        if (c.primary) {
            info.primaryKey << c.column;
            continue;
        }
        if (!c.plain)
            notPlain.insert(c.index);
        if (unique.isEmpty() || unique.last().first != c.index)
            unique << qMakePair(c.index, QStringList());
        unique.last().second << c.column;
    }
    for (const auto& [index, key] : unique)
        if (!notPlain.contains(index))
            info.uniqueKeys << key;
}

QList<ForeignKey> foreignKeysFromRows(const QList<TextRow>& rows, const QString& ownSchema)
{
    QList<ForeignKey> keys;
    for (const TextRow& r : rows) {
        if (keys.isEmpty() || keys.last().name != str(r, 0)) {
            ForeignKey fk;
            fk.name = str(r, 0);
            fk.referencedTable = str(r, 2) == ownSchema ? str(r, 3) : str(r, 2) + QLatin1Char('.') + str(r, 3);
            keys << fk;
        }
        keys.last().columns << str(r, 1);
        keys.last().referencedColumns << str(r, 4);
    }
    return keys;
}

} // namespace ferry::odbc::detail
