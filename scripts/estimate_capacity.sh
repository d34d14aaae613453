#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Engram capacity planning calculator: the spec's scripts/estimate_capacity.sh in POSIX sh and awk only
# (no bash, no bc), with input checks, rounding up and honest units. Its output is byte-identical to
# `engram-capacity estimate --profile reference --format text` for the same six inputs; tests/cli checks
# that over a grid of inputs. The arithmetic below follows model/CapacityModel.cpp operation by
# operation (IEEE doubles in both), and the layout follows model/formats/TextReport.cpp: change one,
# change the other.

usage() {
    cat <<'EOF'
Usage: estimate_capacity.sh [NODES [ACTIVE_RATIO [EDGES_PER_NODE [OPS_PER_SEC [RETENTION_DAYS [CONSOLIDATION_INTERVAL]]]]]]

  NODES                   total nodes expected, a whole number from 0 to 1,000,000,000,000 (default 1000000)
  ACTIVE_RATIO            fraction of nodes in the hot tier, 0 to 1 (default 0.1)
  EDGES_PER_NODE          average edges per node, 0 to 10,000 (default 50)
  OPS_PER_SEC             target operations per second, 0 to 100,000,000 (default 5000)
  RETENTION_DAYS          days of WAL kept, 1 to 3,650 (default 30)
  CONSOLIDATION_INTERVAL  seconds between consolidations, 1 to 86,400 (default 300)

Missing trailing arguments take their defaults. Exit status: 0 success, 2 bad input.
EOF
}

case "${1-}" in
-h | --help)
    usage
    exit 0
    ;;
esac

if [ "$#" -gt 6 ]; then
    echo "estimate_capacity.sh: too many arguments: at most 6 positional inputs, got $#" >&2
    usage >&2
    exit 2
fi

# awk's printf follows LC_NUMERIC (a German locale prints "3,5"); the report always uses '.'.
LC_ALL=C
export LC_ALL

# The inputs travel as awk operands (ARGV), never through -v, which would interpret backslashes. The
# program ends with exit in BEGIN, so awk never opens them as files.
awk '
function fail(message) {
    print "estimate_capacity.sh: " message | "cat 1>&2"
    close("cat 1>&2")
    exit 2
}

function trim(s) {
    sub(/^[ \t]+/, "", s)
    sub(/[ \t]+$/, "", s)
    return s
}

function isWhole(x) { return x == int(x) && x < 1e15 && x > -1e15 }

# Plain digits for whole numbers, otherwise the fewest significant digits that read back to the same
# double (TextReport.cpp: formatInputNumber).
function inputNumber(x,    p, s) {
    if (isWhole(x))
        return sprintf("%.0f", x + 0)
    for (p = 1; p <= 17; p++) {
        s = sprintf("%." p "g", x)
        if (s + 0 == x)
            return s
    }
    return sprintf("%.17g", x)
}

# Thousands separators. mawk printf %d stops at 2^31, so digits come from %.0f.
function group(x,    s, out, sign) {
    s = sprintf("%.0f", x + 0)
    sign = ""
    if (substr(s, 1, 1) == "-") {
        sign = "-"
        s = substr(s, 2)
    }
    out = ""
    while (length(s) > 3) {
        out = "," substr(s, length(s) - 2) out
        s = substr(s, 1, length(s) - 3)
    }
    return sign s out
}

function groupedInput(x) { return isWhole(x) ? group(x) : inputNumber(x) }

function oneDecimal(x,    s) {
    s = sprintf("%.1f", x + 0)
    return s == "-0.0" ? "0.0" : s
}

function noDecimals(x) { return sprintf("%.0f", x + 0) }

function max(a, b) { return (a < b) ? b : a }
function min(a, b) { return (b < a) ? b : a }

# Rounds up, ignoring noise below one part in 10^9 (CapacityModel.cpp: ceilTolerant). The + 0 turns
# the -0 of ceil(-1e-9) into 0.
function ceilTolerant(v,    slack, c, i) {
    slack = 1e-9 * max(1, (v < 0) ? -v : v)
    c = v - slack
    i = int(c)
    if (i < c)
        i = i + 1
    return i + 0
}

