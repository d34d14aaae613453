#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the workbench's screenshots to docs/images at 1280x800 and 1920x1080: the defaults, a large
# scenario (100,000,000,000 nodes), a warning state, the line items with a figure's work and a changed
# assumption, the assumptions table, the Forecast and Cost tabs (defaults and the large scenario), the
# Operations tab, and the steps of docs/howto's vertical scaling (1280x800 only).
# Offscreen (no display needed); builds engram-workbench first. The Forecast and Cost tabs date day 0 by
# the machine's clock and price with the built-in price book.
#   ECW_BUILD_DIR  build folder (default: build/release, configured if missing)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${ECW_BUILD_DIR:-$root/build/release}
case $build in /*) ;; *) build=$root/$build ;; esac
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target engram-workbench >/dev/null
bin=$build/app/workbench/engram-workbench
out=$root/docs/images
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen

# howto NAME N STEP [options]: step N of a how-to, 1280x800 only, as docs/images/howto-NAME-N-STEP.png.
howto() {
    name=$1
    step=$2-$3
    shift 3
    "$bin" --screenshot "$out/howto-$name-$step.png" --size 1280x800 "$@" 2>/dev/null
    echo "$out/howto-$name-$step.png"
}

shot() {
    name=$1
    shift
    for size in 1280x800 1920x1080; do
        "$bin" --screenshot "$out/workbench-$name-$size.png" --size "$size" "$@" 2>/dev/null
        echo "$out/workbench-$name-$size.png"
    done
}

shot default
shot large --set nodes=100000000000
shot warnings --preset time-series
shot line-items --tab 1 --select memory.hot_tier --set hash_table_overhead=1.7
shot assumptions --tab 2 --set hash_table_overhead=1.7 --set wal_record_bytes=320
shot forecast-table --tab forecast:table
shot forecast-chart --tab forecast:chart
shot forecast-runway-large --tab forecast:runway --set nodes=100000000000
shot forecast-points --tab forecast:chart --set forecast.points=30:1500000,90:4000000,180:6000000,365:6500000 \
    --set forecast.model=points
shot cost-instances --tab cost:instances
shot cost-monthly-large --tab cost:costs --set nodes=100000000000
shot cost-over-time --tab cost:time
shot cost-vs-nodes --tab cost:nodes
shot operations --tab operations:k8s-burstable
shot operations-rules-large --tab operations:prometheus-rules --set nodes=1000000000

# docs/howto: scaling a node vertically from an observed state (CPU row 3, memory row 3).
observed=$root/docs/howto/scale-vertically-observed.json
howto scale-vertically 1 advice --tab operations --observed "$observed"
howto scale-vertically 2 kubernetes --tab operations:k8s-burstable --observed "$observed"
howto scale-vertically 3 kubectl --tab operations:kubectl --observed "$observed"
howto scale-vertically 4 docker --tab operations:docker --observed "$observed"
