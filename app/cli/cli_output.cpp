#include "cli_output.h"

#include <QJsonDocument>
#include <QStringList>
#include <cstdio>

namespace ferry::cli {

namespace {

bool printedResult = false;
QStringList messages;

} // namespace

void out(const QString& s)
{
    printedResult = true;
    std::fputs(s.toUtf8().constData(), stdout);
}

void err(const QString& s)
{
    messages << s;
    std::fputs((s + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

void note(const QString& s)
{
    std::fputs((s + QLatin1Char('\n')).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

QString lastError()
{
    return messages.isEmpty() ? QString() : messages.last();
}

void printJson(const QJsonObject& o)
{
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

int finish(int exitCode, bool json)
{
    if (json && exitCode != 0 && !printedResult)
        printJson({{QStringLiteral("status"), QStringLiteral("failed")},
                   {QStringLiteral("exitCode"), exitCode},
                   {QStringLiteral("error"), messages.join(QLatin1Char('\n'))}});
    std::fflush(stdout);
    return exitCode;
}

} // namespace ferry::cli
