#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the .desktop file and the shared-mime-info package, and checks that both use the
# application id and the scenario MIME type the metainfo and the icons use.
# Usage: check_desktop.sh PACKAGING_DIR APP_ID
# Exit 0 pass, 1 fail, 77 skip (a tool is missing).
set -eu
pkg=$1
id=$2
desktop=$pkg/$id.desktop
mimexml=$pkg/$id.mime.xml

for tool in desktop-file-validate xmllint update-mime-database; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool not found (Debian: desktop-file-utils, libxml2-utils, shared-mime-info)"
        exit 77
    fi
done

fail() {
    echo "FAIL: $*"
    exit 1
}

# desktop-file-validate prints errors, warnings and hints; any of them fails the check.
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out"; fail "desktop-file-validate rejected $desktop"; }
[ -z "$out" ] || { echo "$out"; fail "desktop-file-validate reported issues in $desktop"; }
echo "desktop-file-validate: $desktop is valid"

grep -qx "Icon=$id" "$desktop" || fail "Icon= is not the application id $id"
grep -qx "Exec=engram-workbench %f" "$desktop" || fail "Exec= does not start engram-workbench with a file"

xmllint --noout "$mimexml" || fail "$mimexml is not well-formed XML"
mime_types=$(sed -n 's/^MimeType=//p' "$desktop" | tr ';' ' ')
[ -n "$mime_types" ] || fail "no MimeType= in $desktop"
for type in $mime_types; do
    grep -q "<mime-type type=\"$type\">" "$mimexml" || fail "MIME type $type is not defined in $mimexml"
done

# Build a MIME database from our package alone and check the glob lands on the scenario type.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$mimexml" "$tmp/mime/packages/$id.xml"
out=$(XDG_DATA_HOME=$tmp XDG_DATA_DIRS=$tmp update-mime-database "$tmp/mime" 2>&1) || { echo "$out"; fail "update-mime-database rejected $mimexml"; }
[ -z "$out" ] || { echo "$out"; fail "update-mime-database reported issues with $mimexml"; }
grep -q "application/x-engram-capacity-scenario:\*\.ecw\.json" "$tmp/mime/globs2" \
    || { cat "$tmp/mime/globs2"; fail "*.ecw.json does not map to application/x-engram-capacity-scenario"; }
grep -q "application/x-engram-capacity-scenario" "$tmp/mime/magic" \
    || fail "no content (magic) rule for application/x-engram-capacity-scenario"
echo "shared-mime-info: *.ecw.json and content starting with the scenario format are application/x-engram-capacity-scenario"
echo "PASS"
