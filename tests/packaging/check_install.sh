#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a scratch prefix (with a space in its path), then checks the layout and
# runs engram-capacity from there.
# Usage: check_install.sh BUILD_DIR SOURCE_DIR VERSION [CMAKE]
# Exit 0 pass, 1 fail, 77 skip (a tool is missing).
set -eu
build=$1
src=$2
version=$3
cmake=${4:-cmake}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/layout.sh"

for tool in "$cmake" ldd gzip od; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool not found"
        exit 77
    fi
done

work=$build/packaging/check-install
rm -rf "$work"
prefix="$work/any prefix"
mkdir -p "$work"
if ! "$cmake" --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1; then
    cat "$work/install.log"
    fail "cmake --install failed"
fi
echo "cmake --install: $(grep -c 'Installing:' "$work/install.log") files into $prefix"
check_layout "$prefix" "$src"
check_runs "$prefix" "$version" "$work/exports"
echo "PASS"
