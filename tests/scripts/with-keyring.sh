#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with a freshly created, unlocked gnome-keyring and a
# throwaway HOME, so keychain tests use the real Secret Service and never touch a real keyring.
#
#   with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [[ ${TV_INSIDE_KEYRING_SESSION:-} != 1 ]]; then
  export TV_INSIDE_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

home=$(mktemp -d /tmp/tv-keyring-home.XXXXXX)
runtime=$(mktemp -d /tmp/tv-keyring-run.XXXXXX)
chmod 700 "$home" "$runtime"
cleanup() {
  [[ -n ${GNOME_KEYRING_PID:-} ]] && kill "$GNOME_KEYRING_PID" 2>/dev/null || true
  rm -rf -- "$home" "$runtime"
}
trap cleanup EXIT

export HOME=$home XDG_RUNTIME_DIR=$runtime XDG_DATA_HOME=$home/.local/share
# A throwaway password unlocks (and creates) the login keyring for this session only.
eval "$(printf 'throwaway-test-keyring' | gnome-keyring-daemon --unlock --daemonize --components=secrets)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID

"$@"
