#pragma once
// The HTML page of the run report: six sections (counts, pre-flight, column risks, duplicates,
// mismatches, rejects), each under a heading with an anchor, a summary line on top. Everything from
// the data is escaped; long lists show their first kMaxRows rows and point to the CSV file.
#include "report/run_report.h"

namespace ferry {

class ReportHtml {
    Q_DECLARE_TR_FUNCTIONS(ferry::ReportHtml)
public:
    static constexpr int kMaxRows = 500; // rows per list on the page; the CSV files hold every kept row

    // csvPrefix: file name prefix of the CSV files beside the page ("dry-run" -> dry-run-rejects.csv),
    // linked from the notes of cut lists. The summary is shown as given (mask it before).
    static QString page(const RunSummary& summary, const ReportOptions& options, const QString& csvPrefix);

    // "3 tables, 8,400 rows: 8,337 would be written, 63 rejected; 30 duplicate clusters; 12 mismatches;
    // 2 pre-flight problems"
    static QString summaryLine(const RunSummary& summary);

    static QString riskLabel(Risk r);              // "exact", "may lose", "will fail"
    static QString kindLabel(MismatchKind k);      // "truncation", "time zone", …
    static QString kindLabel(const QString& name); // from mismatchKindName()
    static QString preflightLabel(PreflightFinding::Kind k);
};

} // namespace ferry
