#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps the README's "Supported platform" true: the packages it lists between <!-- packages:run --> and
# <!-- packages:test --> markers are exactly those of scripts/debian-packages.txt and
# scripts/debian-packages-test.txt, which scripts/install-deps.sh installs.
# Usage: check_readme_packages.sh SOURCE_DIR. Exit 0 pass, 1 fail.
set -eu
src=$1
status=0
for pair in run:debian-packages.txt test:debian-packages-test.txt; do
    kind=${pair%%:*}
    list=$src/scripts/${pair#*:}
    readme=$(awk -v start="<!-- packages:$kind -->" '$0 == start {on = 1; next} /^<!-- \/packages -->$/ {on = 0} on' \
        "$src/README.md" | grep -o '`[^`]*`' | tr -d '`' | sort)
    file=$(grep -v '^#' "$list" | sed 's/[[:space:]]*$//' | grep -v '^$' | sort)
    if [ -z "$readme" ]; then
        echo "FAIL: README.md has no <!-- packages:$kind --> list"
        status=1
    elif [ "$readme" != "$file" ]; then
        echo "FAIL: README.md's $kind packages differ from scripts/${pair#*:}:"
        echo "  only in the list:   $(printf '%s\n' "$file" | grep -vxF "$readme" | tr '\n' ' ')"
        echo "  only in the README: $(printf '%s\n' "$readme" | grep -vxF "$file" | tr '\n' ' ')"
        status=1
    else
        echo "README.md lists the $(printf '%s\n' "$file" | wc -l) packages of scripts/${pair#*:}"
    fi
done
[ $status -eq 0 ] && echo PASS
exit $status
