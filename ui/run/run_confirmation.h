#pragma once
// What the Run page shows before it writes into a real target: the target by name and server, each table
// with its write mode and what the last dry run expects it to do, whether the project changed since that
// dry run, and where the run's files go. Built as plain data first so tests can read it.
#include "engine/run_types.h"
#include "project/project.h"

#include <optional>

class QMessageBox;
class QWidget;

namespace ferry::ui {

struct RunPreview {
    struct Table {
        QString source;
        QString target;
        WriteMode mode = WriteMode::Insert;
        std::optional<TableCounts> dryRun; // this table in the last dry run, if it was there
    };
    QString targetName;
    QString targetServer; // "host:port/database (driver)", "ODBC data source X", "SQLite file X"
    QList<Table> tables;
    bool hasDryRun = false;
    bool changedSinceDryRun = false;
    QString runFolder;

    static RunPreview of(const Project& project, const RunSummary* lastDryRun, bool changedSinceDryRun,
                         const QString& runFolder);
    static QString serverOf(const ConnectionProfile& profile);
    QString html() const; // the dialog's text
};

// The dialog UserPrompts::confirmRun shows (not yet shown; tests grab it for a screenshot). The default
// button does not write.
QMessageBox* runConfirmationBox(QWidget* parent, const RunPreview& preview);

} // namespace ferry::ui
