#pragma once
// Every edit of a table's field mappings is one of these commands on ProjectDocument::undoStack(), so
// undo and redo restore the table mapping exactly (field order, transforms and all). A command keeps
// the whole table mapping before and after; auto-mapping a table pushes several inside one macro.
#include "items/project_document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace ferry {

class TableEditCommand : public QUndoCommand {
public:
    // Captures the table mapping at `index` as it is now; redo() (run by QUndoStack::push) applies `after`.
    TableEditCommand(ProjectDocument* document, int index, TableMapping after, const QString& text,
                     QUndoCommand* parent = nullptr);
    void undo() override;
    void redo() override;

    int tableIndex() const { return index_; }
    const TableMapping& before() const { return before_; }
    const TableMapping& after() const { return after_; }

private:
    bool stillApplies(const TableMapping& expected); // the table list may have changed under us
    ProjectDocument* document_;
    int index_;
    TableMapping before_;
    TableMapping after_;
};

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
