#include "plan_references.h"

#include "engine/plan_names.h"
#include "project/json_scan.h"
#include "transforms/transform.h"

#include <QCoreApplication>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::Plan", text);
}

QStringList columnNames(const TableInfo& t)
{
    QStringList names;
    for (const ColumnInfo& c : t.columns)
        names << c.name;
    return names;
}

} // namespace

PlanReferences::PlanReferences(const TableMapping& mapping, const QString& path, TablePlan& plan,
                               SchemaProvider& target, QStringList unresolvedTargets, QList<PlanError>& errors)
    : mapping_(mapping)
    , path_(path)
    , plan_(plan)
    , target_(target)
    , unresolvedTargets_(std::move(unresolvedTargets))
    , errors_(errors)
{
}

int PlanReferences::targetField(const QString& name, const QString& path)
{
    QStringList targets;
    for (const FieldPlan& f : plan_.fields)
        targets << f.target.name;
    const Qt::CaseSensitivity cs = target_.nameCase();
    if (const qsizetype at = findIdentifier(targets, name, cs); at >= 0)
        return int(at);
    // The same name as a field whose target did not resolve: that field's message says it.
    if (findIdentifier(unresolvedTargets_, name, Qt::CaseInsensitive) >= 0)
        return -1;
    const QStringList columns = columnNames(plan_.targetInfo);
    if (findIdentifier(columns, name, cs) >= 0)
        error(path, tr("column \"%1\" is not the target of any field in this table").arg(name));
    else
        error(path, plan_names::columnNotInTable(name, tableLabel(plan_.target), columns));
    return -1;
}

QString PlanReferences::columnOf(const QString& name, const QString& path)
{
    const int f = targetField(name, path);
    return f >= 0 ? plan_.fields[f].target.name : name;
}

void PlanReferences::resolveKeys()
{
    for (int k = 0; k < mapping_.keys.size(); ++k)
        if (const int f = targetField(mapping_.keys[k], path_ + QStringLiteral(".keys[%1]").arg(k)); f >= 0)
            plan_.keyFields << f;
}

void PlanReferences::resolveDedupe()
{
    DedupeConfig& d = plan_.dedupe;
    const QString base = path_ + QStringLiteral(".dedupe");
    for (int r = 0; r < d.rules.size(); ++r) {
        for (int c = 0; c < d.rules[r].all.size(); ++c) {
            QStringList& columns = d.rules[r].all[c].columns;
            const QString at = base + QStringLiteral(".rules[%1].match[%2]").arg(r).arg(c);
            for (int i = 0; i < columns.size(); ++i) // the project file writes one column as "column"
                columns[i] = columnOf(columns[i], columns.size() == 1 ? at + QStringLiteral(".column")
                                                                      : at + QStringLiteral(".columns[%1]").arg(i));
        }
    }
    if (!d.recentColumn.isEmpty())
        d.recentColumn = columnOf(d.recentColumn, base + QStringLiteral(".recentColumn"));
    QMap<QString, Survivorship> survivorship;
    for (auto it = d.survivorship.cbegin(); it != d.survivorship.cend(); ++it)
        survivorship.insert(columnOf(it.key(), json::childPath(base + QStringLiteral(".survivorship"), it.key())),
                            it.value());
    d.survivorship = survivorship;
}

void PlanReferences::checkTransformParameters()
{
    for (int f = 0; f < mapping_.fields.size(); ++f) {
        const QList<TransformSpec>& specs = mapping_.fields[f].transforms;
        for (int k = 0; k < specs.size(); ++k) {
            const transforms::Transform* t = transforms::findTransform(specs[k].type);
            if (!t)
                continue; // compiling the chain names the unknown type
            const QString step = path_ + QStringLiteral(".fields[%1].transforms[%2]").arg(f).arg(k);
            for (const transforms::ParamSpec& p : t->params()) {
                const QString name = QLatin1String(p.name);
                const QString value = specs[k].params.value(name).toString();
                if (value.isEmpty())
                    continue; // missing or not text: compiling the chain says so
                if (p.kind == transforms::ParamKind::TargetTable)
                    checkTableParameter(value, json::childPath(step, name));
                else if (p.kind == transforms::ParamKind::TargetColumn && p.linked)
                    checkColumnParameter(specs[k].params.value(QLatin1String(p.linked)).toString(), value,
                                         json::childPath(step, name));
            }
        }
    }
}

std::optional<TableInfo> PlanReferences::targetTable(const QString& name)
{
    auto it = tables_.constFind(name);
    if (it == tables_.constEnd())
        it = tables_.insert(name, target_.table(name));
    return *it;
}

void PlanReferences::checkTableParameter(const QString& table, const QString& path)
{
    if (!targetTable(table))
        error(path, plan_names::tableNotInTarget(table, target_.tableNames()));
}

void PlanReferences::checkColumnParameter(const QString& table, const QString& column, const QString& path)
{
    const std::optional<TableInfo> info = table.isEmpty() ? std::nullopt : targetTable(table);
    if (!info)
        return; // the table parameter's own message
    const QStringList columns = columnNames(*info);
    if (findIdentifier(columns, column, target_.nameCase()) < 0)
        error(path, plan_names::columnNotInTable(column, tableLabel(TableRef{info->schema, info->name}), columns));
}

} // namespace ferry
