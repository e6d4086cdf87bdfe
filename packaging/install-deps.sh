#!/usr/bin/env bash
# Installs exactly what TransformView needs to build, run and test on Debian 12.
# Idempotent: packages already present are skipped, so a second run is quick.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format git
  # Qt 6.4 (Core, Gui, Widgets, Network, Sql, Test, HttpServer + WebSockets, NetworkAuth, tools)
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  # secrets and crypto
  qtkeychain-qt6-dev libsqlcipher-dev sqlcipher libsodium-dev libssl-dev openssl
  # database
  postgresql postgresql-contrib
  # keychain and GUI test environment
  gnome-keyring libsecret-tools dbus dbus-x11 xvfb x11-apps imagemagick
  # the accessibility bus and a client that reads it (tests/ui/accessibility)
  at-spi2-core python3-pyatspi
  # platform fonts so offscreen and Xvfb rendering shows readable text
  fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  sudo=sudo
else
  sudo=
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
