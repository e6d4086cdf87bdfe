#!/usr/bin/env bash
# Runs a command on a private Xvfb display (1366x768, 24-bit, or TV_XVFB_SCREEN as WxHxD) with
# Qt's xcb platform, for the tests that need a real X server: root-window screen captures, focus
# taken by another client.
#   with-xvfb.sh COMMAND [ARGS...]
set -euo pipefail

# A display number nobody uses (the lock file and the socket are Xvfb's own).
for _ in $(seq 1 50); do
  n=$((100 + RANDOM % 400))
  [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] || break
done
display=:$n
Xvfb "$display" -screen 0 "${TV_XVFB_SCREEN:-1366x768x24}" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  [[ -e /tmp/.X11-unix/X$n ]] && break
  sleep 0.1
done
[[ -e /tmp/.X11-unix/X$n ]] || { echo "with-xvfb: Xvfb did not start on $display" >&2; exit 1; }

# Under AddressSanitizer: libxkbcommon-x11 strndup()s X atom names that are not NUL-terminated,
# which is correct (strndup stops at n) but trips strict_string_checks, now and then, depending
# on the byte after the buffer. Turn that one check off for xcb; everything else stays on.
if [[ -n ${ASAN_OPTIONS:-} ]]; then
  export ASAN_OPTIONS="$ASAN_OPTIONS:strict_string_checks=0"
fi

DISPLAY=$display QT_QPA_PLATFORM=xcb "$@"
