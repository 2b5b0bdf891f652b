#include "identifiers.h"

namespace ferry {

Qt::CaseSensitivity identifierCase(DbFamily family)
{
    return family == DbFamily::PostgreSQL ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

qsizetype findIdentifier(const QStringList& names, const QString& wanted, Qt::CaseSensitivity cs)
{
    const qsizetype exact = names.indexOf(wanted);
    if (exact >= 0 || cs == Qt::CaseSensitive)
        return exact;
    for (qsizetype i = 0; i < names.size(); ++i)
        if (names[i].compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool namesTable(const TableRef& table, const QString& typed, Qt::CaseSensitivity cs)
{
    const QString name = typed.trimmed();
    return name.compare(table.name, cs) == 0 ||
           (!table.schema.isEmpty() && name.compare(table.schema + QLatin1Char('.') + table.name, cs) == 0);
}

QString tableLabel(const TableRef& table)
{
    return table.schema.isEmpty() ? table.name : table.schema + QLatin1Char('.') + table.name;
}

} // namespace ferry
