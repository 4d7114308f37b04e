#!/bin/sh
# with-keyring.sh CMD...: runs CMD on a private D-Bus session with a throw-away, unlocked
# gnome-keyring, so the real keychain round trip runs on machines without a desktop session.
set -e
if [ -z "$WITH_KEYRING_INNER" ]; then
  scratch=$(mktemp -d); trap 'rm -rf "$scratch"' EXIT
  mkdir -m 700 "$scratch/run" "$scratch/data" "$scratch/cache"
  WITH_KEYRING_INNER=1 HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run" \
    XDG_CACHE_HOME="$scratch/cache" dbus-run-session -- "$0" "$@" 2>&1 | grep -v "Failed to set fd limit"
  exit $?
fi
eval "$(printf 'test-only-password' | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
CMK_TEST_KEYCHAIN=1 exec "$@"
