#pragma once
// A run's report for people who were not at the screen: per-table counts and the rejected rows as CSV,
// and the same as one self-contained HTML page (no scripts, no external files) with the problem cells
// marked. Written by the dry-run page's "Export report…".
#include "engine/run_types.h"

#include <QCoreApplication>

namespace ferry {

class RunReport {
    Q_DECLARE_TR_FUNCTIONS(ferry::RunReport)
public:
    // Writes <prefix>-counts.csv, <prefix>-rejects.csv and <prefix>-report.html into dir (created if
    // missing), prefix "dry-run" or "run". Returns the paths written, or an empty list and *error.
    static QStringList write(const RunSummary& summary, const QString& projectName, const QString& dir, QString* error);

    static QString countsCsv(const RunSummary& summary);
    static QString rejectsCsv(const RunSummary& summary);
    static QString html(const RunSummary& summary, const QString& projectName);
};

} // namespace ferry
