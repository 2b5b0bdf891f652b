#pragma once
// Where a connection's password comes from on the command line: the environment variable its profile
// names, else a prompt when a person is at the terminal (nothing echoed), else a clear error.
#include "db/connection_profile.h"

#include <QString>
#include <optional>

namespace ferry::cli {

// The password to use: from the variable passwordEnv names, else typed at the terminal (a server login
// that names no variable is asked too), else empty; std::nullopt after printing why none could be had.
std::optional<QString> passwordFor(const ConnectionProfile& profile, const QString& role);

// Reads one line from the terminal with echo off; nullopt if stdin is not a terminal.
std::optional<QString> readSecret(const QString& prompt);

} // namespace ferry::cli
