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

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::RunOutput", text);
}

const char* kRejectsHeader = "table,source_key,column,reason,sqlstate,source_values\n";
const char* kDedupeHeader = "table,source_key,decision,source_values,written_values,rules\n";
} // namespace

RunOutput::RunOutput(const QString& outputDirectory, bool dryRun)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = stamp + (dryRun ? QStringLiteral("-dry-run") : QStringLiteral("-run"));
    QDir out(outputDirectory);
    if (!out.mkpath(QStringLiteral(".")))
        throw Error(tr("cannot create the run folder %1").arg(QDir::toNativeSeparators(out.absolutePath())));
    // mkdir fails when the folder exists, so two runs started in the same second never share one.
    QString name = base;
    for (int n = 2; !out.mkdir(name); ++n) {
        if (n > 1000)
            throw Error(tr("cannot create the run folder %1").arg(QDir::toNativeSeparators(out.filePath(name))));
        name = base + QStringLiteral("-%1").arg(n);
    }
    dir_ = out.absoluteFilePath(name);
    openFiles(QIODevice::WriteOnly);
    rejects_ << kRejectsHeader;
    rejects_.flush();
}

RunOutput::RunOutput(Existing, const QString& directory)
    : dir_(QDir(directory).absolutePath())
{
}

std::unique_ptr<RunOutput> RunOutput::reopen(const QString& directory, const Offsets& keep)
{
    std::unique_ptr<RunOutput> out(new RunOutput(Existing{}, directory));
    out->openFiles(QIODevice::ReadWrite | QIODevice::Append);
    if (QFile::exists(QDir(out->dir_).filePath(QStringLiteral("dedupe.csv"))))
        out->openDedupe();
    out->truncate(keep);
    return out;
}

void RunOutput::openFiles(QIODevice::OpenMode mode)
{
    logFile_.setFileName(logPath());
    rejectsFile_.setFileName(rejectsPath());
    // The CSV files are written byte for byte (no text-mode line endings), so their sizes are the same
    // on every platform and a checkpoint's offsets mean the same bytes.
    if (!logFile_.open(mode | QIODevice::Append | QIODevice::Text) || !rejectsFile_.open(mode))
        throw Error(tr("cannot write in the run folder %1").arg(QDir::toNativeSeparators(dir_)));
    log_.setDevice(&logFile_);
    rejects_.setDevice(&rejectsFile_);
}

void RunOutput::openDedupe()
{
    dedupeFile_.setFileName(QDir(dir_).filePath(QStringLiteral("dedupe.csv")));
    const bool fresh = !dedupeFile_.exists();
    if (!dedupeFile_.open(QIODevice::ReadWrite | QIODevice::Append))
        throw Error(tr("cannot write in the run folder %1").arg(QDir::toNativeSeparators(dir_)));
    dedupe_.setDevice(&dedupeFile_);
    if (fresh)
        dedupe_ << kDedupeHeader;
}

RunOutput::Offsets RunOutput::flush()
{
    {
        std::lock_guard lock(logMutex_);
        log_.flush();
    }
    rejects_.flush();
    rejectsFile_.flush();
    Offsets o;
    o.rejects = rejectsFile_.size();
    if (dedupeFile_.isOpen()) {
        dedupe_.flush();
        dedupeFile_.flush();
        o.dedupe = dedupeFile_.size();
    }
    return o;
}

void RunOutput::truncate(const Offsets& to)
{
    // Never below the header line: offsets of 0 mean "nothing written yet".
    rejects_.flush();
    const qint64 rejects = qMax(to.rejects, qint64(qstrlen(kRejectsHeader)));
    if (rejectsFile_.size() > rejects)
        rejectsFile_.resize(rejects);
    if (dedupeFile_.isOpen()) {
        dedupe_.flush();
        const qint64 dedupe = qMax(to.dedupe, qint64(qstrlen(kDedupeHeader)));
        if (dedupeFile_.size() > dedupe)
            dedupeFile_.resize(dedupe);
    }
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
    std::lock_guard lock(logMutex_);
    log_ << QDateTime::currentDateTime().toString(Qt::ISODateWithMs) << ' ' << line << '\n';
    log_.flush();
}

void RunOutput::reject(const RejectRecord& r)
{
    rejects_ << csv::line({r.table, r.sourceKey, r.column, r.reason, r.sqlState, r.values.join(QStringLiteral(" | "))});
}

void RunOutput::duplicateDecision(const QString& table, const QString& sourceKey, const QString& sourceValues,
                                  const Row* written, const QString& rules)
{
    if (!dedupeFile_.isOpen())
        openDedupe();
    dedupe_ << csv::line({table, sourceKey, written ? QStringLiteral("written") : QStringLiteral("skipped"),
                          sourceValues, written ? encodeRow(*written) : QString(), rules});
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
