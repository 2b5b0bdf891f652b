#pragma once
// The names a table mapping refers to besides its fields' own columns — its keys, the columns of its
// duplicate rules, the tables and columns that transform parameters name (a lookup's table, match and
// return columns) — resolved the way the run will resolve them, each problem with its project path. A
// name that repeats a field target which did not resolve is left to that field's own message.
#include "engine/plan.h"

namespace ferry {

class PlanReferences {
public:
    // `plan` holds the fields that resolved; `unresolvedTargets` the targets of those that did not.
    PlanReferences(const TableMapping& mapping, const QString& path, TablePlan& plan, SchemaProvider& target,
                   QStringList unresolvedTargets, QList<PlanError>& errors);

    void resolveKeys();   // fills plan.keyFields
    void resolveDedupe(); // checks plan.dedupe and spells its columns as the fields they name
    void checkTransformParameters();

private:
    // The field whose target `name` is (index in plan.fields), or -1 after reporting why not at `path`.
    int targetField(const QString& name, const QString& path);
    QString columnOf(const QString& name, const QString& path); // the field's target spelling, or empty
    void checkTableParameter(const QString& table, const QString& path);
    void checkColumnParameter(const QString& table, const QString& column, const QString& path);
    std::optional<TableInfo> targetTable(const QString& name);
    void error(const QString& path, const QString& message) { errors_ << PlanError{path, message}; }

    const TableMapping& mapping_;
    const QString path_; // "tables[2]"
    TablePlan& plan_;
    SchemaProvider& target_;
    const QStringList unresolvedTargets_;
    QList<PlanError>& errors_;
    QHash<QString, std::optional<TableInfo>> tables_; // target tables the parameters named, by name
};

} // namespace ferry
