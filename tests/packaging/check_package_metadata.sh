#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The package names one homepage and one maintainer everywhere: the project's HOMEPAGE_URL is the metainfo's
# homepage and the copyright file's Source, the .deb's Maintainer is the copyright file's Upstream-Contact,
# and no placeholder (example.invalid, example.com, TODO) is left in the packaging metadata.
# Usage: check_package_metadata.sh SOURCE_DIR HOMEPAGE MAINTAINER. Exit 0 pass, 1 fail.
set -eu
src=$1
homepage=$2
maintainer=$3
fail() { echo "FAIL: $*"; exit 1; }
case "$homepage" in https://*) ;; *) fail "HOMEPAGE_URL '$homepage' is not an https URL" ;; esac
metainfo=$src/packaging/io.github.engram.CapacityWorkbench.metainfo.xml
copyright=$src/packaging/copyright
grep -q "<url type=\"homepage\">$homepage</url>" "$metainfo" || fail "metainfo's homepage is not $homepage"
grep -qx "Source: $homepage" "$copyright" || fail "copyright's Source is not $homepage"
grep -qxF "Upstream-Contact: $maintainer" "$copyright" || fail "copyright's Upstream-Contact is not '$maintainer'"
case "$maintainer" in *"<"*"@"*">") ;; *) fail "maintainer '$maintainer' is not 'Name <address>'" ;; esac
placeholders=$(grep -rniE 'example\.invalid|example\.com|TODO|FIXME|placeholder' "$src/packaging" "$src/CMakeLists.txt" || true)
[ -z "$placeholders" ] || fail "placeholders in the packaging metadata: $placeholders"
echo "homepage $homepage and maintainer '$maintainer' agree in CMake, metainfo and copyright"
echo PASS
