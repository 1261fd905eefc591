#!/usr/bin/env bash
# Idle and slow clients held against the real server (release build, SQLite)
# while fresh /health requests and authenticated polls are timed, with the
# server's memory: bench/hold_connections.py does the holding.
#   bench/hold.sh [IDLE] [SLOW] [SECONDS]   (default 10000 500 60)
# All on loopback; everything started here is stopped at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/packages.sh
idle=${1:-10000}
slow=${2:-500}
seconds=${3:-60}

if [ -z "${KEZEK_BENCH_PREBUILT:-}" ]; then
    ensure_packages "${KEZEK_PACKAGES[@]}"
    cmake --preset release -DKEZEK_BUILD_TESTS=OFF >/dev/null
    flock /tmp/kezek-build.lock cmake --build --preset release --target kezek-server kezekctl >/dev/null
fi
bin=build/release
work=$(mktemp -d /tmp/kezek-hold.XXXXXX)
server=
cleanup() {
    [ -z "$server" ] || kill "$server" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

export KEZEK_PASSWORD=kezek-hold-2026
database="sqlite:$work/kezek.db"
"$bin/app/ctl/kezekctl" admin add-office --database "$database" --id dept.astana \
    --kind department --city astana --name "Astana" >/dev/null
"$bin/app/ctl/kezekctl" admin add-user --database "$database" --id officer.astana \
    --role migration-officer --name "Officer" --office dept.astana >/dev/null
ulimit -n "$(ulimit -Hn)"
"$bin/app/server/kezek-server" --dev-cert "$work/tls" --database "$database" --port 0 \
    >"$work/server.out" 2>/dev/null &
server=$!
for _ in $(seq 100); do
    grep -q listening "$work/server.out" 2>/dev/null && break
    sleep 0.1
done
port=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$work/server.out")
token=$(curl -s --cacert "$work/tls/cert.pem" -H 'Content-Type: application/json' \
    -d "{\"user\":\"officer.astana\",\"password\":\"$KEZEK_PASSWORD\"}" \
    "https://127.0.0.1:$port/api/v1/session" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
echo "$(lsb_release -ds 2>/dev/null || echo Debian), $(nproc) cores; $idle idle TCP, $slow slow TLS, $seconds s"
python3 bench/hold_connections.py --port "$port" --ca "$work/tls/cert.pem" --token "$token" \
    --pid "$server" --idle "$idle" --slow "$slow" --seconds "$seconds"
