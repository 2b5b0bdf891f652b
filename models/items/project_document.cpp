#include "items/project_document.h"

#include "project/project_file.h"

#include <QFileInfo>

namespace ferry {

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent)
{
    // Any undoable edit makes the project unsaved; undoing back to the saved state does not clear it
    // because non-undoable edits (connections) may have happened in between.
    connect(&undo_, &QUndoStack::indexChanged, this, [this] { setModified(true); });
}

void ProjectDocument::reset(Project project)
{
    project_ = std::move(project);
    sourcePassword_.clear();
    targetPassword_.clear();
    sourceSchema_.reset();
    targetSchema_.reset();
    lastDryRun_.reset();
    lastRun_.reset();
    undo_.clear();
    modified_ = false;
    emit projectReset();
    emit modifiedChanged(false);
}

bool ProjectDocument::load(const QString& path, QString* error)
{
    ProjectError e;
    std::optional<Project> p = ProjectFile::load(path, &e);
    if (!p) {
        if (error)
            *error = e.toString();
        return false;
    }
    reset(std::move(*p));
    return true;
}

bool ProjectDocument::save(const QString& path, QString* error)
{
    if (!ProjectFile::save(project_, path, error))
        return false;
    project_.filePath = QFileInfo(path).absoluteFilePath();
    undo_.setClean();
    setModified(false);
    return true;
}

const ConnectionProfile& ProjectDocument::profile(Side side) const
{
    return side == Side::Source ? project_.source : project_.target;
}

void ProjectDocument::setProfile(Side side, const ConnectionProfile& profile)
{
    ConnectionProfile& p = side == Side::Source ? project_.source : project_.target;
    if (p == profile)
        return;
    p = profile;
    setSchema(side, std::nullopt); // read from a different database now
    setModified(true);
    emit profileChanged(side);
}

QString ProjectDocument::password(Side side) const
{
    return side == Side::Source ? sourcePassword_ : targetPassword_;
}

void ProjectDocument::setPassword(Side side, const QString& password)
{
    (side == Side::Source ? sourcePassword_ : targetPassword_) = password;
}

const SchemaSnapshot* ProjectDocument::schema(Side side) const
{
    const std::optional<SchemaSnapshot>& s = side == Side::Source ? sourceSchema_ : targetSchema_;
    return s ? &*s : nullptr;
}

void ProjectDocument::setSchema(Side side, std::optional<SchemaSnapshot> snapshot)
{
    std::optional<SchemaSnapshot>& s = side == Side::Source ? sourceSchema_ : targetSchema_;
    if (!s && !snapshot)
        return;
    s = std::move(snapshot);
    emit schemaChanged(side);
}

void ProjectDocument::setTables(const QList<TableMapping>& tables)
{
    if (project_.tables == tables)
        return;
    project_.tables = tables;
    setModified(true);
    emit tablesChanged();
}

void ProjectDocument::setTable(int index, const TableMapping& table)
{
    if (index < 0 || index >= project_.tables.size() || project_.tables[index] == table)
        return;
    project_.tables[index] = table;
    setModified(true);
    emit tableChanged(index);
}

void ProjectDocument::setRunOptions(const RunOptions& options)
{
    if (project_.options == options)
        return;
    project_.options = options;
    setModified(true);
}

void ProjectDocument::setName(const QString& name)
{
    if (project_.name == name)
        return;
    project_.name = name;
    setModified(true);
}

void ProjectDocument::setModified(bool modified)
{
    if (modified_ == modified)
        return;
    modified_ = modified;
    emit modifiedChanged(modified);
}

const RunSummary* ProjectDocument::lastRun(bool dryRun) const
{
    const std::optional<RunSummary>& r = dryRun ? lastDryRun_ : lastRun_;
    return r ? &*r : nullptr;
}

void ProjectDocument::setLastRun(const RunSummary& summary)
{
    (summary.dryRun ? lastDryRun_ : lastRun_) = summary;
    emit lastRunChanged(summary.dryRun);
}

} // namespace ferry
