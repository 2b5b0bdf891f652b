#include "foreign_key_checker.h"

#include <QCoreApplication>

namespace ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::ForeignKeyChecker", text);
}

constexpr int kRowsPerQuery = 200;

int fieldOf(const TablePlan& plan, const QString& column)
{
    for (int f = 0; f < plan.fields.size(); ++f)
        if (plan.fields[f].target.name.compare(column, Qt::CaseInsensitive) == 0)
            return f;
    return -1;
}

} // namespace

// What the real run's driver reports when a foreign key refuses a row (measured: db/error_scope.h).
QString ForeignKeyChecker::violationState(Connection& target)
{
    switch (target.family()) {
    case DbFamily::MariaDB:
        return QStringLiteral("23000"); // error 1452
    case DbFamily::SQLite: // sqliteodbc says HY000 for every constraint; Qt's driver gives the extended code
        return target.serverInfo().driverName.startsWith(QLatin1String("Qt")) ? QStringLiteral("23503")
                                                                              : QStringLiteral("HY000");
    case DbFamily::PostgreSQL:
    case DbFamily::Generic:
        break;
    }
    return QStringLiteral("23503");
}

ForeignKeyChecker::ForeignKeyChecker(const TablePlan& plan, Connection& target)
    : target_(target)
    , sqlState_(violationState(target))
{
    for (const ForeignKey& fk : plan.targetInfo.foreignKeys) {
        Key key;
        key.fk = fk;
        // "schema.table" when the parent lives in another schema than the child.
        const qsizetype dot = fk.referencedTable.lastIndexOf(QLatin1Char('.'));
        key.parent = dot > 0 ? TableRef{fk.referencedTable.left(dot), fk.referencedTable.mid(dot + 1)}
                             : TableRef{plan.targetInfo.schema, fk.referencedTable};
        for (const QString& c : fk.columns) {
            const int f = fieldOf(plan, c);
            if (f < 0)
                break;
            key.fields << f;
            key.columns << plan.fields[f].target;
            key.includesMatchKey = key.includesMatchKey || plan.keyFields.contains(f);
        }
        // A key with a column the load does not fill keeps the column's default: the database's to judge.
        if (key.fields.size() == fk.columns.size() && fk.referencedColumns.size() == fk.columns.size())
            keys_ << key;
    }
}

std::vector<std::optional<ForeignKeyChecker::Violation>>
ForeignKeyChecker::check(const std::vector<const PreparedRow*>& rows, bool updating)
{
    std::vector<std::optional<Violation>> out(rows.size());
    for (const Key& key : keys_)
        if (!updating || !key.includesMatchKey)
            checkKey(key, rows, out);
    return out;
}

void ForeignKeyChecker::checkKey(const Key& key, const std::vector<const PreparedRow*>& rows,
                                 std::vector<std::optional<Violation>>& out)
{
    // Only rows not refused yet and with a value in every column of the key are asked about.
    std::vector<size_t> asked;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (out[i])
            continue;
        bool complete = true;
        for (int f : key.fields)
            complete = complete && !rows[i]->values[size_t(f)].isNull();
        if (complete)
            asked.push_back(i);
    }
    const Dialect& d = target_.dialect();
    const int perQuery = qMax(1, qMin(kRowsPerQuery, d.maxParameters() / (int(key.fields.size()) + 1)));
    for (size_t start = 0; start < asked.size(); start += size_t(perQuery)) {
        const size_t n = qMin<size_t>(size_t(perQuery), asked.size() - start);
        std::vector<Value> params;
        for (size_t i = start; i < start + n; ++i) {
            params.push_back(Value::integer(qint64(asked[i])));
            for (int f : key.fields)
                params.push_back(rows[asked[i]]->values[size_t(f)]);
        }
        auto reader = target_.query(d.orphansQuery(key.parent, key.fk.referencedColumns, key.columns, int(n)), params);
        std::vector<Row> result;
        while (reader->fetch(result, 1000)) {
            for (const Row& r : result) {
                bool ok = false;
                const qint64 i = r.at(0).toString().toLongLong(&ok);
                if (!ok || i < 0 || i >= qint64(rows.size()))
                    continue;
                QStringList values;
                for (int f : key.fields)
                    values << rows[size_t(i)]->values[size_t(f)].display();
                out[size_t(i)] =
                    Violation{key.fk.columns.first(),
                              tr("violates the foreign key %1: %2 has no row with (%3) = (%4)")
                                  .arg(key.fk.name.isEmpty() ? key.fk.columns.join(QStringLiteral(", ")) : key.fk.name,
                                       key.parent.name, key.fk.referencedColumns.join(QStringLiteral(", ")),
                                       values.join(QStringLiteral(", "))),
                              sqlState_};
            }
            result.clear();
        }
    }
}

} // namespace ferry
