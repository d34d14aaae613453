// SPDX-License-Identifier: GPL-3.0-or-later
// Defaults and ranges of every input; the six calculator ranges come from the model issue.
#include "Inputs.h"

namespace ecw {

namespace {

constexpr double kMiBValue = 1048576.0;
constexpr double kGiBValue = 1073741824.0;

constexpr std::array<InputSpec, kInputCount> kSpecs { {
    { InputId::Nodes, "nodes", "nodes", "Nodes", Unit::Nodes, 1000000, 0, 1e12, true, true, InputGroup::Calculator,
      "Total memory nodes expected across all tiers." },
    { InputId::ActiveRatio, "active-ratio", "active_ratio", "Active ratio", Unit::Ratio, 0.1, 0, 1, false, false,
      InputGroup::Calculator, "Fraction of nodes active (activation > 0.1 in the last hour); these live in the hot tier." },
    { InputId::EdgesPerNode, "edges-per-node", "edges_per_node", "Edges per node", Unit::Edges, 50, 0, 10000, false,
      false, InputGroup::Calculator, "Average number of edges per node." },
    { InputId::OpsPerSec, "ops-per-sec", "ops_per_sec", "Operations per second", Unit::OpsPerSecond, 5000, 0, 1e8,
      false, true, InputGroup::Calculator, "Target operations per second (every operation spreads activation)." },
    { InputId::RetentionDays, "retention-days", "retention_days", "Retention", Unit::Days, 30, 1, 3650, false, false,
      InputGroup::Calculator, "Days of write-ahead log kept on disk." },
    { InputId::ConsolidationInterval, "consolidation-interval", "consolidation_interval", "Consolidation interval",
      Unit::Seconds, 300, 1, 86400, false, true, InputGroup::Calculator,
      "Seconds between consolidation passes over the hot tier." },
    { InputId::WriteFraction, "write-fraction", "write_fraction", "Write fraction", Unit::Ratio, 1.0, 0, 1, false,
      false, InputGroup::Workload,
      "Fraction of operations that write a WAL record. The script assumes every operation writes (1.0)." },
    { InputId::HttpFraction, "http-fraction", "http_fraction", "HTTP share of requests", Unit::Ratio, 1.0, 0, 1, false,
      false, InputGroup::Workload, "Fraction of requests served over HTTP; the rest use gRPC. The script counts all as HTTP." },
    { InputId::RequestBytes, "request-bytes", "request_size_avg", "Request size", Unit::Bytes, 1024, 0, 64 * kMiBValue,
      true, true, InputGroup::Network, "Average request size on the wire." },
    { InputId::ResponseBytes, "response-bytes", "response_size_avg", "Response size", Unit::Bytes, 4096, 0,
      64 * kMiBValue, true, true, InputGroup::Network, "Average response size on the wire." },
    { InputId::ReplicationFactor, "replication-factor", "replication_factor", "Replication factor", Unit::Count, 0, 0, 16,
      true, false, InputGroup::Network,
      "Replicas each write is streamed to (0 for a single node; distributed mode is future work in the spec)." },
    { InputId::GpuFallbackRatio, "gpu-fallback-ratio", "gpu_fallback_ratio", "GPU fallback ratio", Unit::Ratio, 0, 0, 1,
      false, false, InputGroup::Workload,
      "Fraction of spreading that falls back from GPU to CPU; each fallback costs 50% extra CPU." },
    { InputId::BackupWindow, "backup-window", "backup_window_seconds", "Backup window", Unit::Seconds, 14400, 60, 86400,
      false, true, InputGroup::Network, "Seconds a full backup may take (the spec's 2-6 AM window is 4 h)." },
    { InputId::CompactionsPerHour, "compactions-per-hour", "compaction_frequency", "Compactions per hour", Unit::Count,
      1, 0, 60, false, false, InputGroup::Storage, "Segment compactions per hour." },
    { InputId::SegmentBytes, "segment-bytes", "segment_size", "Segment size", Unit::Bytes, kGiBValue, kMiBValue,
      64 * kGiBValue, true, true, InputGroup::Storage, "Size of the largest storage segment (the spec shards into 1 GB segments)." },
    { InputId::EmbeddingDimension, "embedding-dimension", "embedding_dim", "Embedding dimension", Unit::Count, 768, 1,
      65536, true, false, InputGroup::Embedding, "Values per embedding vector (768 by default; 384 and 1536 are common)." },
    { InputId::BytesPerValue, "bytes-per-value", "bytes_per_value", "Bytes per embedding value", Unit::Bytes, 4, 1, 8,
      true, false, InputGroup::Embedding, "Bytes per embedding value: 4 for float32, 2 for float16, 1 for int8." },
    { InputId::DailyGrowthRate, "growth-rate", "growth_rate", "Daily growth rate", Unit::Ratio, 0.02, 0, 1, false, false,
      InputGroup::Growth, "Observed daily node growth (the spec's typical range is 0.01 to 0.05)." },
    { InputId::ActivatedNodesPerQuery, "activated-nodes", "nodes_activated", "Nodes activated per query", Unit::Nodes,
      10000, 1, 1e9, true, true, InputGroup::Workload, "Nodes a spreading query activates (memory latency model)." },
    { InputId::DiskIops, "disk-iops", "disk_iops", "Disk IOPS", Unit::Count, 3000, 1, 1e7, true, true,
      InputGroup::Storage, "Provisioned IOPS of the data volume (gp3 baseline is 3,000)." },
    { InputId::DiskBandwidth, "disk-bandwidth", "disk_bandwidth", "Disk bandwidth", Unit::BytesPerSecond,
      125 * kMiBValue, kMiBValue, 100 * kGiBValue, false, true, InputGroup::Storage,
      "Provisioned throughput of the data volume (gp3 baseline is 125 MiB/s)." },
    { InputId::CacheHitRate, "cache-hit-rate", "cache_hit_rate", "Cache hit rate", Unit::Ratio, 0.9, 0, 1, false, false,
      InputGroup::Storage, "Fraction of reads served from memory (storage throughput model)." },
} };

constexpr bool specsInOrder()
{
    for (std::size_t i = 0; i < kSpecs.size(); ++i)
        if (static_cast<std::size_t>(kSpecs[i].id) != i)
            return false;
    return true;
}
static_assert(specsInOrder(), "input table must list inputs in InputId order");

} // namespace

const std::array<InputSpec, kInputCount>& inputSpecs() { return kSpecs; }

const InputSpec& inputSpec(InputId id) { return kSpecs[static_cast<std::size_t>(id)]; }

std::optional<InputId> findInput(std::string_view key)
{
    for (const InputSpec& spec : kSpecs)
        if (spec.key == key || spec.symbol == key)
            return spec.id;
    return std::nullopt;
}

std::string_view inputGroupName(InputGroup group)
{
    switch (group) {
    case InputGroup::Calculator: return "Calculator";
    case InputGroup::Workload: return "Workload";
    case InputGroup::Network: return "Network";
    case InputGroup::Storage: return "Storage";
    case InputGroup::Embedding: return "Embedding";
    case InputGroup::Growth: return "Growth";
    }
    return "";
}

} // namespace ecw
