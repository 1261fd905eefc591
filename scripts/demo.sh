#!/usr/bin/env bash
# The README's main command: builds Kezek, starts kezek-server on its embedded
# SQLite default with a self-signed demo certificate, adds the demo users,
# files simulated eGov applications, and opens the workstation signed in as
# the Astana migration officer. Closing the window ends the demo (without a
# display, the server runs until Ctrl+C).
#   KEZEK_DEMO_PORT (8443), KEZEK_DEMO_COUNT (40), KEZEK_DEMO_DIR (a new temp folder)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/packages.sh

ensure_packages "${KEZEK_PACKAGES[@]}"
# Configured once; after that Ninja alone decides what is out of date (and
# configures again itself when a CMakeLists.txt changed), so a current build
# starts at once.
if [[ ! -f build/release/build.ninja ]]; then
    cmake --preset release >/dev/null
fi
cmake --build --preset release --target kezek-server kezekctl kezek

bin=build/release
demo=${KEZEK_DEMO_DIR:-$(mktemp -d /tmp/kezek-demo.XXXXXX)}
port=${KEZEK_DEMO_PORT:-8443}
count=${KEZEK_DEMO_COUNT:-40}
mkdir -p "$demo"
database="sqlite:$demo/server.db"
export KEZEK_PASSWORD=kezek-demo-2026

echo "== Demo offices"
while read -r id kind city name; do
    "$bin/app/ctl/kezekctl" admin add-office --database "$database" --id "$id" --kind "$kind" \
        --city "$city" --name "$name" || true
done <<'OFFICES'
dept.astana department astana Астана қ. Көші-қон қызметі басқармасы
dept.almaty department almaty Алматы қ. Көші-қон қызметі басқармасы
csc.astana.1 csc astana Астана қ. №1 ХҚКО
csc.almaty.1 csc almaty Алматы қ. №1 ХҚКО
OFFICES

echo "== Demo users (password: $KEZEK_PASSWORD)"
while read -r id role office name; do
    args=(admin add-user --database "$database" --id "$id" --role "$role" --name "$name")
    [ "$office" = "-" ] || args+=(--office "$office")
    [ "$role" != system ] || args+=(--integration "$id")
    "$bin/app/ctl/kezekctl" "${args[@]}" || true
done <<'USERS'
officer.astana migration-officer dept.astana Айгерім Сейтқали
officer.almaty migration-officer dept.almaty Ерлан Жұмабаев
colleague.astana migration-officer dept.astana Сәуле Нұрова
colleague.almaty migration-officer dept.almaty Бауыржан Әлиев
csc.astana csc-operator csc.astana.1 Динара Әбенова
csc.almaty csc-operator csc.almaty.1 Нұрлан Қасымов
supervisor.astana supervisor dept.astana Гүлнар Оспанова
ministry.reviewer ministry-reviewer - Асхат Бекенов
egov system - eGov
kqp system - КҚП АЖ
nsc system - Berkut (NSC)
checks system - Record checks
courier system - Courier service
migration system - Көші-қон қызметінің аумақтық бөлімшесі
USERS

# The pilot's past, as if imported from the earlier system: cases filed and
# decided over the last four months. On its first run the server deletes the
# returns whose five days are over (§12) and annuls the approvals nobody acted
# on in thirty (§19): the "Decided" queue and the audit show it happen.
[ -f "$demo/history-imported" ] || {
    "$bin/app/ctl/kezekctl" admin seed-history --database "$database" --count 48 --days 120 &&
        touch "$demo/history-imported"
}

# Every simulated colleague and system signs in from this machine's address:
# the per-address sign-in limit is raised for them (a site keeps the default).
# Revocation is checked as a site checks it, by the demo authority's own CRL
# (made beside it by --dev-cert).
"$bin/app/server/kezek-server" --port "$port" --dev-cert "$demo/tls" --database "$database" \
    --crl "$demo/tls/signing-ca.crl" --sign-in-rate 120 2>"$demo/server.log" &
server=$!
world=
colleagues=
trap 'kill $world $colleagues $server 2>/dev/null; wait $server 2>/dev/null; echo "kezek-server stopped; its data stays in $demo"' EXIT
# Ctrl+C or a kill ends the script through its EXIT trap, so the message prints.
trap 'exit 130' INT TERM
for _ in $(seq 1 100); do
    curl -sf --cacert "$demo/tls/cert.pem" "https://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 $server 2>/dev/null || { cat "$demo/server.log" >&2; exit 1; }
    sleep 0.2
done

# Each with the ministry's petition, signed with the demo ministry's key the
# server made beside its certificate and verifies at intake (§8).
echo "== Filing $count simulated eGov applications, with scans of their documents"
"$bin/app/ctl/kezekctl" simulate --server "https://127.0.0.1:$port" --user egov \
    --ca "$demo/tls/cert.pem" --count "$count" --scans \
    --ministry-key "$demo/tls/ministry-signer.pem" || true

