// FieldMappingModel's edits: the Source combo (setData), drag and drop, and auto-map proposals. Each
// edit is one undoable command on the document's stack (mapping_commands.h).
#include "items/field_mapping_model.h"

#include "items/mapping_commands.h"
#include "items/mapping_mime.h"
#include "transforms/transform.h"

#include <QSet>

namespace ferry {

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
        for (const TransformSpec& t : f.transforms) {
            const transforms::Transform* known = transforms::findTransform(t.type);
            joins = joins || (known && known->shape() != transforms::Shape::EachValue);
        }
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
