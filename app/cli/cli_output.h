#pragma once
// What ferry-cli prints: results on stdout, messages on stderr. Messages are remembered, so that with
// --json a command that failed before it could print its result still leaves one JSON object on stdout
// ({"status": "failed", "exitCode": 3, "error": "…"}) for the script that reads it.
#include <QJsonObject>
#include <QString>

namespace ferry::cli {

void out(const QString& s);           // stdout
void err(const QString& s);           // one line on stderr, remembered as the failure's reason
void printJson(const QJsonObject& o); // stdout
QString lastError();                  // the last message err() printed
void note(const QString& s);          // one line on stderr that is no failure (not remembered)
// Returns exitCode; with `json`, a non-zero code whose command printed nothing on stdout prints the
// failure object first.
int finish(int exitCode, bool json);

} // namespace ferry::cli
