#include "plan_names.h"

#include "project/project_reader_support.h"

#include <QCoreApplication>

namespace ferry::plan_names {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::Plan", text);
}

} // namespace

QString suggestion(const QString& name, const QStringList& candidates)
{
    for (const QString& c : candidates)
        if (c.compare(name, Qt::CaseInsensitive) == 0 && c != name)
            return c;
    return reading::closest(name, candidates);
}

QString columnNotInTable(const QString& column, const QString& table, const QStringList& columns)
{
    const QString guess = suggestion(column, columns);
    if (guess.isEmpty())
        return tr("column \"%1\" not found in table \"%2\"").arg(column, table);
    return tr("column \"%1\" not found in table \"%2\" (did you mean \"%3\"?)").arg(column, table, guess);
}

QString columnNotInQuery(const QString& column, const QStringList& columns)
{
    const QString guess = suggestion(column, columns);
    if (guess.isEmpty())
        return tr("column \"%1\" not found in the query's result").arg(column);
    return tr("column \"%1\" not found in the query's result (did you mean \"%2\"?)").arg(column, guess);
}

QString tableNotInSource(const QString& table, const QStringList& tables)
{
    const QString guess = suggestion(table, tables);
    if (guess.isEmpty())
        return tr("table \"%1\" does not exist in the source database").arg(table);
    return tr("table \"%1\" does not exist in the source database (did you mean \"%2\"?)").arg(table, guess);
}

QString tableNotInTarget(const QString& table, const QStringList& tables)
{
    const QString guess = suggestion(table, tables);
    if (guess.isEmpty())
        return tr("table \"%1\" does not exist in the target database").arg(table);
    return tr("table \"%1\" does not exist in the target database (did you mean \"%2\"?)").arg(table, guess);
}

} // namespace ferry::plan_names
