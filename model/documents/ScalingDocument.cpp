// SPDX-License-Identifier: GPL-3.0-or-later
// docs/operations/scaling.md.
#include "DecisionMatrices.h"
#include "DeploymentArtifacts.h"
#include "DocumentHeader.h"
#include "DocumentScenario.h"
#include "Markdown.h"
#include "OperatorDocuments.h"
#include "Presets.h"
#include "ScalingAdvisor.h"
#include "Units.h"

#include <array>

namespace ecw {

namespace {

std::string rowLabel(const MatrixRow& row)
{
    return (row.fromSpec ? "" : "G") + std::to_string(row.number);
}

std::string actionCell(const MatrixRow& row)
{
    return row.fromSpec ? std::string(row.actionTitle) : std::string(row.actionTitle) + " (gap rule)";
}

// One of the three tables: rows of CpuRow, MemoryRow or StorageRow, each holding its MatrixRow as .row.
template <typename Rows>
MarkdownTable matrixTable(std::string condition1, std::string condition2, const Rows& rows)
{
    MarkdownTable table({ "Row", std::move(condition1), std::move(condition2), "Action", "Implementation" });
    for (const auto& entry : rows)
        table.row({ rowLabel(entry.row), std::string(entry.row.condition1), std::string(entry.row.condition2),
                    actionCell(entry.row), std::string(entry.row.implementation) });
    return table;
}

void writeMatrices(MarkdownWriter& md)
{
    md.heading(2, "Decision matrices");
    md.paragraph("The spec's three tables (\"Vertical Scaling Procedures\") as the advisor "
                 "(`engram-capacity advise`, the workbench's Operations tab) applies them. Rows numbered 1, 2, ... "
                 "are the spec's; rows numbered G1, G2, ... are the advisor's rules for observations no spec row "
                 "covers, so that exactly one row decides any valid observation.");
    md.heading(3, "Bands");
    md.bullets({
        "CPU utilization u: \"<50%\" is u < 50, \"50-70%\" is 50 <= u < 70, \"70-85%\" is 70 <= u <= 85, "
        "\">85%\" is u > 85.",
        "p99 latency p: \"<10ms\" is p < 10, \"10-50ms\" is 10 <= p <= 50, \">50ms\" is p > 50.",
        "Memory pressure m: \"<60%\" is m < 60, \"60-75%\" is 60 <= m < 75, \"75-85%\" is 75 <= m <= 85, "
        "\">85%\" is m > 85.",
        "Tier distribution: hot-heavy when the hot share is over 50%, cold-heavy when the cold share is over "
        "50%, balanced otherwise.",
        "Storage triggers fire strictly above their thresholds.",
    });

    md.heading(3, "CPU scaling");
    md.table(matrixTable("CPU utilization", "p99 latency", cpuMatrix()));
    md.heading(3, "Memory scaling");
    md.table(matrixTable("Memory pressure", "Tier distribution", memoryMatrix()));
    md.heading(3, "Storage scaling triggers");
    md.table(matrixTable("Metric", "Threshold", storageTriggers()));

    md.heading(3, "Rules for the gaps");
    md.paragraph("Where the spec's rows leave an observation undecided, the advisor decides as follows.");
    const auto gap = [&md](const MatrixRow& row, std::string_view table) {
        if (!row.fromSpec)
            md.bullet("**" + std::string(table) + " G" + std::to_string(row.number) + "** (" + std::string(row.condition1)
                      + ", " + std::string(row.condition2) + "): " + std::string(row.actionTitle) + ". "
                      + std::string(row.rationale));
    };
    for (const CpuRow& row : cpuMatrix())
        gap(row.row, "CPU");
    for (const MemoryRow& row : memoryMatrix())
        gap(row.row, "Memory");
    for (const StorageRow& row : storageTriggers())
        gap(row.row, "Storage");
    md.endList();
}

void writeVertical(MarkdownWriter& md, const ModelConstants& constants)
{
    md.heading(2, "Vertical scaling");
    md.paragraph("Each action becomes a concrete target (`cpuTargetCores`, `memoryTargetBytes` in "
                 "`model/operations/ScalingAdvisor.cpp`); the advisor then prices the cheapest instance that holds "
                 "it on each cloud. Cores never go down, and cores past MAX_USEFUL_CORES ("
                 + formatCompact(constants[ConstantId::MaxUsefulCores])
                 + ") only add lock contention. The targets from a few starting points:");
    const std::array<double, 4> coresNow { 2, 4, 8, 16 };
    MarkdownTable cpu({ "CPU row", "Action", "from 2 cores", "from 4 cores", "from 8 cores", "from 16 cores" });
    for (const CpuRow& row : cpuMatrix()) {
        std::vector<std::string> cells { rowLabel(row.row), std::string(row.row.actionTitle) };
        for (double now : coresNow)
            cells.push_back(formatCompact(cpuTargetCores(row.action, row, now, constants[ConstantId::MaxUsefulCores])));
        cpu.row(std::move(cells));
    }
    md.table(cpu);
    const std::array<double, 4> memoryNow { 8 * kGiB, 16 * kGiB, 32 * kGiB, 64 * kGiB };
    MarkdownTable memory({ "Memory row", "Action", "from 8 GiB", "from 16 GiB", "from 32 GiB", "from 64 GiB" });
    for (const MemoryRow& row : memoryMatrix()) {
        std::vector<std::string> cells { rowLabel(row.row), std::string(row.row.actionTitle) };
        for (double now : memoryNow)
            cells.push_back(formatHuman(memoryTargetBytes(row.action, now), Unit::Bytes));
        memory.row(std::move(cells));
    }
    md.table(memory);
    md.paragraph("The procedures for Kubernetes, Docker and tier rebalancing, with the generated commands for a "
                 "worked example, are in [the vertical-scaling how-to](../howto/scale-vertically.md).");
}

void writeHorizontal(MarkdownWriter& md, const DocumentContext& context)
{
    md.heading(2, "Horizontal scaling");
    const ModelConstants constants;
    md.paragraph("One pod holds at most HOT_SHARD_NODES (" + formatGrouped(constants[ConstantId::HotTierShardNodes])
                 + ") hot nodes. Past that the hot tier is sharded into ceil(hot_nodes / HOT_SHARD_NODES) shards, each "
                   "pod holding and serving its share; the HorizontalPodAutoscaler's minimum is the shard count (at "
                   "least 2, for availability) and its maximum twice that (at least 10). The HPA scales on CPU at "
                   "70% and memory at 80% of the requests, and on the per-pod queue depth. For the spec's workload "
                   "and use-case presets:");
    MarkdownTable table({ "Preset", "Nodes", "Hot nodes", "Shards", "Per pod: cores (request / limit)",
                          "Per pod: memory (request / limit)", "Replicas (min-max)" });
    for (const Preset& preset : presets()) {
        ScenarioDocument document;
        document.name = std::string(preset.name);
        document.scenario = presetScenario(preset);
        const DocumentScenario run(context, document);
        const DeploymentSizing sizing = deploymentSizing(run.estimate());
        table.row({ std::string(preset.name), formatGrouped(run.document().scenario[InputId::Nodes]),
                    formatGrouped(run.estimate().value("tiers.hot_nodes")),
                    sizing.shards > 0 ? formatGrouped(sizing.shards) : std::string("1 (not sharded)"),
                    formatFixed(sizing.requestCores, 2) + " / " + formatFixed(sizing.limitCores, 2),
                    formatHuman(sizing.requestMemoryBytes, Unit::Bytes) + " / "
                        + formatHuman(sizing.limitMemoryBytes, Unit::Bytes),
                    std::to_string(sizing.minReplicas) + "-" + std::to_string(sizing.maxReplicas) });
    }
    md.table(table);
    const DocumentScenario run(context, ScenarioDocument {});
    md.paragraph("The HorizontalPodAutoscaler the model writes for the default scenario "
                 "(`engram-capacity generate hpa`):");
    md.fenced("yaml", generateArtifact(ArtifactKind::HorizontalPodAutoscaler, run.artifactSource()).text);
}

void writeAlerts(MarkdownWriter& md, const DocumentContext& context)
{
    md.heading(2, "Alerts that call for scaling");
    const DocumentScenario run(context, ScenarioDocument {});
    md.paragraph("The spec's three alerts (CPU above 70% with a growing queue, hot-tier memory above 80% of the "
                 "limit, storage predicted to fill within 24 hours), one per remaining storage trigger (WAL size, "
                 "snapshot count) and the forecast's runway, with thresholds from the default scenario's estimate "
                 "(`engram-capacity generate prometheus-rules`; the tests run `promtool check rules` and the "
                 "generated `promtool test rules` file on it):");
    md.fenced("yaml", generateArtifact(ArtifactKind::PrometheusRules, run.artifactSource()).text);
}

void writeRunbook(MarkdownWriter& md)
{
    md.heading(2, "Runbook for a scaling event");
    md.paragraph("From the spec's \"Operational Runbook for Scaling Events\".");
    md.heading(3, "Before scaling");
    md.bullets({ "[ ] Current metrics baseline captured", "[ ] Backup completed successfully",
                 "[ ] Maintenance window scheduled", "[ ] Rollback plan documented (below)", "[ ] Team notified",
                 "[ ] Monitoring dashboards ready" });
    md.heading(3, "Executing");
    md.fenced("sh", "# 1. Enable maintenance mode\n"
                    "curl -X POST http://localhost:7432/api/v1/admin/maintenance/enable\n"
                    "# 2. Capture current state\n"
                    "./scripts/capture_metrics.sh > pre-scaling-metrics.json\n"
                    "# 3. Execute the scaling operation: the procedure for your platform in ../howto/scale-vertically.md\n"
                    "# 4. Verify new resources\n"
                    "./scripts/verify_resources.sh\n"
                    "# 5. Warm up caches\n"
                    "curl -X POST http://localhost:7432/api/v1/admin/warmup\n"
                    "# 6. Run smoke tests\n"
                    "./scripts/smoke_test.sh\n"
                    "# 7. Disable maintenance mode\n"
                    "curl -X POST http://localhost:7432/api/v1/admin/maintenance/disable\n"
                    "# 8. Monitor for 30 minutes\n"
                    "watch -n 10 'curl -s http://localhost:7432/metrics | jq .summary'\n");
    md.heading(3, "After scaling");
    md.bullets({ "[ ] All health checks passing", "[ ] P99 latency within SLA", "[ ] No error rate increase",
                 "[ ] Memory usage stable", "[ ] CPU usage normalized", "[ ] Customer traffic normal" });
}

void writeRollback(MarkdownWriter& md)
{
    md.heading(2, "Rollback");
    md.paragraph("Roll back when any post-scaling check fails and does not recover within the 30 minutes of "
                 "monitoring, or at once on an error-rate increase. The captured `pre-scaling-metrics.json` is the "
                 "baseline to return to.");
    md.bullet("**Kubernetes:** `kubectl rollout undo deployment engram` returns to the previous ReplicaSet, with its "
              "resources; `kubectl rollout status deployment engram` waits for it; `kubectl get deployment engram -o "
              "yaml | grep -A5 resources` confirms the old requests and limits.");
    md.bullet("**Docker:** `docker stop --time 30 engram`, then start the previous `docker run` line (keep it next "
              "to `pre-scaling-metrics.json`); the data volume `engram-data` is unchanged by either.");
    md.bullet("**Tier rebalancing:** post the previous eviction thresholds back to "
              "`/api/v1/admin/storage/eviction` (the ones `storage/stats` showed before the change; the spec's "
              "procedure had set hot 0.2, warm 0.05) and watch the tier distribution return.");
    md.bullet("**Horizontal:** lower the HPA's `minReplicas` to the previous value; scaling down is limited to "
              "the HPA's scale-down policy, so pods leave gradually.");
    md.endList();
    md.paragraph("Then disable maintenance mode, record what failed, and re-plan with the observed state in the "
                 "advisor.");
}

} // namespace

std::string scalingDocument(const DocumentContext& context)
{
    MarkdownWriter md;
    md.raw(generatedHeader(context));
    md.heading(1, "Scaling Engram");
    md.paragraph("What to do when the observed state says it is time to scale: the decision matrices, how far to "
                 "scale up or out, the alerts that call for it, the runbook and how to roll back. For sizing a "
                 "deployment in the first place see [capacity planning](capacity-planning.md); for the advisor's "
                 "inputs and output see [the advisor](advisor.md).");
    writeMatrices(md);
    writeVertical(md, ModelConstants {});
    writeHorizontal(md, context);
    writeAlerts(md, context);
    writeRunbook(md);
    writeRollback(md);
    return md.text();
}

} // namespace ecw
