#!/usr/bin/env bash
# The whole system under load on this machine, all on loopback: a throwaway
# PostgreSQL, two kezek-server instances on it behind nginx as
# docs/operations.md §13 sets them up (re-encryption, X-Forwarded-For with
# trusted-proxy), 2,000 cases in each city, and bench_load playing N
# workstations, each from its own 127.1.x.y address. Release build.
#   bench/load.sh [WORKSTATIONS] [--quick] [--stress]   (default 1000)
#     --quick   polls every 15 s instead of 60 for 2 minutes after a 2-minute
#               ramp, instead of 10 (pushes stay every 2 minutes: each change
#               goes out to every workstation of its city, so the push rate
#               sets what every poll carries)
#     --stress  raises the poll rate step by step until the polls' p99
#               passes 200 ms, and reports the highest rate sustained
# Everything started here is stopped at exit, and the run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/packages.sh

workstations=1000
run_args=(--poll 60 --push 120 --duration 600 --ramp 120)
bound=1500
for arg in "$@"; do
    case $arg in
        --quick) run_args=(--poll 15 --push 120 --duration 120 --ramp 120); bound=700;;
        --stress) run_args=(--poll 15 --push 120 --ramp 120 --stress --step 30 --p99-limit 200); bound=1200;;
        [0-9]*) workstations=$arg;;
        *) echo "usage: bench/load.sh [WORKSTATIONS] [--quick] [--stress]" >&2; exit 2;;
    esac
done

ensure_packages "${KEZEK_PACKAGES[@]}" nginx-light
# KEZEK_BENCH_PREBUILT=1 uses the release build as it stands (the build waits
# for any other build on this machine: they share one lock).
if [ -z "${KEZEK_BENCH_PREBUILT:-}" ]; then
    cmake --preset release -DKEZEK_BUILD_TESTS=OFF >/dev/null
    flock /tmp/kezek-build.lock cmake --build build/release --target bench_load kezek-server kezekctl >/dev/null
fi
bin=build/release

start_postgres >/dev/null
work=$(mktemp -d /tmp/kezek-load.XXXXXX)
chmod 755 "$work"
pids=()
stop() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    stop_postgres
    rm -rf "$work"
}
trap stop EXIT

psql -q "$KEZEK_TEST_POSTGRES_URL" -c "CREATE DATABASE kezek_load"
# Each server keeps a connection per thread (§13: threads + sign-in-workers + 3 for each).
psql -q "$KEZEK_TEST_POSTGRES_URL" -c "ALTER SYSTEM SET max_connections = 200"
"${KEZEK_PG_RUN[@]}" "$KEZEK_PG_BIN/pg_ctl" -D "$KEZEK_PG_DIR/data" -l "$KEZEK_PG_DIR/server.log" -w restart >/dev/null
database="${KEZEK_TEST_POSTGRES_URL%/*}/kezek_load"

# The backends' certificates name kezek-backend.internal, from an authority
# nginx trusts; nginx's own certificate is the one workstations check.
tls=$work/tls
mkdir -p "$tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=Kezek bench CA" \
    -keyout "$tls/ca-key.pem" -out "$tls/ca.pem" 2>/dev/null
