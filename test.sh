#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test with ctest (GUI tests on the
# offscreen platform). Prints ctest's summary; exits non-zero on any failure.
# Extra arguments go to ctest, e.g. ./test.sh -R startpage
set -euo pipefail
cd "$(dirname "$0")"

scripts/bootstrap.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
export QT_QPA_PLATFORM=offscreen
ctest --preset ci "$@"
