// SPDX-License-Identifier: GPL-3.0-or-later
// Every formula family of the spec, each figure recorded as a line item with its formula.
#include "CapacityModel.h"

#include "RecoveryTables.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <vector>

namespace ecw {

double ceilTolerant(double value)
{
    const double slack = 1e-9 * std::max(1.0, std::fabs(value));
    return std::ceil(value - slack);
}

namespace {

constexpr double kSecondsPerDay = 86400.0;
constexpr double kSecondsPerHour = 3600.0;

double safeDivide(double numerator, double denominator)
{
    return denominator > 0 ? numerator / denominator : 0.0;
}

// The symbol and reference id of every input and constant, looked up once per process rather than once per
// operand (an estimate reads about 150 operands; the lookups were a tenth of its time).
struct OperandNames {
    std::array<std::string_view, kInputCount> inputSymbols;
    std::array<std::string_view, kInputCount> inputRefs;
    std::array<std::string_view, kConstantCount> constantSymbols;
    std::array<std::string_view, kConstantCount> constantRefs;
};

const OperandNames& operandNames()
{
    static const OperandNames names = [] {
        OperandNames n;
        for (const InputSpec& spec : inputSpecs()) {
            n.inputSymbols[static_cast<std::size_t>(spec.id)] = spec.symbol;
            n.inputRefs[static_cast<std::size_t>(spec.id)] = inputRef(spec.id);
        }
        for (const ConstantSpec& spec : constantSpecs()) {
            n.constantSymbols[static_cast<std::size_t>(spec.id)] = spec.symbol;
            n.constantRefs[static_cast<std::size_t>(spec.id)] = constantRef(spec.id);
        }
        return n;
    }();
    return names;
}

// Records line items into an estimate; each add() returns the value so formulas read naturally.
// Items of an earlier estimate in the same storage are overwritten in place (estimateInto), which spares
// constructing and zeroing a 400-byte LineItem per figure; finish() drops any left over.
class Recorder
{
public:
    explicit Recorder(Estimate& estimate)
        : m_estimate(estimate)
        , m_s(estimate.scenario)
        , m_k(estimate.constants)
        , m_names(operandNames())
    {
    }

    double in(InputId id) const { return m_s[id]; }
    double k(ConstantId id) const { return m_k[id]; }

    Operand op(InputId id) const
    {
        const auto i = static_cast<std::size_t>(id);
        return { m_names.inputSymbols[i], m_names.inputRefs[i], m_s[id] };
    }
    Operand op(ConstantId id) const
    {
        const auto i = static_cast<std::size_t>(id);
        return { m_names.constantSymbols[i], m_names.constantRefs[i], m_k[id] };
    }
    static Operand op(std::string_view symbol, std::string_view ref, double value) { return { symbol, ref, value }; }

    double add(std::string_view id, std::string_view label, Unit unit, Section section, std::string_view formula,
               double value, std::initializer_list<Operand> operands, bool extrapolated = false)
    {
        std::vector<LineItem>& items = m_estimate.items;
        LineItem& item = m_next < items.size() ? items[m_next] : items.emplace_back();
        ++m_next;
        const std::uint8_t previousCount = item.operandCount;
        item.id = id;
        item.label = label;
        item.unit = unit;
        item.kind = ItemKind::Derived;
        item.section = section;
        item.extrapolated = extrapolated;
        // A formula never hands a NaN or an infinity to a planner; adding +0.0 turns a -0.0 (from
        // ceilTolerant(0) or 0 * -x) into 0, so no figure prints or serialises as "-0".
        item.value = std::isfinite(value) ? value + 0.0 : 0.0;
        item.formula = formula;
        std::uint8_t count = 0;
        for (const Operand& operand : operands)
            if (count < LineItem::kMaxOperands)
                item.operands[count++] = operand;
        // A reused item is left exactly as a fresh one would be: no operands of the earlier figure behind the count.
        for (std::uint8_t k = count; k < previousCount && k < LineItem::kMaxOperands; ++k)
            item.operands[k] = Operand {};
        item.operandCount = count;
        return item.value;
    }

    // Drops the items an earlier, longer estimate left behind.
    void finish() { m_estimate.items.resize(m_next); }

