// FieldMappingModel: its rows (the target table's columns) kept in step with the document, and what
// each row's mapping risks. Display is in field_mapping_model_data.cpp, edits in field_mapping_model_edits.cpp.
#include "items/field_mapping_model.h"

#include "items/mapping_commands.h"
#include "items/sample_risk.h"

#include <QSet>

namespace ferry {

FieldMappingModel::FieldMappingModel(ProjectDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , document_(document)
{
    connect(document_, &ProjectDocument::tableChanged, this, &FieldMappingModel::tableEdited);
    connect(document_, &ProjectDocument::tablesChanged, this, [this] {
        clearSuggestions();
        setTableIndex(tableIndex_ < document_->tables().size() ? tableIndex_ : -1);
        rebuild();
    });
    connect(document_, &ProjectDocument::projectReset, this, [this] {
        probedColumns_.clear();
        suggestions_.clear();
        acceptedConfidence_.clear();
        tableIndex_ = document_->tables().isEmpty() ? -1 : 0;
        rebuild();
    });
    connect(document_, &ProjectDocument::schemaChanged, this, [this] { rebuild(); });
}

void FieldMappingModel::setTableIndex(int index)
{
    if (index < -1 || index >= document_->tables().size())
        index = -1;
    if (index == tableIndex_)
        return;
    tableIndex_ = index;
    probedColumns_.clear();
    sample_.reset();
    suggestions_.clear();
    acceptedConfidence_.clear();
    rebuild();
    emit suggestionsChanged();
}

void FieldMappingModel::setSample(const std::optional<SourceSample>& sample)
{
    sample_ = sample;
    riskCache_.clear();
    if (!rows_.isEmpty())
        emit dataChanged(index(0, 0), index(int(rows_.size()) - 1, ColumnCount - 1));
}

void FieldMappingModel::setProbedSourceColumns(const QList<ColumnInfo>& columns)
{
    probedColumns_ = columns;
    rebuild();
}

const TableMapping* FieldMappingModel::table() const
{
    if (tableIndex_ < 0 || tableIndex_ >= document_->tables().size())
        return nullptr;
    return &document_->tables()[tableIndex_];
}

QString FieldMappingModel::sourceLabel() const
{
    const TableMapping* t = table();
    if (!t)
        return {};
    return t->source.isEmpty() ? tr("query") : t->source;
}

QList<FieldMappingModel::Row> FieldMappingModel::buildRows() const
{
    QList<Row> rows;
    const TableMapping* t = table();
    if (!t)
        return rows;
    const SchemaSnapshot* target = document_->schema(Side::Target);
    const TableInfo* info = target ? target->table(t->target) : nullptr;
    QSet<QString> seen;
    if (info) {
        for (const ColumnInfo& c : info->columns) {
            rows << Row{c, true};
            seen.insert(c.name.toLower());
        }
    }
    for (const FieldMapping& f : t->fields) {
        if (seen.contains(f.target.toLower()))
            continue;
        ColumnInfo c;
        c.name = f.target;
        rows << Row{c, false};
        seen.insert(f.target.toLower());
    }
    return rows;
}

void FieldMappingModel::rebuild()
{
    beginResetModel();
    riskCache_.clear();
    rows_ = buildRows();
    const TableMapping* t = table();
    const SchemaSnapshot* target = document_->schema(Side::Target);
    targetKnown_ = t && target && target->table(t->target);
    sourceColumns_.clear();
    sourceKnown_ = false;
    if (t) {
        const SchemaSnapshot* source = document_->schema(Side::Source);
        const TableInfo* info = (source && t->query.isEmpty()) ? source->table(t->source) : nullptr;
        if (info) {
            sourceColumns_ = info->columns;
            sourceKnown_ = true;
        } else if (!probedColumns_.isEmpty()) {
            sourceColumns_ = probedColumns_;
            sourceKnown_ = true;
        }
    }
    endResetModel();
    emit sourceColumnsChanged();
    emit mappingChanged();
}

void FieldMappingModel::tableEdited(int table)
{
    if (table != tableIndex_)
        return;
    const QList<Row> rows = buildRows();
    bool sameRows = rows.size() == rows_.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].column.name == rows_[i].column.name && rows[i].inSchema == rows_[i].inSchema;
    if (!sameRows) {
        rebuild();
        return;
    }
    riskCache_.clear();
    // Proposals for columns that are mapped now are settled.
    bool dropped = false;
    for (auto it = suggestions_.begin(); it != suggestions_.end();) {
        if (MappingEdits::fieldIndex(*this->table(), it.value().target) >= 0) {
            it = suggestions_.erase(it);
            dropped = true;
        } else {
            ++it;
        }
    }
    if (!rows_.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit mappingChanged();
    if (dropped)
        emit suggestionsChanged();
}

std::optional<ColumnInfo> FieldMappingModel::sourceColumn(const QString& name) const
{
    for (const ColumnInfo& c : sourceColumns_)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

std::optional<ColumnInfo> FieldMappingModel::targetColumn(int row) const
{
    if (row < 0 || row >= rows_.size() || !rows_[row].inSchema)
        return std::nullopt;
    return rows_[row].column;
}

QStringList FieldMappingModel::targetOrder() const
{
    QStringList names;
    for (const Row& r : rows_)
        names << r.column.name;
    return names;
}

QHash<QString, QStringList> FieldMappingModel::targetsBySource() const
{
    QHash<QString, QStringList> out;
    if (const TableMapping* t = table())
        for (const FieldMapping& f : t->fields)
            for (const QString& s : f.sources)
                out[s.toLower()] << f.target;
    return out;
}

const FieldMapping* FieldMappingModel::field(int row) const
{
    const TableMapping* t = table();
    if (!t || row < 0 || row >= rows_.size())
        return nullptr;
    const int i = MappingEdits::fieldIndex(*t, rows_[row].column.name);
    return i < 0 ? nullptr : &t->fields[i];
}

QString FieldMappingModel::targetName(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_[row].column.name : QString();
}

int FieldMappingModel::rowOfTarget(const QString& target) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_[i].column.name.compare(target, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QStringList FieldMappingModel::requiredUnmapped() const
{
    QStringList out;
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_[i].inSchema && MappingRisk::isRequired(rows_[i].column) && !field(i))
            out << rows_[i].column.name;
    return out;
}

RiskAssessment FieldMappingModel::risk(int row) const
{
    if (auto it = riskCache_.constFind(row); it != riskCache_.constEnd())
        return *it;
    RiskAssessment r;
    const Row& rowInfo = rows_[row];
    const FieldMapping* f = field(row);
    if (!rowInfo.inSchema) {
        r.level = RiskLevel::WillFail;
        r.reasons << (targetKnown_ ? tr("The target table has no column %1.").arg(rowInfo.column.name)
                                   : tr("The target's columns are not known yet: connect to the target to check "
                                        "this mapping."));
        if (!targetKnown_)
            r.level = RiskLevel::MayLose;
    } else if (!f) {
        r = MappingRisk::assessUnmapped(rowInfo.column);
    } else {
        QList<std::optional<ColumnInfo>> sources;
        bool missing = false;
        for (const QString& s : f->sources) {
            sources << sourceColumn(s);
            missing = missing || (sourceKnown_ && !sources.last());
        }
        if (missing) {
            r.level = RiskLevel::WillFail;
            for (int i = 0; i < f->sources.size(); ++i)
                if (!sources[i])
                    r.reasons << tr("The source has no column %1.").arg(f->sources[i]);
        } else {
            r = MappingRisk::assessField(*f, sources, rowInfo.column);
            if (sample_ && sample_->error.isEmpty())
                addSampleEvidence(r, TransformPreview::preview(*sample_, *f, rowInfo.column));
        }
    }
    riskCache_.insert(row, r);
    return r;
}

int FieldMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int FieldMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        return tr("Target column");
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return tr("Source");
    case TransformsColumn:
        return tr("Transforms");
    case CheckColumn:
        return tr("Check");
    case ConfidenceColumn:
        return tr("Confidence");
    }
    return {};
}

Qt::ItemFlags FieldMappingModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.row() < rows_.size() && rows_[index.row()].inSchema) {
        f |= Qt::ItemIsDropEnabled;
        if (index.column() == SourceColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

} // namespace ferry
