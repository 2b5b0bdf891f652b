#include "items/project_commands.h"

#include <QUndoStack>

namespace ferry {

ProjectEditCommand::ProjectEditCommand(ProjectDocument* document, const QString& text, int mergeId,
                                       QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , document_(document)
    , mergeId_(mergeId)
{
}

void ProjectEditCommand::undo()
{
    step(false);
}

void ProjectEditCommand::redo()
{
    step(true);
}

void ProjectEditCommand::step(bool toAfter)
{
    if (!documentHolds(!toAfter)) {
        setObsolete(true); // edited outside the stack: leave that edit alone
        return;
    }
    apply(toAfter);
}

TableEditCommand::TableEditCommand(ProjectDocument* document, int index, TableMapping after, const QString& text,
                                   QUndoCommand* parent, int mergeId)
    : ProjectEditCommand(document, text, mergeId, parent)
    , index_(index)
    , before_(document->tables().value(index))
    , after_(std::move(after))
{
}

bool TableEditCommand::push(ProjectDocument* document, int index, const TableMapping& after, const QString& text,
                            int mergeId)
{
    if (index < 0 || document->tables().value(index) == after)
        return false;
    document->undoStack()->push(new TableEditCommand(document, index, after, text, nullptr, mergeId));
    return true;
}

bool TableEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const TableEditCommand*>(other); // same id(): same kind of command
    if (o->index_ != index_)
        return false;
    after_ = o->after_;
    return true;
}

bool TableEditCommand::documentHolds(bool after) const
{
    const QList<TableMapping>& tables = document()->tables();
    return index_ >= 0 && index_ < tables.size() && tables[index_] == (after ? after_ : before_);
}

void TableEditCommand::apply(bool after)
{
    document()->setTable(index_, after ? after_ : before_);
}

TableListEditCommand::TableListEditCommand(ProjectDocument* document, QList<TableMapping> after, const QString& text)
    : ProjectEditCommand(document, text, -1, nullptr)
    , before_(document->tables())
    , after_(std::move(after))
{
}

bool TableListEditCommand::push(ProjectDocument* document, const QList<TableMapping>& after, const QString& text)
{
    if (document->tables() == after)
        return false;
    document->undoStack()->push(new TableListEditCommand(document, after, text));
    return true;
}

bool TableListEditCommand::documentHolds(bool after) const
{
    return document()->tables() == (after ? after_ : before_);
}

void TableListEditCommand::apply(bool after)
{
    document()->setTables(after ? after_ : before_);
}

} // namespace ferry
