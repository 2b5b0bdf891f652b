#include "items/table_mapping_list_model.h"

#include "assist/table_matcher.h"
#include "engine/plan.h"
#include "items/project_commands.h"

#include <QColor>
#include <QLocale>
#include <QRegularExpression>

namespace ferry {

namespace {

constexpr int kQueryEditId = 0x7ab1e;

} // namespace

TableMappingListModel::TableMappingListModel(ProjectDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , document_(document)
{
    computeOrder(&order_, &reasons_);
    connect(document_, &ProjectDocument::projectReset, this, &TableMappingListModel::reload);
    connect(document_, &ProjectDocument::tablesChanged, this, &TableMappingListModel::reload);
    connect(document_, &ProjectDocument::schemaChanged, this, &TableMappingListModel::reload);
    connect(document_, &ProjectDocument::tableChanged, this, &TableMappingListModel::onTableChanged);
}

int TableMappingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(order_.size());
}

int TableMappingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TableMappingListModel::projectIndex(int row) const
{
    return order_.value(row, -1);
}

int TableMappingListModel::rowOfProjectIndex(int index) const
{
    return static_cast<int>(order_.indexOf(index));
}

const TableMapping& TableMappingListModel::mapping(int row) const
{
    return document_->tables()[projectIndex(row)];
}

const TableInfo* TableMappingListModel::sourceInfo(const TableMapping& m) const
{
    const SchemaSnapshot* s = document_->schema(Side::Source);
    return s && m.query.isEmpty() ? s->table(m.source) : nullptr;
}

const TableInfo* TableMappingListModel::targetInfo(const TableMapping& m) const
{
    const SchemaSnapshot* s = document_->schema(Side::Target);
    return s ? s->table(m.target) : nullptr;
}

QString TableMappingListModel::modeLabel(WriteMode mode)
{
    switch (mode) {
    case WriteMode::Insert:
        return tr("Insert new rows");
    case WriteMode::Upsert:
        return tr("Insert or update");
    case WriteMode::UpdateOnly:
        return tr("Update existing only");
    case WriteMode::SkipExisting:
        return tr("Insert, skip existing");
    }
    return {};
}

QList<WriteMode> TableMappingListModel::modes()
{
    return {WriteMode::Insert, WriteMode::Upsert, WriteMode::UpdateOnly, WriteMode::SkipExisting};
}

// What every column of one row is drawn from.
struct TableMappingListModel::RowState {
    int row;
    const TableMapping& mapping;
    bool isQuery;            // a SQL query stands in for the source table
    const TableInfo* source; // as the source schema describes it; nullptr when unknown
    const TableInfo* target;
};

QVariant TableMappingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const TableMapping& m = mapping(row);
    const RowState s{.row = row,
                     .mapping = m,
                     .isQuery = !m.query.isEmpty() || m.source.isEmpty(),
                     .source = sourceInfo(m),
                     .target = targetInfo(m)};
    if (role >= ProjectIndexRole && role <= UsableRole) // the model's own roles
        return roleData(s, role);
    switch (index.column()) {
    case SourceColumn:
        return sourceData(s, role);
    case TargetColumn:
        return targetData(s, role);
    case ModeColumn:
        if (role == Qt::DisplayRole)
            return modeLabel(m.mode);
        if (role == Qt::EditRole)
            return static_cast<int>(m.mode);
        return {};
    case KeysColumn:
        return keysData(s, role);
    case RowsColumn:
        return rowsData(s, role);
    case OrderColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return orderReason(row);
        return {};
    default:
        return {};
    }
}

QVariant TableMappingListModel::roleData(const RowState& s, int role) const
{
    switch (role) {
    case ProjectIndexRole:
        return projectIndex(s.row);
    case IsQueryRole:
        return s.isQuery;
    case QueryRole:
        return s.mapping.query;
    case RowCountRole:
        return s.source && s.source->rowCountEstimate ? QVariant::fromValue<qint64>(*s.source->rowCountEstimate)
                                                      : QVariant();
    case UsableRole:
        return isUsable(s.row);
    default:
        return {};
    }
}

