#!/usr/bin/env bash
# Saves PNGs of the main pages (English and German) to docs/screenshots/, under Xvfb, from the
# ci build. Usage: scripts/screenshots.sh   (after ./run.sh or ./test.sh has built the project)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/ci/bin/cmkwizard
[ -x "$bin" ] || { echo "screenshots: build first (./test.sh)" >&2; exit 1; }
out=docs/screenshots
mkdir -p "$out"
config=$(mktemp -d); trap 'rm -rf "$config"' EXIT
shoot() { # name, args...
  local name=$1; shift
  XDG_CONFIG_HOME="$config" xvfb-run -a -s '-screen 0 1280x900x24' "$bin" --screenshot "$out/$name.png" "$@"
  echo "screenshots: $out/$name.png"
}
shoot start-en --lang en
shoot start-de --lang de
shoot start-sandbox-en --lang en --sandbox
