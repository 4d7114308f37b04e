#!/bin/sh
# cmkctl must run where there is no display stack: it may link neither Qt Gui nor Qt Widgets.
set -eu
needed=$(readelf -d "$1" | grep NEEDED)
echo "$needed"
if echo "$needed" | grep -qE 'libQt6(Gui|Widgets|OpenGL)'; then
  echo "FAIL: $1 links Qt Gui or Qt Widgets" >&2
  exit 1
fi
echo "cmkctl links no Gui/Widgets: OK"
