#!/usr/bin/env bash
# Lints docs/openapi.yaml with Redocly CLI's recommended rules (redocly.yaml,
# .redocly.lint-ignore.yaml) and exits non-zero if the document has an error.
# The linter is the exact version locked in tools/openapi/, installed there
# with npm ci the first time, and again whenever that lock changes. Run by
# scripts/test.sh; on its own: bash scripts/lint-openapi.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/packages.sh

tools=tools/openapi
# Written last by an install, so an interrupted one is done again.
stamp=$tools/node_modules/.installed-lock.json
if ! cmp -s "$tools/package-lock.json" "$stamp"; then
    command -v npm >/dev/null 2>&1 || ensure_packages "${KEZEK_NPM_PACKAGES[@]}"
    echo "Installing the OpenAPI linter (npm ci in $tools)"
    # No package of the linter's needs its install script to work.
    (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    cp "$tools/package-lock.json" "$stamp"
fi

# Nothing is sent anywhere: no usage report, no look-up of a newer version.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
"$tools/node_modules/.bin/redocly" lint docs/openapi.yaml
