# Debian packages Kezek builds, tests and runs with, and a helper that installs
# only the missing ones. Sourced by scripts/test.sh, scripts/demo.sh and
# scripts/lint-openapi.sh.

KEZEK_PACKAGES=(
    g++ cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql
    libgl-dev libssl-dev openssl libboost1.81-dev libsqlcipher-dev libzstd-dev libicu-dev curl python3 python3-yaml
    testssl.sh wrk qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon
    libp11-dev softhsm2 opensc
    qt6-pdf-dev qt6-translations-l10n fonts-dejavu-core
    qt6-charts-dev libqt6opengl6-dev libxlsxwriter-dev
    lintian desktop-file-utils fakeroot
    postgresql
)

# npm, for the OpenAPI linter (scripts/lint-openapi.sh). Installed only where no
# npm is found: a Node.js from elsewhere brings its own and conflicts with this one.
KEZEK_NPM_PACKAGES=(npm)

# ensure_packages PACKAGE... : apt-get installs those not installed yet, quietly.
ensure_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: these Debian packages are missing and this user cannot install them: ${missing[*]}" >&2
            return 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# start_postgres: a throwaway PostgreSQL cluster on loopback for the tests, in a
# temporary folder, stopped and removed when the calling script exits. Exports
# KEZEK_TEST_POSTGRES_URL for the store tests.
start_postgres() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ]; then
        echo "error: PostgreSQL server binaries not found" >&2
        return 1
    fi
    KEZEK_PG_DIR=$(mktemp -d /tmp/kezek-pg.XXXXXX)
    KEZEK_PG_RUN=()
    if [ "$(id -u)" -eq 0 ]; then
        # initdb refuses to run as root.
        chown postgres: "$KEZEK_PG_DIR"
        KEZEK_PG_RUN=(runuser -u postgres --)
    fi
    KEZEK_PG_BIN=$bin
    "${KEZEK_PG_RUN[@]}" "$bin/initdb" -D "$KEZEK_PG_DIR/data" -U kezek --auth=trust -E UTF8 \
        --locale=C.UTF-8 >/dev/null
    # A port below the kernel's ephemeral range (32768 and up), so that no
    # outgoing connection holds it; another port if one is taken all the same.
    local port tries=0
    while :; do
        port=$((20000 + RANDOM % 12000))
        if "${KEZEK_PG_RUN[@]}" "$bin/pg_ctl" -D "$KEZEK_PG_DIR/data" \
            -l "$KEZEK_PG_DIR/server.log" -w -o "-h 127.0.0.1 -p $port -k $KEZEK_PG_DIR" \
            start >/dev/null; then
            break
        fi
        tries=$((tries + 1))
        if [ "$tries" -ge 5 ]; then
            echo "error: PostgreSQL did not start; see $KEZEK_PG_DIR/server.log" >&2
            return 1
        fi
    done
    trap stop_postgres EXIT
    export KEZEK_TEST_POSTGRES_URL="postgresql://kezek@127.0.0.1:$port/postgres"
    echo "PostgreSQL test cluster on 127.0.0.1:$port"
}

stop_postgres() {
    [ -n "${KEZEK_PG_DIR:-}" ] || return 0
    "${KEZEK_PG_RUN[@]}" "$KEZEK_PG_BIN/pg_ctl" -D "$KEZEK_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$KEZEK_PG_DIR"
    KEZEK_PG_DIR=
}
