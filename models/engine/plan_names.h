#pragma once
// The plan's messages for a name the schemas do not hold, each with the nearest name they do hold
// ("did you mean"), so a typo is fixed from the message alone.
#include <QString>
#include <QStringList>

namespace ferry::plan_names {

// The candidate a user most likely meant: one equal but for case (a quoted PostgreSQL name), else the
// closest spelling within a typo's distance; empty when none is close.
QString suggestion(const QString& name, const QStringList& candidates);

// column "nme" not found in table "public.accounts" (did you mean "name"?)
QString columnNotInTable(const QString& column, const QString& table, const QStringList& columns);
// column "nme" not found in the query's result (did you mean "name"?)
QString columnNotInQuery(const QString& column, const QStringList& columns);
// table "acounts" does not exist in the source/target database (did you mean "accounts"?)
QString tableNotInSource(const QString& table, const QStringList& tables);
QString tableNotInTarget(const QString& table, const QStringList& tables);

} // namespace ferry::plan_names
