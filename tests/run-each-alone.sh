#!/usr/bin/env bash
# Every test function alone, then all of a test's functions in reverse order,
# then in a shuffled one: a test that passes only after another one ran, or
# only before it (issue 32, point 3), fails here.
# Each test runs as CTest registers it (its command, arguments and
# environment), so the PostgreSQL variants and the laptop screen are covered;
# run those under a PostgreSQL cluster (scripts/lib/packages.sh start_postgres)
# or they skip. Slow (a server per function): not part of CI.
#   tests/run-each-alone.sh [BUILD_DIR] [CTEST_REGEX]
#   KEZEK_ALONE_ONLY=alone|reverse|shuffle  runs only one of the three passes
#   KEZEK_ALONE_SEED=N  the shuffle's seed (printed with each run)
set -uo pipefail
build=${1:-build/ci}
regex=${2:-.}
log_dir=${KEZEK_ALONE_LOGS:-$build/each-alone}
mkdir -p "$log_dir"

# name<TAB>working directory<TAB>environment (;-separated)<TAB>command (\x1f-separated)
tests=$(ctest --test-dir "$build" -R "$regex" --show-only=json-v1 | python3 -c '
import json, sys
for t in json.load(sys.stdin)["tests"]:
    props = {p["name"]: p["value"] for p in t.get("properties", [])}
    env = props.get("ENVIRONMENT", [])
    wd = props.get("WORKING_DIRECTORY", ".")
    print(t["name"], wd, ";".join(env), "\x1f".join(t["command"]), sep="\t")
')

failures=0
seed=${KEZEK_ALONE_SEED:-$RANDOM}
run() { # name, log, env, command...
    local name=$1 log=$2 env=$3; shift 3
    local -a vars=()
    IFS=';' read -r -a vars <<<"$env"
    if ! (cd "$wd" && env "${vars[@]}" "$@" >"$log" 2>&1); then
        echo "FAIL $name  (log: $log)"
        failures=$((failures + 1))
    fi
}

while IFS=$'\t' read -r name wd env command; do
    IFS=$'\x1f' read -r -a argv <<<"$command"
    binary=${argv[0]}
    # A CTest entry that names its functions (or wraps the binary) is run as is.
    case "$(basename "$binary")" in tst_*) ;; *) echo "skip $name (wrapped)"; continue ;; esac
    if ((${#argv[@]} > 1)); then
        functions=("${argv[@]:1}")
    else
        IFS=';' read -r -a vars <<<"$env"
        mapfile -t functions < <(cd "$wd" && env "${vars[@]}" "$binary" -functions 2>/dev/null \
            | sed -n 's/()$//p' | grep -v '_data$')
    fi
    echo "$name: ${#functions[@]} functions"
    if [[ ${KEZEK_ALONE_ONLY:-alone} == alone ]]; then
        for f in "${functions[@]}"; do
            run "$name $f alone" "$log_dir/$name.$f.log" "$env" "$binary" "$f"
        done
    fi
    if [[ ${KEZEK_ALONE_ONLY:-reverse} == reverse && ${#functions[@]} -gt 1 ]]; then
        reversed=()
        for ((i = ${#functions[@]} - 1; i >= 0; i--)); do reversed+=("${functions[i]}"); done
        run "$name in reverse order" "$log_dir/$name.reverse.log" "$env" "$binary" "${reversed[@]}"
    fi
    if [[ ${KEZEK_ALONE_ONLY:-shuffle} == shuffle && ${#functions[@]} -gt 2 ]]; then
        mapfile -t shuffled < <(printf '%s\n' "${functions[@]}" \
            | shuf --random-source=<(openssl enc -aes-256-ctr -pass "pass:$seed" -nosalt \
                </dev/zero 2>/dev/null))
        if ((${#shuffled[@]} != ${#functions[@]})); then
            echo "FAIL $name: the functions could not be shuffled"
            failures=$((failures + 1))
        else
            run "$name shuffled (seed $seed)" "$log_dir/$name.shuffled.log" "$env" "$binary" \
                "${shuffled[@]}"
        fi
    fi
done <<<"$tests"
echo "$failures failure(s)"
((failures == 0))
