#include "items/field_mapping_model.h"

#include "items/mapping_commands.h"
#include "items/mapping_mime.h"
#include "items/source_columns_model.h"
#include "transforms/transform_chain.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ferry {

namespace {

QString jsonText(const QJsonValue& v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QColor riskColor(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Exact:
        return QColor(0x2e, 0x9e, 0x44);
    case RiskLevel::MayLose:
        return QColor(0xe0, 0xa1, 0x00);
    case RiskLevel::WillFail:
        return QColor(0xd0, 0x31, 0x2d);
    }
    return {};
}

} // namespace

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
    suggestions_.clear();
    acceptedConfidence_.clear();
    rebuild();
    emit suggestionsChanged();
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
        }
    }
    riskCache_.insert(row, r);
    return r;
}

QString FieldMappingModel::transformsSummary(const FieldMapping& f) const
{
    static const QList<TransformInfo> infos = availableTransforms();
    QStringList parts;
    for (const TransformSpec& spec : f.transforms) {
        QString label = spec.type;
        for (const TransformInfo& info : infos)
            if (info.type == spec.type)
                label = info.label;
        // The one parameter that tells steps of the same kind apart.
        QString detail;
        if (spec.type == QLatin1String("split-name"))
            detail = spec.params.value(QLatin1String("part")).toString() == QLatin1String("first") ? tr("first")
                                                                                                   : tr("last");
        else if (spec.type == QLatin1String("phone"))
            detail = spec.params.value(QLatin1String("region")).toString();
        else if (spec.type == QLatin1String("truncate"))
            detail = QString::number(spec.params.value(QLatin1String("length")).toInteger());
        else if (spec.type == QLatin1String("parse-date") || spec.type == QLatin1String("parse-timestamp"))
            detail = spec.params.value(QLatin1String("format")).toString();
        else if (spec.type == QLatin1String("lookup"))
            detail = spec.params.value(QLatin1String("table")).toString() + QLatin1Char('.') +
                     spec.params.value(QLatin1String("return")).toString();
        else if (spec.type == QLatin1String("default") || spec.type == QLatin1String("constant"))
            detail = jsonText(spec.params.value(QLatin1String("value")));
        parts << (detail.isEmpty() ? label : tr("%1 (%2)").arg(label, detail));
    }
    return parts.join(QStringLiteral(" → "));
}

int FieldMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int FieldMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Row& r = rows_[row];
    const FieldMapping* f = field(row);
    const auto proposal = f ? std::nullopt : suggestion(row);
    const bool required = r.inSchema && MappingRisk::isRequired(r.column);
    const bool assessed = targetKnown_ || f;

    switch (role) {
    case TargetNameRole:
        return r.column.name;
    case RiskLevelRole:
        return (f || required || !r.inSchema) ? int(risk(row).level) : -1;
    case RequiredRole:
        return required;
    case MappedRole:
        return f != nullptr;
    case ProposedRole:
        return proposal.has_value();
    case ConfidenceRole:
        if (proposal)
            return proposal->confidence;
        return acceptedConfidence_.value(r.column.name.toLower(), -1);
    case SourceChoicesRole: {
        QStringList names;
        for (const ColumnInfo& c : sourceColumns_)
            names << c.name;
        return names;
    }
    default:
        break;
    }

    switch (index.column()) {
    case TargetColumn:
        if (role == Qt::DisplayRole)
            return r.column.name;
        if (role == Qt::FontRole && required) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ToolTipRole) {
            if (!r.inSchema)
                return risk(row).reason();
            return required ? tr("%1 is required: NOT NULL, no default, not generated. Map a column to it.")
                                  .arg(r.column.name)
                            : (r.column.nullable ? tr("%1 accepts NULL.") : tr("%1 is NOT NULL.")).arg(r.column.name);
        }
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole && r.inSchema) {
            QString label = columnTypeLabel(r.column);
            if (!r.column.nullable && !r.column.autoIncrement)
                label = tr("%1, NOT NULL").arg(label);
            if (r.column.autoIncrement)
                label = tr("%1, generated").arg(label);
            return label;
        }
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole) {
            if (f && f->constant)
                return tr("constant %1").arg(jsonText(*f->constant));
            if (f)
                return f->sources.join(QStringLiteral(", "));
            if (proposal)
                return tr("%1 (proposed)").arg(proposal->source);
            return tr("(not mapped)");
        }
        if (role == Qt::EditRole)
            return f && !f->sources.isEmpty() ? f->sources.first() : QString();
        if (role == Qt::FontRole && proposal) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == Qt::ForegroundRole && !f)
            return QBrush(proposal ? QColor(0x1f, 0x5f, 0xa8) : QColor(Qt::gray));
        if (role == Qt::ToolTipRole) {
            if (proposal)
                return tr("Proposed: %1 (%2, confidence %3%). Accept it to map it.")
                    .arg(proposal->source, proposal->reason)
                    .arg(proposal->confidence);
            return tr("Drag a source column here, or choose one from the list.");
        }
        break;
    case TransformsColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (f)
                return transformsSummary(*f);
            if (proposal && !proposal->transforms.isEmpty()) {
                FieldMapping p;
                p.transforms = proposal->transforms;
                return transformsSummary(p);
            }
        }
        if (role == Qt::FontRole && proposal) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case CheckColumn: {
        if (!assessed && !proposal)
            break;
        if (!f && !required && r.inSchema) {
            if (role == Qt::ToolTipRole)
                return MappingRisk::assessUnmapped(r.column).reason();
            break;
        }
        const RiskAssessment a = risk(row);
        if (role == Qt::DisplayRole) {
            if (!f && required)
                return tr("Required, not mapped");
            return MappingRisk::levelName(a.level);
        }
        if (role == Qt::DecorationRole)
            return riskColor(a.level);
        if (role == Qt::ToolTipRole)
            return a.reason();
        break;
    }
    case ConfidenceColumn: {
        const int confidence = proposal ? proposal->confidence : acceptedConfidence_.value(r.column.name.toLower(), -1);
        if (role == Qt::DisplayRole && confidence >= 0)
            return tr("%1%").arg(confidence);
        if (role == Qt::FontRole && proposal) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == Qt::ToolTipRole && proposal)
            return proposal->reason;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    default:
        break;
    }

    // Required columns still unmapped stand out in every cell of their row.
    if (role == Qt::BackgroundRole && required && !f)
        return QBrush(QColor(0xd0, 0x31, 0x2d, 40));
    return {};
}

bool FieldMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != SourceColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return unmap(index.row());
    return mapSources(index.row(), {name});
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

QStringList FieldMappingModel::mimeTypes() const
{
    return {mapping_mime::sourceColumnsType()};
}

Qt::DropActions FieldMappingModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

int FieldMappingModel::dropRow(int row, const QModelIndex& parent) const
{
    // Only drops onto a target column's row make sense; between rows there is nothing to map to.
    if (!parent.isValid() || parent.model() != this || parent.parent().isValid())
        return -1;
    Q_UNUSED(row);
    return parent.row() < rows_.size() && rows_[parent.row()].inSchema ? parent.row() : -1;
}

bool FieldMappingModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                        const QModelIndex& parent) const
{
    Q_UNUSED(column);
    if (action != Qt::CopyAction && action != Qt::MoveAction)
        return false;
    const std::optional<mapping_mime::SourceColumns> payload = mapping_mime::decode(data);
    if (!payload || dropRow(row, parent) < 0 || !sourceKnown_)
        return false;
    if (payload->source != sourceLabel())
        return false; // columns of another table mapping
    for (const QString& c : payload->columns)
        if (!sourceColumn(c))
            return false;
    return true;
}

bool FieldMappingModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList columns = mapping_mime::decode(data)->columns;
    QStringList names;
    for (const QString& c : columns)
        names << sourceColumn(c)->name; // as the source spells it
    return mapSources(dropRow(row, parent), names);
}

bool FieldMappingModel::push(QUndoCommand* command)
{
    if (!command)
        return false;
    document_->undoStack()->push(command);
    return true;
}

