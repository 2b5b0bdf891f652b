#pragma once
// A run's report for people who were not at the screen: one self-contained HTML page (no scripts, no
// external files, inline CSS and SVG charts) with counts, pre-flight problems, column risks, duplicate
// clusters, mismatches and rejects, and one CSV file per list beside it. Written by the dry-run page's
// "Export report…" and by ferry-cli's --report.
#include "engine/run_types.h"

#include <QCoreApplication>

namespace ferry {

struct ReportOptions {
    bool maskPersonal = false; // mask names, e-mails, phones, addresses … in the page and the CSV files
    QString projectName;
};

class RunReport {
    Q_DECLARE_TR_FUNCTIONS(ferry::RunReport)
public:
    // Writes the page at htmlPath (its folder is created if missing) and beside it <basename>-counts.csv,
    // -preflight.csv, -column-risks.csv, -duplicates.csv, -mismatches.csv and -rejects.csv. Returns the
    // paths written, the page first, or an empty list and *error.
    static QStringList writeReport(const RunSummary& summary, const QString& htmlPath, const ReportOptions& options,
                                   QString* error);

    // The wizard's export into a folder: <prefix>-report.html and <prefix>-counts.csv … with prefix
    // "dry-run" or "run". Returns the paths written, or an empty list and *error.
    static QStringList write(const RunSummary& summary, const QString& projectName, const QString& dir, QString* error);

    // The CSV suffixes, in the order the files are written: "counts", "preflight", …
    static QStringList csvSuffixes();

    static QString countsCsv(const RunSummary& summary);
    static QString rejectsCsv(const RunSummary& summary);
    static QString html(const RunSummary& summary, const QString& projectName);

private:
    static QStringList writeFiles(const RunSummary& summary, const QString& htmlPath, const QString& csvPrefix,
                                  const ReportOptions& options, QString* error);
};

} // namespace ferry
