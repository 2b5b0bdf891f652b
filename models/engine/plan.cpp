#include "plan.h"

#include "core/errors.h"
#include "db/sqlite/sqlite_script.h"

#include <QCoreApplication>
#include <QSet>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::Plan", text);
}

QString tablePath(int i)
{
    return QStringLiteral("tables[%1]").arg(i);
}

bool isRequired(const ColumnInfo& c)
{
    return !c.nullable && !c.defaultValue && !c.autoIncrement;
}

int indexOfColumn(const QStringList& columns, const QString& name)
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

struct TableBuilder {
    const TableMapping& mapping;
    int index;
    SchemaProvider& source;
    SchemaProvider& target;
    QList<PlanError>& errors;

    void error(const QString& path, const QString& message) { errors << PlanError{path, message}; }

    std::optional<TablePlan> build()
    {
        TablePlan plan;
        plan.projectIndex = index;
        plan.mode = mapping.mode;
        plan.batchSize = mapping.batchSize;
        plan.onError = mapping.onError;
        plan.maxRejects = mapping.maxRejects;
        plan.dedupe = mapping.dedupe;

        const std::optional<TableInfo> targetInfo = target.table(mapping.target);
        if (!targetInfo) {
            error(tablePath(index) + QStringLiteral(".target"),
                  tr("table \"%1\" does not exist in the target database").arg(mapping.target));
            return std::nullopt;
        }
        plan.targetInfo = *targetInfo;
        plan.target = TableRef{targetInfo->schema, targetInfo->name};

        QStringList available; // columns the source offers
        std::optional<TableInfo> sourceInfo;
        if (!mapping.query.isEmpty()) {
            try {
                for (const ResultColumn& c : source.queryColumns(mapping.query))
                    available << c.name;
            } catch (const DbError& e) {
                error(tablePath(index) + QStringLiteral(".query"), tr("the query fails: %1").arg(e.message()));
                return std::nullopt;
            }
            plan.sourceLabel = tr("query");
        } else {
            sourceInfo = source.table(mapping.source);
            if (!sourceInfo) {
                error(tablePath(index) + QStringLiteral(".source"),
                      tr("table \"%1\" does not exist in the source database").arg(mapping.source));
                return std::nullopt;
            }
            for (const ColumnInfo& c : sourceInfo->columns)
                available << c.name;
            plan.sourceLabel = sourceInfo->name;
        }

        QStringList used; // source columns read, in first-use order
        auto useColumn = [&](const QString& name) {
            const int at = indexOfColumn(used, name);
            if (at >= 0)
                return at;
            used << available[indexOfColumn(available, name)];
            return static_cast<int>(used.size() - 1);
        };

        const int errorsBefore = static_cast<int>(errors.size());
        QSet<QString> mappedTargets;
        for (int f = 0; f < mapping.fields.size(); ++f) {
            const FieldMapping& fm = mapping.fields[f];
            const QString path = tablePath(index) + QStringLiteral(".fields[%1]").arg(f);
            mappedTargets.insert(fm.target.toLower()); // even if broken: report its own error only
            const ColumnInfo* column = targetInfo->column(fm.target);
            if (!column) {
                error(path + QStringLiteral(".target"),
                      tr("table \"%1\" has no column \"%2\"").arg(targetInfo->name, fm.target));
                continue;
            }
            FieldPlan field;
            field.target = *column;
            QList<TransformSpec> specs = fm.transforms;
            if (fm.constant) {
                QJsonObject params;
                params.insert(QStringLiteral("value"), *fm.constant);
                specs.prepend(TransformSpec{QStringLiteral("constant"), params});
            }
            bool sourcesOk = true;
            for (int s = 0; s < fm.sources.size(); ++s) {
                if (indexOfColumn(available, fm.sources[s]) < 0) {
                    const QString where = fm.sources.size() == 1 ? path + QStringLiteral(".source")
                                                                 : path + QStringLiteral(".source[%1]").arg(s);
                    error(where, tr("the source has no column \"%1\"").arg(fm.sources[s]));
                    sourcesOk = false;
                    continue;
                }
                field.sourceIndexes << useColumn(fm.sources[s]);
            }
            if (!sourcesOk)
                continue;
            QString errorPath, message;
            auto chain = TransformChain::compile(specs, static_cast<int>(fm.sources.size()), &errorPath, &message);
            if (!chain) {
                // The synthetic constant step shifts user transform indexes by one.
                if (fm.constant && errorPath.startsWith(QLatin1String("transforms["))) {
                    const int close = static_cast<int>(errorPath.indexOf(QLatin1Char(']')));
                    const int k = errorPath.mid(11, close - 11).toInt();
                    errorPath = k == 0 ? QStringLiteral("constant")
                                       : QStringLiteral("transforms[%1]").arg(k - 1) + errorPath.mid(close + 1);
                }
                error(errorPath.isEmpty() ? path : path + QLatin1Char('.') + errorPath, message);
                continue;
            }
            field.chain = std::move(chain);
            field.passthrough = !fm.constant && fm.sources.size() == 1 && fm.transforms.isEmpty();
            plan.fields << std::move(field);
        }

        for (const ColumnInfo& c : targetInfo->columns)
            if (isRequired(c) && !mappedTargets.contains(c.name.toLower()))
                error(tablePath(index), tr("target column \"%1\" is required (NOT NULL, no default) but nothing is "
                                           "mapped to it")
                                            .arg(c.name));

        for (int k = 0; k < mapping.keys.size(); ++k) {
            int found = -1;
            for (int f = 0; f < plan.fields.size(); ++f)
                if (plan.fields[f].target.name.compare(mapping.keys[k], Qt::CaseInsensitive) == 0)
                    found = f;
            if (found < 0)
                error(tablePath(index) + QStringLiteral(".keys[%1]").arg(k),
                      tr("key column \"%1\" is not mapped").arg(mapping.keys[k]));
            else
                plan.keyFields << found;
        }

        // The source key names rows in reject files: explicit, else the first key's source, else the PK.
        QString sourceKey = mapping.sourceKey;
        if (sourceKey.isEmpty() && !plan.keyFields.isEmpty() && !plan.fields[plan.keyFields[0]].sourceIndexes.isEmpty())
            sourceKey = used[plan.fields[plan.keyFields[0]].sourceIndexes[0]];
        if (sourceKey.isEmpty() && sourceInfo && !sourceInfo->primaryKey.isEmpty())
            sourceKey = sourceInfo->primaryKey.first();
        if (!sourceKey.isEmpty()) {
            if (indexOfColumn(available, sourceKey) < 0)
                error(tablePath(index) + QStringLiteral(".sourceKey"),
                      tr("the source has no column \"%1\"").arg(sourceKey));
            else
                plan.sourceKeyIndex = useColumn(sourceKey);
        }

        if (sourceInfo) {
            plan.sourceTable = TableRef{sourceInfo->schema, sourceInfo->name};
            plan.sourceRowEstimate = sourceInfo->rowCountEstimate;
            for (const QString& k : sourceInfo->primaryKey)
                plan.sourcePrimaryKey << useColumn(k);
        }

        if (errors.size() != errorsBefore)
            return std::nullopt;

        plan.sourceColumns = used;
        if (!mapping.query.isEmpty()) {
            plan.sourceSql = mapping.query;
        } else {
            const Dialect d = source.dialect();
            QStringList cols;
            for (const QString& c : used)
                cols << d.quoteIdentifier(c);
            if (cols.isEmpty())
                cols << QStringLiteral("1");
            plan.sourceSql = QStringLiteral("SELECT ") + cols.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
                             d.qualified(TableRef{sourceInfo->schema, sourceInfo->name});
        }
        return plan;
    }
};

} // namespace

