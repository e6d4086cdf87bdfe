#!/usr/bin/env bash
# Checks that dependencies point one way:
#   models (domain included): Qt Core only; app: no Widgets; server: no Gui, no Widgets;
#   ui/ and app/main.cpp are the only places that may use Qt Widgets;
#   nothing in the client prints, opens a file dialog or starts a drag.
# Usage: check-layers.sh SOURCE_DIR TRANSFORM_SERVICE_BINARY TRANSFORM_VIEW_BINARY
set -euo pipefail
src=${1:?source dir}
service=${2:?transform-service binary}
view=${3:?transform-view binary}
failed=0

fail() {
  echo "layering: $*" >&2
  failed=1
}

# Module-qualified includes would slip past the per-target include paths, so look for them too.
check_includes() {
  local dir=$1 pattern=$2 what=$3
  local hits
  hits=$(grep -rnE --include='*.cpp' --include='*.h' "$pattern" "$src/$dir" | grep -v "^$src/app/main.cpp:" || true)
  [[ -z $hits ]] || fail "$dir/ must not use $what:"$'\n'"$hits"
}
widgets='#\s*include\s*[<"](QtWidgets/|QWidget|QApplication|QMainWindow|QDialog|QMessageBox|QLabel|QPushButton|QLineEdit)'
gui='#\s*include\s*[<"](QtGui/|QGuiApplication|QIcon|QPixmap|QImage|QPainter|QColor|QFont)'
check_includes models/domain "$widgets" "Qt Widgets"
check_includes models/domain "$gui" "Qt Gui"
check_includes models "$widgets" "Qt Widgets"
check_includes models "$gui" "Qt Gui"
check_includes app "$widgets" "Qt Widgets"
check_includes server "$widgets" "Qt Widgets"
check_includes server "$gui" "Qt Gui"
# Nothing leaves the screen: no printing, no file to save to, no drag out (the seed's rule).
leave='#\s*include\s*[<"](QtPrintSupport/|QPrinter|QPrintDialog|QPrintPreview|QPageSetupDialog|QFileDialog|QDrag)'
check_includes ui "$leave" "printing, file dialogs or drag"
check_includes app "$leave" "printing, file dialogs or drag"

# What the binaries actually load.
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }
if needed "$service" | grep -qE 'libQt6(Gui|Widgets)'; then
  fail "transform-service links Qt Gui or Widgets: $(needed "$service" | grep libQt6 | tr '\n' ' ')"
fi
if needed "$view" | grep -qE 'libQt6PrintSupport'; then
  fail "transform-view links Qt PrintSupport"
fi
needed "$view" | grep -q libQt6Widgets || fail "transform-view should link Qt Widgets (wrong binary?)"

if ((failed)); then
  exit 1
fi
echo "layering: dependencies point one way"
