#include "items/transform_preview.h"

#include "db/sqlite/sqlite_script.h"
#include "engine/coerce.h"
#include "engine/migration.h"
#include "items/background_job.h"
#include "transforms/transform_chain.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonObject>
#include <QTemporaryDir>

namespace ferry {

int SourceSample::columnIndex(const QString& name) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

SourceSample readSourceSample(const ConnectionProfile& profile, const QString& password, const TableMapping& table,
                              int maxRows)
{
    SourceSample sample;
    try {
        QTemporaryDir scratch;
        auto connection = openConnection(Migration::withoutCreating(profile, scratch.path()),
                                         Migration::passwordFor(profile, password));
        QString from;
        if (!table.query.isEmpty()) {
            // A pasted trailing ';' would break the sub-select.
            const QList<sqlite::ScriptStatement> statements = sqlite::splitSqlScript(table.query);
            const QString inner = statements.size() == 1 ? statements.first().sql : table.query;
            from = QLatin1Char('(') + inner + QStringLiteral("\n) ferry_sample");
        } else {
            const std::optional<TableRef> ref = connection->findTable(table.source);
            if (!ref) {
                sample.error = TransformPreview::tr("The source has no table %1.").arg(table.source);
                return sample;
            }
            from = connection->dialect().qualified(*ref);
        }
        QString sql = QStringLiteral("SELECT * FROM ") + from;
        // Families Ferry knows all take LIMIT; elsewhere the fetch below stops early instead.
        if (connection->family() != DbFamily::Generic)
            sql += QStringLiteral(" LIMIT ") + QString::number(maxRows);
        auto reader = connection->query(sql);
        sample.columns = reader->columns();
        std::vector<Row> batch;
        while (int(sample.rows.size()) < maxRows && reader->fetch(batch, maxRows - int(sample.rows.size())))
            for (Row& r : batch)
                sample.rows.push_back(std::move(r));
    } catch (const ConnectError& e) {
        sample.error = e.advice().isEmpty() ? e.message() : e.message() + QLatin1Char(' ') + e.advice();
    } catch (const Error& e) {
        sample.error = e.message();
    }
    return sample;
}

QList<ColumnInfo> columnsOfSample(const SourceSample& sample)
{
    QList<ColumnInfo> out;
    for (const ResultColumn& r : sample.columns) {
        ColumnInfo c;
        c.name = r.name;
        c.type = r.type;
        c.odbcType = r.odbcType;
        c.length = r.length;
        c.scale = r.scale;
        out << c;
    }
    return out;
}

TransformPreview::TransformPreview(QObject* parent)
    : QAbstractTableModel(parent)
{
}

// A read still running when the preview goes finishes on its own (it holds only copies); its result is dropped.
TransformPreview::~TransformPreview() = default;

QString TransformPreview::keyOf(const TableMapping& table)
{
    return table.query.isEmpty() ? QStringLiteral("table:") + table.source : QStringLiteral("query:") + table.query;
}

void TransformPreview::load(const ConnectionProfile& profile, const QString& password, const TableMapping& table)
{
    currentKey_ = keyOf(table);
    const bool wasLoading = loading_;
    if (cache_.contains(currentKey_)) {
        loading_ = false;
        if (wasLoading)
            emit loadingChanged(false);
        refresh();
        emit sampleReady();
        return;
    }
    loading_ = true;
    if (!wasLoading)
        emit loadingChanged(true);
    refresh(); // empty until the rows arrive
    if (inFlight_.contains(currentKey_))
        return;
    const QString key = currentKey_;
    inFlight_.insert(key);
    auto read = [profile, password, table] { return readSourceSample(profile, password, table, kSampleRows); };
    runInBackground(this, read, [this, key](const JobResult<SourceSample>& result) {
        inFlight_.remove(key);
        // Kept even when another table is asked for by now: going back to this one shows it at once.
        cache_.insert(key, result.valueOr([](const QString& error) {
            SourceSample failed;
            failed.error = error;
            return failed;
        }));
        if (key != currentKey_)
            return;
        loading_ = false;
        refresh();
        emit loadingChanged(false);
        emit sampleReady();
    });
}

void TransformPreview::clearCache()
{
    cache_.clear();
    refresh();
}

const SourceSample* TransformPreview::sample() const
{
    const auto it = cache_.constFind(currentKey_);
    return it == cache_.constEnd() ? nullptr : &*it;
}

void TransformPreview::setField(const std::optional<FieldMapping>& field, const std::optional<ColumnInfo>& target)
{
    field_ = field;
    target_ = target;
    refresh();
}

void TransformPreview::refresh()
{
    beginResetModel();
    const SourceSample* s = sample();
    rows_ = (s && field_) ? preview(*s, *field_, target_) : QList<PreviewRow>();
    endResetModel();
}

QList<PreviewRow> TransformPreview::preview(const SourceSample& sample, const FieldMapping& field,
                                            const std::optional<ColumnInfo>& target)
{
    QList<PreviewRow> out;
    if (!field.constant && field.sources.isEmpty())
        return out;
    QList<TransformSpec> specs;
    if (field.constant)
        specs << TransformSpec{QStringLiteral("constant"), QJsonObject{{QStringLiteral("value"), *field.constant}}};
    specs << field.transforms;
    const int sourceCount = field.constant ? 0 : int(field.sources.size());

    // Steps up to the first lookup run here; the lookup itself needs the target's rows.
    qsizetype lookupAt = -1;
    for (qsizetype i = 0; i < specs.size() && lookupAt < 0; ++i)
        if (specs[i].type == QLatin1String("lookup"))
            lookupAt = i;
    const QString lookupTable =
        lookupAt >= 0 ? specs[lookupAt].params.value(QLatin1String("table")).toString() : QString();
    QString errorPath, error;
    std::optional<TransformChain> chain = TransformChain::compile(specs, sourceCount, &errorPath, &error);
    const bool valid = chain.has_value();
    if (valid && lookupAt >= 0)
        chain = TransformChain::compile(specs.mid(0, lookupAt), sourceCount, &errorPath, &error);

    QList<int> indexes;
    QStringList missing;
    for (const QString& s : field.sources) {
        indexes << sample.columnIndex(s);
        if (indexes.last() < 0)
            missing << s;
    }
    const size_t rows = field.constant ? std::min<size_t>(sample.rows.size(), 1) : sample.rows.size();
    for (size_t r = 0; r < rows; ++r) {
        PreviewRow p;
        std::vector<Value> inputs;
        QStringList before;
        for (int i : indexes) {
            inputs.push_back(i >= 0 && size_t(i) < sample.rows[r].size() ? sample.rows[r][size_t(i)] : Value());
            before << inputs.back().display();
        }
        p.before = field.constant ? tr("(constant)") : before.join(QStringLiteral(", "));
        if (!missing.isEmpty()) {
            p.state = PreviewRow::State::NoValue;
            p.after = tr("the source has no column %1").arg(missing.join(QStringLiteral(", ")));
        } else if (!valid) {
            p.state = PreviewRow::State::NoValue;
            p.after = tr("the transforms are not valid");
        } else if (!chain) {
            p.state = PreviewRow::State::AtRunTime;
            p.after = tr("looked up in %1 at run time").arg(lookupTable);
        } else {
            const auto applied = chain->apply(inputs, nullptr);
            if (const auto* failure = std::get_if<TransformFailure>(&applied)) {
                p.state = PreviewRow::State::Rejected;
                p.after = tr("rejected: %1").arg(failure->reason);
            } else if (lookupAt >= 0) {
                const Value& v = std::get<Value>(applied);
                p.state = PreviewRow::State::AtRunTime;
                p.after = v.isNull() ? QStringLiteral("NULL")
                                     : tr("%1, looked up in %2 at run time").arg(v.display(), lookupTable);
            } else if (target) {
                const CoerceResult coerced = coerce(std::get<Value>(applied), *target);
                if (const auto* refused = std::get_if<CoerceFailure>(&coerced)) {
                    p.state = PreviewRow::State::Rejected;
                    p.after = tr("rejected: %1").arg(refused->reason);
                } else {
                    p.after = std::get<Value>(coerced).display();
                }
            } else {
                p.after = std::get<Value>(applied).display();
            }
        }
        out << p;
    }
    return out;
}

int TransformPreview::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int TransformPreview::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransformPreview::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewRow& r = rows_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == BeforeColumn ? r.before : r.after;
    case StateRole:
        return int(r.state);
    case Qt::ForegroundRole:
        if (index.column() == AfterColumn && r.state == PreviewRow::State::Rejected)
            return QBrush(QColor(0xd0, 0x31, 0x2d));
        if (index.column() == AfterColumn && r.state != PreviewRow::State::Ok)
            return QBrush(QColor(Qt::gray));
        break;
    case Qt::FontRole:
        if (index.column() == AfterColumn && r.state == PreviewRow::State::AtRunTime) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    }
    return {};
}

QVariant TransformPreview::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == BeforeColumn ? tr("Before") : tr("After");
}

} // namespace ferry
