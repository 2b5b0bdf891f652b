#include "report/run_report.h"

#include "report/report_csv.h"
#include "report/report_html.h"
#include "report/value_masking.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ferry {

namespace {

bool save(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) < 0 || !f.commit()) {
        if (error)
            *error = RunReport::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

} // namespace

QStringList RunReport::csvSuffixes()
{
    return {QStringLiteral("counts"),     QStringLiteral("preflight"),  QStringLiteral("column-risks"),
            QStringLiteral("duplicates"), QStringLiteral("mismatches"), QStringLiteral("rejects")};
}

QString RunReport::countsCsv(const RunSummary& summary)
{
    return ReportCsv::counts(summary);
}

QString RunReport::rejectsCsv(const RunSummary& summary)
{
    return ReportCsv::rejects(summary);
}

QString RunReport::html(const RunSummary& summary, const QString& projectName)
{
    ReportOptions options;
    options.projectName = projectName;
    return ReportHtml::page(summary, options, summary.dryRun ? QStringLiteral("dry-run") : QStringLiteral("run"));
}

QStringList RunReport::writeFiles(const RunSummary& summary, const QString& htmlPath, const QString& csvPrefix,
                                  const ReportOptions& options, QString* error)
{
    const QFileInfo info(htmlPath);
    if (info.fileName().isEmpty()) {
        if (error)
            *error = tr("The report needs a file name, not a folder: %1").arg(QDir::toNativeSeparators(htmlPath));
        return {};
    }
    const QDir dir = info.absoluteDir();
    if (!QDir().mkpath(dir.absolutePath())) {
        if (error)
            *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir.absolutePath()));
        return {};
    }
    // Masked once, here, so the page and every CSV file show the same masked values.
    const RunSummary shown = options.maskPersonal ? maskPersonalValues(summary) : summary;

    const QList<QString (*)(const RunSummary&)> csvWriters = {&ReportCsv::counts,      &ReportCsv::preflight,
                                                              &ReportCsv::columnRisks, &ReportCsv::duplicates,
                                                              &ReportCsv::mismatches,  &ReportCsv::rejects};
    const QStringList suffixes = csvSuffixes();
    QStringList written;
    const QString page = info.absoluteFilePath();
    if (!save(page, ReportHtml::page(shown, options, csvPrefix).toUtf8(), error))
        return {};
    written << page;
    for (qsizetype i = 0; i < suffixes.size(); ++i) {
        const QString path = dir.filePath(csvPrefix + QLatin1Char('-') + suffixes[i] + QStringLiteral(".csv"));
        if (!save(path, ReportCsv::fileBytes(csvWriters[i](shown)), error))
            return {};
        written << path;
    }
    return written;
}

QStringList RunReport::writeReport(const RunSummary& summary, const QString& htmlPath, const ReportOptions& options,
                                   QString* error)
{
    return writeFiles(summary, htmlPath, QFileInfo(htmlPath).completeBaseName(), options, error);
}

QStringList RunReport::write(const RunSummary& summary, const QString& projectName, const QString& dir, QString* error)
{
    const QString prefix = summary.dryRun ? QStringLiteral("dry-run") : QStringLiteral("run");
    ReportOptions options;
    options.projectName = projectName;
    return writeFiles(summary, QDir(dir).filePath(prefix + QStringLiteral("-report.html")), prefix, options, error);
}

} // namespace ferry
