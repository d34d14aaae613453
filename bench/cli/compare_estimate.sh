#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Side-by-side process timing: `engram-capacity estimate` against the spec's bc-based calculator script
# (and, for reference, the POSIX sh + awk port), same input, one run. Prints mean times and the speed-up;
# the target is a CLI at least 20x faster than the spec's script. Reports, never fails on timing.
#
# Usage: compare_estimate.sh ENGRAM_CAPACITY SPEC_SCRIPT POSIX_SCRIPT
# Environment: ECW_BENCH_RUNS (default 30 runs per command). Exit 77 (skipped) without bash or bc.
set -eu

cli=$1
spec=$2
posix=$3
runs=${ECW_BENCH_RUNS:-30}
input="1000000 0.1 50 5000 30 300"
target=20

for tool in bash bc; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "skipped: the spec's script needs $tool" >&2
        exit 77
    fi
done

# Every command must work before its time means anything.
# shellcheck disable=SC2086 # $input is deliberately split into the six arguments
"$cli" estimate $input >/dev/null
# shellcheck disable=SC2086
bash "$spec" $input >/dev/null
# shellcheck disable=SC2086
sh "$posix" $input >/dev/null

results=$(mktemp)
trap 'rm -f "$results" "$results.err"' EXIT

if command -v hyperfine >/dev/null 2>&1; then
    method="hyperfine $(hyperfine --version | cut -d' ' -f2), --shell=none, $runs runs after 5 warm-ups"
    # Its outlier warnings go to stderr; keep them out of the report unless hyperfine itself fails.
    if ! hyperfine --shell=none --warmup 5 --runs "$runs" --style none --export-csv "$results" \
        --command-name cli --command-name spec --command-name posix \
        "'$cli' estimate $input" "bash '$spec' $input" "sh '$posix' $input" >/dev/null 2>"$results.err"; then
        cat "$results.err" >&2
        exit 1
    fi
    # CSV: command,mean,stddev,median,user,system,min,max (seconds) -> name mean stddev
    table=$(awk -F, 'NR > 1 { print $1, $2, $3 }' "$results")
else
    method="date +%s%N around a loop of $runs runs (install hyperfine for warm-ups and spread)"
    time_loop() { # name command...
        name=$1
        shift
        start=$(date +%s%N)
        i=0
        while [ "$i" -lt "$runs" ]; do
            "$@" >/dev/null
            i=$((i + 1))
        done
        end=$(date +%s%N)
        awk -v name="$name" -v ns="$((end - start))" -v runs="$runs" 'BEGIN { print name, ns / runs / 1e9, "nan" }'
    }
    # shellcheck disable=SC2086
    {
        time_loop cli "$cli" estimate $input
        time_loop spec bash "$spec" $input
        time_loop posix sh "$posix" $input
    } >"$results"
    table=$(cat "$results")
fi

echo "$table" | LC_ALL=C awk -v method="$method" -v input="$input" -v target="$target" '
    { mean[$1] = $2; spread[$1] = $3 }
    function show(label, name) {
        if (spread[name] == "nan")
            printf "  %-44s %9.2f ms\n", label, mean[name] * 1000
        else
            printf "  %-44s %9.2f ms  (+/- %.2f)\n", label, mean[name] * 1000, spread[name] * 1000
    }
    END {
        printf "Process time, estimate %s (%s)\n", input, method
        show("engram-capacity estimate (C++)", "cli")
        show("spec estimate_capacity.sh (bash + bc)", "spec")
        show("scripts/estimate_capacity.sh (POSIX sh + awk)", "posix")
        ratio = mean["spec"] / mean["cli"]
        printf "CLI speed-up over the spec script: %.1fx (target: at least %dx): %s\n", ratio, target,
            (ratio >= target) ? "met" : "NOT met"
        printf "POSIX script speed-up over the spec script: %.1fx\n", mean["spec"] / mean["posix"]
    }'
