// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's inputs: one table that the CLI options, the workbench controls, scenario files and
// validation are all generated from, so an input is added in exactly one place.
#pragma once

#include "Units.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace ecw {

enum class InputId : std::size_t {
    // The calculator script's six positional inputs, in its order.
    Nodes,
    ActiveRatio,
    EdgesPerNode,
    OpsPerSec,
    RetentionDays,
    ConsolidationInterval,
    // Inputs the spec's formulas need beyond the script's six.
    WriteFraction,
    HttpFraction,
    RequestBytes,
    ResponseBytes,
    ReplicationFactor,
    GpuFallbackRatio,
    BackupWindow,
    CompactionsPerHour,
    SegmentBytes,
    EmbeddingDimension,
    BytesPerValue,
    DailyGrowthRate,
    ActivatedNodesPerQuery,
    DiskIops,
    DiskBandwidth,
    CacheHitRate,
    Count_
};

inline constexpr std::size_t kInputCount = static_cast<std::size_t>(InputId::Count_);

enum class InputGroup { Calculator, Workload, Network, Storage, Embedding, Growth };

struct InputSpec {
    InputId id;
    std::string_view key; // scenario-file key and CLI option name ("nodes" -> --nodes)
    std::string_view symbol; // name used in formulas
    std::string_view label;
    Unit unit;
    double defaultValue;
    double minimum;
    double maximum;
    bool wholeNumber;
    bool logarithmic; // a slider over this input moves in powers of ten
    InputGroup group;
    std::string_view description;
};

const std::array<InputSpec, kInputCount>& inputSpecs();
const InputSpec& inputSpec(InputId id);
std::optional<InputId> findInput(std::string_view key);
std::string_view inputGroupName(InputGroup group);

} // namespace ecw
