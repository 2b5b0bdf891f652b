#pragma once
// The plan: a project resolved against the real source and target schemas. Everything a run needs is
// decided here — SQL to read, columns to write, compiled transform chains, table order (parents before
// children) — so tests can read the plan without running it, and validation names the project path of
// every problem.
#include "db/connection.h"
#include "db/identifiers.h"
#include "project/project.h"
#include "transforms/transform_chain.h"

#include <variant>

namespace ferry {

// Where the plan builder gets schemas; the engine passes live connections, tests pass fakes.
class SchemaProvider {
public:
    virtual ~SchemaProvider() = default;
    // The table `name` names as the database compares names (identifiers.h), or none.
    virtual std::optional<TableInfo> table(const QString& name) = 0;
    virtual QList<ResultColumn> queryColumns(const QString& sql) = 0;      // throws DbError
    virtual Dialect dialect() const { return Dialect(DbFamily::Generic); } // spelling of the source query
    virtual QStringList tableNames() { return {}; }                        // the candidates a "did you mean" picks from
    Qt::CaseSensitivity nameCase() const { return identifierCase(dialect().family()); }
};

// Adapts a Connection (reads a query's columns without fetching rows).
class ConnectionSchemaProvider : public SchemaProvider {
public:
    explicit ConnectionSchemaProvider(Connection& c)
        : connection_(c)
    {
    }
    std::optional<TableInfo> table(const QString& name) override;
    QList<ResultColumn> queryColumns(const QString& sql) override;
    Dialect dialect() const override { return connection_.dialect(); }
    QStringList tableNames() override;

private:
    Connection& connection_;
};

struct FieldPlan {
    ColumnInfo target;
    QList<int> sourceIndexes; // positions in the source row
    std::optional<TransformChain> chain;
    bool passthrough =
        false; // one source column, no transforms: the value goes straight to coercion // always set in a built plan
};

struct TablePlan {
    int projectIndex = 0; // position in Project::tables, for messages
    QString sourceLabel;  // table name or "query"
    QString sourceSql;
    QString orderedSourceSql;  // sourceSql in a stable order: by the primary key, else by every column read
    QStringList sourceColumns; // columns of each source row, in order
    TableRef target;
    TableInfo targetInfo;
    QList<FieldPlan> fields;                 // written columns, in statement order
    QList<int> keyFields;                    // indexes into fields (match keys)
    int sourceKeyIndex = -1;                 // source column identifying a row in reject files
    TableRef sourceTable;                    // empty name for a query
    QList<int> sourcePrimaryKey;             // positions in sourceColumns; lets readers page by key
    std::optional<qint64> sourceRowEstimate; // from introspection, for progress; none for queries
    WriteMode mode = WriteMode::Insert;
    int batchSize = 500;
    ErrorPolicy onError = ErrorPolicy::Reject;
    int maxRejects = -1;
    DedupeConfig dedupe; // columns are target columns of `fields`

    // SELECT … ORDER BY the primary key LIMIT pageSize (no LIMIT when pageSize ≤ 0), after a key when
    // afterKey (params: the last key).
    QString pagedSourceSql(const Dialect& d, bool afterKey, int pageSize) const;

    QString label() const { return sourceLabel + QStringLiteral(" → ") + target.name; }
    QList<ColumnInfo> columns() const;
    QList<ColumnInfo> keyColumns() const;
    QList<ColumnInfo> nonKeyColumns() const;
};

struct Plan {
    QList<TablePlan> tables; // in run order
    QStringList warnings;
};

struct PlanError {
    QString path;
    QString message;
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

std::variant<Plan, QList<PlanError>> buildPlan(const Project& project, SchemaProvider& source, SchemaProvider& target);

// Orders tables so that a table comes after every table its target references (stable otherwise).
// Returns the permutation; cycles keep project order and add a warning.
QList<int> parentFirstOrder(const QList<TableInfo>& targets, QStringList* warnings);

} // namespace ferry
