#!/usr/bin/env bash
# Starts a program under a private Xvfb display, waits, and saves a screenshot of the screen.
#   screenshot.sh OUTPUT.png SECONDS COMMAND [ARGS...]
# For looking at what a screen really shows; keychain-free programs only (no D-Bus session here).
set -euo pipefail
out=${1:?output png}
wait_s=${2:?seconds to wait}
shift 2

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$app" "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  [[ -e /tmp/.X11-unix/X${display#:} ]] && break
  sleep 0.1
done
DISPLAY=$display QT_QPA_PLATFORM=xcb "$@" &
app=$!
sleep "$wait_s"
DISPLAY=$display /usr/bin/import -window root "$out"
echo "screenshot: $out"
