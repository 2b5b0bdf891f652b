#pragma once
// The one family of undoable edits: every change to the project's table mappings, from the Tables page
// (source, target, mode, keys, query, mappings added or removed) and from the mapping page (fields and
// transforms), is one of these commands on ProjectDocument::undoStack(). A command keeps the state before
// and after; undo and redo put one of them back through the document, which tells every model. Should
// the document no longer hold what the command left (edited outside the stack, or the table gone), the
// command turns obsolete instead of clobbering that edit.
#include "items/project_document.h"

#include <QUndoCommand>

namespace ferry {

class ProjectEditCommand : public QUndoCommand {
public:
    void undo() final;
    void redo() final;
    int id() const final { return mergeId_; }

protected:
    // mergeId: consecutive commands with the same id (not -1) merge into one undo step (see mergeWith).
    ProjectEditCommand(ProjectDocument* document, const QString& text, int mergeId, QUndoCommand* parent);
    ProjectDocument* document() const { return document_; }

private:
    // Whether the document holds this command's state after the edit (true) or before it (false).
    virtual bool documentHolds(bool after) const = 0;
    virtual void apply(bool after) = 0;
    void step(bool toAfter);

    ProjectDocument* document_;
    int mergeId_;
};

// One table mapping replaced.
class TableEditCommand : public ProjectEditCommand {
public:
    // Captures the table mapping at `index` as it is now; redo() (run by QUndoStack::push) applies `after`.
    TableEditCommand(ProjectDocument* document, int index, TableMapping after, const QString& text,
                     QUndoCommand* parent = nullptr, int mergeId = -1);
    // Pushes the edit onto the document's stack; false, and nothing pushed, when it changes nothing.
    static bool push(ProjectDocument* document, int index, const TableMapping& after, const QString& text,
                     int mergeId = -1);

    // Merges a later edit of the same table: one undo step goes back to before both.
    bool mergeWith(const QUndoCommand* other) override;

    int tableIndex() const { return index_; }
    const TableMapping& before() const { return before_; }
    const TableMapping& after() const { return after_; }

private:
    bool documentHolds(bool after) const override;
    void apply(bool after) override;

    int index_;
    TableMapping before_;
    TableMapping after_;
};

// The whole list replaced (mappings added or removed).
class TableListEditCommand : public ProjectEditCommand {
public:
    TableListEditCommand(ProjectDocument* document, QList<TableMapping> after, const QString& text);
    // Pushes the edit onto the document's stack; false, and nothing pushed, when it changes nothing.
    static bool push(ProjectDocument* document, const QList<TableMapping>& after, const QString& text);

private:
    bool documentHolds(bool after) const override;
    void apply(bool after) override;

    QList<TableMapping> before_;
    QList<TableMapping> after_;
};

} // namespace ferry
