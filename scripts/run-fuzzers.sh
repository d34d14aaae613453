#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (preset "fuzz") and runs each for a bounded time over its
# seed corpus in tests/fuzz/corpus/<name>/. New inputs go to a scratch folder, not the repo; a crash
# fails the run and leaves its input under build/fuzz/crashes/ to be added to the corpus once fixed.
# ECW_FUZZ_SECONDS sets the time per target (default 60).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${ECW_FUZZ_SECONDS:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)"
mkdir -p build/fuzz/crashes build/fuzz/scratch
status=0
for fuzzer in build/fuzz/tests/fuzz/Fuzz*; do
    [ -x "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    corpus=$(echo "$name" | sed 's/^Fuzz//; s/\([a-z0-9]\)\([A-Z]\)/\1_\2/g' | tr 'A-Z' 'a-z')
    seeds="tests/fuzz/corpus/$corpus"
    scratch="build/fuzz/scratch/$corpus"
    mkdir -p "$scratch"
    echo "fuzz: $name for ${seconds}s (seeds: $seeds)"
    if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="build/fuzz/crashes/$name-" "$scratch" "$seeds" >"build/fuzz/$name.log" 2>&1; then
        echo "fuzz: $name FAILED; see build/fuzz/$name.log and build/fuzz/crashes/" >&2
        tail -n 40 "build/fuzz/$name.log" >&2
        status=1
    else
        grep -E '^stat::number_of_executed_units' "build/fuzz/$name.log" || true
    fi
done
exit $status
