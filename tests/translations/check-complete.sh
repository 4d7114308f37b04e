#!/bin/sh
# Every visible string has a German translation: runs lupdate over the sources into a copy of
# the catalogue and fails if that leaves anything new or unfinished.
# Usage: check-complete.sh <lupdate> <source-dir> <ts-file>
set -eu
lupdate=$1; src=$2; ts=$3
scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
cp "$ts" "$scratch/check.ts"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
  "$src/core" "$src/ui" "$src/app" "$src/sandbox" -ts "$scratch/check.ts"
unfinished=$(grep -c 'type="unfinished"' "$scratch/check.ts" || true)
if [ "$unfinished" -ne 0 ]; then
  echo "FAIL: $unfinished string(s) without a German translation:" >&2
  grep -B2 'type="unfinished"' "$scratch/check.ts" | grep '<source>' >&2
  echo "Run 'cmake --build --preset dev --target update_translations' and translate them in $ts." >&2
  exit 1
fi
echo "German translation complete"
