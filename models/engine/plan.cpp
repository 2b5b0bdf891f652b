#include "plan.h"

#include "core/errors.h"
#include "db/sqlite/sqlite_script.h"
#include "engine/plan_names.h"
#include "engine/plan_references.h"

#include <QCoreApplication>

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

QStringList columnNames(const TableInfo& t)
{
    QStringList names;
    for (const ColumnInfo& c : t.columns)
        names << c.name;
    return names;
}

// Resolves one table mapping against both schemas, step by step; every problem goes to `errors` with
// its project path, and build() gives a plan only when the mapping had none.
class TableBuilder {
public:
    TableBuilder(const TableMapping& mapping, int index, SchemaProvider& source, SchemaProvider& target,
                 QList<PlanError>& errors, bool journal)
        : mapping_(mapping)
        , index_(index)
        , source_(source)
        , target_(target)
        , errors_(errors)
        , journal_(journal)
    {
    }

    std::optional<TablePlan> build()
    {
        plan_.projectIndex = index_;
        plan_.mode = mapping_.mode;
        plan_.batchSize = mapping_.batchSize;
        plan_.onError = mapping_.onError;
        plan_.maxRejects = mapping_.maxRejects;
        plan_.dedupe = mapping_.dedupe;
        if (!resolveTarget() || !resolveSource())
            return std::nullopt;
        const qsizetype errorsBefore = errors_.size();
        for (int f = 0; f < mapping_.fields.size(); ++f)
            if (std::optional<FieldPlan> field = buildField(f))
                plan_.fields << std::move(*field);
        checkRequiredColumns();
        PlanReferences references(mapping_, tablePath(index_), plan_, target_, unresolvedTargets_, errors_);
        references.resolveKeys();
        references.resolveDedupe();
        references.checkTransformParameters();
        if (journal_ && mapping_.keys.isEmpty())
            error(path(QStringLiteral(".keys")),
                  tr("with the run's state in a journal (options.stateStore \"journal\") every table needs keys, so "
                     "that a batch cut off at COMMIT can be told from one that landed; add keys, or keep the state "
                     "in the target"));
        resolveSourceKey();
        if (sourceInfo_) {
            plan_.sourceTable = TableRef{sourceInfo_->schema, sourceInfo_->name};
            plan_.sourceRowEstimate = sourceInfo_->rowCountEstimate;
            for (const QString& k : sourceInfo_->primaryKey)
                plan_.sourcePrimaryKey << useColumn(k);
        }
        if (errors_.size() != errorsBefore)
            return std::nullopt;
        plan_.sourceColumns = used_;
        plan_.sourceSql = sourceSql();
        plan_.orderedSourceSql = orderedSourceSql();
        return std::move(plan_);
    }

private:
    void error(const QString& path, const QString& message) { errors_ << PlanError{path, message}; }
    QString path(const QString& rest) const { return tablePath(index_) + rest; }

    bool resolveTarget()
    {
        const std::optional<TableInfo> info = target_.table(mapping_.target);
        if (!info) {
            error(path(QStringLiteral(".target")), plan_names::tableNotInTarget(mapping_.target, target_.tableNames()));
            return false;
        }
        plan_.targetInfo = *info;
        plan_.target = TableRef{info->schema, info->name};
        return true;
    }

    // The columns the source offers: a query's result columns, or the table's.
    bool resolveSource()
    {
        if (!mapping_.query.isEmpty()) {
            try {
                for (const ResultColumn& c : source_.queryColumns(mapping_.query))
                    available_ << c.name;
            } catch (const DbError& e) {
                error(path(QStringLiteral(".query")), tr("the query fails: %1").arg(e.message()));
                return false;
            }
            plan_.sourceLabel = tr("query");
            return true;
        }
        sourceInfo_ = source_.table(mapping_.source);
        if (!sourceInfo_) {
            error(path(QStringLiteral(".source")), plan_names::tableNotInSource(mapping_.source, source_.tableNames()));
            return false;
        }
        for (const ColumnInfo& c : sourceInfo_->columns)
            available_ << c.name;
        plan_.sourceLabel = sourceInfo_->name;
        return true;
    }

    // Position of a source column in the row the plan reads (columns in first-use order).
    int useColumn(const QString& name)
    {
        const QString& column = available_[findIdentifier(available_, name, source_.nameCase())];
        const qsizetype at = used_.indexOf(column);
        if (at >= 0)
            return int(at);
        used_ << column;
        return static_cast<int>(used_.size() - 1);
    }

