#!/bin/sh
# Formats every C++ source of the project with the root .clang-format (what the
# format_clang_format test checks).
set -eu
cd "$(dirname "$0")/.."
find app core ui sandbox tests bench installer -name '*.cpp' -o -name '*.h' | xargs clang-format -i