std::optional<TableInfo> ConnectionSchemaProvider::table(const QString& name)
{
    const std::optional<TableRef> ref = connection_.findTable(name);
    if (!ref)
        return std::nullopt;
    return connection_.describe(*ref);
}

QList<ResultColumn> ConnectionSchemaProvider::queryColumns(const QString& sql)
{
    // Only the columns are wanted: a query that returns no rows, so a driver that caches whole result
    // sets (MariaDB Connector/ODBC 3.1) does not read the source while the plan is built. The script
    // splitter drops a pasted trailing ';' and comments after it without touching quoted text.
    const QList<sqlite::ScriptStatement> statements = sqlite::splitSqlScript(sql);
    const QString inner = statements.size() == 1 ? statements.first().sql : sql;
    return connection_
        .query(QStringLiteral("SELECT * FROM (") + inner + QStringLiteral("\n) ferry_columns WHERE 1 = 0"))
        ->columns();
}

QString TablePlan::pagedSourceSql(const Dialect& d, bool afterKey, int pageSize) const
{
    QStringList keys, marks;
    for (int k : sourcePrimaryKey) {
        keys << d.quoteIdentifier(sourceColumns[k]);
        marks << QStringLiteral("?");
    }
    QString sql =
        QStringLiteral("SELECT ") + d.columnList(sourceColumns) + QStringLiteral(" FROM ") + d.qualified(sourceTable);
    if (afterKey)
        sql += QStringLiteral(" WHERE (") + keys.join(QStringLiteral(", ")) + QStringLiteral(") > (") +
               marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    return sql + QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT ") +
           QString::number(pageSize);
}

