#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages listed in scripts/debian-packages.txt (to build and run) and, with
# --test, scripts/debian-packages-test.txt (tests, benchmarks, fuzzing, packaging checks) that are not
# installed yet. Idempotent: a second run installs nothing and makes no network request.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
lists="$here/debian-packages.txt"
[ "${1:-}" = "--test" ] && lists="$lists $here/debian-packages-test.txt"

missing=""
# shellcheck disable=SC2086,SC2013
for pkg in $(cat $lists | grep -v '^#' | sed 's/[[:space:]]*$//' | grep -v '^$'); do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing="$missing $pkg"
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

echo "install-deps: installing$missing"
if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "install-deps: need root (or sudo) to install:$missing" >&2
    exit 1
fi
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086,SC2013
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
