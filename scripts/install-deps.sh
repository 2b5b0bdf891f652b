#!/usr/bin/env bash
# Installs the Debian 12 packages Ferry needs to build, test and run (only the missing ones).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-odbc
  unixodbc unixodbc-dev odbc-postgresql odbc-mariadb libsqliteodbc
  libsqlite3-dev  # sqlite3_interrupt() for cancelling SQLite statements
  libphonenumber-dev
  postgresql mariadb-server mariadb-client sqlite3
  fonts-wqy-microhei  # Chinese glyphs for the zh_CN tour pictures
  qt6-translations-l10n  # Qt's own strings (the wizard's Back/Next, message-box buttons) in Chinese
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Package scripts must not start system database services: Ferry's tests start their own servers.
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