    void finding(std::string_view id, Severity severity, std::string message, std::string reason)
    {
        m_estimate.findings.push_back(Finding { id, severity, std::move(message), std::move(reason) });
    }

private:
    Estimate& m_estimate;
    const Scenario& m_s;
    const ModelConstants& m_k;
    const OperandNames& m_names;
    std::size_t m_next = 0;
};

using C = ConstantId;
using I = InputId;

const Operand kGiBOperand { "GiB", "unit.gib", kGiB };

std::string exceeds(std::string_view id, double value, Unit unit, double limit)
{
    return std::string(id) + " = " + formatHuman(value, unit) + " > " + formatHuman(limit, unit);
}

} // namespace

void estimateInto(Estimate& out, const Scenario& scenario, const ModelConstants& constants, Profile profile)
{
    out.profile = profile;
    out.scenario = scenario;
    out.constants = constants;
    out.findings.clear();
    out.items.reserve(80);

    const bool full = profile == Profile::Full;
    Recorder r(out);

    const double nodes = std::max(0.0, r.in(I::Nodes));
    const double activeRatio = std::clamp(r.in(I::ActiveRatio), 0.0, 1.0);
    const double edgesPerNode = std::max(0.0, r.in(I::EdgesPerNode));
    const double ops = std::max(0.0, r.in(I::OpsPerSec));
    const double writeFraction = full ? std::clamp(r.in(I::WriteFraction), 0.0, 1.0) : 1.0;

    // Per node.
    const double embedding = r.add("node.embedding_bytes", "Embedding size", Unit::Bytes, Section::Node,
                                   "embedding_dim * bytes_per_value",
                                   r.in(I::EmbeddingDimension) * r.in(I::BytesPerValue),
                                   { r.op(I::EmbeddingDimension), r.op(I::BytesPerValue) });
    const Operand embeddingOp = Recorder::op("EMBEDDING_SIZE", "node.embedding_bytes", embedding);
    const double record = r.add("node.record_bytes", "Node record size", Unit::Bytes, Section::Node,
                                "EMBEDDING_SIZE + NODE_METADATA", embedding + r.k(C::NodeMetadataBytes),
                                { embeddingOp, r.op(C::NodeMetadataBytes) });
    (void)record;

    // Tier distribution. Warm is 3x hot but takes at most what hot leaves, so cold is never negative.
    const double hot = r.add("tiers.hot_nodes", "Hot tier nodes", Unit::Nodes, Section::Tiers,
                             "round(nodes * active_ratio)", std::floor(nodes * activeRatio + 0.5),
                             { r.op(I::Nodes), r.op(I::ActiveRatio) });
    const Operand hotOp = Recorder::op("hot_nodes", "tiers.hot_nodes", hot);
    const double warmWanted = hot * r.k(C::WarmTierMultiple);
    const double warm = r.add("tiers.warm_nodes", "Warm tier nodes", Unit::Nodes, Section::Tiers,
                              "min(WARM_MULTIPLE * hot_nodes, nodes - hot_nodes)",
                              std::max(0.0, std::min(warmWanted, nodes - hot)),
                              { r.op(C::WarmTierMultiple), hotOp, r.op(I::Nodes) });
    const Operand warmOp = Recorder::op("warm_nodes", "tiers.warm_nodes", warm);
    const double cold = r.add("tiers.cold_nodes", "Cold tier nodes", Unit::Nodes, Section::Tiers,
                              "nodes - hot_nodes - warm_nodes", std::max(0.0, nodes - hot - warm),
                              { r.op(I::Nodes), hotOp, warmOp });
    const Operand coldOp = Recorder::op("cold_nodes", "tiers.cold_nodes", cold);

    // Edges.
    r.add("edges.total", "Total edges", Unit::Edges, Section::Edges, "round(nodes * edges_per_node)",
          std::floor(nodes * edgesPerNode + 0.5), { r.op(I::Nodes), r.op(I::EdgesPerNode) });
    const double hotEdges = r.add("edges.hot", "Hot tier edges", Unit::Edges, Section::Edges,
                                  "round(hot_nodes * edges_per_node)", std::floor(hot * edgesPerNode + 0.5),
                                  { hotOp, r.op(I::EdgesPerNode) });
    const Operand hotEdgesOp = Recorder::op("hot_edges", "edges.hot", hotEdges);
    double warmEdges = 0;
    if (full)
        warmEdges = r.add("edges.warm", "Warm tier edges", Unit::Edges, Section::Edges,
                          "round(warm_nodes * edges_per_node)", std::floor(warm * edgesPerNode + 0.5),
                          { warmOp, r.op(I::EdgesPerNode) });
    const Operand warmEdgesOp = Recorder::op("warm_edges", "edges.warm", warmEdges);

    // Memory (bytes).
    const double hotMemory = r.add(
        "memory.hot_tier", "Hot tier", Unit::Bytes, Section::Memory,
        "(hot_nodes * (EMBEDDING_SIZE + NODE_METADATA) + hot_edges * EDGE_OVERHEAD) * HASH_TABLE_OVERHEAD",
        (hot * (embedding + r.k(C::NodeMetadataBytes)) + hotEdges * r.k(C::EdgeOverheadBytes))
            * r.k(C::HashTableOverhead),
        { hotOp, embeddingOp, r.op(C::NodeMetadataBytes), hotEdgesOp, r.op(C::EdgeOverheadBytes),
          r.op(C::HashTableOverhead) });
    const double warmMemory = r.add("memory.warm_tier", "Warm tier prefetch", Unit::Bytes, Section::Memory,
                                    "warm_nodes * EMBEDDING_SIZE * PREFETCH_RATIO",
                                    warm * embedding * r.k(C::WarmPrefetchRatio),
                                    { warmOp, embeddingOp, r.op(C::WarmPrefetchRatio) });
    double pageCache = 0;
    if (full)
        pageCache = r.add("memory.warm_page_cache", "Warm tier page cache", Unit::Bytes, Section::Memory,
                          "(warm_nodes * (EMBEDDING_SIZE + NODE_METADATA) + warm_edges * EDGE_OVERHEAD) * "
                          "PAGE_CACHE_RATIO",
                          (warm * (embedding + r.k(C::NodeMetadataBytes)) + warmEdges * r.k(C::EdgeOverheadBytes))
                              * r.k(C::PageCacheRatio),
                          { warmOp, embeddingOp, r.op(C::NodeMetadataBytes), warmEdgesOp,
                            r.op(C::EdgeOverheadBytes), r.op(C::PageCacheRatio) });
    const double coldIndex = r.add(
        "memory.cold_index", "Cold tier index (bloom filter + skip list)", Unit::Bytes, Section::Memory,
        "cold_nodes * BLOOM_BITS / 8 + cold_nodes / SKIP_STRIDE * SKIP_ENTRY",
        cold * r.k(C::BloomBitsPerNode) / 8.0 + safeDivide(cold, r.k(C::SkipListStride)) * r.k(C::SkipListEntryBytes),
        { coldOp, r.op(C::BloomBitsPerNode), r.op(C::SkipListStride), r.op(C::SkipListEntryBytes) });
    const double activationPool = r.add(
        "memory.activation_pool", "Activation pool", Unit::Bytes, Section::Memory,
        "ops_per_sec * ACTIVATION_CONCURRENCY * ACTIVATION_RECORD",
        ops * r.k(C::ActivationConcurrency) * r.k(C::ActivationRecordBytes),
        { r.op(I::OpsPerSec), r.op(C::ActivationConcurrency), r.op(C::ActivationRecordBytes) });
    double walBuffer = 0;
    if (full)
        walBuffer = r.add("memory.wal_buffer", "WAL buffer", Unit::Bytes, Section::Memory,
                          "WAL_BUFFER_RECORDS * WAL_RECORD_SIZE",
                          r.k(C::WalBufferRecords) * r.k(C::WalRecordBytes),
                          { r.op(C::WalBufferRecords), r.op(C::WalRecordBytes) });
    const double runtime = r.add("memory.runtime", "Runtime overhead", Unit::Bytes, Section::Memory,
                                 "RUNTIME_OVERHEAD", r.k(C::RuntimeOverheadBytes), { r.op(C::RuntimeOverheadBytes) });
    double memoryTotal = 0;
    if (full)
        memoryTotal = r.add("memory.total", "Total memory", Unit::Bytes, Section::Memory,
                            "hot_tier + warm_tier + warm_page_cache + cold_index + activation_pool + wal_buffer + runtime",
                            hotMemory + warmMemory + pageCache + coldIndex + activationPool + walBuffer + runtime,
                            { Recorder::op("hot_tier", "memory.hot_tier", hotMemory),
                              Recorder::op("warm_tier", "memory.warm_tier", warmMemory),
                              Recorder::op("warm_page_cache", "memory.warm_page_cache", pageCache),
                              Recorder::op("cold_index", "memory.cold_index", coldIndex),
                              Recorder::op("activation_pool", "memory.activation_pool", activationPool),
                              Recorder::op("wal_buffer", "memory.wal_buffer", walBuffer),
                              Recorder::op("runtime", "memory.runtime", runtime) });
    else
        memoryTotal = r.add("memory.total", "Total memory", Unit::Bytes, Section::Memory,
                            "hot_tier + warm_tier + cold_index + activation_pool + runtime",
                            hotMemory + warmMemory + coldIndex + activationPool + runtime,
                            { Recorder::op("hot_tier", "memory.hot_tier", hotMemory),
                              Recorder::op("warm_tier", "memory.warm_tier", warmMemory),
                              Recorder::op("cold_index", "memory.cold_index", coldIndex),
                              Recorder::op("activation_pool", "memory.activation_pool", activationPool),
                              Recorder::op("runtime", "memory.runtime", runtime) });
    const Operand memoryTotalOp = Recorder::op("memory_total", "memory.total", memoryTotal);
    const double memoryRecommended = r.add(
        "memory.recommended", "Recommended memory", Unit::Bytes, Section::Memory,
        "ceil(memory_total * MEMORY_HEADROOM / GiB) * GiB",
        ceilTolerant(memoryTotal * r.k(C::MemoryHeadroom) / kGiB) * kGiB,
        { memoryTotalOp, r.op(C::MemoryHeadroom), kGiBOperand });
    (void)memoryRecommended;

    // CPU (cores).
    double spreading = 0;
    if (full)
        spreading = r.add("cpu.spreading", "Spreading activation", Unit::Cores, Section::Cpu,
                          "ops_per_sec / SPREADING_RATE * (1 + gpu_fallback_ratio * GPU_FALLBACK_OVERHEAD)",
                          safeDivide(ops, r.k(C::SpreadingOpsPerCore))
                              * (1.0 + r.in(I::GpuFallbackRatio) * r.k(C::GpuFallbackOverhead)),
                          { r.op(I::OpsPerSec), r.op(C::SpreadingOpsPerCore), r.op(I::GpuFallbackRatio),
                            r.op(C::GpuFallbackOverhead) });
    else
        spreading = r.add("cpu.spreading", "Spreading activation", Unit::Cores, Section::Cpu,
                          "ops_per_sec / SPREADING_RATE", safeDivide(ops, r.k(C::SpreadingOpsPerCore)),
                          { r.op(I::OpsPerSec), r.op(C::SpreadingOpsPerCore) });
    const double consolidation = r.add(
        "cpu.consolidation", "Consolidation", Unit::Cores, Section::Cpu,
        "hot_nodes / consolidation_interval / CONSOLIDATION_RATE",
        safeDivide(safeDivide(hot, r.in(I::ConsolidationInterval)), r.k(C::ConsolidationNodesPerCore)),
        { hotOp, r.op(I::ConsolidationInterval), r.op(C::ConsolidationNodesPerCore) });
    double compaction = 0;
    if (full)
        compaction = r.add("cpu.compaction", "Compaction", Unit::Cores, Section::Cpu,
                           "compaction_frequency * segment_size / (COMPACTION_THROUGHPUT * 3600)",
                           safeDivide(r.in(I::CompactionsPerHour) * r.in(I::SegmentBytes),
                                      r.k(C::CompactionThroughput) * kSecondsPerHour),
                           { r.op(I::CompactionsPerHour), r.op(I::SegmentBytes), r.op(C::CompactionThroughput) });
    double api = 0;
    if (full) {
        const double http = std::clamp(r.in(I::HttpFraction), 0.0, 1.0);
        api = r.add("cpu.api", "HTTP and gRPC API", Unit::Cores, Section::Cpu,
                    "ops_per_sec * http_fraction / HTTP_RATE + ops_per_sec * (1 - http_fraction) / GRPC_RATE",
                    safeDivide(ops * http, r.k(C::HttpRequestsPerCore))
                        + safeDivide(ops * (1.0 - http), r.k(C::GrpcRequestsPerCore)),
                    { r.op(I::OpsPerSec), r.op(I::HttpFraction), r.op(C::HttpRequestsPerCore),
                      r.op(C::GrpcRequestsPerCore) });
    } else {
        api = r.add("cpu.api", "API", Unit::Cores, Section::Cpu, "ops_per_sec / HTTP_RATE",
                    safeDivide(ops, r.k(C::HttpRequestsPerCore)), { r.op(I::OpsPerSec), r.op(C::HttpRequestsPerCore) });
    }
    const double system = r.add("cpu.system", "System", Unit::Cores, Section::Cpu, "SYSTEM_CORES",
                                r.k(C::SystemCores), { r.op(C::SystemCores) });
    double cpuTotal = 0;
    if (full)
        cpuTotal = r.add("cpu.total", "Total CPU", Unit::Cores, Section::Cpu,
                         "spreading + consolidation + compaction + api + system",
                         spreading + consolidation + compaction + api + system,
                         { Recorder::op("spreading", "cpu.spreading", spreading),
                           Recorder::op("consolidation", "cpu.consolidation", consolidation),
                           Recorder::op("compaction", "cpu.compaction", compaction),
                           Recorder::op("api", "cpu.api", api), Recorder::op("system", "cpu.system", system) });
    else
        cpuTotal = r.add("cpu.total", "Total CPU", Unit::Cores, Section::Cpu, "spreading + consolidation + api + system",
                         spreading + consolidation + api + system,
                         { Recorder::op("spreading", "cpu.spreading", spreading),
                           Recorder::op("consolidation", "cpu.consolidation", consolidation),
                           Recorder::op("api", "cpu.api", api), Recorder::op("system", "cpu.system", system) });
    const Operand cpuTotalOp = Recorder::op("cpu_total", "cpu.total", cpuTotal);
    double cpuRecommended = 0;
    if (full)
        // Even core counts keep NUMA nodes symmetric (spec: prefer 2, 4, 8, 16).
        cpuRecommended = r.add("cpu.recommended", "Recommended cores", Unit::Cores, Section::Cpu,
                               "2 * ceil(cpu_total * CPU_HEADROOM / 2)",
                               2.0 * ceilTolerant(cpuTotal * r.k(C::CpuHeadroom) / 2.0),
                               { cpuTotalOp, r.op(C::CpuHeadroom) });
    else
        cpuRecommended = r.add("cpu.recommended", "Recommended cores", Unit::Cores, Section::Cpu,
                               "ceil(cpu_total * CPU_HEADROOM)", ceilTolerant(cpuTotal * r.k(C::CpuHeadroom)),
                               { cpuTotalOp, r.op(C::CpuHeadroom) });
    const Operand coresOp = Recorder::op("cores", "cpu.recommended", cpuRecommended);

    // Storage (bytes).
    double warmStorage = 0;
    const Operand versionOp = r.op(C::VersionRetentionRatio);
    if (full) {
        const double warmData = warm * (embedding + r.k(C::NodeMetadataBytes)) + warmEdges * r.k(C::EdgeOverheadBytes);
        const double segments = r.add("storage.warm_segments", "Warm tier segments", Unit::Count, Section::Storage,
                                      "ceil((warm_nodes * (EMBEDDING_SIZE + NODE_METADATA) + warm_edges * "
                                      "EDGE_OVERHEAD) / segment_size)",
                                      ceilTolerant(safeDivide(warmData, r.in(I::SegmentBytes))),
                                      { warmOp, embeddingOp, r.op(C::NodeMetadataBytes), warmEdgesOp,
                                        r.op(C::EdgeOverheadBytes), r.op(I::SegmentBytes) });
        warmStorage = r.add("storage.warm_tier", "Warm tier", Unit::Bytes, Section::Storage,
                            "(warm_nodes * (EMBEDDING_SIZE + NODE_METADATA) + warm_edges * EDGE_OVERHEAD + "
                            "segment_headers * SEGMENT_HEADER) * (1 + VERSION_RETENTION)",
                            (warmData + segments * r.k(C::SegmentHeaderBytes)) * (1.0 + r.k(C::VersionRetentionRatio)),
                            { warmOp, embeddingOp, r.op(C::NodeMetadataBytes), warmEdgesOp,
                              r.op(C::EdgeOverheadBytes),
                              Recorder::op("segment_headers", "storage.warm_segments", segments),
                              r.op(C::SegmentHeaderBytes), versionOp });
    } else {
        warmStorage = r.add("storage.warm_tier", "Warm tier", Unit::Bytes, Section::Storage,
                            "warm_nodes * (EMBEDDING_SIZE + NODE_METADATA) * (1 + VERSION_RETENTION)",
                            warm * (embedding + r.k(C::NodeMetadataBytes)) * (1.0 + r.k(C::VersionRetentionRatio)),
                            { warmOp, embeddingOp, r.op(C::NodeMetadataBytes), versionOp });
    }
    double coldStorage = 0;
    if (full)
        coldStorage = r.add("storage.cold_tier", "Cold tier (compressed)", Unit::Bytes, Section::Storage,
                            "cold_nodes * EMBEDDING_SIZE * COMPRESSION_RATIO + columnar_index",
                            cold * embedding * r.k(C::ColdCompressionRatio) + coldIndex,
                            { coldOp, embeddingOp, r.op(C::ColdCompressionRatio),
                              Recorder::op("columnar_index", "memory.cold_index", coldIndex) });
    else
        coldStorage = r.add("storage.cold_tier", "Cold tier (compressed)", Unit::Bytes, Section::Storage,
                            "cold_nodes * EMBEDDING_SIZE * COMPRESSION_RATIO",
                            cold * embedding * r.k(C::ColdCompressionRatio),
                            { coldOp, embeddingOp, r.op(C::ColdCompressionRatio) });
    double walStorage = 0;
    if (full)
        walStorage = r.add("storage.wal", "Write-ahead log", Unit::Bytes, Section::Storage,
                           "ops_per_sec * write_fraction * 86400 * retention_days * WAL_RECORD_SIZE * WAL_COMPRESSION",
                           ops * writeFraction * kSecondsPerDay * r.in(I::RetentionDays) * r.k(C::WalRecordBytes)
                               * r.k(C::WalCompressionRatio),
                           { r.op(I::OpsPerSec), r.op(I::WriteFraction), r.op(I::RetentionDays),
                             r.op(C::WalRecordBytes), r.op(C::WalCompressionRatio) });
    else
        walStorage = r.add("storage.wal", "Write-ahead log", Unit::Bytes, Section::Storage,
                           "ops_per_sec * 86400 * retention_days * WAL_RECORD_SIZE * WAL_COMPRESSION",
                           ops * kSecondsPerDay * r.in(I::RetentionDays) * r.k(C::WalRecordBytes)
                               * r.k(C::WalCompressionRatio),
                           { r.op(I::OpsPerSec), r.op(I::RetentionDays), r.op(C::WalRecordBytes),
                             r.op(C::WalCompressionRatio) });
    const Operand warmStorageOp = Recorder::op("warm_storage", "storage.warm_tier", warmStorage);
    const Operand coldStorageOp = Recorder::op("cold_storage", "storage.cold_tier", coldStorage);
    const double snapshots = r.add("storage.snapshots", "Snapshots", Unit::Bytes, Section::Storage,
                                   "(warm_storage + cold_storage) * NUM_SNAPSHOTS * SNAPSHOT_RATIO",
                                   (warmStorage + coldStorage) * r.k(C::SnapshotCount) * r.k(C::SnapshotIncrementalRatio),
                                   { warmStorageOp, coldStorageOp, r.op(C::SnapshotCount),
                                     r.op(C::SnapshotIncrementalRatio) });
    double temp = 0;
    if (full)
        temp = r.add("storage.temp_space", "Temp space (compaction)", Unit::Bytes, Section::Storage,
                     "max(segment_size * COMPACTION_WORKSPACE, (warm_storage + cold_storage) * TEMP_RATIO)",
                     std::max(r.in(I::SegmentBytes) * r.k(C::CompactionWorkspaceFactor),
                              (warmStorage + coldStorage) * r.k(C::TempSpaceRatio)),
                     { r.op(I::SegmentBytes), r.op(C::CompactionWorkspaceFactor), warmStorageOp, coldStorageOp,
                       r.op(C::TempSpaceRatio) });
    const Operand walOp = Recorder::op("wal", "storage.wal", walStorage);
    const Operand snapshotsOp = Recorder::op("snapshots", "storage.snapshots", snapshots);
    double storageTotal = 0;
    if (full)
        storageTotal = r.add("storage.total", "Total storage", Unit::Bytes, Section::Storage,
                             "warm_storage + cold_storage + wal + snapshots + temp_space",
                             warmStorage + coldStorage + walStorage + snapshots + temp,
                             { warmStorageOp, coldStorageOp, walOp, snapshotsOp,
                               Recorder::op("temp_space", "storage.temp_space", temp) });
    else
        storageTotal = r.add("storage.total", "Total storage", Unit::Bytes, Section::Storage,
                             "warm_storage + cold_storage + wal + snapshots",
                             warmStorage + coldStorage + walStorage + snapshots,
                             { warmStorageOp, coldStorageOp, walOp, snapshotsOp });
    r.add("storage.recommended", "Recommended storage", Unit::Bytes, Section::Storage,
          "ceil(storage_total * STORAGE_HEADROOM / GiB) * GiB",
          ceilTolerant(storageTotal * r.k(C::StorageHeadroom) / kGiB) * kGiB,
          { Recorder::op("storage_total", "storage.total", storageTotal), r.op(C::StorageHeadroom), kGiBOperand });

    const double dataSize = warmStorage + coldStorage;

    // The calculator script's warnings, in its order, in both profiles, ahead of the full profile's own.
    if (cpuTotal > r.k(C::CpuWarningCores))
        r.finding("warning.cpu_cores", Severity::Warning,
                  "CPU: Consider horizontal scaling beyond " + formatHuman(r.k(C::CpuWarningCores), Unit::Cores),
                  exceeds("cpu.total", cpuTotal, Unit::Cores, r.k(C::CpuWarningCores)));
    if (memoryTotal > r.k(C::MemoryWarningBytes))
        r.finding("warning.memory_numa", Severity::Warning,
                  "Memory: Large memory footprint - ensure NUMA-aware allocation",
                  exceeds("memory.total", memoryTotal, Unit::Bytes, r.k(C::MemoryWarningBytes)));
    if (hot > r.k(C::HotTierShardNodes))
        r.finding("warning.hot_tier_sharding", Severity::Warning,
                  "Hot Tier: Consider sharding hot tier across multiple instances",
                  exceeds("tiers.hot_nodes", hot, Unit::Nodes, r.k(C::HotTierShardNodes)));

    if (full) {
        // Network (bytes per second).
        const double client = r.add("network.client", "Client traffic", Unit::BytesPerSecond, Section::Network,
                                    "(request_size_avg + response_size_avg) * ops_per_sec",
                                    (r.in(I::RequestBytes) + r.in(I::ResponseBytes)) * ops,
                                    { r.op(I::RequestBytes), r.op(I::ResponseBytes), r.op(I::OpsPerSec) });
        const double backupBandwidth = r.add("network.backup", "Backup", Unit::BytesPerSecond, Section::Network,
                                             "(warm_storage + cold_storage) / backup_window_seconds",
                                             safeDivide(dataSize, r.in(I::BackupWindow)),
                                             { warmStorageOp, coldStorageOp, r.op(I::BackupWindow) });
        const double replication = r.add(
            "network.replication", "Replication", Unit::BytesPerSecond, Section::Network,
            "ops_per_sec * write_fraction * WAL_RECORD_SIZE * replication_factor",
            ops * writeFraction * r.k(C::WalRecordBytes) * r.in(I::ReplicationFactor),
            { r.op(I::OpsPerSec), r.op(I::WriteFraction), r.op(C::WalRecordBytes), r.op(I::ReplicationFactor) });
        r.add("network.peak", "Peak bandwidth", Unit::BytesPerSecond, Section::Network,
              "max(replication, backup) + client * PEAK_CLIENT_FACTOR",
              std::max(replication, backupBandwidth) + client * r.k(C::PeakClientFactor),
              { Recorder::op("replication", "network.replication", replication),
                Recorder::op("backup", "network.backup", backupBandwidth),
                Recorder::op("client", "network.client", client), r.op(C::PeakClientFactor) });

        // Performance models.
        const bool extrapolated = cpuRecommended > r.k(C::LinearModelMaxCores);
        const double efficiency = r.add("performance.efficiency", "Scaling efficiency at recommended cores",
                                        Unit::Ratio, Section::Performance,
                                        "min(1, max(0, 1 - (cores - 1) * EFFICIENCY_LOSS))",
                                        // Rounded to 12 decimals so 1 - 7 * 0.05 is 0.65, not 0.6499999999999999
                                        // (the spec's 8-core example is 13,000 ops/s, not 12,999.999999999998);
                                        // at most 1, as with 0 recommended cores.
                                        std::clamp(std::round((1.0 - (cpuRecommended - 1.0)
                                                               * r.k(C::LinearEfficiencyLoss)) * 1e12) / 1e12,
                                                   0.0, 1.0),
                                        { coresOp, r.op(C::LinearEfficiencyLoss) }, extrapolated);
        r.add("performance.throughput", "Spreading throughput at recommended cores", Unit::OpsPerSecond,
              Section::Performance, "BASE_THROUGHPUT * cores * efficiency",
              r.k(C::LinearBaseThroughput) * cpuRecommended * efficiency,
              { r.op(C::LinearBaseThroughput), coresOp,
                Recorder::op("efficiency", "performance.efficiency", efficiency) },
              extrapolated);
        const double activated = std::max(1.0, r.in(I::ActivatedNodesPerQuery));
        const double sizeFactor = r.add("performance.size_factor", "Latency size factor", Unit::Factor,
                                        Section::Performance,
                                        "max(1, 1 + log10(nodes_activated / LATENCY_REF_NODES))",
                                        std::max(1.0, 1.0 + std::log10(safeDivide(activated, r.k(C::LatencyReferenceNodes)) + 1e-300)),
                                        { r.op(I::ActivatedNodesPerQuery), r.op(C::LatencyReferenceNodes) });
        const Operand sizeOp = Recorder::op("size_factor", "performance.size_factor", sizeFactor);
        r.add("performance.latency_hot", "Hot tier latency", Unit::Seconds, Section::Performance,
              "BASE_LATENCY * 1 * size_factor", r.k(C::BaseLatency) * sizeFactor, { r.op(C::BaseLatency), sizeOp });
        r.add("performance.latency_warm", "Warm tier latency", Unit::Seconds, Section::Performance,
              "BASE_LATENCY * WARM_MULTIPLIER * size_factor",
              r.k(C::BaseLatency) * r.k(C::WarmLatencyMultiplier) * sizeFactor,
              { r.op(C::BaseLatency), r.op(C::WarmLatencyMultiplier), sizeOp });
        r.add("performance.latency_cold", "Cold tier latency", Unit::Seconds, Section::Performance,
              "BASE_LATENCY * COLD_MULTIPLIER * size_factor",
              r.k(C::BaseLatency) * r.k(C::ColdLatencyMultiplier) * sizeFactor,
              { r.op(C::BaseLatency), r.op(C::ColdLatencyMultiplier), sizeOp });
        const double writeThroughput = r.add(
            "performance.write_throughput", "Storage write throughput", Unit::BytesPerSecond, Section::Performance,
            "min(disk_iops * MMAP_PAGE_SIZE, disk_bandwidth, WAL_BUFFER_RECORDS * WAL_RECORD_SIZE / WAL_FLUSH_INTERVAL)",
            std::min({ r.in(I::DiskIops) * r.k(C::MmapPageBytes), r.in(I::DiskBandwidth),
                       safeDivide(r.k(C::WalBufferRecords) * r.k(C::WalRecordBytes), r.k(C::WalFlushInterval)) }),
            { r.op(I::DiskIops), r.op(C::MmapPageBytes), r.op(I::DiskBandwidth), r.op(C::WalBufferRecords),
              r.op(C::WalRecordBytes), r.op(C::WalFlushInterval) });
        const double hitRate = std::clamp(r.in(I::CacheHitRate), 0.0, 1.0);
        r.add("performance.read_throughput", "Storage read throughput", Unit::BytesPerSecond, Section::Performance,
              "min(disk_iops * (EMBEDDING_SIZE + NODE_METADATA), disk_bandwidth, cache_hit_rate * MEMORY_BANDWIDTH + "
              "(1 - cache_hit_rate) * disk_bandwidth)",
              std::min({ r.in(I::DiskIops) * (embedding + r.k(C::NodeMetadataBytes)), r.in(I::DiskBandwidth),
                         hitRate * r.k(C::MemoryBandwidth) + (1.0 - hitRate) * r.in(I::DiskBandwidth) }),
              { r.op(I::DiskIops), embeddingOp, r.op(C::NodeMetadataBytes), r.op(I::DiskBandwidth),
                r.op(I::CacheHitRate), r.op(C::MemoryBandwidth) });
        const double walRate = r.add("performance.wal_write_rate", "WAL write rate needed", Unit::BytesPerSecond,
                                     Section::Performance, "ops_per_sec * write_fraction * WAL_RECORD_SIZE",
                                     ops * writeFraction * r.k(C::WalRecordBytes),
                                     { r.op(I::OpsPerSec), r.op(I::WriteFraction), r.op(C::WalRecordBytes) });

        // Recovery (seconds).
        const double walSinceSnapshot = r.add(
            "recovery.wal_since_snapshot", "WAL written since the last snapshot", Unit::Bytes, Section::Recovery,
            "min(wal, ops_per_sec * write_fraction * WAL_RECORD_SIZE * WAL_COMPRESSION * SNAPSHOT_INTERVAL)",
            std::min(walStorage, ops * writeFraction * r.k(C::WalRecordBytes) * r.k(C::WalCompressionRatio)
                                     * r.k(C::SnapshotInterval)),
            { walOp, r.op(I::OpsPerSec), r.op(I::WriteFraction), r.op(C::WalRecordBytes),
              r.op(C::WalCompressionRatio), r.op(C::SnapshotInterval) });
        const double replay = r.add("recovery.wal_replay", "WAL replay", Unit::Seconds, Section::Recovery,
                                    "wal_since_snapshot / WAL_REPLAY_RATE",
                                    safeDivide(walSinceSnapshot, r.k(C::WalReplayRate)),
                                    { Recorder::op("wal_since_snapshot", "recovery.wal_since_snapshot", walSinceSnapshot),
                                      r.op(C::WalReplayRate) });
        const double rebuild = r.add("recovery.index_rebuild", "Index rebuild", Unit::Seconds, Section::Recovery,
                                     "nodes / (INDEX_REBUILD_RATE * max(1, cores))",
                                     safeDivide(nodes, r.k(C::IndexRebuildRate) * std::max(1.0, cpuRecommended)),
                                     { r.op(I::Nodes), r.op(C::IndexRebuildRate), coresOp });
        const double warmup = r.add("recovery.warmup", "Memory warm-up", Unit::Seconds, Section::Recovery,
                                    "hot_tier / WARMUP_RATE", safeDivide(hotMemory, r.k(C::WarmupRate)),
                                    { Recorder::op("hot_tier", "memory.hot_tier", hotMemory), r.op(C::WarmupRate) });
        r.add("recovery.cold_start", "Modelled cold start", Unit::Seconds, Section::Recovery,
              "wal_replay + index_rebuild + warmup", replay + rebuild + warmup,
              { Recorder::op("wal_replay", "recovery.wal_replay", replay),
                Recorder::op("index_rebuild", "recovery.index_rebuild", rebuild),
                Recorder::op("warmup", "recovery.warmup", warmup) });
        const RtoClass rto = rtoClassFor(dataSize);
        const Operand dataOp = Recorder::op("data_size", "backup.full_size", dataSize);
        r.add("recovery.rto_cold_start", "RTO class: cold start", Unit::Seconds, Section::Recovery,
              "rto_table(data_size).cold_start", rto.coldStart, { dataOp });
        r.add("recovery.rto_warm_start", "RTO class: warm start", Unit::Seconds, Section::Recovery,
              "rto_table(data_size).warm_start", rto.warmStart, { dataOp });
        r.add("recovery.rto_hot_standby", "RTO class: hot standby", Unit::Seconds, Section::Recovery,
              "rto_table(data_size).hot_standby", rto.hotStandby, { dataOp });

        // Backup.
        const double newNodes = r.add("backup.daily_new_nodes", "New nodes per day", Unit::Nodes, Section::Backup,
                                      "nodes * growth_rate", nodes * r.in(I::DailyGrowthRate),
                                      { r.op(I::Nodes), r.op(I::DailyGrowthRate) });
        r.add("backup.daily_incremental", "Daily incremental backup", Unit::Bytes, Section::Backup,
              "daily_new_nodes * EMBEDDING_SIZE + hot_nodes * MODIFIED_NODE_BYTES",
              newNodes * embedding + hot * r.k(C::BackupModifiedBytes),
              { Recorder::op("daily_new_nodes", "backup.daily_new_nodes", newNodes), embeddingOp, hotOp,
                r.op(C::BackupModifiedBytes) });
        r.add("backup.full_size", "Full backup size", Unit::Bytes, Section::Backup, "warm_storage + cold_storage",
              dataSize, { warmStorageOp, coldStorageOp });
        r.add("backup.full_interval", "Full backup every", Unit::Days, Section::Backup,
              "full_backup_table(data_size)", fullBackupIntervalDays(dataSize), { dataOp });

        // Findings only the full profile knows about.
        if (cpuRecommended > r.k(C::MaxUsefulCores))
            r.finding("warning.max_useful_cores", Severity::Warning,
                      "CPU: more cores than are useful on one instance (lock contention dominates); shard across "
                      "instances",
                      exceeds("cpu.recommended", cpuRecommended, Unit::Cores, r.k(C::MaxUsefulCores)));
        if (extrapolated)
            r.finding("info.linear_model_extrapolated", Severity::Info,
                      "Performance: the linear scaling model is validated up to "
                          + formatHuman(r.k(C::LinearModelMaxCores), Unit::Cores)
                          + "; throughput and efficiency beyond that are extrapolated"
                          + (efficiency <= 0 ? " (efficiency clamped at zero)" : ""),
                      exceeds("cpu.recommended", cpuRecommended, Unit::Cores, r.k(C::LinearModelMaxCores)));
        if (warmWanted > nodes - hot && nodes > 0)
            r.finding("warning.warm_clamped", Severity::Warning,
                      "Tiers: the warm tier takes only what the hot tier leaves, so the cold tier is empty",
                      "WARM_MULTIPLE * hot_nodes = " + formatGrouped(warmWanted) + " > nodes - hot_nodes = "
                          + formatGrouped(nodes - hot));
        if (activeRatio > r.k(C::HotRatioTarget))
            r.finding("recommendation.hot_ratio", Severity::Recommendation,
                      "Tier optimization: keep under " + formatHuman(r.k(C::HotRatioTarget), Unit::Ratio)
                          + " of nodes hot by tuning the eviction threshold (RAM costs more than SSD)",
                      exceeds("input.active-ratio", activeRatio, Unit::Ratio, r.k(C::HotRatioTarget)));
        if (walStorage > r.k(C::WalWarningBytes))
            r.finding("warning.wal_size", Severity::Warning,
                      "Storage: large WAL - increase compaction frequency or reduce WAL retention",
                      exceeds("storage.wal", walStorage, Unit::Bytes, r.k(C::WalWarningBytes)));
        if (r.k(C::SnapshotCount) > r.k(C::SnapshotCountWarning))
            r.finding("warning.snapshot_count", Severity::Warning,
                      "Storage: prune snapshots - keep only the last 5 plus weekly archives",
                      "NUM_SNAPSHOTS = " + formatMachineNumber(r.k(C::SnapshotCount)) + " > "
                          + formatMachineNumber(r.k(C::SnapshotCountWarning)));
        if (walRate > writeThroughput)
            r.finding("warning.disk_write_throughput", Severity::Warning,
                      "Storage: the volume cannot absorb the WAL write rate - move to NVMe or raise IOPS",
                      "performance.wal_write_rate = " + formatHuman(walRate, Unit::BytesPerSecond)
                          + " > performance.write_throughput = " + formatHuman(writeThroughput, Unit::BytesPerSecond));
    }

    r.finish();
}

Estimate estimate(const Scenario& scenario, const ModelConstants& constants, Profile profile)
{
    Estimate result;
    estimateInto(result, scenario, constants, profile);
    return result;
}

} // namespace ecw