QVariant TableMappingListModel::sourceData(const RowState& s, int role) const
{
    const TableMapping& m = s.mapping;
    if (role == Qt::DisplayRole)
        return s.isQuery ? tr("SQL: %1").arg(m.query.simplified()) : m.source;
    if (role == Qt::EditRole)
        return s.isQuery ? m.query : m.source;
    if (role == Qt::ToolTipRole)
        return s.isQuery ? m.query
                         : (s.source ? QString() : tr("The source database has no table named \"%1\".").arg(m.source));
    if (role == Qt::ForegroundRole && !s.isQuery && !s.source && document_->schema(Side::Source))
        return QColor(0xc6, 0x28, 0x28);
    return {};
}

QVariant TableMappingListModel::targetData(const RowState& s, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return s.mapping.target;
    if (role == Qt::ToolTipRole && !s.target)
        return tr("The target database has no table named \"%1\".").arg(s.mapping.target);
    if (role == Qt::ForegroundRole && !s.target && document_->schema(Side::Target))
        return QColor(0xc6, 0x28, 0x28);
    return {};
}

QVariant TableMappingListModel::keysData(const RowState& s, int role) const
{
    const TableMapping& m = s.mapping;
    if (role == Qt::DisplayRole) {
        if (m.mode == WriteMode::Insert && m.keys.isEmpty())
            return tr("not needed");
        return m.keys.isEmpty() ? tr("choose key columns") : m.keys.join(QStringLiteral(", "));
    }
    if (role == Qt::EditRole)
        return m.keys.join(QStringLiteral(", "));
    if (role == Qt::ForegroundRole && m.mode != WriteMode::Insert && m.keys.isEmpty())
        return QColor(0xc6, 0x28, 0x28);
    if (role == Qt::ToolTipRole)
        return tr("Target columns that identify a row, to find rows that already exist.");
    return {};
}

QVariant TableMappingListModel::rowsData(const RowState& s, int role) const
{
    if (role == Qt::DisplayRole) {
        if (s.isQuery)
            return tr("query");
        return s.source && s.source->rowCountEstimate ? QLocale().toString(*s.source->rowCountEstimate) : tr("unknown");
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && s.isQuery)
        return tr("Rows are counted when the query runs.");
    return {};
}

QVariant TableMappingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case TargetColumn:
        return tr("Target");
    case ModeColumn:
        return tr("Write mode");
    case KeysColumn:
        return tr("Match keys");
    case RowsColumn:
        return tr("Source rows");
    case OrderColumn:
        return tr("Why in this order");
    default:
        return {};
    }
}

