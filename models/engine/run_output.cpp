#include "run_output.h"

#include "core/csv.h"
#include "core/errors.h"
#include "engine/run_ledger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace ferry {

RunOutput::RunOutput(const QString& outputDirectory, bool dryRun)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = stamp + (dryRun ? QStringLiteral("-dry-run") : QStringLiteral("-run"));
    QDir out(outputDirectory);
    QString name = base;
    for (int n = 2; out.exists(name); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    if (!out.mkpath(name))
        throw Error(QCoreApplication::translate("ferry::RunOutput", "cannot create the run folder %1")
                        .arg(QDir::toNativeSeparators(out.filePath(name))));
    dir_ = out.absoluteFilePath(name);
    logFile_.setFileName(logPath());
    rejectsFile_.setFileName(rejectsPath());
    if (!logFile_.open(QIODevice::WriteOnly | QIODevice::Text) ||
        !rejectsFile_.open(QIODevice::WriteOnly | QIODevice::Text))
        throw Error(QCoreApplication::translate("ferry::RunOutput", "cannot write in the run folder %1")
                        .arg(QDir::toNativeSeparators(dir_)));
    log_.setDevice(&logFile_);
    rejects_.setDevice(&rejectsFile_);
    rejects_ << "table,source_key,column,reason,sqlstate,source_values\n";
    rejects_.flush();
}

RunOutput::~RunOutput()
{
    log_.flush();
    rejects_.flush();
    dedupe_.flush();
}

QString RunOutput::logPath() const
{
    return QDir(dir_).filePath(QStringLiteral("run.log"));
}
QString RunOutput::rejectsPath() const
{
    return QDir(dir_).filePath(QStringLiteral("rejects.csv"));
}

void RunOutput::log(const QString& line)
{
    log_ << QDateTime::currentDateTime().toString(Qt::ISODateWithMs) << ' ' << line << '\n';
    log_.flush();
}

void RunOutput::reject(const RejectRecord& r)
{
    rejects_ << csv::line({r.table, r.sourceKey, r.column, r.reason, r.sqlState, r.values.join(QStringLiteral(" | "))});
    rejects_.flush();
}

void RunOutput::duplicateDecision(const QString& table, const QString& sourceKey, const QString& sourceValues,
                                  const Row* written)
{
    if (!dedupeFile_.isOpen()) {
        dedupeFile_.setFileName(QDir(dir_).filePath(QStringLiteral("dedupe.csv")));
        if (!dedupeFile_.open(QIODevice::WriteOnly | QIODevice::Text))
            throw Error(QCoreApplication::translate("ferry::RunOutput", "cannot write in the run folder %1")
                            .arg(QDir::toNativeSeparators(dir_)));
        dedupe_.setDevice(&dedupeFile_);
        dedupe_ << "table,source_key,decision,source_values,written_values\n";
    }
    dedupe_ << csv::line({table, sourceKey, written ? QStringLiteral("written") : QStringLiteral("skipped"),
                          sourceValues, written ? encodeRow(*written) : QString()});
}

void RunOutput::writeSummary(const RunSummary& s)
{
    QSaveFile f(QDir(dir_).filePath(QStringLiteral("summary.json")));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented));
        f.commit();
    }
}

} // namespace ferry