QList<ColumnInfo> TablePlan::columns() const
{
    QList<ColumnInfo> out;
    for (const FieldPlan& f : fields)
        out << f.target;
    return out;
}

QList<ColumnInfo> TablePlan::keyColumns() const
{
    QList<ColumnInfo> out;
    for (int k : keyFields)
        out << fields[k].target;
    return out;
}

QList<ColumnInfo> TablePlan::nonKeyColumns() const
{
    QList<ColumnInfo> out;
    for (int f = 0; f < fields.size(); ++f)
        if (!keyFields.contains(f))
            out << fields[f].target;
    return out;
}

QList<int> parentFirstOrder(const QList<TableInfo>& targets, QStringList* warnings)
{
    const int n = static_cast<int>(targets.size());
    // edges: parent -> child when child has a foreign key to parent (self references ignored)
    QList<QList<int>> children(n);
    QList<int> pending(n, 0);
    for (int c = 0; c < n; ++c)
        for (const ForeignKey& fk : targets[c].foreignKeys)
            for (int p = 0; p < n; ++p)
                if (p != c && targets[p].name.compare(fk.referencedTable, Qt::CaseInsensitive) == 0 &&
                    !children[p].contains(c)) {
                    children[p] << c;
                    ++pending[c];
                }
    QList<int> order;
    QList<bool> done(n, false);
    while (order.size() < n) {
        int next = -1;
        for (int i = 0; i < n && next < 0; ++i)
            if (!done[i] && pending[i] == 0)
                next = i;
        if (next < 0) { // a cycle: take the first remaining table in project order
            for (int i = 0; i < n && next < 0; ++i)
                if (!done[i])
                    next = i;
            if (warnings)
                *warnings << tr("target tables reference each other in a cycle; \"%1\" runs in project order")
                                 .arg(targets[next].name);
        }
        done[next] = true;
        order << next;
        for (int c : children[next])
            --pending[c];
    }
    return order;
}

std::variant<Plan, QList<PlanError>> buildPlan(const Project& project, SchemaProvider& source, SchemaProvider& target)
{
    QList<PlanError> errors;
    QList<TablePlan> tables;
    if (project.tables.isEmpty())
        errors << PlanError{QStringLiteral("tables"), tr("the project maps no tables")};
    for (int i = 0; i < project.tables.size(); ++i) {
        TableBuilder builder{project.tables[i], i, source, target, errors};
        if (auto t = builder.build())
            tables << std::move(*t);
    }
    if (!errors.isEmpty())
        return errors;

    Plan plan;
    QList<TableInfo> infos;
    for (const TablePlan& t : tables)
        infos << t.targetInfo;
    for (int i : parentFirstOrder(infos, &plan.warnings))
        plan.tables << tables[i];
    return plan;
}

} // namespace ferry
