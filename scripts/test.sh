#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fresh machine to passing tests: install what is missing, build each configuration once and run
# its tests in parallel. Stages: release (everything), model-only (Qt never searched for),
# asan (whole project under AddressSanitizer + UBSan), tsan (the tests that drive the forecast and cost
# recompute on its worker thread, under ThreadSanitizer), fuzz (bounded libFuzzer runs).
# ECW_TEST_STAGES="release model-only" limits the stages (default: all). Each stage's wall-clock time is
# printed when it ends and again in a summary. The sanitizer options (halt on the first UBSan or TSan
# report, LeakSanitizer with tests/lsan.supp) are properties of the tests themselves
# (cmake/EcwSanitizerEnvironment.cmake), so a plain ctest in build/asan or build/tsan has them too.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
started=$(date +%s)
./scripts/install-deps.sh --test
install_seconds=$(($(date +%s) - started))
echo "=== install-deps --test took ${install_seconds}s ==="

jobs=$(nproc)
# ccache (in the test packages) lets a configuration reuse what another compiled with the same flags: the
# model-only stage's model, formats and CLI objects are the release stage's. The cache lives in build/.
launcher=""
if command -v ccache >/dev/null 2>&1; then
    export CCACHE_DIR="${CCACHE_DIR:-$root/build/ccache}" CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
stages=${ECW_TEST_STAGES:-"release model-only asan tsan fuzz"}

summary="$(printf '  %-11s %5ds' install "$install_seconds")
"
all_total=0
all_failed=0
all_skipped=0
for stage in $stages; do
    echo "=== stage: $stage ==="
    started=$(date +%s)
    case "$stage" in
    release|model-only|asan|tsan)
        # The tests (and, in release, the benchmarks) are required here, not left out when a package is missing.
        extra="-DECW_BUILD_TESTS=ON $launcher"
        [ "$stage" = release ] && extra="$extra -DECW_BUILD_BENCH=ON"
        # shellcheck disable=SC2086
        cmake --preset "$stage" $extra >/dev/null
        cmake --build --preset "$stage" -j"$jobs"
        log="build/ctest-$stage.log"
        if ! ctest --preset "$stage" -j"$jobs" --output-on-failure >"$log" 2>&1; then
            cat "$log"
            exit 1
        fi
        cat "$log"
        total=$(sed -n 's/.* tests failed out of \([0-9][0-9]*\).*/\1/p' "$log" | tail -n 1)
        failed=$(sed -n 's/.*tests passed, \([0-9][0-9]*\) tests failed out of.*/\1/p' "$log" | tail -n 1)
        skipped=$(grep -c '(Skipped)' "$log" || true)
        all_total=$((all_total + ${total:-0}))
        all_failed=$((all_failed + ${failed:-0}))
        all_skipped=$((all_skipped + skipped))
        ;;
    fuzz)
        if [ -x scripts/run-fuzzers.sh ]; then
            ./scripts/run-fuzzers.sh
        else
            echo "fuzz: scripts/run-fuzzers.sh not present"
            exit 1
        fi
        ;;
    *)
        echo "unknown stage: $stage" >&2
        exit 2
        ;;
    esac
    seconds=$(($(date +%s) - started))
    echo "=== stage $stage passed in ${seconds}s ==="
    summary="$summary$(printf '  %-11s %5ds' "$stage" "$seconds")
"
done
echo "=== all stages passed: $stages ==="
printf 'Stage times (wall clock):\n%s' "$summary"
# One plain closing line over every ctest stage, for whoever reads the end of the log.
echo "$((all_total - all_failed - all_skipped)) passed, $all_failed failed, $all_skipped skipped"
