#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the AppStream metainfo (strict: any warning or info fails, pedantic hints are shown)
# and checks its id, launchable, licenses and release against the project.
# Usage: check_metainfo.sh PACKAGING_DIR APP_ID VERSION
# Exit 0 pass, 1 fail, 77 skip (a tool is missing).
set -eu
pkg=$1
id=$2
version=$3
metainfo=$pkg/$id.metainfo.xml

if ! command -v appstreamcli >/dev/null 2>&1; then
    echo "SKIP: appstreamcli not found (Debian: appstream)"
    exit 77
fi

fail() {
    echo "FAIL: $*"
    exit 1
}

appstreamcli validate --no-net --strict --pedantic "$metainfo" || fail "appstreamcli validate rejected $metainfo"

grep -q "<id>$id</id>" "$metainfo" || fail "component id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || fail "launchable is not $id.desktop"
[ -f "$pkg/$id.desktop" ] || fail "the launchable $id.desktop does not exist in $pkg"
grep -q "<project_license>GPL-3.0-or-later</project_license>" "$metainfo" || fail "project_license is not GPL-3.0-or-later"
grep -q "<metadata_license>CC0-1.0</metadata_license>" "$metainfo" || fail "metadata_license is not CC0-1.0"
grep -q "<binary>engram-capacity</binary>" "$metainfo" || fail "engram-capacity is not provided"
grep -q "<binary>engram-workbench</binary>" "$metainfo" || fail "engram-workbench is not provided"
grep -q "<binary>engram-capacity-export</binary>" "$metainfo" || fail "engram-capacity-export is not provided"
grep -q "<binary>engram-capacity-prometheus</binary>" "$metainfo" || fail "engram-capacity-prometheus is not provided"
grep -q "<release version=\"$version\"" "$metainfo" || fail "no release entry for version $version"
echo "PASS"
