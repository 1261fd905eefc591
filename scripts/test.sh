#!/usr/bin/env bash
# The README's test command: on a fresh Debian 12 machine it installs what is
# missing, lints the API document (scripts/lint-openapi.sh), starts a throwaway
# PostgreSQL cluster on loopback, configures, builds and runs every test
# through CTest; then, as root, builds the .deb packages and installs, upgrades
# and removes them (installer/test-packages.sh).
#   KEZEK_PRESET=dev scripts/test.sh   (default: ci = dev with warnings as errors)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/packages.sh

ensure_packages "${KEZEK_PACKAGES[@]}"

# The API document against a standard OpenAPI linter, before the long build.
bash scripts/lint-openapi.sh

# The server store is tested against real PostgreSQL as well as SQLite.
start_postgres

preset=${KEZEK_PRESET:-ci}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset"

# The packages, installed, upgraded and removed on this machine (as root only).
bash installer/test-packages.sh