Qt::ItemFlags TableMappingListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const TableMapping& m = mapping(index.row());
    switch (index.column()) {
    case SourceColumn:
        if (m.query.isEmpty() && !m.source.isEmpty())
            f |= Qt::ItemIsEditable;
        break;
    case TargetColumn:
    case ModeColumn:
        f |= Qt::ItemIsEditable;
        break;
    case KeysColumn:
        if (m.mode != WriteMode::Insert)
            f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

QStringList TableMappingListModel::sourceTables() const
{
    const SchemaSnapshot* s = document_->schema(Side::Source);
    return s ? s->tableNames() : QStringList();
}

QStringList TableMappingListModel::targetTables() const
{
    QStringList out;
    if (const SchemaSnapshot* s = document_->schema(Side::Target))
        for (const TableInfo& t : s->tables)
            if (!t.isView)
                out << projectTableName(t);
    return out;
}

QStringList TableMappingListModel::targetColumns(int row) const
{
    QStringList out;
    if (row >= 0 && row < rowCount())
        if (const TableInfo* t = targetInfo(mapping(row)))
            for (const ColumnInfo& c : t->columns)
                out << c.name;
    return out;
}

QStringList TableMappingListModel::suggestedKeys(const QString& target) const
{
    const SchemaSnapshot* s = document_->schema(Side::Target);
    const TableInfo* t = s ? s->table(target) : nullptr;
    return t ? TableMatcher::suggestedKeys(*t) : QStringList();
}

bool TableMappingListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int pi = projectIndex(index.row());
    TableMapping m = mapping(index.row());
    switch (index.column()) {
    case SourceColumn: {
        const QString name = value.toString().trimmed();
        const SchemaSnapshot* s = document_->schema(Side::Source);
        const TableInfo* t = s ? s->table(name) : nullptr;
        if (name.isEmpty() || (s && !t))
            return false;
        m.source = t ? projectTableName(*t) : name;
        m.query.clear();
        TableEditCommand::push(document_, pi, m, tr("Change source table"));
        return true;
    }
    case TargetColumn: {
        const QString name = value.toString().trimmed();
        const SchemaSnapshot* s = document_->schema(Side::Target);
        const TableInfo* t = s ? s->table(name) : nullptr;
        if (name.isEmpty() || (s && (!t || t->isView)))
            return false;
        const QString canonical = t ? projectTableName(*t) : name;
        if (canonical == m.target)
            return true;
        m.target = canonical;
        if (t) {
            // Field mappings onto columns the new target lacks would only fail later.
            m.fields.erase(std::remove_if(m.fields.begin(), m.fields.end(),
                                          [t](const FieldMapping& f) { return !t->column(f.target); }),
                           m.fields.end());
        }
        m.keys = m.mode == WriteMode::Insert ? QStringList() : suggestedKeys(canonical);
        if (m.mode != WriteMode::Insert && m.keys.isEmpty())
            m.mode = WriteMode::Insert;
        m.sourceKey.clear();
        TableEditCommand::push(document_, pi, m, tr("Change target table"));
        return true;
    }
    case ModeColumn: {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < 0 || v > static_cast<int>(WriteMode::SkipExisting))
            return false;
        m.mode = static_cast<WriteMode>(v);
        if (m.mode == WriteMode::Insert)
            m.keys.clear(); // keys must be mapped columns; insert needs none
        else if (m.keys.isEmpty())
            m.keys = suggestedKeys(m.target);
        TableEditCommand::push(document_, pi, m, tr("Change write mode"));
        return true;
    }
    case KeysColumn: {
        QStringList typed =
            value.typeId() == QMetaType::QStringList
                ? value.toStringList()
                : value.toString().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
        const TableInfo* t = targetInfo(m);
        QStringList keys;
        for (const QString& k : typed) {
            const ColumnInfo* c = t ? t->column(k.trimmed()) : nullptr;
            if (t && !c)
                return false;
            const QString name = c ? c->name : k.trimmed();
            if (!keys.contains(name, Qt::CaseInsensitive))
                keys << name;
        }
        if (keys.isEmpty())
            return false; // every mode but insert needs a key; insert keys are not editable
        m.keys = keys;
        TableEditCommand::push(document_, pi, m, tr("Change match keys"));
        return true;
    }
    default:
        return false;
    }
}

bool TableMappingListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    QList<int> doomed;
    for (int r = row; r < row + count; ++r)
        doomed << projectIndex(r);
    QList<TableMapping> tables;
    for (int i = 0; i < document_->tables().size(); ++i)
        if (!doomed.contains(i))
            tables << document_->tables()[i];
    TableListEditCommand::push(document_, tables,
                               count == 1 ? tr("Remove table mapping") : tr("Remove table mappings"));
    return true;
}

int TableMappingListModel::addMapping(const QString& source, const QString& target)
{
    const SchemaSnapshot* t = document_->schema(Side::Target);
    const TableInfo* info = t ? t->table(target) : nullptr;
    TableMapping m = info ? TableMatcher::proposal(source, *info) : TableMapping{};
    m.source = source;
    if (!info)
        m.target = target;
    QList<TableMapping> tables = document_->tables();
    tables << m;
    TableListEditCommand::push(document_, tables, tr("Add table mapping"));
    return rowOfProjectIndex(static_cast<int>(tables.size()) - 1);
}

void TableMappingListModel::setQuery(int row, const QString& sql)
{
    if (row < 0 || row >= rowCount())
        return;
    TableMapping m = mapping(row);
    if (m.query == sql && m.source.isEmpty())
        return;
    m.query = sql;
    m.source.clear();
    TableEditCommand::push(document_, projectIndex(row), m, tr("Edit source query"), kQueryEditId);
}

void TableMappingListModel::setSourceTable(int row, const QString& table)
{
    if (row < 0 || row >= rowCount())
        return;
    TableMapping m = mapping(row);
    m.source = table;
    m.query.clear();
    TableEditCommand::push(document_, projectIndex(row), m, tr("Change source table"));
}

