#!/bin/sh
# Builds the .deb with CPack into a scratch directory and checks what a user would install.
set -eu
build=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch" >/dev/null
deb=$(ls "$scratch"/*.deb)
contents=$(dpkg-deb -c "$deb")
for f in bin/cmkwizard bin/cmkctl bin/cmk-sandbox share/applications/dev.cmkwizard.CmkWizard.desktop \
         share/metainfo/dev.cmkwizard.CmkWizard.metainfo.xml share/icons/hicolor/scalable/apps/dev.cmkwizard.CmkWizard.svg \
         share/icons/hicolor/48x48/apps/dev.cmkwizard.CmkWizard.png; do
  echo "$contents" | grep -q "/usr/$f\$" || { echo "FAIL: $f missing from $deb" >&2; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
echo "$depends" | grep -q libqt6widgets6 || { echo "FAIL: Depends lacks libqt6widgets6" >&2; exit 1; }
echo "$depends" | grep -q qt6-qpa-plugins || { echo "FAIL: Depends lacks qt6-qpa-plugins" >&2; exit 1; }
echo "package OK: $(basename "$deb")"
