#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Lints man pages the way lintian does (man --warnings through groff, lexgrog for the whatis
# entry) and checks the version in their title line.
# Usage: check_manpages.sh VERSION PAGE...
# Exit 0 pass, 1 fail, 77 skip (a tool is missing).
set -eu
version=$1
shift

for tool in man lexgrog groff; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool not found (Debian: man-db, groff-base)"
        exit 77
    fi
done

status=0
for page in "$@"; do
    # lintian's manpage check: every groff warning is a finding.
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
        man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null) || true
    if [ -n "$warnings" ]; then
        echo "FAIL: $page: groff warnings:"
        echo "$warnings"
        status=1
    fi
    if ! lexgrog "$page" >/dev/null 2>&1; then
        echo "FAIL: $page: lexgrog finds no whatis entry (NAME section)"
        status=1
    fi
    if ! grep -q "^\.TH .*\"Engram Capacity Workbench $version\"" "$page"; then
        echo "FAIL: $page: .TH line does not name version $version"
        status=1
    fi
    [ $status -ne 0 ] || echo "ok: $page ($(lexgrog "$page" | sed 's/^[^"]*"//; s/"$//'))"
done
[ $status -eq 0 ] && echo "PASS"
exit $status
