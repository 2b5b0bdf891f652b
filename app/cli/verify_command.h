#pragma once
// `ferry-cli verify P [--json]`: does the target hold exactly what the last run should have left there?
#include <QString>

namespace ferry::cli {

// Exit codes: 0 every table verifies clean, 1 differences found, 2 bad project, 3 a database could not
// be reached, 4 verification failed part-way.
int verifyCommand(const QString& projectPath, bool json);

} // namespace ferry::cli
