#pragma once
// ferry-cli sync PROJECT: a run made for schedulers. One sync of a project at a time (a lock in its
// output folder; a second one exits at once with code 5), every sync a line in history.jsonl, and with
// --watch INTERVAL: sync, wait, sync again, until Ctrl+C or SIGTERM.
#include "commands.h"

#include <optional>

namespace ferry::cli {

int syncCommand(const QString& projectPath, const Options& o);

// "30s", "5m", "1h" or plain seconds; std::nullopt unless it is one of these and positive.
std::optional<qint64> parseInterval(const QString& text);

} // namespace ferry::cli
