#!/bin/sh
# with-keyring.sh COMMAND... : runs COMMAND with an unlocked GNOME keyring
# (the Secret Service an officer's desktop has) on the session bus that
# dbus-run-session started for it, in a home of its own, so that a test never
# touches anyone's real keychain.
set -e
HOME=$(mktemp -d)
export HOME
trap 'rm -rf "$HOME"' EXIT
printf '%s' kezek-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
