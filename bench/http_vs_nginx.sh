#!/usr/bin/env bash
# kezek-server beside nginx on the same bytes, in one run on this machine:
# wrk over TLS, 64 connections, on
#   (a) an authenticated poll with nothing new (GET /api/v1/changes from the
#       latest cursor, with the session's bearer token) against nginx serving
#       that same answer as a static file;
#   (b) a page of 100 cases from the changes route against nginx serving it.
# Both present the same certificate and key (the server's --dev-cert), both
# answer without compression; nginx keeps no access log and kezek-server writes
# its line per request to /dev/null. Release build.
#   bench/http_vs_nginx.sh [SECONDS [ROUNDS]]   (default 15 s per run, 3 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/packages.sh

ensure_packages "${KEZEK_PACKAGES[@]}" nginx-light
# KEZEK_BENCH_PREBUILT=1 uses the release build as it stands (the build waits
# for any other build on this machine: they share one lock).
if [ -z "${KEZEK_BENCH_PREBUILT:-}" ]; then
    cmake --preset release -DKEZEK_BUILD_TESTS=OFF >/dev/null
    flock /tmp/kezek-build.lock cmake --build build/release --target bench_load kezek-server kezekctl >/dev/null
fi
seconds=${1:-15}
rounds=${2:-3}
connections=64

work=$(mktemp -d /tmp/kezek-vs-nginx.XXXXXX)
chmod 755 "$work"
server_pid=
nginx_pid=
stop() {
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap stop EXIT

# 2,000 cases in each city and one Astana officer, in SQLite.
database="sqlite:$work/kezek.db"
build/release/bench/bench_load seed --database "$database" --workstations 1 --cases-per-city 2000

# The server as it ships: its default threads, its line per request (to
# /dev/null here).
build/release/app/server/kezek-server --listen 127.0.0.1 --port 0 --dev-cert "$work/tls" \
    --database "$database" >"$work/server.out" 2>/dev/null &
server_pid=$!
for _ in $(seq 1 300); do
    grep -q ':[0-9]' "$work/server.out" 2>/dev/null && break
    sleep 0.1
done
port=$(grep -o ':[0-9]\+' "$work/server.out" | head -n 1 | tr -d :)
[ -n "$port" ] || { echo "error: the server did not start" >&2; exit 1; }
server="https://127.0.0.1:$port"
curl_() { curl -sS --fail --cacert "$work/tls/cert.pem" "$@"; }

token=$(curl_ -H 'Content-Type: application/json' \
    -d '{"user":"load.0000","password":"load test password 2026"}' "$server/api/v1/session" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

# The latest cursor, as a workstation that has synced holds it.
cursor=0
while :; do
    page=$(curl_ -H "Authorization: Bearer $token" "$server/api/v1/changes?since=$cursor&limit=5000")
    read -r cursor more < <(python3 -c 'import json,sys; p=json.load(sys.stdin); print(p["next"], p["more"])' <<<"$page")
    [ "$more" = "True" ] || break
done
poll="/api/v1/changes?since=$cursor"
page100="/api/v1/changes?since=0&limit=100"

# nginx on another loopback address, serving what the server answered.
mkdir -p "$work/nginx/logs" "$work/www"
curl_ -H "Authorization: Bearer $token" "$server$poll" -o "$work/www/poll.json"
curl_ -H "Authorization: Bearer $token" "$server$page100" -o "$work/www/page100.json"
chmod -R a+rX "$work/www"
nginx_port=$((20000 + RANDOM % 20000))
cat >"$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log stderr warn;
events { worker_connections 4096; }
http {
    access_log off;
    default_type application/json;
    keepalive_requests 100000;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server {
        listen 127.0.0.2:$nginx_port ssl;
        ssl_certificate     $work/tls/cert.pem;
        ssl_certificate_key $work/tls/key.pem;
        ssl_protocols TLSv1.2 TLSv1.3;
        root $work/www;
    }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e stderr &
nginx_pid=$!
for _ in $(seq 1 50); do
    curl -sk -o /dev/null "https://127.0.0.2:$nginx_port/poll.json" && break
    sleep 0.1
done
cmp <(curl_ -H "Authorization: Bearer $token" "$server$poll") "$work/www/poll.json" >/dev/null ||
    echo "note: the poll's answer changed between runs (its law version or cursor)"

cat >"$work/auth.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
LUA
# wrk URL -> "requests/s p99"
measure() {
    local report rate p99 errors
    report=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/auth.lua" "$1")
    rate=$(awk '/Requests\/sec/ {print $2}' <<<"$report")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$report")
    errors=$(awk '/Non-2xx/ {print $5}' <<<"$report")
    echo "$rate $p99 ${errors:-0}"
}
to_ms() { # wrk's "1.23ms", "850.00us", "1.02s"
    python3 -c 'import re,sys; v,u=re.match(r"([\d.]+)(\w+)",sys.argv[1]).groups(); print(round(float(v)*{"us":0.001,"ms":1,"s":1000,"m":60000}[u],2))' "$1"
}

echo "Debian $(cat /etc/debian_version), $(nproc) cores; wrk over TLS, $connections connections, ${seconds} s each"
printf '%-38s %12s %10s %9s\n' "" "requests/s" "p99 ms" "non-2xx"
# Each call measured in turn on both, $rounds times over: on a small shared
# machine one run of either may meet a busy moment, and the median of the
# rounds' shares says more than any one of them.
for call in poll page100; do
    case $call in
        poll) path=$poll; file=poll.json; title="(a) poll, nothing new";;
        page100) path=$page100; file=page100.json; title="(b) page of 100 cases";;
    esac
    shares=()
    for round in $(seq 1 "$rounds"); do
        read -r rate p99 errors < <(measure "$server$path")
        read -r nrate np99 nerrors < <(measure "https://127.0.0.2:$nginx_port/$file")
        share=$(python3 -c "print(f'{100*$rate/$nrate:.0f}')")
        shares+=("$share")
        printf '%-38s %12s %10s %9s\n' "$title: kezek-server" "$rate" "$(to_ms "$p99")" "$errors"
        printf '%-38s %12s %10s %9s\n' "$title: nginx" "$nrate" "$(to_ms "$np99")" "$nerrors"
        printf '%-38s %11s%%\n' "  kezek-server / nginx, round $round" "$share"
    done
    printf '%-38s %11s%%\n' "  median of $rounds rounds" \
        "$(printf '%s\n' "${shares[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')"
done
echo "bytes: poll $(stat -c %s "$work/www/poll.json"), page of 100 $(stat -c %s "$work/www/page100.json")"
