#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack from a configured and built tree, runs lintian on it (any error, or a
# warning not listed below and in docs/packaging.md, fails), checks its control fields, unpacks it
# into a scratch root with dpkg-deb -x and runs engram-capacity --version and an estimate from there.
# Usage: check_deb.sh BUILD_DIR SOURCE_DIR VERSION [CPACK]
# Exit 0 pass, 1 fail, 77 skip (a tool is missing).
set -eu
build=$1
src=$2
version=$3
cpack=${4:-cpack}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/layout.sh"

# Warnings that cannot be fixed, each explained in docs/packaging.md.
allowed_warnings="initial-upload-closes-no-bugs"

for tool in "$cpack" dpkg-deb dpkg-shlibdeps dpkg lintian ldd gzip od; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool not found (Debian: cmake, dpkg, dpkg-dev, lintian, libc-bin, gzip, coreutils)"
        exit 77
    fi
done

work=$build/packaging/check-deb
rm -rf "$work"
mkdir -p "$work"

echo "== cpack -G DEB"
if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    fail "cpack failed"
fi
set -- "$work"/out/*.deb
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected one .deb in $work/out, found: $*"
deb=$1
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "${ECW_PACKAGE}_${version}-1_${arch}.deb" ] || fail "unexpected file name $(basename "$deb")"
echo "package: $deb ($(wc -c <"$deb") bytes)"

echo "== control fields"
dpkg-deb -f "$deb" Package Version Architecture Section Priority Maintainer Homepage Depends
[ "$(dpkg-deb -f "$deb" Package)" = "$ECW_PACKAGE" ] || fail "Package is not $ECW_PACKAGE"
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "Version is not $version-1"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$arch" ] || fail "Architecture is not $arch"
depends=$(dpkg-deb -f "$deb" Depends)
# Computed by dpkg-shlibdeps: the C library for both executables, Qt Widgets for the workbench.
case "$depends" in *libc6*) ;; *) fail "Depends lacks libc6: shlibdeps did not run? ($depends)" ;; esac
case "$depends" in *libqt6widgets6*) ;; *) fail "Depends lacks libqt6widgets6 ($depends)" ;; esac

echo "== contents"
dpkg-deb -c "$deb" >"$work/contents.txt"
outside=$(awk '{print $6}' "$work/contents.txt" | grep -v -e '^\./$' -e '^\./usr/' || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"
dev=$(awk '{print $6}' "$work/contents.txt" | grep -E '\.(a|h|hpp|cmake)$|/include/' || true)
[ -z "$dev" ] || fail "development files in the package: $dev"
notroot=$(awk '$2 != "root/root"' "$work/contents.txt")
[ -z "$notroot" ] || fail "files not owned by root: $notroot"
echo "$(wc -l <"$work/contents.txt") entries, all under /usr, owned by root"

echo "== lintian"
# lintian exits non-zero on errors; the tags are judged below either way.
lintian --tag-display-limit 0 --display-info "$deb" >"$work/lintian.txt" 2>"$work/lintian.err" || true
cat "$work/lintian.txt"
if grep -q '^E: ' "$work/lintian.txt"; then
    fail "lintian reported errors"
fi
unexpected=""
for tag in $(sed -n 's/^W: [^:]*: \([^ ]*\).*/\1/p' "$work/lintian.txt"); do
    case " $allowed_warnings " in
    *" $tag "*) ;;
    *) unexpected="$unexpected $tag" ;;
    esac
done
[ -z "$unexpected" ] || fail "lintian warnings not accounted for in docs/packaging.md:$unexpected"
if grep -v -e 'running with root privileges' -e 'drop --no-tag-display-limit' "$work/lintian.err" | grep -q .; then
    cat "$work/lintian.err"
    fail "lintian printed errors of its own"
fi
echo "lintian: no errors, $(grep -c '^W: ' "$work/lintian.txt" || true) known warning(s)"

echo "== unpack into a scratch root"
root=$work/root
dpkg-deb -x "$deb" "$root"
check_layout "$root/usr" "$src"
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate-tree --no-net --strict "$root" || fail "appstreamcli validate-tree rejected the unpacked package"
fi
check_runs "$root/usr" "$version" "$work/exports"
echo "PASS"