    bool sourceHas(const QString& name) const { return findIdentifier(available_, name, source_.nameCase()) >= 0; }

    QString noSourceColumn(const QString& name) const
    {
        return sourceInfo_ ? plan_names::columnNotInTable(
                                 name, tableLabel(TableRef{sourceInfo_->schema, sourceInfo_->name}), available_)
                           : plan_names::columnNotInQuery(name, available_);
    }

    std::optional<FieldPlan> buildField(int f)
    {
        const FieldMapping& fm = mapping_.fields[f];
        const QString fieldPath = path(QStringLiteral(".fields[%1]").arg(f));
        const QStringList targetColumns = columnNames(plan_.targetInfo);
        const qsizetype column = findIdentifier(targetColumns, fm.target, target_.nameCase());
        if (column < 0) {
            unresolvedTargets_ << fm.target; // keys and rules naming it too are this field's problem
            error(fieldPath + QStringLiteral(".target"),
                  plan_names::columnNotInTable(fm.target, tableLabel(plan_.target), targetColumns));
            return std::nullopt;
        }
        FieldPlan field;
        field.target = plan_.targetInfo.columns[column];
        mappedTargets_ << field.target.name; // even if its source or transforms are broken: their own error
        bool sourcesOk = true;
        for (int s = 0; s < fm.sources.size(); ++s) {
            if (!sourceHas(fm.sources[s])) {
                const QString where = fm.sources.size() == 1 ? fieldPath + QStringLiteral(".source")
                                                             : fieldPath + QStringLiteral(".source[%1]").arg(s);
                error(where, noSourceColumn(fm.sources[s]));
                sourcesOk = false;
                continue;
            }
            field.sourceIndexes << useColumn(fm.sources[s]);
        }
        if (!sourcesOk || !compileChain(fm, fieldPath, field))
            return std::nullopt;
        field.passthrough = !fm.constant && fm.sources.size() == 1 && fm.transforms.isEmpty();
        return field;
    }

    bool compileChain(const FieldMapping& fm, const QString& fieldPath, FieldPlan& field)
    {
        QList<TransformSpec> specs = fm.transforms;
        if (fm.constant) {
            QJsonObject params;
            params.insert(QStringLiteral("value"), *fm.constant);
            specs.prepend(TransformSpec{QStringLiteral("constant"), params});
        }
        QString errorPath, message;
        field.chain = TransformChain::compile(specs, static_cast<int>(fm.sources.size()), &errorPath, &message);
        if (field.chain)
            return true;
        // The synthetic constant step shifts user transform indexes by one.
        if (fm.constant && errorPath.startsWith(QLatin1String("transforms["))) {
            const int close = static_cast<int>(errorPath.indexOf(QLatin1Char(']')));
            const int k = errorPath.mid(11, close - 11).toInt();
            errorPath = k == 0 ? QStringLiteral("constant")
                               : QStringLiteral("transforms[%1]").arg(k - 1) + errorPath.mid(close + 1);
        }
        error(errorPath.isEmpty() ? fieldPath : fieldPath + QLatin1Char('.') + errorPath, message);
        return false;
    }

    void checkRequiredColumns()
    {
        for (const ColumnInfo& c : plan_.targetInfo.columns)
            if (isRequired(c) && !mappedTargets_.contains(c.name) &&
                findIdentifier(unresolvedTargets_, c.name, Qt::CaseInsensitive) < 0) // a broken field says it
                error(tablePath(index_), tr("target column \"%1\" is required (NOT NULL, no default) but nothing is "
                                            "mapped to it")
                                             .arg(c.name));
    }

    // The source key names rows in reject files: explicit, else the first key's source, else the PK.
    void resolveSourceKey()
    {
        QString sourceKey = mapping_.sourceKey;
        if (sourceKey.isEmpty() && !plan_.keyFields.isEmpty() &&
            !plan_.fields[plan_.keyFields[0]].sourceIndexes.isEmpty())
            sourceKey = used_[plan_.fields[plan_.keyFields[0]].sourceIndexes[0]];
        if (sourceKey.isEmpty() && sourceInfo_ && !sourceInfo_->primaryKey.isEmpty())
            sourceKey = sourceInfo_->primaryKey.first();
        if (sourceKey.isEmpty())
            return;
        if (!sourceHas(sourceKey))
            error(path(QStringLiteral(".sourceKey")), noSourceColumn(sourceKey));
        else
            plan_.sourceKeyIndex = useColumn(sourceKey);
    }

