// SPDX-License-Identifier: GPL-3.0-or-later
// docs/reference/resource-requirements.md.
#include "DocumentHeader.h"
#include "DocumentScenario.h"
#include "Markdown.h"
#include "OperatorDocuments.h"
#include "Presets.h"
#include "Units.h"

#include <array>

namespace ecw {

namespace {

struct DeploymentSize
{
    std::string_view name;
    double nodes;
    double opsPerSec;
};

// Small is the spec's default scenario. Operations grow ten times slower than nodes: a larger store is not
// proportionally busier, as in the spec's LLM use case (10B nodes at 100K ops/s), which large matches.
constexpr std::array kSizes {
    DeploymentSize { "Small", 1e6, 5000 },
    DeploymentSize { "Medium", 1e8, 25000 },
    DeploymentSize { "Large", 1e10, 100000 },
};

void writeWorkload(MarkdownWriter& md, const DocumentContext& context, const Preset& preset)
{
    md.heading(2, preset.name);
    md.paragraph(std::string(preset.rationale));
    std::string sets;
    for (const PresetValue& value : preset.values)
        sets += (sets.empty() ? "" : "; ") + std::string(inputSpec(value.input).label) + " "
            + formatCompact(value.value) + " (" + std::string(value.basis) + ")";
    md.paragraph("Inputs (preset " + code(preset.id) + "): " + sets + "; every other input at its default.");
    MarkdownTable table({ "Size", "Nodes", "Ops/s", "Memory", "Cores", "Storage", "Network (peak)", "AWS", "Google Cloud",
                          "Azure" });
    for (const DeploymentSize& size : kSizes) {
        ScenarioDocument document;
        document.name = std::string(preset.name) + ", " + std::string(size.name);
        document.preset = std::string(preset.id);
        document.scenario = presetScenario(preset);
        document.scenario.set(InputId::Nodes, size.nodes);
        document.scenario.set(InputId::OpsPerSec, size.opsPerSec);
        const DocumentScenario run(context, document);
        std::vector<std::string> cells { std::string(size.name), formatGrouped(size.nodes), formatGrouped(size.opsPerSec),
                                         run.human("memory.recommended"), run.human("cpu.recommended"),
                                         run.human("storage.recommended"), run.human("network.peak") };
        for (Cloud cloud : kClouds)
            cells.push_back(run.recommendedInstance(cloud) + ", " + run.monthlyCost(cloud) + "/month");
        table.row(std::move(cells));
    }
    md.table(table);
}

} // namespace

std::string resourceRequirementsDocument(const DocumentContext& context)
{
    MarkdownWriter md;
    md.raw(generatedHeader(context));
    md.heading(1, "Resource requirements by workload type");
    md.paragraph("Sizing tables for the spec's four workload types (\"Resource Utilization Patterns by Workload "
                 "Type\") and a fifth, archival, that the spec's numbers imply without naming: its memory matrix "
                 "has a cold-heavy row and its tier optimization targets \"<5% of total nodes in hot tier\" for "
                 "stable workloads, the shape of a long-lived store read rarely, where storage rather than memory "
                 "drives the cost.");
    md.paragraph("Each type at three sizes: small is the spec's default (1,000,000 nodes at 5,000 ops/s), medium "
                 "100,000,000 nodes at 25,000 ops/s and large 10,000,000,000 nodes at 100,000 ops/s (operations "
                 "grow slower than nodes, as in the spec's LLM use case, which large matches). Memory, cores and "
                 "storage are the estimate's recommended figures (need plus the spec's headroom); network is the "
                 "peak client bandwidth. Per cloud: the cheapest configuration the model recommends from the "
                 "built-in price book and its on-demand monthly cost with block storage, object storage and "
                 "egress. Rerun any row with its preset, `--nodes` and `--ops-per-sec` in `engram-capacity "
                 "cost`, or with other prices via `--price-book FILE`.");
    for (const Preset& preset : presets())
        if (preset.kind == PresetKind::WorkloadType)
            writeWorkload(md, context, preset);
    return md.text();
}

} // namespace ecw
