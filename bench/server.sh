#!/usr/bin/env bash
# The server benchmark on both databases, from a release build: SQLite in a
# temporary folder, then PostgreSQL in a throwaway cluster on loopback.
#   bench/server.sh [CASES]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/packages.sh

ensure_packages "${KEZEK_PACKAGES[@]}"
cmake --preset release >/dev/null
cmake --build --preset release --target bench_server kezek-server >/dev/null
count=${1:-100000}

echo "== SQLite"
build/release/bench/bench_server "$count"

echo "== PostgreSQL"
start_postgres >/dev/null
psql -q "$KEZEK_TEST_POSTGRES_URL" -c "CREATE DATABASE kezek_bench"
build/release/bench/bench_server "$count" --database "${KEZEK_TEST_POSTGRES_URL%/*}/kezek_bench"
