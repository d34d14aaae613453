// SPDX-License-Identifier: GPL-3.0-or-later
// The presets' numbers. Each comes from a line of ../shared/spec/engram-scaling-capacity-planning.md
// (line numbers as of the spec's current text); where the spec gives no number for an input, the
// preset leaves that input at its default rather than inventing one.
#include "Presets.h"

namespace ecw {

namespace {

std::vector<Preset> buildPresets()
{
    using I = InputId;
    std::vector<Preset> list;

    // "Resource Utilization Patterns by Workload Type", 1. Write-Heavy Workload (Ingestion).
    list.push_back(Preset {
        "write-heavy",
        "Write-heavy workload (ingestion)",
        PresetKind::WorkloadType,
        "80% writes and 20% reads with continuous memory creation: the hot tier grows rapidly and the WAL "
        "grows fast, so storage needs are very high and memory high; CPU and network are moderate.",
        {
            // Line 266: "80% writes, 20% reads".
            { I::WriteFraction, 0.8, "\"80% writes, 20% reads\"" },
            // Lines 267 and 272: "Continuous memory creation", "hot tier grows rapidly"; line 573 gives the
            // typical daily growth range 0.01-0.05, so take its top.
            { I::DailyGrowthRate, 0.05,
              "\"Continuous memory creation\" / \"hot tier grows rapidly\": top of the spec's typical daily growth "
              "range 0.01-0.05" },
        },
    });

    // 2. Read-Heavy Workload (Retrieval).
    list.push_back(Preset {
        "read-heavy",
        "Read-heavy workload (retrieval)",
        PresetKind::WorkloadType,
        "20% writes and 80% reads dominated by spreading activation: CPU is high, network high (response "
        "traffic), memory moderate with a stable hot tier and storage low (minimal WAL growth). The spec "
        "recommends GPU acceleration for spreading.",
        {
            // Line 286: "20% writes, 80% reads".
            { I::WriteFraction, 0.2, "\"20% writes, 80% reads\"" },
            // Line 298: "Enable GPU acceleration for spreading": no spreading falls back to the CPU.
            { I::GpuFallbackRatio, 0.0, "\"Enable GPU acceleration for spreading\": no CPU fallback" },
            // Line 292: "Memory: Moderate (stable hot tier)"; bottom of line 573's range 0.01-0.05.
            { I::DailyGrowthRate, 0.01,
              "\"Memory: Moderate (stable hot tier)\": bottom of the spec's typical daily growth range 0.01-0.05" },
        },
    });

    // 3. Analytical Workload (Pattern Mining).
    list.push_back(Preset {
        "analytical",
        "Analytical workload (pattern mining)",
        PresetKind::WorkloadType,
        "Complex graph traversals, deep spreading activation and pattern completion: CPU is very high "
        "(recursive activation), memory high (large working sets, hot tier pinned in memory), storage and "
        "network low.",
        {
            // Line 313: "Storage: Low", as for the read-heavy workload whose low storage (line 293, "minimal WAL
            // growth") comes with 20% writes (line 286). The spec gives no write share of its own here.
            { I::WriteFraction, 0.2,
              "\"Storage: Low\": the write share of the read-heavy workload, whose storage is also low" },
            // Lines 307 and 318: "Deep spreading activation", "Pin hot tier in memory (disable eviction)": a query
            // may spread through the whole pinned hot tier, 1,000,000 * 0.1 = 100,000 nodes at the defaults.
            { I::ActivatedNodesPerQuery, 100000,
              "\"Deep spreading activation\" over the pinned hot tier: all of it, 1,000,000 nodes * 0.1 active" },
            // Line 313: "Storage: Low": bottom of line 573's daily growth range.
            { I::DailyGrowthRate, 0.01, "\"Storage: Low\": bottom of the spec's typical daily growth range 0.01-0.05" },
        },
    });

    // 4. Mixed Workload (Typical Production).
    list.push_back(Preset {
        "mixed",
        "Mixed workload (typical production)",
        PresetKind::WorkloadType,
        "40% writes and 60% reads with periodic consolidation spikes and variable access patterns: CPU "
        "moderate with spikes, memory moderate and growing slowly, storage and network moderate.",
        {
            // Line 326: "40% writes, 60% reads".
            { I::WriteFraction, 0.4, "\"40% writes, 60% reads\"" },
            // Line 332: "Memory: Moderate, growing slowly"; line 577 forecasts with "0.02 daily growth".
            { I::DailyGrowthRate, 0.02,
              "\"growing slowly\": the 0.02 daily growth of the spec's 30-day forecast example" },
        },
    });

    // 5. Archival workload (cold-heavy), the workbench's fifth type. The spec's memory matrix has a
    // "Cold-heavy" row (line 132) and its tier optimization aims at "<5% of total nodes in hot tier"
    // (line 368), "for stable workloads" (line 901): a long-lived store that is mostly cold and read rarely.
    list.push_back(Preset {
        "archival",
        "Archival workload (cold-heavy)",
        PresetKind::WorkloadType,
        "A large, stable store read rarely: under 5% of the nodes in the hot tier, most of the data in the "
        "cold tier and slow growth, as the spec's hot-tier minimization targets for stable workloads. Memory "
        "is low for the node count and storage dominates; CPU and network follow the operation rate.",
        {
            // Line 368: "Target: <5% of total nodes in hot tier".
            { I::ActiveRatio, 0.04, "\"Target: <5% of total nodes in hot tier\": 4%, inside the target" },
            // Line 901: "for stable workloads": bottom of line 573's typical daily growth range.
            { I::DailyGrowthRate, 0.01,
              "\"<5% hot tier ratio for stable workloads\": bottom of the spec's typical daily growth range 0.01-0.05" },
        },
    });

    // "Capacity Planning for Specific Use Cases", 1. LLM Memory Augmentation.
    list.push_back(Preset {
        "llm-memory",
        "LLM memory augmentation",
        PresetKind::UseCase,
        "10M memories per agent for 1,000 concurrent agents with 100 ms retrieval latency: 10B nodes, 1% of them "
        "active (100M in the hot tier), 100K ops/s. The spec sizes it at 300 GB RAM, 40 cores and 12 TB of storage.",
        {
            // Line 789: "Nodes: 10M * 1,000 = 10B total".
            { I::Nodes, 10000000000.0, "\"Nodes: 10M * 1,000 = 10B total\"" },
            // Line 790: "Hot tier: 100M nodes (1% active)".
            { I::ActiveRatio, 0.01, "\"Hot tier: 100M nodes (1% active)\"" },
            // Line 792: "CPU: 40 cores (100K ops/sec)".
            { I::OpsPerSec, 100000, "\"CPU: 40 cores (100K ops/sec)\"" },
            // Line 791: "Memory: 100M * 3KB": 3 KB per node is the default 768 float32 values.
            { I::EmbeddingDimension, 768, "\"Memory: 100M * 3KB\": 3 KB = 768 float32 values per embedding" },
        },
    });

    // 2. Knowledge Graph Queries.
    list.push_back(Preset {
        "knowledge-graph",
        "Knowledge graph queries",
        PresetKind::UseCase,
        "100M entities and 1B relationships queried with graph traversals of up to 5 hops, 10% kept in the hot "
        "tier and a GPU for parallel BFS. The spec sizes it at 30 GB hot memory, 16 cores and 500 GB storage.",
        {
            // Line 799: "100M entities".
            { I::Nodes, 100000000, "\"100M entities\"" },
            // Lines 799-800: "1B relationships" over "100M entities" = 10 edges per node.
            { I::EdgesPerNode, 10, "\"1B relationships\" / \"100M entities\" = 10" },
            // Line 804: "Memory: Keep 10% in hot tier".
            { I::ActiveRatio, 0.1, "\"Keep 10% in hot tier\"" },
            // Line 806: "Specialized: GPU for parallel BFS": spreading stays on the GPU.
            { I::GpuFallbackRatio, 0.0, "\"GPU for parallel BFS\": no CPU fallback" },
            // Line 801: "Graph traversals up to 5 hops" with 10 edges per node reach at most
            // 10 + 100 + 1,000 + 10,000 + 100,000 = 111,110 nodes.
            { I::ActivatedNodesPerQuery, 111110,
              "\"Graph traversals up to 5 hops\" at 10 edges per node: 10 + 10^2 + ... + 10^5 = 111,110" },
        },
    });

    // 3. Time-Series Pattern Memory.
    list.push_back(Preset {
        "time-series",
        "Time-series pattern memory",
        PresetKind::UseCase,
        "1M events per minute ingested with a 7-day hot window and pattern detection queries: 10B events in the "
        "hot tier. The spec says memory then requires sharding (over 1 TB), 64 cores across 4 nodes and 30 TB of "
        "storage with compression.",
        {
            // Line 818: "Hot tier: 7 * 24 * 60 * 1M = 10B events" (exactly 10,080,000,000).
            { I::Nodes, 10080000000.0, "\"Hot tier: 7 * 24 * 60 * 1M = 10B events\"" },
            // Line 818: every event of the 7-day window is in the hot tier.
            { I::ActiveRatio, 1.0, "\"Hot tier: 7 * 24 * 60 * 1M = 10B events\": the whole window is hot" },
            // Line 813: "1M events/minute ingestion" = 16,666.7 events/s, rounded up.
            { I::OpsPerSec, 16667, "\"1M events/minute ingestion\" = 16,666.7/s, rounded up" },
            // Line 813: ingestion: every operation writes a WAL record.
            { I::WriteFraction, 1.0, "\"1M events/minute ingestion\": every event is a write" },
            // Line 814: "7-day hot window".
            { I::RetentionDays, 7, "\"7-day hot window\"" },
        },
    });

    return list;
}

} // namespace

std::string_view presetKindName(PresetKind kind)
{
    switch (kind) {
    case PresetKind::WorkloadType:
        return "Workload type";
    case PresetKind::UseCase:
        return "Use case";
    }
    return "";
}

const std::vector<Preset>& presets()
{
    static const std::vector<Preset> list = buildPresets();
    return list;
}

const Preset* findPreset(std::string_view id)
{
    for (const Preset& preset : presets())
        if (preset.id == id)
            return &preset;
    return nullptr;
}

Scenario presetScenario(const Preset& preset)
{
    Scenario scenario;
    for (const PresetValue& value : preset.values)
        scenario.set(value.input, value.value);
    return scenario;
}

} // namespace ecw
