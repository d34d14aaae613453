#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (preset "fuzz") and runs each for a bounded time over its
# seed corpus in tests/fuzz/corpus/<name>/ (FuzzPriceBookJson -> price_book_json). The seeds run first,
# so an input that once crashed and was kept in the corpus fails the run at once if the bug comes back.
# New inputs go to a scratch folder, not the repo; a crash fails the run and leaves its input under
# build/fuzz/crashes/ to be fixed and then added to the corpus.
# ECW_FUZZ_SECONDS sets the time per target (default 60); ECW_FUZZERS="FuzzCliArguments ..." picks targets.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${ECW_FUZZ_SECONDS:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)"
out="$root/build/fuzz"
mkdir -p "$out/crashes" "$out/scratch"
status=0
ran=0
for fuzzer in "$out"/tests/fuzz/Fuzz*; do
    [ -x "$fuzzer" ] && [ -f "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    if [ -n "${ECW_FUZZERS:-}" ]; then
        case " $ECW_FUZZERS " in *" $name "*) ;; *) continue ;; esac
    fi
    corpus=$(echo "$name" | sed 's/^Fuzz//; s/\([a-z0-9]\)\([A-Z]\)/\1_\2/g' | tr 'A-Z' 'a-z')
    seeds="$root/tests/fuzz/corpus/$corpus"
    if ! ls "$seeds"/* >/dev/null 2>&1; then
        echo "fuzz: $name has no seed corpus in tests/fuzz/corpus/$corpus" >&2
        status=1
        continue
    fi
    scratch="$out/scratch/$corpus"
    mkdir -p "$scratch"
    ran=$((ran + 1))
    echo "fuzz: $name for ${seconds}s (seeds: tests/fuzz/corpus/$corpus)"
    # Absolute paths: FuzzCliArguments works in a scratch folder of its own.
    if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$out/crashes/$name-" "$scratch" "$seeds" >"$out/$name.log" 2>&1; then
        echo "fuzz: $name FAILED; see build/fuzz/$name.log and build/fuzz/crashes/" >&2
        tail -n 40 "$out/$name.log" >&2
        status=1
    else
        grep -E '^stat::(number_of_executed_units|new_units_added)' "$out/$name.log" || true
    fi
done
if [ "$ran" -eq 0 ] && [ "$status" -eq 0 ]; then
    echo "fuzz: no fuzz targets were built" >&2
    status=1
fi
exit $status
