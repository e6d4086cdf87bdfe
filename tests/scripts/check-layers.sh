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

# Every project include names its layer from the repository root ("models/domain/Person.h"), so
# a folder name such as search/ cannot mean two places. Only generated files may be bare: moc's
# "X.moc" and uic's "ui_X.h".
bare=$(grep -rnE --include='*.cpp' --include='*.h' --include='*.h.in' '^\s*#\s*include\s*"' \
  "$src/app" "$src/ui" "$src/models" "$src/server" "$src/tests" |
  grep -vE '#\s*include\s*"((app|ui|models|server|tests)/[^"]+|[^"/]+\.moc|ui_[^"/]+\.h)"' || true)
[[ -z $bare ]] || fail "includes must name their layer from the repository root:"$'\n'"$bare"
# The same for the headers of promoted widgets in Qt Designer forms (uic writes them as includes).
bare=$(grep -rnE --include='*.ui' '<header[^>]*>' "$src/ui" | grep -vE '<header[^>]*>(ui|app|models)/' || true)
[[ -z $bare ]] || fail "form headers must name their layer from the repository root:"$'\n'"$bare"

# Which layer may include which: models <- app <- ui <- app/main.cpp; the service shares only the
# domain library. The training service (app/training) runs the real service in the client.
check_layer() {
  local dir=$1 allowed=$2
  local hits
  hits=$(grep -rnE --include='*.cpp' --include='*.h' '^\s*#\s*include\s*"(app|ui|models|server|tests)/' "$src/$dir" |
    grep -v "^$src/app/main.cpp:" |
    grep -vE "^$src/app/training/[^:]+:[0-9]+:\s*#\s*include\s*\"server/ServiceHost\.h\"" |
    grep -vE "#\s*include\s*\"($allowed)/" || true)
  [[ -z $hits ]] || fail "$dir/ may include only $allowed:"$'\n'"$hits"
}
check_layer models/domain 'models/domain'
check_layer models 'models'
check_layer app 'models|app'
check_layer ui 'models|app|ui'
check_layer server 'models/domain|server'

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
