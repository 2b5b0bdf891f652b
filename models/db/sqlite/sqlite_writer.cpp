#include "sqlite_writer.h"

#include "sqlite_interrupt.h"
#include "sqlite_statement.h"
#include "sqlite_types.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <optional>

namespace ferry::sqlite {

namespace {

// SAVEPOINT around one batch: released on success, rolled back to (and released) otherwise.
class BatchSavepoint {
public:
    explicit BatchSavepoint(const QSqlDatabase& db)
        : query_(db)
    {
        if (!query_.exec(QStringLiteral("SAVEPOINT ferry_batch")))
            throw sqliteError(query_.lastError(),
                              QCoreApplication::translate("ferry::SqliteConnection", "Starting a batch failed"));
    }
    ~BatchSavepoint()
    {
        if (!released_) {
            query_.exec(QStringLiteral("ROLLBACK TO ferry_batch"));
            query_.exec(QStringLiteral("RELEASE ferry_batch"));
        }
    }
    BatchSavepoint(const BatchSavepoint&) = delete;
    BatchSavepoint& operator=(const BatchSavepoint&) = delete;

    void release()
    {
        if (!query_.exec(QStringLiteral("RELEASE ferry_batch")))
            throw sqliteError(query_.lastError(),
                              QCoreApplication::translate("ferry::SqliteConnection", "Finishing a batch failed"));
        released_ = true;
    }

private:
    QSqlQuery query_;
    bool released_ = false;
};

// One prepared statement: on SQLite's own handle where it is usable (text bound as UTF-8, exactly),
// else through QSQLITE.
class Statement {
public:
    Statement(const QSqlDatabase& db, Interrupter& interrupter)
        : query_(db)
        , interrupter_(interrupter)
    {
        if (interrupter.handle())
            raw_.emplace(interrupter.handle(), interrupter);
    }

    void prepare(const QString& sql, const QString& what)
    {
        if (raw_)
            raw_->prepare(sql, what);
        else if (!query_.prepare(sql))
            throw sqliteError(query_.lastError(), what);
    }
    void bind(int position, const Value& v, const DeclaredType& type)
    {
        if (raw_)
            raw_->bind(position, v, type);
        else
            query_.bindValue(position, bindValue(v, type));
    }
    void exec(const QString& what)
    {
        if (raw_)
            raw_->exec(what);
        else if (!interrupter_.run(query_, CallTracker::Kind::Execute, [this] { return query_.exec(); }))
            throw sqliteError(query_.lastError(), what);
    }
    qint64 changes() const { return raw_ ? raw_->changes() : query_.numRowsAffected(); }

private:
    QSqlQuery query_;
    Interrupter& interrupter_;
    std::optional<RawStatement> raw_;
};

QStringList namesOf(const QList<ColumnInfo>& columns)
{
    QStringList names;
    for (const ColumnInfo& c : columns)
        names << c.name;
    return names;
}

std::vector<DeclaredType> typesOf(const QList<ColumnInfo>& columns)
{
    std::vector<DeclaredType> types;
    for (const ColumnInfo& c : columns)
        types.push_back(declaredTypeOf(c));
    return types;
}

void checkWidth(const Row& row, size_t expected, const QString& table)
{
    if (row.size() != expected)
        throw DbError(QCoreApplication::translate("ferry::SqliteConnection",
                                                  "A row for %1 has %2 values where %3 columns are written")
                          .arg(table)
                          .arg(row.size())
                          .arg(expected),
                      QStringLiteral("07002"));
}

class InsertWriter : public BatchWriter {
public:
    InsertWriter(const QSqlDatabase& db, Interrupter& interrupter, const Dialect& dialect, const TableRef& table,
                 const QList<ColumnInfo>& columns, int rowsPerStatement)
        : db_(db)
        , interrupter_(interrupter)
        , dialect_(dialect)
        , table_(table)
        , names_(namesOf(columns))
        , types_(typesOf(columns))
        , perStatement_(rowsPerStatement > 0 ? rowsPerStatement : defaultRowsPerStatement(int(columns.size())))
        , full_(db, interrupter)
        , partial_(db, interrupter)
    {
    }

