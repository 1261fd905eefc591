#!/usr/bin/env bash
# The README's main command. It builds Kezek and shows what stands today: the
# law as code through kezekctl. The central server and the workstation window
# are not built yet; when they are, this script starts them with demo cases.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/packages.sh

ensure_packages "${KEZEK_PACKAGES[@]}"
cmake --preset release >/dev/null
cmake --build --preset release --target kezekctl

ctl=build/release/app/ctl/kezekctl
today=$(date +%F)
echo
echo "== Kezek: the server and the workstation window are not built yet; the domain is. =="
echo "An application arriving today, $today, must be registered by:"
"$ctl" deadline registration "$today"
echo "and decided (45 calendar days, §16) by:"
"$ctl" deadline review "$today"
echo
echo "An IIN and a passport MRZ (the ICAO specimen):"
"$ctl" check iin 900515300008
"$ctl" check mrz 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<' 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'
echo
"$ctl" calendar "$(date +%Y)" --lang kk