    // psqlODBC converts dates and timestamps itself, even to text, and loses infinity, the era and years
    // past 9999 on the way; the server's own text keeps them (coerce() reads it back as a date).
    QString selectColumn(const Dialect& d, const QString& column) const
    {
        const QString q = d.quoteIdentifier(column);
        const ColumnInfo* info = sourceInfo_->column(column);
        if (d.family() == DbFamily::PostgreSQL && info &&
            (info->type == ColumnType::Date || info->type == ColumnType::Timestamp))
            return QStringLiteral("%1::text AS %1").arg(q);
        // money's text follows lc_monetary ("$1,234.56") and psqlODBC reads it as a double; xml's output
        // drops a version-1.0 declaration the stored text has.
        if (d.family() == DbFamily::PostgreSQL && info && info->nativeType == QLatin1String("money"))
            return QStringLiteral("%1::numeric AS %1").arg(q);
        if (d.family() == DbFamily::PostgreSQL && info && info->nativeType == QLatin1String("xml"))
            return QStringLiteral("%1::text AS %1").arg(q);
        return q;
    }

    QString sourceSql() const
    {
        if (!mapping_.query.isEmpty())
            return mapping_.query;
        const Dialect d = source_.dialect();
        QStringList cols;
        for (const QString& c : used_)
            cols << selectColumn(d, c);
        if (cols.isEmpty())
            cols << QStringLiteral("1");
        return QStringLiteral("SELECT ") + cols.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
               d.qualified(TableRef{sourceInfo_->schema, sourceInfo_->name});
    }

    // The query keeps its own order (ORDER BY inside it, if any); a table is read by its primary key, or
    // by every column read when it has none (identical rows are interchangeable, so that order is stable
    // enough for a resume). Columns that cannot be sorted (binary, unknown types) are left out of it.
    QString orderedSourceSql() const
    {
        if (!mapping_.query.isEmpty())
            return mapping_.query;
        const Dialect d = source_.dialect();
        QStringList order;
        if (!plan_.sourcePrimaryKey.isEmpty()) {
            for (int k : plan_.sourcePrimaryKey)
                order << d.quoteIdentifier(used_[k]);
        } else {
            for (const QString& c : used_) {
                const qsizetype at = columnNames(*sourceInfo_).indexOf(c); // `used_` holds the stored spelling
                const ColumnInfo* info = at < 0 ? nullptr : &sourceInfo_->columns[at];
                if (!info || info->type == ColumnType::Binary || info->type == ColumnType::Unknown)
                    continue;
                // Under MariaDB's case-insensitive collations 'abc' and 'ABC' tie; their bytes do not.
                const bool binary = d.family() == DbFamily::MariaDB && info->type == ColumnType::Text;
                order << (binary ? QStringLiteral("BINARY ") : QString()) + d.quoteIdentifier(c);
            }
        }
        const QString sql = sourceSql();
        return order.isEmpty() ? sql : sql + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    }

    const TableMapping& mapping_;
    int index_;
    SchemaProvider& source_;
    SchemaProvider& target_;
    QList<PlanError>& errors_;
    bool journal_; // the run's state goes to a journal: every table needs keys
    TablePlan plan_;
    std::optional<TableInfo> sourceInfo_;
    QStringList available_;         // columns the source offers
    QStringList used_;              // source columns read, in first-use order
    QStringList mappedTargets_;     // target columns (stored spelling) a field writes
    QStringList unresolvedTargets_; // field targets the target table does not hold
};

} // namespace

std::optional<TableInfo> ConnectionSchemaProvider::table(const QString& name)
{
    // findTable forgives case; where the database does not (PostgreSQL's quoted names), neither does the plan.
    const std::optional<TableRef> ref = connection_.findTable(name);
    if (!ref || (nameCase() == Qt::CaseSensitive && !namesTable(*ref, name, Qt::CaseSensitive)))
        return std::nullopt;
    return connection_.describe(*ref);
}

QStringList ConnectionSchemaProvider::tableNames()
{
    QStringList names;
    for (const TableRef& t : connection_.tables(true))
        names << t.name << tableLabel(t);
    names.removeDuplicates();
    return names;
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
    sql += QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
    return pageSize > 0 ? sql + QStringLiteral(" LIMIT ") + QString::number(pageSize) : sql;
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
        TableBuilder builder{project.tables[i],
                             i,
                             source,
                             target,
                             errors,
                             project.options.stateStore == RunOptions::StateStore::Journal};
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
