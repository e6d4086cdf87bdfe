#!/usr/bin/env bash
# Runs the AT-SPI audit (atspi_audit.py) of the client as a screen reader would meet it: in its
# own D-Bus session (where the accessibility bus starts on demand), on a private Xvfb display
# with Qt's xcb platform, with Qt's accessibility bridge on.
#   run-atspi-audit.sh DRIVER [--timeout SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
scripts=$here/../../scripts
# Debian's python3-pyatspi is installed for the system's interpreter, not another one on PATH.
python=/usr/bin/python3
"$python" -c 'import pyatspi' 2>/dev/null ||
  { echo "run-atspi-audit: python3-pyatspi is missing (packaging/install-deps.sh)" >&2; exit 2; }
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
exec dbus-run-session -- "$scripts/with-xvfb.sh" "$python" "$here/atspi_audit.py" "$@"