int TableMappingListModel::addMatches()
{
    const SchemaSnapshot* s = document_->schema(Side::Source);
    const SchemaSnapshot* t = document_->schema(Side::Target);
    if (!s || !t)
        return 0;
    QList<TableInfo> unused;
    for (const TableInfo& info : s->tables) {
        bool used = false;
        for (const TableMapping& m : document_->tables())
            used = used || (m.query.isEmpty() && m.source.compare(projectTableName(info), Qt::CaseInsensitive) == 0);
        if (!used)
            unused << info;
    }
    // Targets already fed keep their mappings; new proposals only use free targets.
    QList<TableInfo> freeTargets;
    for (const TableInfo& info : t->tables) {
        bool used = false;
        for (const TableMapping& m : document_->tables())
            used = used || m.target.compare(projectTableName(info), Qt::CaseInsensitive) == 0;
        if (!used)
            freeTargets << info;
    }
    const QList<TableMapping> proposed = TableMatcher::propose(unused, freeTargets);
    if (proposed.isEmpty())
        return 0;
    TableListEditCommand::push(document_, document_->tables() + proposed, tr("Match tables by name"));
    return static_cast<int>(proposed.size());
}

bool TableMappingListModel::isUsable(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    const TableMapping& m = mapping(row);
    const bool sourceOk = !m.query.trimmed().isEmpty() || sourceInfo(m);
    const TableInfo* t = targetInfo(m);
    return sourceOk && t && !t->isView;
}

int TableMappingListModel::usableCount() const
{
    int n = 0;
    for (int r = 0; r < rowCount(); ++r)
        n += isUsable(r) ? 1 : 0;
    return n;
}

QString TableMappingListModel::orderReason(int row) const
{
    return reasons_.value(projectIndex(row));
}

void TableMappingListModel::computeOrder(QList<int>* order, QStringList* reasons) const
{
    const QList<TableMapping>& tables = document_->tables();
    QList<TableInfo> targets;
    for (const TableMapping& m : tables) {
        const TableInfo* t = targetInfo(m);
        TableInfo info = t ? *t : TableInfo{};
        if (!t)
            info.name = m.target;
        targets << info;
    }
    QStringList warnings;
    *order = parentFirstOrder(targets, &warnings);
    reasons->clear();
    for (int c = 0; c < targets.size(); ++c) {
        QStringList parents;
        for (const ForeignKey& fk : targets[c].foreignKeys)
            for (int p = 0; p < targets.size(); ++p)
                if (p != c && targets[p].name.compare(fk.referencedTable, Qt::CaseInsensitive) == 0 &&
                    targets[p].name.compare(targets[c].name, Qt::CaseInsensitive) != 0 &&
                    !parents.contains(targets[p].name))
                    parents << targets[p].name;
        if (parents.isEmpty())
            *reasons << tr("refers to no other table here");
        else
            *reasons << tr("%1 refers to %2").arg(targets[c].name, parents.join(QStringLiteral(", ")));
    }
    // A cycle: the engine keeps project order for the tables caught in it; say so on each of them.
    for (const QString& w : warnings)
        for (int c = 0; c < targets.size(); ++c)
            if (w.contains(QLatin1Char('"') + targets[c].name + QLatin1Char('"')))
                (*reasons)[c] += tr(" (a cycle: written in project order)");
}

void TableMappingListModel::reload()
{
    beginResetModel();
    computeOrder(&order_, &reasons_);
    endResetModel();
}

void TableMappingListModel::onTableChanged()
{
    QList<int> order;
    QStringList reasons;
    computeOrder(&order, &reasons);
    if (order.size() != order_.size()) {
        reload();
        return;
    }
    if (order != order_) {
        emit layoutAboutToBeChanged();
        const QModelIndexList persistent = persistentIndexList();
        QModelIndexList moved;
        for (const QModelIndex& i : persistent)
            moved << index(static_cast<int>(order.indexOf(order_.value(i.row()))), i.column());
        order_ = order;
        reasons_ = reasons;
        changePersistentIndexList(persistent, moved);
        emit layoutChanged();
    } else {
        reasons_ = reasons;
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace ferry
