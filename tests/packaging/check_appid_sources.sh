#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The workbench announces the same application id as the desktop entry, metainfo and icons
# (QGuiApplication::setDesktopFileName), so Wayland compositors match its windows to them.
# Usage: check_appid_sources.sh SOURCE_DIR APP_ID
# Exit 0 pass, 1 fail.
set -eu
src=$1
id=$2
calls=$(grep -rn --include='*.cpp' --include='*.h' 'setDesktopFileName' "$src/app" "$src/ui" 2>/dev/null || true)
if [ -z "$calls" ]; then
    echo "FAIL: nothing in app/ or ui/ calls setDesktopFileName(\"$id\")"
    exit 1
fi
echo "$calls"
wrong=$(printf '%s\n' "$calls" | grep -v "\"$id\"" || true)
if [ -n "$wrong" ]; then
    echo "FAIL: setDesktopFileName must be given \"$id\", the id of packaging/$id.desktop:"
    echo "$wrong"
    exit 1
fi
echo "PASS"
