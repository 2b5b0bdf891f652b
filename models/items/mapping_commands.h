#pragma once
// The mapping page's edits of a table's field mappings, each a TableEditCommand (project_commands.h),
// so undo and redo restore the table mapping exactly (field order, transforms and all); auto-mapping a
// table pushes several inside one macro.
#include "items/project_commands.h"

#include <QCoreApplication>

namespace ferry {

// Builders of the edits the mapping page makes. Each returns nullptr when the edit would change nothing.
class MappingEdits {
    Q_DECLARE_TR_FUNCTIONS(ferry::MappingEdits)
public:
    // `field` replaces the field with the same target (compared without case) or is inserted where
    // `targetOrder` (the target table's column order) puts it.
    static TableMapping withField(TableMapping table, const FieldMapping& field, const QStringList& targetOrder);
    static TableMapping withoutField(TableMapping table, const QString& target);
    static int fieldIndex(const TableMapping& table, const QString& target); // -1 if unmapped

    static QUndoCommand* map(ProjectDocument* document, int index, const FieldMapping& field,
                             const QStringList& targetOrder);
    static QUndoCommand* unmap(ProjectDocument* document, int index, const QString& target);
    static QUndoCommand* setTransforms(ProjectDocument* document, int index, const QString& target,
                                       const QList<TransformSpec>& transforms);
};

} // namespace ferry
