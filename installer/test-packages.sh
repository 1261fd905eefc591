#!/usr/bin/env bash
# installer/test-packages.sh: builds the kezek and kezek-server packages and
# uses them the way a site's IT department would, on this machine: lintian,
# the contents, a real install, the server started exactly as its systemd unit
# says with the default settings, offices and users, `kezekctl sync` against
# it, an upgrade to a newer build that keeps the data and the site's settings,
# a removal that leaves the data, and a purge that does not.
#
# It needs root (dpkg -i) and a machine without Kezek installed; scripts/test.sh
# runs it after the other tests. Everything it installs is purged at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/packages.sh

if [ "$(id -u)" -ne 0 ]; then
    echo "test-packages: installing packages needs root; skipped"
    exit 0
fi
for package in kezek kezek-server; do
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -Eq ' (installed|config-files)$'; then
        echo "test-packages: $package is installed on this machine; the test would remove it" >&2
        exit 1
    fi
done
ensure_packages "${KEZEK_PACKAGES[@]}"

step() { echo "== $*"; }
fail() {
    echo "FAIL: $*" >&2
    [ -f "${work:-/nonexistent}/server.log" ] && tail -n 20 "$work/server.log" >&2
    exit 1
}
expect_file() { [ -e "$1" ] || fail "$1 is missing"; }
expect_no_file() { [ ! -e "$1" ] || fail "$1 is still there"; }

cmake --preset package >/dev/null
cmake --build --preset package
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/package/CMakeCache.txt)
[ -n "$version" ] || fail "no project version in the package build"