BEGIN {
    split("nodes active-ratio edges-per-node ops-per-sec retention-days consolidation-interval", key, " ")
    split("1000000 0.1 50 5000 30 300", fallback, " ")
    split("0 0 0 0 1 1", low, " ")
    split("1e12 1 10000 1e8 3650 86400", high, " ")
    wholeOnly[1] = 1
    range[1] = "a whole number from 0 to 1,000,000,000,000 nodes"
    range[2] = "a number from 0 to 1"
    range[3] = "a number from 0 to 10,000 edges"
    range[4] = "a number from 0 to 100,000,000 ops/s"
    range[5] = "a number from 1 to 3,650 days"
    range[6] = "a number from 1 to 86,400 s"

    for (i = 1; i <= 6; i++) {
        if (i >= ARGC) {
            value[i] = fallback[i] + 0
            continue
        }
        text = trim(ARGV[i])
        what = key[i] " (argument " i ") must be " range[i]
        if (length(text) > 64 || text !~ /^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$/)
            fail(what " (got \047" ARGV[i] "\047, which is not a number)")
        x = text + 0
        if (x < low[i] + 0 || x > high[i] + 0 || (wholeOnly[i] && x != int(x)))
            fail(what " (got " text ")")
        value[i] = x
    }

    GiB = 1073741824
    MiB = 1048576

    nodes = max(0, value[1])
    ratio = value[2] < 0 ? 0 : (1 < value[2] ? 1 : value[2])
    edges = max(0, value[3])
    ops = max(0, value[4])
    retention = value[5]
    interval = value[6]

    embedding = 768 * 4
    # Tiers: warm is 3x hot but takes at most what hot leaves, so cold is never negative.
    hot = int(nodes * ratio + 0.5)
    warm = max(0, min(hot * 3, nodes - hot))
    cold = max(0, nodes - hot - warm)
    hotEdges = int(hot * edges + 0.5)

    # Memory, in bytes.
    hotMemory = (hot * (embedding + 64) + hotEdges * 32) * 1.5
    warmMemory = warm * embedding * 0.1
    coldIndex = cold * 10 / 8 + cold / 128 * 64
    activationPool = ops * 0.01 * 8192
    runtime = 500 * MiB
    memoryTotal = hotMemory + warmMemory + coldIndex + activationPool + runtime
    memoryRecommended = ceilTolerant(memoryTotal * 1.25 / GiB)

    # CPU, in cores.
    spreading = ops / 2500
    consolidation = hot / interval / 50000
    api = ops / 5000
    systemCores = 1
    cpuTotal = spreading + consolidation + api + systemCores
    cpuRecommended = ceilTolerant(cpuTotal * 1.5)

    # Storage, in bytes.
    warmStorage = warm * (embedding + 64) * (1 + 0.3)
    coldStorage = cold * embedding * 0.4
    wal = ops * 86400 * retention * 256 * 0.7
    snapshots = (warmStorage + coldStorage) * 5 * 0.3
    storageTotal = warmStorage + coldStorage + wal + snapshots
    storageRecommended = ceilTolerant(storageTotal * 1.5 / GiB)

    print "======================================"
    print "Engram Capacity Planning Estimate"
    print "======================================"
    print ""
    print "Input Parameters:"
    print "  Expected Nodes: " groupedInput(value[1])
    print "  Active Ratio: " inputNumber(value[2]) " (" group(hot) " hot nodes)"
    print "  Edges per Node: " inputNumber(value[3])
    print "  Target Ops/sec: " groupedInput(value[4])
    print "  Retention Days: " inputNumber(value[5])
    print ""
    print "Tier Distribution:"
    print "  Hot Tier:  " group(hot) " nodes (in-memory)"
    print "  Warm Tier: " group(warm) " nodes (mmap)"
    print "  Cold Tier: " group(cold) " nodes (compressed)"
    print ""
    print "Resource Requirements:"
    print "  CPU Cores: " oneDecimal(cpuTotal) " cores"
    print "    - Spreading: " oneDecimal(spreading) " cores"
    print "    - Consolidation: " oneDecimal(consolidation) " cores"
    print "    - API/System: " oneDecimal(api + systemCores) " cores"
    print "    - Recommended: " noDecimals(cpuRecommended) " cores (with headroom)"
    print ""
    print "  Memory: " oneDecimal(memoryTotal / MiB) " MiB"
    print "    - Hot Tier: " oneDecimal(hotMemory / MiB) " MiB"
    print "    - Warm Tier: " oneDecimal(warmMemory / MiB) " MiB"
    print "    - Cold Tier: " oneDecimal(coldIndex / MiB) " MiB"
    print "    - Activation Pool: " oneDecimal(activationPool / MiB) " MiB"
    print "    - Runtime: " oneDecimal(runtime / MiB) " MiB"
    print "    - Recommended: " noDecimals(memoryRecommended) " GiB (with headroom)"
    print ""
    print "  Storage: " oneDecimal(storageTotal / GiB) " GiB"
    print "    - Warm Tier: " oneDecimal(warmStorage / GiB) " GiB"
    print "    - Cold Tier: " oneDecimal(coldStorage / GiB) " GiB (compressed)"
    print "    - WAL: " oneDecimal(wal / GiB) " GiB"
    print "    - Snapshots: " oneDecimal(snapshots / GiB) " GiB"
    print "    - Recommended: " noDecimals(storageRecommended) " GiB (with headroom)"
    print ""
    print "Scaling Recommendations:"
    if (cpuTotal > 8)
        print "  ⚠ CPU: Consider horizontal scaling beyond 8 cores"
    if (memoryTotal > 32 * GiB)
        print "  ⚠ Memory: Large memory footprint - ensure NUMA-aware allocation"
    if (hot > 10000000)
        print "  ⚠ Hot Tier: Consider sharding hot tier across multiple instances"
    print "  ✓ Deploy with these minimum resources for baseline performance"
    print "  ✓ Monitor actual utilization and adjust based on workload"
    print ""
    print "Cost Optimization Tips:"
    print "  • Reduce hot tier size by tuning eviction threshold"
    print "  • Use spot instances for read replicas (future)"
    print "  • Archive cold tier to object storage after " inputNumber(value[5]) " days"
    print "  • Increase consolidation interval to reduce CPU usage"
    exit 0
}
' "$@"
