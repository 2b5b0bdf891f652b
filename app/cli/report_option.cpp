#include "report_option.h"

#include "cli_output.h"
#include "exit_codes.h"
#include "report/run_report.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>

namespace ferry::cli {

int writeCliReport(const Project& project, const RunSummary& summary, const QString& htmlPath, bool mask)
{
    ReportOptions options;
    options.maskPersonal = mask;
    options.projectName = project.name;
    QString error;
    const QStringList written = RunReport::writeReport(summary, htmlPath, options, &error);
    if (written.isEmpty()) {
        err(error);
        return ExitRunFailed;
    }
    err(QCoreApplication::translate("ferry::cli", "Report: %1 (+ %2 CSV files)")
            .arg(QDir::toNativeSeparators(written.first()))
            .arg(written.size() - 1));
    return ExitOk;
}

} // namespace ferry::cli