    void insert(const std::vector<Row>& rows) override
    {
        if (rows.empty())
            return;
        for (const Row& row : rows)
            checkWidth(row, types_.size(), table_.name);
        BatchSavepoint savepoint(db_);
        const size_t width = types_.size();
        for (size_t at = 0; at < rows.size();) {
            const int n = int(qMin<size_t>(size_t(perStatement_), rows.size() - at));
            Statement& q = statementFor(n);
            int position = 0;
            for (int r = 0; r < n; ++r) {
                const Row& row = rows[at + size_t(r)];
                for (size_t c = 0; c < width; ++c)
                    q.bind(position++, row[c], types_[c]);
            }
            q.exec(QCoreApplication::translate("ferry::SqliteConnection", "Inserting into %1 failed").arg(table_.name));
            at += size_t(n);
        }
        savepoint.release();
    }

    qint64 update(const std::vector<Row>&) override
    {
        throw DbError(QCoreApplication::translate("ferry::SqliteConnection", "This writer only inserts rows"),
                      QStringLiteral("HY000"));
    }

private:
    Statement& statementFor(int rows)
    {
        Statement& q = rows == perStatement_ ? full_ : partial_;
        int& prepared = rows == perStatement_ ? fullRows_ : partialRows_;
        if (prepared != rows) {
            q.prepare(dialect_.insertStatement(table_, names_, rows),
                      QCoreApplication::translate("ferry::SqliteConnection", "Preparing the insert into %1 failed")
                          .arg(table_.name));
            prepared = rows;
        }
        return q;
    }

    QSqlDatabase db_;
    Interrupter& interrupter_;
    Dialect dialect_;
    TableRef table_;
    QStringList names_;
    std::vector<DeclaredType> types_;
    int perStatement_;
    Statement full_, partial_; // the full-size statement, and the last shorter one for a batch's tail
    int fullRows_ = 0, partialRows_ = 0;
};

class UpdateWriter : public BatchWriter {
public:
    UpdateWriter(const QSqlDatabase& db, Interrupter& interrupter, const Dialect& dialect, const TableRef& table,
                 const QList<ColumnInfo>& setColumns, const QList<ColumnInfo>& keyColumns)
        : db_(db)
        , interrupter_(interrupter)
        , table_(table)
        , types_(typesOf(setColumns + keyColumns))
        , query_(db, interrupter)
    {
        query_.prepare(dialect.updateStatement(table, namesOf(setColumns), namesOf(keyColumns)),
                       QCoreApplication::translate("ferry::SqliteConnection", "Preparing the update of %1 failed")
                           .arg(table.name));
    }

    void insert(const std::vector<Row>&) override
    {
        throw DbError(QCoreApplication::translate("ferry::SqliteConnection", "This writer only updates rows"),
                      QStringLiteral("HY000"));
    }

    qint64 update(const std::vector<Row>& rows) override
    {
        if (rows.empty())
            return 0;
        for (const Row& row : rows)
            checkWidth(row, types_.size(), table_.name);
        BatchSavepoint savepoint(db_);
        qint64 affected = 0;
        for (const Row& row : rows) {
            for (size_t c = 0; c < types_.size(); ++c)
                query_.bind(int(c), row[c], types_[c]);
            query_.exec(QCoreApplication::translate("ferry::SqliteConnection", "Updating %1 failed").arg(table_.name));
            affected += query_.changes();
        }
        savepoint.release();
        return affected;
    }

private:
    QSqlDatabase db_;
    Interrupter& interrupter_;
    TableRef table_;
    std::vector<DeclaredType> types_;
    Statement query_;
};

} // namespace

int defaultRowsPerStatement(int columnCount)
{
    return qMax(1, 999 / qMax(1, columnCount));
}

std::unique_ptr<BatchWriter> makeInsertWriter(const QSqlDatabase& db, Interrupter& interrupter, const Dialect& dialect,
                                              const TableRef& table, const QList<ColumnInfo>& columns,
                                              int rowsPerStatement)
{
    return std::make_unique<InsertWriter>(db, interrupter, dialect, table, columns, rowsPerStatement);
}

std::unique_ptr<BatchWriter> makeUpdateWriter(const QSqlDatabase& db, Interrupter& interrupter, const Dialect& dialect,
                                              const TableRef& table, const QList<ColumnInfo>& setColumns,
                                              const QList<ColumnInfo>& keyColumns)
{
    return std::make_unique<UpdateWriter>(db, interrupter, dialect, table, setColumns, keyColumns);
}

} // namespace ferry::sqlite
