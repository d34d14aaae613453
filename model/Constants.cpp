// SPDX-License-Identifier: GPL-3.0-or-later
// The spec's constants, with the section of the spec each default is taken from.
#include "Constants.h"

namespace ecw {

namespace {

constexpr double kMiBValue = 1048576.0;
constexpr double kGiBValue = 1073741824.0;

// clang-format off
constexpr std::array<ConstantSpec, kConstantCount> kSpecs { {
    { ConstantId::NodeMetadataBytes, "node_metadata_bytes", "NODE_METADATA", "Node metadata", Unit::Bytes, 64, 0, 1 << 20, "Fundamental Resource Constants: NODE_METADATA = 64 bytes" },
    { ConstantId::EdgeOverheadBytes, "edge_overhead_bytes", "EDGE_OVERHEAD", "Edge overhead", Unit::Bytes, 32, 0, 1 << 20, "Fundamental Resource Constants: EDGE_OVERHEAD = 32 bytes" },
    { ConstantId::HashTableOverhead, "hash_table_overhead", "HASH_TABLE_OVERHEAD", "Hash table overhead factor", Unit::Factor, 1.5, 1, 10, "Fundamental Resource Constants: HASH_TABLE_OVERHEAD = 1.5x" },
    { ConstantId::MmapPageBytes, "mmap_page_bytes", "MMAP_PAGE_SIZE", "mmap page size", Unit::Bytes, 4096, 512, 1 << 24, "Fundamental Resource Constants: MMAP_PAGE_SIZE = 4,096 bytes" },
    { ConstantId::SegmentHeaderBytes, "segment_header_bytes", "SEGMENT_HEADER", "Segment header size", Unit::Bytes, 4096, 0, 1 << 24, "Storage formula: segment_headers * 4KB" },
    { ConstantId::WalRecordBytes, "wal_record_bytes", "WAL_RECORD_SIZE", "WAL record size", Unit::Bytes, 256, 1, 1 << 20, "Fundamental Resource Constants: WAL_RECORD_SIZE = 256 bytes" },
    { ConstantId::CompactionWorkspaceFactor, "compaction_workspace_factor", "COMPACTION_WORKSPACE", "Compaction workspace factor", Unit::Factor, 2, 0, 100, "Fundamental Resource Constants: COMPACTION_WORKSPACE = 2x largest segment size" },
    { ConstantId::WarmTierMultiple, "warm_tier_multiple", "WARM_MULTIPLE", "Warm nodes per hot node", Unit::Factor, 3, 0, 1000, "Calculator script: WARM_NODES = hot * 3" },
    { ConstantId::WarmPrefetchRatio, "warm_prefetch_ratio", "PREFETCH_RATIO", "Warm prefetch ratio", Unit::Ratio, 0.1, 0, 1, "Memory formula: prefetch_ratio default 0.1" },
    { ConstantId::PageCacheRatio, "page_cache_ratio", "PAGE_CACHE_RATIO", "Warm page cache ratio", Unit::Ratio, 0.25, 0, 1, "Memory formula: page cache typically 25% of warm tier size" },
    { ConstantId::BloomBitsPerNode, "bloom_bits_per_node", "BLOOM_BITS", "Bloom filter bits per cold node", Unit::Count, 10, 0, 1024, "Memory formula: total_cold_nodes * 10 bits / 8" },
    { ConstantId::SkipListStride, "skip_list_stride", "SKIP_STRIDE", "Skip-list stride (nodes per entry)", Unit::Nodes, 128, 1, 1e9, "Memory formula: total_cold_nodes / 128 * 64 bytes" },
    { ConstantId::SkipListEntryBytes, "skip_list_entry_bytes", "SKIP_ENTRY", "Skip-list entry size", Unit::Bytes, 64, 0, 1 << 20, "Memory formula: total_cold_nodes / 128 * 64 bytes" },
    { ConstantId::ActivationConcurrency, "activation_concurrency", "ACTIVATION_CONCURRENCY", "Concurrent activations per op/s", Unit::Ratio, 0.01, 0, 1, "Calculator script: ops * 0.01 * 8192 (1% concurrent)" },
    { ConstantId::ActivationRecordBytes, "activation_record_bytes", "ACTIVATION_RECORD", "Activation record size", Unit::Bytes, 8192, 0, 1 << 24, "Memory formula: activation_pool_size * 8KB" },
    { ConstantId::WalBufferRecords, "wal_buffer_records", "WAL_BUFFER_RECORDS", "WAL buffer records", Unit::Count, 10000, 0, 1e9, "Memory formula: WAL buffer default 10,000 * 256" },
    { ConstantId::RuntimeOverheadBytes, "runtime_overhead_bytes", "RUNTIME_OVERHEAD", "Runtime overhead", Unit::Bytes, 500 * kMiBValue, 0, 1024 * kGiBValue, "Memory formula: RUNTIME_OVERHEAD ~500MB base" },
    { ConstantId::MemoryHeadroom, "memory_headroom", "MEMORY_HEADROOM", "Memory headroom factor", Unit::Factor, 1.25, 1, 10, "Calculator script: TOTAL_MEMORY * 1.25" },
    { ConstantId::SpreadingOpsPerCore, "spreading_ops_per_core", "SPREADING_RATE", "Spreading ops per core", Unit::OpsPerSecond, 2500, 1, 1e9, "CPU formula: single core handles ~2,500 ops/sec" },
    { ConstantId::GpuFallbackOverhead, "gpu_fallback_overhead", "GPU_FALLBACK_OVERHEAD", "GPU fallback CPU overhead", Unit::Factor, 0.5, 0, 10, "CPU formula: GPU fallback adds 50% overhead" },
    { ConstantId::ConsolidationNodesPerCore, "consolidation_nodes_per_core", "CONSOLIDATION_RATE", "Consolidation nodes per core-second", Unit::NodesPerSecond, 50000, 1, 1e12, "CPU formula: single core processes ~50K nodes/sec" },
    { ConstantId::CompactionThroughput, "compaction_throughput", "COMPACTION_THROUGHPUT", "Compaction throughput per core", Unit::BytesPerSecond, 100 * kMiBValue, 1, 1e12, "Assumed equal to the spec's WAL replay rate (100MB/sec)" },
    { ConstantId::HttpRequestsPerCore, "http_requests_per_core", "HTTP_RATE", "HTTP requests per core", Unit::RequestsPerSecond, 5000, 1, 1e9, "CPU formula: http_requests_per_sec / 5000" },
    { ConstantId::GrpcRequestsPerCore, "grpc_requests_per_core", "GRPC_RATE", "gRPC requests per core", Unit::RequestsPerSecond, 8000, 1, 1e9, "CPU formula: grpc_requests_per_sec / 8000" },
    { ConstantId::SystemCores, "system_cores", "SYSTEM_CORES", "System cores", Unit::Cores, 1, 0, 64, "Calculator script: TOTAL_CORES = ... + 1" },
    { ConstantId::CpuHeadroom, "cpu_headroom", "CPU_HEADROOM", "CPU headroom factor", Unit::Factor, 1.5, 1, 10, "Calculator script: TOTAL_CORES * 1.5" },
    { ConstantId::MaxUsefulCores, "max_useful_cores", "MAX_USEFUL_CORES", "Maximum useful cores", Unit::Cores, 32, 1, 4096, "CPU constraints: beyond 32 cores lock contention dominates" },
    { ConstantId::ColdCompressionRatio, "cold_compression_ratio", "COMPRESSION_RATIO", "Cold tier compression ratio", Unit::Ratio, 0.4, 0, 1, "Storage formula: compression_ratio = 0.4 (zstd level 3)" },
    { ConstantId::VersionRetentionRatio, "version_retention_ratio", "VERSION_RETENTION", "Warm version retention ratio", Unit::Factor, 0.3, 0, 10, "Calculator script: warm storage * 1.3" },
    { ConstantId::WalCompressionRatio, "wal_compression_ratio", "WAL_COMPRESSION", "WAL compressed size ratio", Unit::Ratio, 0.7, 0, 1, "Storage formula: usually 0.7 with snappy" },
    { ConstantId::SnapshotCount, "snapshot_count", "NUM_SNAPSHOTS", "Snapshots kept", Unit::Count, 5, 0, 1000, "Calculator script: 5 snapshots" },
    { ConstantId::SnapshotIncrementalRatio, "snapshot_incremental_ratio", "SNAPSHOT_RATIO", "Incremental snapshot ratio", Unit::Ratio, 0.3, 0, 1, "Storage formula: num_snapshots * total_data_size * 0.3" },
    { ConstantId::SnapshotInterval, "snapshot_interval", "SNAPSHOT_INTERVAL", "Snapshot interval", Unit::Seconds, 86400, 60, 31536000, "Assumed daily snapshots: bounds the WAL replayed at recovery" },
    { ConstantId::TempSpaceRatio, "temp_space_ratio", "TEMP_RATIO", "Temp space ratio", Unit::Factor, 0.1, 0, 10, "Storage formula: TEMP_SPACE = max(largest_segment * 2, total_data_size * 0.1)" },
    { ConstantId::StorageHeadroom, "storage_headroom", "STORAGE_HEADROOM", "Storage headroom factor", Unit::Factor, 1.5, 1, 10, "Calculator script: TOTAL_STORAGE * 1.5" },
    { ConstantId::PeakClientFactor, "peak_client_factor", "PEAK_CLIENT_FACTOR", "Peak client factor", Unit::Factor, 1.5, 1, 100, "Network formula: CLIENT_BANDWIDTH * 1.5" },
    { ConstantId::CpuWarningCores, "cpu_warning_cores", "CPU_WARN_CORES", "CPU warning threshold", Unit::Cores, 8, 1, 4096, "Calculator script: TOTAL_CORES > 8" },
    { ConstantId::MemoryWarningBytes, "memory_warning_bytes", "MEMORY_WARN", "Memory warning threshold", Unit::Bytes, 32 * kGiBValue, kMiBValue, 1e18, "Calculator script: TOTAL_MEMORY > 32768 MB" },
    { ConstantId::HotTierShardNodes, "hot_tier_shard_nodes", "HOT_SHARD_NODES", "Hot tier sharding threshold", Unit::Nodes, 10000000, 1, 1e12, "Calculator script: HOT_NODES > 10000000" },
    { ConstantId::HotRatioTarget, "hot_ratio_target", "HOT_RATIO_TARGET", "Hot tier ratio target", Unit::Ratio, 0.05, 0, 1, "Tier Optimization Strategy: target <5% of total nodes in hot tier" },
    { ConstantId::WalWarningBytes, "wal_warning_bytes", "WAL_WARN", "WAL size trigger", Unit::Bytes, 10 * kGiBValue, kMiBValue, 1e18, "Storage Scaling Triggers: WAL size > 10GB" },
    { ConstantId::SnapshotCountWarning, "snapshot_count_warning", "SNAPSHOT_WARN", "Snapshot count trigger", Unit::Count, 10, 0, 1000, "Storage Scaling Triggers: snapshot count > 10" },
    { ConstantId::LinearBaseThroughput, "linear_base_throughput", "BASE_THROUGHPUT", "Base throughput per core", Unit::OpsPerSecond, 2500, 1, 1e9, "Linear Scaling Model: base_throughput 2,500 ops/sec" },
    { ConstantId::LinearEfficiencyLoss, "linear_efficiency_loss", "EFFICIENCY_LOSS", "Efficiency loss per added core", Unit::Ratio, 0.05, 0, 1, "Linear Scaling Model: efficiency = 1.0 - (cores - 1) * 0.05" },
    { ConstantId::LinearModelMaxCores, "linear_model_max_cores", "LINEAR_MAX_CORES", "Linear model validity limit", Unit::Cores, 8, 1, 4096, "Linear Scaling Model (up to 8 cores)" },
    { ConstantId::BaseLatency, "base_latency", "BASE_LATENCY", "Hot tier base latency", Unit::Seconds, 0.0001, 0, 10, "Memory Latency Model: base_latency = 0.1ms" },
    { ConstantId::WarmLatencyMultiplier, "warm_latency_multiplier", "WARM_MULTIPLIER", "Warm tier latency multiplier", Unit::Factor, 10, 1, 1e6, "Memory Latency Model: warm=10" },
    { ConstantId::ColdLatencyMultiplier, "cold_latency_multiplier", "COLD_MULTIPLIER", "Cold tier latency multiplier", Unit::Factor, 100, 1, 1e6, "Memory Latency Model: cold=100" },
    { ConstantId::LatencyReferenceNodes, "latency_reference_nodes", "LATENCY_REF_NODES", "Latency size reference", Unit::Nodes, 1000, 1, 1e12, "Memory Latency Model: size_factor = 1 + log10(nodes_activated / 1000)" },
    { ConstantId::MemoryBandwidth, "memory_bandwidth", "MEMORY_BANDWIDTH", "Memory bandwidth", Unit::BytesPerSecond, 10 * kGiBValue, kMiBValue, 1e13, "Storage Throughput Model: memory_bandwidth (assumed 10 GiB/s; the spec gives no value)" },
    { ConstantId::WalFlushInterval, "wal_flush_interval", "WAL_FLUSH_INTERVAL", "WAL flush interval", Unit::Seconds, 0.01, 0.0001, 60, "Storage Throughput Model: wal_flush_interval (assumed 10 ms; the spec gives no value)" },
    { ConstantId::WalReplayRate, "wal_replay_rate", "WAL_REPLAY_RATE", "WAL replay rate", Unit::BytesPerSecond, 100 * kMiBValue, 1, 1e12, "Disaster Recovery: WAL replay 100MB/sec (NVMe SSD)" },
    { ConstantId::IndexRebuildRate, "index_rebuild_rate", "INDEX_REBUILD_RATE", "Index rebuild rate per core", Unit::NodesPerSecond, 50000, 1, 1e12, "Disaster Recovery: index rebuild 50K nodes/sec/core" },
    { ConstantId::WarmupRate, "warmup_rate", "WARMUP_RATE", "Memory warm-up rate", Unit::BytesPerSecond, kGiBValue, 1, 1e12, "Disaster Recovery: memory warmup 1GB/sec from disk" },
    { ConstantId::BackupModifiedBytes, "backup_modified_bytes", "MODIFIED_NODE_BYTES", "Backup bytes per modified node", Unit::Bytes, 1024, 0, 1 << 24, "Backup sizing: daily_modified * 1KB" },
    { ConstantId::MemoryTrigger, "memory_trigger", "MEMORY_TRIGGER", "Memory scaling trigger", Unit::Ratio, 0.8, 0.01, 1, "Capacity Planning Worksheet: when will memory hit 80%?" },
    { ConstantId::CpuTrigger, "cpu_trigger", "CPU_TRIGGER", "CPU scaling trigger", Unit::Ratio, 0.7, 0.01, 1, "Capacity Planning Worksheet: when will CPU hit 70%?" },
    { ConstantId::StorageTrigger, "storage_trigger", "STORAGE_TRIGGER", "Storage scaling trigger", Unit::Ratio, 0.7, 0.01, 1, "Capacity Planning Worksheet: when will storage hit 70%?" },
    { ConstantId::SafetyMargin, "safety_margin", "SAFETY_MARGIN", "Forecast safety margin", Unit::Ratio, 0.3, 0, 10, "Capacity Planning Worksheet: add 30% safety margin" },
} };
// clang-format on

constexpr bool specsInOrder()
{
    for (std::size_t i = 0; i < kSpecs.size(); ++i)
        if (static_cast<std::size_t>(kSpecs[i].id) != i)
            return false;
    return true;
}
static_assert(specsInOrder(), "constant table must list constants in ConstantId order");

} // namespace

const std::array<ConstantSpec, kConstantCount>& constantSpecs() { return kSpecs; }

const ConstantSpec& constantSpec(ConstantId id) { return kSpecs[static_cast<std::size_t>(id)]; }

std::optional<ConstantId> findConstant(std::string_view key)
{
    for (const ConstantSpec& spec : kSpecs)
        if (spec.key == key || spec.symbol == key)
            return spec.id;
    return std::nullopt;
}

ModelConstants::ModelConstants() { resetAll(); }

void ModelConstants::reset(ConstantId id) { set(id, constantSpec(id).defaultValue); }

void ModelConstants::resetAll()
{
    for (const ConstantSpec& spec : kSpecs)
        m_values[static_cast<std::size_t>(spec.id)] = spec.defaultValue;
}

bool ModelConstants::isDefault(ConstantId id) const { return get(id) == constantSpec(id).defaultValue; }

bool ModelConstants::allDefault() const
{
    for (const ConstantSpec& spec : kSpecs)
        if (!isDefault(spec.id))
            return false;
    return true;
}

} // namespace ecw