# The outside world answers while the demo runs: КҚП АЖ numbers, record
# checks, NSC, border crossings, fingerprinting and the courier, each about
# twenty seconds after a case waits for it.
"$bin/app/ctl/kezekctl" simulate answer --server "https://127.0.0.1:$port" \
    --ca "$demo/tls/cert.pem" --delay 20 >"$demo/world.log" 2>&1 &
world=$!

# Demo signing keys (PKCS#12, password in KEZEK_KEY_PASSWORD), issued by the
# demo authority the server made. Simulated colleagues, users of their own,
# work phase 1 at a human pace (one case every half minute, once it has
# waited two), so that new applications and arrivals are left for the person
# at the keyboard; a case someone claimed is refused to them by the server.
export KEZEK_KEY_PASSWORD=kezek-key-2026
# Each person's IIN, which their certificates name as Kazakhstan's PKI does.
iin_of() {
    case "$1" in
    officer.astana) echo 850312410006 ;; officer.almaty) echo 880721310009 ;;
    colleague.astana) echo 900105310006 ;; colleague.almaty) echo 870930410008 ;;
    csc.astana) echo 920614410003 ;; csc.almaty) echo 860203310009 ;;
    supervisor.astana) echo 780427410006 ;;
    esac
}
colleagues=
for officer in officer.astana officer.almaty colleague.astana colleague.almaty; do
    [ -f "$demo/$officer.p12" ] || "$bin/app/ctl/kezekctl" admin issue-certificate \
        --database "$database" --id "$officer" --iin "$(iin_of "$officer")" \
        --authority "$demo/tls" --out "$demo/$officer.p12" \
        --authentication "$demo/$officer-auth.p12" >/dev/null
done
for colleague in colleague.astana colleague.almaty; do
    "$bin/app/ctl/kezekctl" simulate progress --server "https://127.0.0.1:$port" \
        --ca "$demo/tls/cert.pem" --user "$colleague" --key "$demo/$colleague.p12" \
        --delay 120 --percent 100 --interval 30 --most 1 >>"$demo/world.log" 2>&1 &
    colleagues="$colleagues $!"
done
# The CSC operators sign too: a decline at the desk is a decision (§21); and
# the supervisor, whose revocation of a decision made in error is one.
for operator in csc.astana csc.almaty supervisor.astana; do
    [ -f "$demo/$operator.p12" ] || "$bin/app/ctl/kezekctl" admin issue-certificate \
        --database "$database" --id "$operator" --iin "$(iin_of "$operator")" \
        --authority "$demo/tls" --out "$demo/$operator.p12" \
        --authentication "$demo/$operator-auth.p12" >/dev/null
done

cat <<INFO

== kezek-server is running on https://127.0.0.1:$port (data and log in $demo)
The simulated КҚП АЖ, NSC, record checks and courier answer in the background,
and simulated colleagues work phase 1 with signed decisions (their log:
$demo/world.log); notices to applicants appear in server.log. The officers'
signing keys: $demo/officer.astana.p12 and $demo/officer.almaty.p12, the CSC
operators' $demo/csc.astana.p12 and $demo/csc.almaty.p12, the supervisor's
$demo/supervisor.astana.p12 (password: $KEZEK_KEY_PASSWORD).
Sign in and look at Astana's queue:
  token=\$(curl -s --cacert $demo/tls/cert.pem -H 'Content-Type: application/json' \\
      -d '{"user":"officer.astana","password":"$KEZEK_PASSWORD"}' \\
      https://127.0.0.1:$port/api/v1/session | python3 -c 'import sys,json;print(json.load(sys.stdin)["token"])')
  curl -s --cacert $demo/tls/cert.pem -H "Authorization: Bearer \$token" \\
      "https://127.0.0.1:$port/api/v1/changes?limit=5" | python3 -m json.tool | head -40
INFO

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display here: sign in to the workstation elsewhere with"
    echo "  $bin/app/workstation/kezek --server https://127.0.0.1:$port --ca $demo/tls/cert.pem"
    echo "Press Ctrl+C to stop the server."
    wait $server
    exit 0
fi
echo "== The workstation, signed in as officer.astana (closing its window ends the demo)"
# Its settings and encrypted cache stay in the demo folder, not in yours.
XDG_CONFIG_HOME="$demo/config" XDG_DATA_HOME="$demo/data" \
    "$bin/app/workstation/kezek" --server "https://127.0.0.1:$port" --ca "$demo/tls/cert.pem" \
    --user officer.astana --key "$demo/officer.astana.p12" || true
