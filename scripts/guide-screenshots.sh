#!/usr/bin/env bash
# The user guide's pictures (docs/guide/images/<lang>/<page>-<step>.png), made
# again by the test that walks the guide's pages (tests/gui/tst_guide.cpp) on
# a 1366×768 laptop screen, in Kazakh, Russian and English. Run it after a
# change to the windows and commit the pictures with the change; the test also
# fails when a page no longer names what the windows show.
#   KEZEK_PRESET (ci): the build to use
#   KEZEK_BUILD_LOCK (/tmp/kezek-build.lock): builds on a shared machine take turns
set -euo pipefail
cd "$(dirname "$0")/.."

preset=${KEZEK_PRESET:-ci}
lock=${KEZEK_BUILD_LOCK:-/tmp/kezek-build.lock}
if [[ ! -f build/$preset/build.ninja ]]; then
    cmake --preset "$preset" >/dev/null
fi
flock "$lock" cmake --build "build/$preset" --target tst_guide

images=$PWD/docs/guide/images
rm -f "$images"/{kk,ru,en}/*.png
# As CTest runs the tests: a pinned locale and zone, no session bus.
LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Asia/Almaty DBUS_SESSION_BUS_ADDRESS= \
LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp \
QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/gui/laptop-screen.json" \
KEZEK_SCREENSHOTS=$images \
    "build/$preset/tests/gui/tst_guide"
if command -v optipng >/dev/null; then
    optipng -quiet -o2 "$images"/{kk,ru,en}/*.png
fi
echo "The guide's pictures are in docs/guide/images: look at them, then commit."
