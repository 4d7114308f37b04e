#!/usr/bin/env bash
# Saves PNGs of the main pages (English and German, and English with a dark palette at 1.5x) to
# docs/screenshots/, under Xvfb, from the
# ci build (or the one in CMK_BUILD_DIR). Usage: scripts/screenshots.sh   (after ./run.sh or
# ./test.sh has built the project)
# The start page comes from cmkwizard --screenshot; the sign-in and track pages from shot_wizard,
# which walks them against the sandbox demo (tests/gui/shot_wizard.cpp).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${CMK_BUILD_DIR:-build/ci}
bin=$build/bin/cmkwizard
[ -x "$bin" ] || { echo "screenshots: build first (./test.sh)" >&2; exit 1; }
cmake --build "$build" --target shot_wizard >/dev/null
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
for lang in en de; do
  rm -rf "$config"/*
  CMK_SCREENSHOT_DIR="$out" CMK_SCREENSHOT_LANG=$lang XDG_CONFIG_HOME="$config/config" XDG_DATA_HOME="$config/data" \
    xvfb-run -a -s '-screen 0 1280x900x24' "$build"/tests/shot_wizard -silent
  echo "screenshots: $out/{signin,track-input-error,track-plan,start-resume,track-handoff,track-done,confirmation}-$lang.png"
done
# A dark palette at 1.5x (high DPI), English: track-*-en-dark.png and friends.
rm -rf "$config"/*
CMK_SCREENSHOT_PALETTE=dark QT_SCALE_FACTOR=1.5 CMK_SCREENSHOT_DIR="$out" CMK_SCREENSHOT_LANG=en \
  XDG_CONFIG_HOME="$config/config" XDG_DATA_HOME="$config/data" \
  xvfb-run -a -s '-screen 0 1920x1400x24' "$build"/tests/shot_wizard -silent
echo "screenshots: $out/*-en-dark.png (dark palette, 1.5x)"
