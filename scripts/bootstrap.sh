#!/usr/bin/env bash
# Installs the Debian 12 packages CMK Wizard needs to build, test and run.
# Idempotent: installs only what is missing and prints what it installs.
# Usage: scripts/bootstrap.sh [--check]   (--check: report what is missing, install nothing)
set -euo pipefail

PKGS=(
  # toolchain
  cmake ninja-build g++ ccache git clang-format
  # Qt 6 and libraries
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-svg-dev qtkeychain-qt6-dev nlohmann-json3-dev libgl-dev
  # the sandbox signs its tokens (RS256) with libcrypto
  libssl-dev
  # GUI runs, offscreen tests and screenshots
  xvfb xauth fonts-dejavu-core imagemagick
  # installer checks
  appstream desktop-file-utils
  # keychain round-trip test on a private session bus
  dbus gnome-keyring libsecret-1-0
  # sandbox TLS material checks
  openssl
  # real Microsoft clients the sandbox is tested against (MSAL Python, Azure SDK for Python)
  python3-msal python3-azure
)

missing=()
for p in "${PKGS[@]}"; do
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)" = installed ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "${1:-}" = "--check" ]; then
  echo "bootstrap: missing packages: ${missing[*]}"
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=sudo
  else
    echo "bootstrap: these Debian packages are missing: ${missing[*]}" >&2
    echo "bootstrap: install them as root, then run this command again:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi

echo "bootstrap: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "bootstrap: installed ${#missing[@]} package(s)"
