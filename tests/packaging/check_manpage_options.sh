#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps a man page truthful: every command and long option the program's --help prints is in the
# man page, and every long option the man page names is one the program prints.
# Usage: check_manpage_options.sh EXECUTABLE MANPAGE
#   For a program with commands (engram-capacity), the commands are read from the "Commands:"
#   section of --help and each one's options from "EXECUTABLE COMMAND --help".
# Exit 0 pass, 1 fail.
set -eu
exe=$1
page=$2
name=$(basename "$exe")

help_all=$("$exe" --help)
commands=$(printf '%s\n' "$help_all" | awk '/^Commands:/ {on = 1; next} /^[^ ]/ {on = 0} on && /^  [a-z]/ {print $1}')
for command in $commands; do
    help_all="$help_all
$("$exe" "$command" --help)"
done

status=0
for command in $commands; do
    if ! grep -q "^\.SS $command\$" "$page"; then
        echo "FAIL: $name has command '$command' but $page has no '.SS $command' subsection"
        status=1
    fi
done

help_options=$(printf '%s\n' "$help_all" | grep -o -- '--[a-z][a-z0-9-]*' | sort -u)
page_options=$(grep -o -- '\\-\\-[a-z][a-z0-9\\-]*' "$page" | sed 's/\\-/-/g' | sort -u)
for option in $help_options; do
    if ! printf '%s\n' "$page_options" | grep -qx -- "$option"; then
        echo "FAIL: $name prints $option in its help but $page does not describe it"
        status=1
    fi
done
for option in $page_options; do
    if ! printf '%s\n' "$help_options" | grep -qx -- "$option"; then
        echo "FAIL: $page names $option but $name's help does not have it"
        status=1
    fi
done
if [ $status -eq 0 ]; then
    summary="$(printf '%s\n' "$help_options" | wc -l) options"
    [ -z "$commands" ] || summary="$summary and commands $(echo $commands)"
    echo "$page: $summary match $name --help"
    echo "PASS"
fi
exit $status
