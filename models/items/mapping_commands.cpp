#include "items/mapping_commands.h"

namespace ferry {

int MappingEdits::fieldIndex(const TableMapping& table, const QString& target)
{
    for (int i = 0; i < table.fields.size(); ++i)
        if (table.fields[i].target.compare(target, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

TableMapping MappingEdits::withField(TableMapping table, const FieldMapping& field, const QStringList& targetOrder)
{
    const int existing = fieldIndex(table, field.target);
    if (existing >= 0) {
        table.fields[existing] = field;
        return table;
    }
    // After the last field whose target comes earlier in the target table, so the project file reads
    // in column order.
    auto order = [&](const QString& name) {
        for (int i = 0; i < targetOrder.size(); ++i)
            if (targetOrder[i].compare(name, Qt::CaseInsensitive) == 0)
                return i;
        return int(targetOrder.size());
    };
    const int mine = order(field.target);
    int at = 0;
    for (int i = 0; i < table.fields.size(); ++i)
        if (order(table.fields[i].target) <= mine)
            at = i + 1;
    table.fields.insert(at, field);
    return table;
}

TableMapping MappingEdits::withoutField(TableMapping table, const QString& target)
{
    const int existing = fieldIndex(table, target);
    if (existing >= 0)
        table.fields.removeAt(existing);
    return table;
}

QUndoCommand* MappingEdits::map(ProjectDocument* document, int index, const FieldMapping& field,
                                const QStringList& targetOrder)
{
    if (index < 0 || index >= document->tables().size())
        return nullptr;
    const TableMapping& before = document->tables()[index];
    TableMapping after = withField(before, field, targetOrder);
    if (after == before)
        return nullptr;
    const QString what = field.constant
                             ? tr("Map a constant to %1").arg(field.target)
                             : tr("Map %1 to %2").arg(field.sources.join(QStringLiteral(" + ")), field.target);
    return new TableEditCommand(document, index, std::move(after), what);
}

QUndoCommand* MappingEdits::unmap(ProjectDocument* document, int index, const QString& target)
{
    if (index < 0 || index >= document->tables().size())
        return nullptr;
    const TableMapping& before = document->tables()[index];
    if (fieldIndex(before, target) < 0)
        return nullptr;
    return new TableEditCommand(document, index, withoutField(before, target), tr("Unmap %1").arg(target));
}

QUndoCommand* MappingEdits::setTransforms(ProjectDocument* document, int index, const QString& target,
                                          const QList<TransformSpec>& transforms)
{
    if (index < 0 || index >= document->tables().size())
        return nullptr;
    TableMapping after = document->tables()[index];
    const int i = fieldIndex(after, target);
    if (i < 0 || after.fields[i].transforms == transforms)
        return nullptr;
    after.fields[i].transforms = transforms;
    return new TableEditCommand(document, index, std::move(after), tr("Change the transforms of %1").arg(target));
}

} // namespace ferry
