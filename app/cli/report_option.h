#pragma once
// ferry-cli's --report FILE.html [--mask]: the dry-run (or run) report written beside the run.
#include "engine/run_types.h"
#include "project/project.h"

#include <QString>

namespace ferry::cli {

// Writes the HTML page at htmlPath and its CSV files beside it (personal values masked when mask),
// prints "Report: <path> (+ N CSV files)" to stderr. Returns 0, or ExitRunFailed (4) after printing
// why the report could not be written.
int writeCliReport(const Project& project, const RunSummary& summary, const QString& htmlPath, bool mask);

} // namespace ferry::cli