work=$(mktemp -d /tmp/kezek-packages.XXXXXX)
chmod 755 "$work"
server_pid=
user_existed=$(getent passwd kezek >/dev/null && echo yes || echo no)
cleanup() {
    [ -z "$server_pid" ] || { kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true; }
    for package in kezek kezek-server; do
        dpkg -P "$package" >/dev/null 2>&1 || echo "test-packages: could not purge $package" >&2
    done
    [ "$user_existed" = yes ] || deluser --system kezek >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# The newer build is this one; the earlier is the same build under a lower
# version, so that dpkg runs its real upgrade path (scripts, conffiles, data).
cpack --preset package -B "$work/now" >/dev/null
cpack --preset package -B "$work/previous" -R "$version~previous" >/dev/null
now=("$work/now/kezek-server_${version}_amd64.deb" "$work/now/kezek_${version}_amd64.deb")
previous=("$work/previous/kezek-server_${version}~previous_amd64.deb"
          "$work/previous/kezek_${version}~previous_amd64.deb")
for deb in "${now[@]}" "${previous[@]}"; do expect_file "$deb"; done

step "lintian: no errors and no warnings"
lintian --fail-on error,warning --suppress-tags binary-has-unneeded-section "${now[@]}" \
    || fail "lintian"

step "contents"
contents() { dpkg-deb -c "$1" | awk '{print $6}' | sed 's|^\./|/|'; }
for path in /usr/bin/kezek-server /usr/bin/kezekctl /lib/systemd/system/kezek-server.service \
    /etc/kezek/kezek-server.conf /usr/share/kezek-server/calendar/kz.json \
    /usr/share/doc/kezek-server/copyright /usr/share/doc/kezek-server/operations.md \
    /usr/share/man/man1/kezek-server.1.gz /usr/share/man/man1/kezekctl.1.gz; do
    contents "${now[0]}" | grep -qx "$path" || fail "kezek-server lacks $path"
done
for path in /usr/bin/kezek /usr/share/applications/kezek.desktop \
    /usr/share/icons/hicolor/scalable/apps/kezek.svg /usr/share/icons/hicolor/48x48/apps/kezek.png \
    /usr/share/icons/hicolor/256x256/apps/kezek.png /usr/share/kezek/calendar/kz.json \
    /usr/share/doc/kezek/copyright /usr/share/man/man1/kezek.1.gz; do
    contents "${now[1]}" | grep -qx "$path" || fail "kezek lacks $path"
done
# What dpkg-shlibdeps cannot see: Qt's database drivers, the Kazakh font; and the
# report's libraries (Qt Charts, libxlsxwriter), which it must find.
for needed in libqt6sql6-sqlite libqt6sql6-psql adduser fonts-dejavu-core libxlsxwriter4 libqt6charts6; do
    dpkg-deb -f "${now[0]}" Depends | grep -q "$needed" || fail "kezek-server does not depend on $needed"
done
dpkg-deb -f "${now[1]}" Depends | grep -q fonts-dejavu-core || fail "kezek does not depend on a Kazakh font"
[ "$(dpkg-deb -f "${now[0]}" Description | head -n 1)" = "central server for Digital Nomad Residency cases" ] \
    || fail "kezek-server's summary: $(dpkg-deb -f "${now[0]}" Description | head -n 1)"
dpkg-deb --ctrl-tarfile "${now[0]}" | tar -xO ./conffiles | grep -qx /etc/kezek/kezek-server.conf \
    || fail "the settings file is not a conffile"
mkdir "$work/desktop"
dpkg-deb -x "${now[1]}" "$work/desktop"
desktop-file-validate "$work/desktop/usr/share/applications/kezek.desktop" || fail "desktop entry"

step "install $version~previous"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "${previous[@]}" >/dev/null || fail "apt-get install"
getent passwd kezek >/dev/null || fail "no system user kezek"
[ "$(stat -c '%U:%G %a' /var/lib/kezek)" = "kezek:kezek 750" ] \
    || fail "/var/lib/kezek is $(stat -c '%U:%G %a' /var/lib/kezek)"
[ "$(kezek-server --version)" = "kezek-server $version" ] || fail "kezek-server --version"
[ "$(kezekctl --version)" = "kezekctl $version" ] || fail "kezekctl --version"
[ "$(env -u DISPLAY -u WAYLAND_DISPLAY kezek --version)" = "kezek $version" ] || fail "kezek --version"
unit=/lib/systemd/system/kezek-server.service
systemd-analyze verify --man=no "$unit" || fail "systemd-analyze verify $unit"

# No systemd here to run the unit: its ExecStart, as its user, in its folder.
taken() { ss -ltn "sport = :$1" | grep -q LISTEN; }
port=8443
if taken "$port"; then
    while port=$((20000 + RANDOM % 20000)) && taken "$port"; do :; done
    echo "port 8443 is taken on this machine: the server gets --port $port on top of its settings"
fi
start_server() {
    local exec user
    exec=$(sed -n 's/^ExecStart=//p' "$unit")
    user=$(sed -n 's/^User=//p' "$unit")
    local args=()
    [ "$port" = 8443 ] || args=(--port "$port")
    # setpriv execs the server itself, so that the signal below reaches it as
    # systemd's would and it stops cleanly.
    # shellcheck disable=SC2086 # the unit's command line, split as systemd splits it
    (cd /var/lib/kezek && HOME=/var/lib/kezek exec setpriv --reuid="$user" --regid="$user" \
        --init-groups $exec "${args[@]}") >>"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 100); do
        curl -sf --cacert /var/lib/kezek/tls/cert.pem "https://127.0.0.1:$port/health" >/dev/null 2>&1 \
            && return 0
        kill -0 "$server_pid" 2>/dev/null || fail "kezek-server did not start"
        sleep 0.2
    done
    fail "kezek-server did not answer /health"
}
stop_server() {
    kill -TERM "$server_pid"
    local code=0
    wait "$server_pid" || code=$?
    server_pid=
    [ "$code" -eq 0 ] || fail "kezek-server did not stop cleanly (exit $code)"
}

step "first start with the default settings"
start_server
expect_file /var/lib/kezek/tls/cert.pem
expect_file /var/lib/kezek/kezek-server.db
[ "$(stat -c %U /var/lib/kezek/kezek-server.db)" = kezek ] || fail "the database is not the server's"

step "offices, users, applications and a sync"
database=sqlite:/var/lib/kezek/kezek-server.db
ctl() { runuser -u kezek -- env HOME=/var/lib/kezek KEZEK_PASSWORD=kezek-package-2026 kezekctl "$@"; }
ctl admin add-office --database "$database" --id dept.astana --kind department --city astana \
    --name "Астана қ. Көші-қон қызметі басқармасы" >/dev/null
ctl admin add-user --database "$database" --id officer.astana --role migration-officer \
    --office dept.astana --name "Айгерім Сейтқали" >/dev/null
ctl admin add-user --database "$database" --id egov --role system --integration egov \
    --name eGov >/dev/null
export KEZEK_PASSWORD=kezek-package-2026
server=https://127.0.0.1:$port
ca=/var/lib/kezek/tls/cert.pem
kezekctl simulate --server "$server" --user egov --ca "$ca" --count 40 >/dev/null \
    || fail "simulate"
sync_cases() { # the cases a cache holds after a sync (fails, in a subshell, if it cannot)
    kezekctl sync --server "$server" --user officer.astana --ca "$ca" --cache "$1" >&2 || return 1
    kezekctl --lang en status --cache "$1" | sed -n 's/^cursor [0-9]*, \([0-9]*\) cases$/\1/p'
}
expect_cases() { # CACHE WHAT: the cache syncs to the same cases as the first
    local held
    held=$(sync_cases "$1") || fail "kezekctl sync ($2)"
    [ "$held" = "$cases" ] || fail "$2: $held cases where there were $cases"
}
# The Astana officer sees Astana's share of the 40 applications.
cases=$(sync_cases "$work/officer.cache") || fail "the first kezekctl sync"
[ "${cases:-0}" -gt 0 ] || fail "the first sync brought no cases"
echo "the officer's workstation holds $cases cases"

step "upgrade to $version, keeping the data and the site's settings"
echo "threads=4" >>/etc/kezek/kezek-server.conf
stop_server
apt-get install -y -qq --no-install-recommends "${now[@]}" >/dev/null || fail "apt-get upgrade"
[ "$(dpkg-query -W -f='${Version}' kezek-server)" = "$version" ] || fail "not upgraded"
grep -qx "threads=4" /etc/kezek/kezek-server.conf || fail "the upgrade lost the site's settings"
start_server
expect_cases "$work/officer.cache" "the upgraded server, to a workstation that had synced"
expect_cases "$work/fresh.cache" "the upgraded server, to a new workstation"
ctl audit verify --database "$database" >/dev/null || fail "the audit chain broke in the upgrade"

step "remove: the programs go, the data and the settings stay"
stop_server
dpkg -r kezek kezek-server >/dev/null
expect_no_file /usr/bin/kezek-server
expect_no_file /usr/bin/kezek
expect_file /var/lib/kezek/kezek-server.db
expect_file /etc/kezek/kezek-server.conf
apt-get install -y -qq --no-install-recommends "${now[@]}" >/dev/null || fail "reinstall"
start_server
expect_cases "$work/again.cache" "the server reinstalled on the data it left"
stop_server

step "purge: the data and the settings go too"
dpkg -P kezek kezek-server >/dev/null
expect_no_file /var/lib/kezek
expect_no_file /etc/kezek
echo "test-packages: passed"
