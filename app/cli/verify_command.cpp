#include "verify_command.h"

#include "cli_output.h"
#include "engine/verifier.h"
#include "exit_codes.h"
#include "interrupt.h"
#include "password_prompt.h"
#include "project/project_file.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>

namespace ferry::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::Verifier", text);
}

constexpr int kPrintedSamples = 10;

// Two mappings may write one target table: each line names its mapping.
QString mappingLabel(const VerifyTableResult& t)
{
    return QStringLiteral("tables[%1] %2 → %3").arg(t.mapping).arg(t.source, t.target);
}

void printText(const VerifyResult& r)
{
    for (const VerifyTableResult& t : r.tables) {
        QString line = tr("%1: expected %2, in target %3, matched %4, missing %5, extra %6, different %7")
                           .arg(mappingLabel(t))
                           .arg(t.expected)
                           .arg(t.targetRows)
                           .arg(t.matched)
                           .arg(t.missing)
                           .arg(t.extra)
                           .arg(t.different);
        if (!t.differentColumns.isEmpty()) {
            QStringList columns;
            for (auto it = t.differentColumns.cbegin(); it != t.differentColumns.cend(); ++it)
                columns << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
            line += tr(" — differing columns: %1").arg(columns.join(QStringLiteral(", ")));
        }
        out(line + QLatin1Char('\n'));
        for (const QString& note : t.notes)
            out(QStringLiteral("  ") + tr("note: %1").arg(note) + QLatin1Char('\n'));
    }
    int printed = 0;
    for (const VerifyTableResult& t : r.tables) {
        for (const VerifySample& s : t.samples) {
            if (printed >= kPrintedSamples)
                break;
            if (printed++ == 0)
                out(tr("Sample differences:\n"));
            QString detail;
            if (s.kind == VerifySample::Kind::Different) {
                QStringList parts;
                for (int c = 0; c < s.columns.size(); ++c)
                    parts << tr("%1: expected %2, found %3").arg(s.columns[c], s.expected.value(c), s.actual.value(c));
                detail = parts.join(QStringLiteral("; "));
            } else {
                const QStringList& values = s.kind == VerifySample::Kind::Missing ? s.expected : s.actual;
                QStringList parts;
                for (int c = 0; c < s.columns.size(); ++c)
                    parts << s.columns[c] + QLatin1Char('=') + values.value(c);
                detail = parts.join(QStringLiteral(", "));
            }
            out(QStringLiteral("  %1 [%2] %3: %4\n")
                    .arg(mappingLabel(t), s.key, VerifySample::kindName(s.kind), detail));
        }
    }
    out(r.clean() ? tr("Verified: the target holds exactly the expected rows (%1 s)\n").arg(r.seconds, 0, 'f', 1)
                  : tr("Differences found (%1 s)\n").arg(r.seconds, 0, 'f', 1));
}

} // namespace

int verifyCommand(const QString& projectPath, bool json)
{
    ProjectError error;
    std::optional<Project> project = ProjectFile::load(projectPath, &error);
    if (!project) {
        err(QStringLiteral("%1: %2").arg(projectPath, error.toString()));
        return ExitBadInput;
    }
    const auto sourcePassword = passwordFor(project->source, tr("the source"));
    const auto targetPassword = sourcePassword ? passwordFor(project->target, tr("the target")) : std::nullopt;
    if (!targetPassword)
        return ExitConnection;
    VerifyRequest request;
    request.sourcePassword = *sourcePassword;
    request.targetPassword = *targetPassword;
    Verifier verifier(*project, request);
    if (!json)
        verifier.progress = [](const QString& m) { err(m); };
    VerifyResult result;
    {
        const InterruptGuard interrupt(nullptr); // nothing to cancel: Ctrl+C stops at once (130)
        result = verifier.run();
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)));
    else if (!result.tables.isEmpty())
        printText(result);
    switch (result.failure) {
    case VerifyFailure::Project:
        err(result.error);
        return ExitBadInput;
    case VerifyFailure::Connection:
        err(result.error);
        return ExitConnection;
    case VerifyFailure::Run:
        err(result.error);
        return ExitRunFailed;
    case VerifyFailure::None:
        break;
    }
    return result.clean() ? ExitOk : ExitRejects;
}

} // namespace ferry::cli