bool FieldMappingModel::mapSources(int row, const QStringList& sources)
{
    if (row < 0 || row >= rows_.size() || !rows_[row].inSchema || sources.isEmpty())
        return false;
    for (const QString& s : sources)
        if (sourceKnown_ && !sourceColumn(s))
            return false;
    FieldMapping f;
    if (const FieldMapping* existing = field(row))
        f = *existing;
    f.target = rows_[row].column.name;
    f.sources = sources;
    f.constant.reset();
    // Several columns must become one value: join them unless the chain already does.
    if (sources.size() > 1) {
        bool joins = false;
        for (const TransformSpec& t : f.transforms)
            joins = joins || t.type == QLatin1String("concat") || t.type == QLatin1String("constant");
        if (!joins)
            f.transforms.prepend(TransformSpec{QStringLiteral("concat"), {}});
    }
    return push(MappingEdits::map(document_, tableIndex_, f, targetOrder()));
}

bool FieldMappingModel::unmap(int row)
{
    if (row < 0 || row >= rows_.size())
        return false;
    acceptedConfidence_.remove(rows_[row].column.name.toLower());
    return push(MappingEdits::unmap(document_, tableIndex_, rows_[row].column.name));
}

bool FieldMappingModel::setTransforms(int row, const QList<TransformSpec>& transforms)
{
    if (row < 0 || row >= rows_.size())
        return false;
    return push(MappingEdits::setTransforms(document_, tableIndex_, rows_[row].column.name, transforms));
}

int FieldMappingModel::suggest()
{
    const TableMapping* t = table();
    if (!t || !sourceKnown_ || !targetKnown_)
        return 0;
    TableInfo source;
    if (const SchemaSnapshot* s = document_->schema(Side::Source); s && t->query.isEmpty() && s->table(t->source))
        source = *s->table(t->source);
    else
        source.name = sourceLabel();
    source.columns = sourceColumns_;
    const TableInfo target = *document_->schema(Side::Target)->table(t->target);
    QSet<QString> mapped, used;
    for (const FieldMapping& f : t->fields) {
        mapped.insert(f.target.toLower());
        for (const QString& s : f.sources)
            used.insert(s.toLower());
    }
    suggestions_.clear();
    for (const MappingSuggestion& s : AutoMapper::suggest(source, target, mapped, used))
        suggestions_.insert(s.target.toLower(), s);
    if (!rows_.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit suggestionsChanged();
    return int(suggestions_.size());
}

std::optional<MappingSuggestion> FieldMappingModel::suggestion(int row) const
{
    if (row < 0 || row >= rows_.size())
        return std::nullopt;
    const auto it = suggestions_.constFind(rows_[row].column.name.toLower());
    if (it == suggestions_.constEnd())
        return std::nullopt;
    return *it;
}

bool FieldMappingModel::acceptSuggestion(int row)
{
    const std::optional<MappingSuggestion> s = suggestion(row);
    if (!s || field(row))
        return false;
    FieldMapping f;
    f.target = rows_[row].column.name;
    f.sources = {s->source};
    f.transforms = s->transforms;
    acceptedConfidence_.insert(f.target.toLower(), s->confidence);
    return push(MappingEdits::map(document_, tableIndex_, f, targetOrder()));
}

int FieldMappingModel::acceptAllSuggestions()
{
    const TableMapping* t = table();
    if (!t || suggestions_.isEmpty())
        return 0;
    QList<int> rows;
    for (int r = 0; r < rows_.size(); ++r)
        if (suggestion(r) && !field(r))
            rows << r;
    if (rows.isEmpty())
        return 0;
    QUndoStack* stack = document_->undoStack();
    stack->beginMacro(tr("Auto-map %1").arg(t->target));
    int accepted = 0;
    for (int r : rows)
        accepted += acceptSuggestion(r) ? 1 : 0;
    stack->endMacro();
    return accepted;
}

void FieldMappingModel::clearSuggestions()
{
    if (suggestions_.isEmpty())
        return;
    suggestions_.clear();
    if (!rows_.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit suggestionsChanged();
}

} // namespace ferry
