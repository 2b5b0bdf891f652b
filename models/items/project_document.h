#pragma once
// The one project object the wizard's pages share: the project being edited, the passwords typed in
// this session (never saved), the schemas read from both sides, and the undo stack of mapping edits.
// Pages read and edit it; none of them owns it. No widgets here, so models and tests can use it too.
#include "assist/schema_snapshot.h"
#include "engine/run_types.h"
#include "project/project.h"

#include <QObject>
#include <QUndoStack>
#include <optional>

namespace ferry {

enum class Side { Source, Target };

class ProjectDocument : public QObject {
    Q_OBJECT
public:
    explicit ProjectDocument(QObject* parent = nullptr);

    const Project& project() const { return project_; }
    QString filePath() const { return project_.filePath; }
    bool isModified() const { return modified_; }
    QUndoStack* undoStack() { return &undo_; }

    // Replaces everything (new or opened project): clears passwords, schemas and the undo stack.
    void reset(Project project);
    bool load(const QString& path, QString* error);
    // Writes the project (never a password) and marks it saved; the path becomes the document's.
    bool save(const QString& path, QString* error);

    const ConnectionProfile& profile(Side side) const;
    void setProfile(Side side, const ConnectionProfile& profile);
    QString password(Side side) const;
    void setPassword(Side side, const QString& password); // memory only

    // Schemas as last read from each side (set by the pages once a background load finishes).
    const SchemaSnapshot* schema(Side side) const;
    void setSchema(Side side, std::optional<SchemaSnapshot> snapshot);

    // Table mappings. Edits made through QUndoCommands call these too, so every edit is announced.
    const QList<TableMapping>& tables() const { return project_.tables; }
    void setTables(const QList<TableMapping>& tables);
    void setTable(int index, const TableMapping& table);
    void setRunOptions(const RunOptions& options);
    void setName(const QString& name);

    void setModified(bool modified);

    // The latest dry run and real run of this session (the finish page and the report read them).
    const RunSummary* lastRun(bool dryRun) const;
    void setLastRun(const RunSummary& summary);

signals:
    void projectReset();
    void profileChanged(ferry::Side side);
    void schemaChanged(ferry::Side side);
    void tablesChanged(); // the list itself (added, removed, reordered)
    void tableChanged(int index);
    void modifiedChanged(bool modified);
    void lastRunChanged(bool dryRun);

private:
    Project project_;
    QString sourcePassword_;
    QString targetPassword_;
    std::optional<SchemaSnapshot> sourceSchema_;
    std::optional<SchemaSnapshot> targetSchema_;
    std::optional<RunSummary> lastDryRun_;
    std::optional<RunSummary> lastRun_;
    QUndoStack undo_;
    bool modified_ = false;
};

} // namespace ferry