certificate() { # NAME SUBJECT-ALT-NAME
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=$1" \
        -keyout "$tls/$1-key.pem" -out "$tls/$1.csr" 2>/dev/null
    openssl x509 -req -in "$tls/$1.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca-key.pem" -CAcreateserial \
        -days 2 -extfile <(printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\n' "$2") \
        -out "$tls/$1.pem" 2>/dev/null
}
certificate backend "DNS:kezek-backend.internal,IP:127.0.0.1"
certificate front "IP:127.0.0.10"

echo "seeding 2,000 cases in each city and $workstations officers"
"$bin/bench/bench_load" seed --database "$database" --workstations "$workstations" --cases-per-city 2000

# Two servers on one database. The first makes the demo signing authority in
# its folder; the second, started after it, reuses the same one. Each keeps
# its default threads: the connections nginx holds open take none while idle.
start_server() { # INDEX
    "$bin/app/server/kezek-server" --listen 127.0.0.1 --port 0 \
        --cert "$tls/backend.pem" --key "$tls/backend-key.pem" --dev-cert "$work/authority" \
        --database "$database" --audit-key "$work/audit.key" \
        --audit-checkpoints "$work/checkpoints-$1" \
        --sign-in-rate 60 --sign-in-workers 2 --trusted-proxy 127.0.0.1 \
        >"$work/server-$1.out" 2>"$work/server-$1.log" &
    pids+=($!)
}
port_of() { # INDEX: the port the server printed on start
    local _
    for _ in $(seq 1 600); do
        grep -q ':[0-9]' "$work/server-$1.out" 2>/dev/null && break
        sleep 0.1
    done
    grep -o ':[0-9]\+' "$work/server-$1.out" | head -n 1 | tr -d :
}
start_server 1
server1=$!
port1=$(port_of 1)
start_server 2
server2=$!
port2=$(port_of 2)
[ -n "$port1" ] && [ -n "$port2" ] || { echo "error: a server did not start" >&2; cat "$work"/server-*.log >&2; exit 1; }

front_port=$((20000 + RANDOM % 20000))
mkdir -p "$work/nginx/logs"
cat >"$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log stderr error;
events { worker_connections 8192; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    upstream kezek_servers {
        server 127.0.0.1:$port1 max_fails=3 fail_timeout=10s;
        server 127.0.0.1:$port2 max_fails=3 fail_timeout=10s;
        keepalive 32;
    }
    server {
        listen 127.0.0.10:$front_port ssl;
        ssl_certificate     $tls/front.pem;
        ssl_certificate_key $tls/front-key.pem;
        ssl_protocols TLSv1.2 TLSv1.3;
        client_max_body_size 20m;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_ssl_verify on;
        proxy_ssl_verify_depth 2;
        proxy_ssl_trusted_certificate $tls/ca.pem;
        proxy_ssl_name kezek-backend.internal;
        proxy_ssl_server_name on;
        proxy_ssl_session_reuse on;
        proxy_read_timeout 120s;
        proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        location / { proxy_pass https://kezek_servers; }
    }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e stderr &
nginx_pid=$!
pids+=("$nginx_pid")
for _ in $(seq 1 50); do
    curl -s -o /dev/null --cacert "$tls/ca.pem" "https://127.0.0.10:$front_port/health" && break
    sleep 0.1
done
curl -sS --fail -o /dev/null --cacert "$tls/ca.pem" "https://127.0.0.10:$front_port/health"

# PostgreSQL's CPU: its postmaster's own and that of the backends it reaped,
# and of those still running.
postgres_cpu() {
    local master children
    master=$(head -n 1 "$KEZEK_PG_DIR/data/postmaster.pid")
    children=$(pgrep -P "$master" | tr '\n' ' ')
    # shellcheck disable=SC2086
    awk -v tick="$(getconf CLK_TCK)" -v master="$master" '
        { sub(/^.*\) /, ""); t = $12 + $13; if (FILENAME ~ "/" master "/") t += $14 + $15; sum += t }
        END { printf "%.1f\n", sum / tick }' "/proc/$master/stat" $(printf '/proc/%s/stat ' $children) 2>/dev/null || true
}
server_pids=(--server-pid "$server1" --server-pid "$server2")
for worker in $(pgrep -P "$nginx_pid"); do server_pids+=(--server-pid "$worker"); done

echo "Debian $(cat /etc/debian_version), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB"
pg_before=$(postgres_cpu)
started=$(date +%s)
status=0
timeout "$bound" "$bin/bench/bench_load" run --server "127.0.0.10:$front_port" --ca "$tls/ca.pem" \
    --database "$database" --audit-key "$work/audit.key" --ctl "$bin/app/ctl/kezekctl" \
    --workstations "$workstations" --sync-cases 500 "${server_pids[@]}" "${run_args[@]}" || status=$?
pg_after=$(postgres_cpu)
echo "PostgreSQL: CPU $(python3 -c "print(f'{$pg_after - $pg_before:.1f} s = {100 * ($pg_after - $pg_before) / ($(date +%s) - $started):.0f}% of one core')")"
exit $status
