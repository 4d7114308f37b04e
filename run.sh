#!/usr/bin/env bash
# Installs what is missing, builds, and starts CMK Wizard on the embedded sandbox demo
# (no Azure account needed). Without a display, runs the same demo headless through cmkctl.
# Extra arguments go to the program, e.g. ./run.sh --lang de
set -euo pipefail
cd "$(dirname "$0")"

scripts/bootstrap.sh
cmake --preset ci >/dev/null
cmake --build --preset ci

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec build/ci/bin/cmkwizard --sandbox "$@"
fi
echo "run.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the wizard cannot open a window."
echo "run.sh: running the same demo headless through cmkctl instead. (For the window: xvfb-run -a ./run.sh)"
echo
exec build/ci/bin/cmkctl demo --sandbox --walk "$@"
