// SPDX-License-Identifier: GPL-3.0-or-later
// docs/howto/scale-vertically.md, and the observed state its screenshots load.
#include "DecisionMatrices.h"
#include "DeploymentArtifacts.h"
#include "DocumentHeader.h"
#include "DocumentScenario.h"
#include "Markdown.h"
#include "OperatorDocuments.h"
#include "ResourceQuantity.h"
#include "ScalingAdvisor.h"
#include "Units.h"

#include <algorithm>

namespace ecw {

ObservedState scaleVerticallyObservedState()
{
    // A node past the CPU matrix's row 3 and the memory matrix's row 3, with the disk, WAL and snapshot
    // triggers firing: every part of the procedure has something to do.
    ObservedState state;
    state.cpuPercent = 78;
    state.memoryPressurePercent = 80;
    state.diskPercent = 75;
    state.iopsPercent = 60;
    state.p99LatencyMs = 22;
    state.hotFraction = 0.2;
    state.warmFraction = 0.3;
    state.coldFraction = 0.5;
    state.walBytes = 8 * kGiB;
    state.snapshotCount = 12;
    state.cores = 4;
    state.memoryBytes = 16 * kGiB;
    state.diskBytes = 500 * kGiB;
    return state;
}

namespace {

std::string image(int step, std::string_view name, std::string_view alt)
{
    return "![" + std::string(alt) + "](../images/howto-scale-vertically-" + std::to_string(step) + '-'
        + std::string(name) + ".png)\n\n";
}

void writeAdvice(MarkdownWriter& md, const ScalingAdvice& advice, const ObservedState& state)
{
    md.heading(2, "1. Read the advice");
    md.paragraph("Open the workbench on the default scenario with the observed state loaded: `engram-workbench "
                 "--observed docs/howto/scale-vertically-observed.json --tab operations` (or Load Observed State... "
                 "on the Operations tab; `engram-capacity advise --observed FILE` prints the same). The node has "
                 + formatCompact(*state.cores) + " cores, " + formatHuman(*state.memoryBytes, Unit::Bytes) + " and a "
                 + formatHuman(*state.diskBytes, Unit::Bytes) + " volume; the advisor's urgency is **"
                 + std::string(advice.urgency) + "**.");
    md.raw(image(1, "advice", "The Operations tab with the observed state and its advice"));
    MarkdownTable table({ "Resource", "Row", "Action", "Why", "Target" });
    table.row({ "CPU", std::to_string(advice.cpu.row->row.number), std::string(advice.cpu.row->row.actionTitle),
                advice.cpu.why, advice.cpu.target });
    table.row({ "Memory", std::to_string(advice.memory.row->row.number),
                std::string(advice.memory.row->row.actionTitle), advice.memory.why, advice.memory.target });
    for (const StorageAdvice& storage : advice.storage)
        table.row({ "Storage", std::to_string(storage.row->row.number), std::string(storage.row->row.actionTitle),
                    storage.why, storage.target });
    md.table(table);
}

// Requests stay at what the node has now (its observed use fits there); limits rise to the advisor's targets.
struct AdvisedResources
{
    double requestCores = 0;
    double requestBytes = 0;
    double limitCores = 0;
    double limitBytes = 0;
};

AdvisedResources advisedResources(const ScalingAdvice& advice)
{
    AdvisedResources r;
    r.requestCores = advice.cpu.currentCores;
    r.requestBytes = advice.memory.currentBytes;
    r.limitCores = std::max(advice.cpu.targetCores, r.requestCores);
    r.limitBytes = std::max(advice.memory.targetBytes, r.requestBytes);
    return r;
}

void writeKubernetes(MarkdownWriter& md, const DocumentScenario& run, const ScalingAdvice& advice)
{
    const DeploymentSizing sizing = deploymentSizing(run.estimate());
    md.heading(2, "2. Kubernetes");
    md.paragraph("The Operations tab's artifacts are generated from the scenario's estimate, not from the "
                 "observed state: they say what the model expects one node of this scenario to need ("
                 + kubernetesCpu(sizing.requestCores) + " CPU and " + kubernetesMemory(sizing.requestMemoryBytes)
                 + ") and recommends with headroom (" + kubernetesCpu(sizing.limitCores) + " and "
                 + kubernetesMemory(sizing.limitMemoryBytes)
                 + "). The Burstable Deployment below requests the need and limits the recommendation; the "
                   "Guaranteed one (shown in step 1) requests and limits the recommendation. Use them for a new "
                   "deployment, or to check the scenario against reality:");
    md.raw(image(2, "kubernetes", "The Operations tab showing the generated Kubernetes Deployment (Burstable)"));
    md.fenced("yaml", generateArtifact(ArtifactKind::KubernetesBurstable, run.artifactSource()).text);
    const AdvisedResources r = advisedResources(advice);
    md.paragraph("Here the observed node already has more than the estimate and is still under pressure, so real "
                 "use is above what the scenario's inputs predict (update the inputs too). Scale to the advisor's "
                 "targets: limits at the targets, requests at what the node has now. The spec's procedure with "
                 "these figures:");
    md.fenced("sh", "# 1. Check current resources\n"
                    "kubectl get deployment engram -o yaml | grep -A5 resources\n"
                    "# 2. Update resource limits (the advisor's targets)\n"
                    "kubectl set resources deployment engram \\\n"
                    "  --limits=cpu="
                        + kubernetesCpu(r.limitCores) + ",memory=" + kubernetesMemory(r.limitBytes)
                        + " \\\n"
                          "  --requests=cpu="
                        + kubernetesCpu(r.requestCores) + ",memory=" + kubernetesMemory(r.requestBytes)
                        + "\n"
                          "# 3. Trigger rolling update\n"
                          "kubectl rollout restart deployment engram\n"
                          "# 4. Monitor rollout\n"
                          "kubectl rollout status deployment engram\n"
                          "# 5. Verify new resources\n"
                          "kubectl top pods -l app=engram\n");
    md.paragraph("The generated `kubectl set resources` line, for the estimate's figures (artifact \"kubectl set "
                 "resources\", `engram-capacity generate kubectl`):");
    md.raw(image(3, "kubectl", "The Operations tab showing the generated kubectl set resources line"));
    md.fenced("sh", generateArtifact(ArtifactKind::KubectlSetResources, run.artifactSource()).text);
    md.paragraph("If a check after the rollout fails, `kubectl rollout undo deployment engram` returns to the "
                 "previous resources (see the rollback in [scaling](../operations/scaling.md)).");
}

void writeDocker(MarkdownWriter& md, const DocumentScenario& run, const ScalingAdvice& advice)
{
    md.heading(2, "3. Docker");
    const AdvisedResources r = advisedResources(advice);
    md.paragraph("The same targets for a single container: `--cpus` and `--memory` at the targets, "
                 "`--memory-reservation` at what the container has now.");
    md.fenced("sh", "# 1. Stop current container gracefully\n"
                    "docker stop --time 30 engram\n"
                    "# 2. Start with new resources\n"
                    "docker run -d \\\n"
                    "  --name engram \\\n"
                    "  --cpus=\""
                        + dockerCpus(r.limitCores) + "\" \\\n  --memory=\"" + dockerMemory(r.limitBytes)
                        + "\" \\\n  --memory-reservation=\"" + dockerMemory(r.requestBytes)
                        + "\" \\\n"
                          "  -v engram-data:/data \\\n"
                          "  engram:latest\n"
                          "# 3. Verify resources\n"
                          "docker stats engram --no-stream\n");
    md.paragraph("The generated line for the estimate's figures (`engram-capacity generate docker`):");
    md.raw(image(4, "docker", "The Operations tab showing the generated docker run line"));
    md.fenced("sh", generateArtifact(ArtifactKind::DockerRun, run.artifactSource()).text);
}

void writeTierRebalancing(MarkdownWriter& md, const ScalingAdvice& advice)
{
    md.heading(2, "4. Tier rebalancing");
    std::string rows;
    for (const MemoryRow& row : memoryMatrix())
        if (row.row.fromSpec && (row.action == MemoryAction::Optimize || row.action == MemoryAction::Migrate))
            rows += (rows.empty() ? "" : "; ") + std::string("row ") + std::to_string(row.row.number) + " ("
                + std::string(row.row.condition1) + ", " + std::string(row.row.condition2) + ": "
                + std::string(row.row.implementation) + ")";
    md.paragraph("Rebalance the tiers instead of adding RAM when the memory matrix says so: " + rows
                 + ". This node's split is " + std::string(tierDistributionTitle(advice.memory.distribution))
                 + ", so the advisor chose " + std::string(advice.memory.row->row.actionTitle)
                 + "; on a skewed node the spec's procedure is:");
    md.fenced("sh", "# 1. Check current tier distribution\n"
                    "curl -s http://localhost:7432/api/v1/admin/storage/stats | jq .\n"
                    "# 2. Adjust eviction threshold\n"
                    "curl -X POST http://localhost:7432/api/v1/admin/storage/eviction \\\n"
                    "  -H \"Content-Type: application/json\" \\\n"
                    "  -d '{\"hot_threshold\": 0.2, \"warm_threshold\": 0.05}'\n"
                    "# 3. Trigger immediate eviction sweep\n"
                    "curl -X POST http://localhost:7432/api/v1/admin/storage/evict-now\n"
                    "# 4. Monitor tier migration\n"
                    "watch -n 5 'curl -s http://localhost:7432/api/v1/admin/storage/stats | jq .tier_distribution'\n"
                    "# 5. Verify memory usage decreased\n"
                    "curl -s http://localhost:7432/metrics | jq .memory\n");
}

void writeStorage(MarkdownWriter& md, const ScalingAdvice& advice)
{
    if (advice.storage.empty())
        return;
    md.heading(2, "5. Storage");
    md.paragraph("The storage triggers that fired, with what to do:");
    for (const StorageAdvice& storage : advice.storage)
        md.bullet("**" + std::string(storage.row->row.actionTitle) + "** (" + storage.why
                  + "): " + std::string(storage.row->row.implementation)
                  + (storage.target.empty() ? std::string() : "; " + storage.target) + ".");
    md.endList();
}

} // namespace

std::string scaleVerticallyDocument(const DocumentContext& context)
{
    MarkdownWriter md;
    md.raw(generatedHeader(context));
    md.heading(1, "How to scale a node vertically");
    md.paragraph("A worked example, from an observed state to new resources on Kubernetes or Docker, or to "
                 "rebalanced tiers. Follow the runbook in [scaling](../operations/scaling.md) around it: "
                 "baseline, backup and maintenance window before; health, latency and error checks after.");
    const ObservedState state = scaleVerticallyObservedState();
    const DocumentScenario run(context, ScenarioDocument {});
    const ScalingAdvice advice = advise(state, run.estimate(), context.book.get());
    writeAdvice(md, advice, state);
    writeKubernetes(md, run, advice);
    writeDocker(md, run, advice);
    writeTierRebalancing(md, advice);
    writeStorage(md, advice);
    return md.text();
}

} // namespace ecw
