#!/bin/sh
# The code is formatted with the root .clang-format.
set -eu
cd "$1"
files=$(find app core ui sandbox tests bench installer -name '*.cpp' -o -name '*.h' | sort)
clang-format --dry-run --Werror $files
echo "formatting OK ($(echo "$files" | wc -l) files)"
