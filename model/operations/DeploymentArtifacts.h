// SPDX-License-Identifier: GPL-3.0-or-later
// Deployment artifacts generated from one estimate: Kubernetes Deployment (Guaranteed and Burstable), the
// kubectl set resources line, the HorizontalPodAutoscaler, the docker run line, the numactl binding, the AWS
// Auto Scaling group and the Prometheus alerting rules with their promtool unit tests. Nothing is fixed
// text: every figure comes from the estimate, its constants, the price book and the forecast's runway.
#pragma once

#include "CostModel.h"
#include "Estimate.h"
#include "PriceBook.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecw {

enum class ArtifactKind
{
    KubernetesGuaranteed,
    KubernetesBurstable,
    KubectlSetResources,
    HorizontalPodAutoscaler,
    DockerRun,
    Numactl,
    AwsAutoScalingGroup,
    PrometheusRules,
    PrometheusRulesTest
};
inline constexpr std::size_t kArtifactKindCount = 9;
const std::vector<ArtifactKind>& artifactKinds();

std::string_view artifactKey(ArtifactKind kind); // "k8s-guaranteed", "hpa", "prometheus-rules", ...
std::string_view artifactTitle(ArtifactKind kind); // "Kubernetes Deployment (Guaranteed)"
std::string_view artifactFileName(ArtifactKind kind); // "engram-deployment-guaranteed.yaml"
std::string_view artifactFormat(ArtifactKind kind); // "yaml", "json", "sh"
std::optional<ArtifactKind> parseArtifactKind(std::string_view key);

// Where the figures come from, and what every file's header names.
struct ArtifactSource
{
    std::string scenarioName;
    std::string toolVersion; // "1.2.0"
    const Estimate* estimate = nullptr; // required
    const PriceBook* book = nullptr; // the ASG needs AWS prices; without them it says so
    PricingModel pricing = PricingModel::OnDemand;
    CostOptions costOptions;
    // The forecast's expected-growth day memory reaches its trigger (80% of what is bought), if within the
    // horizon, and that trigger in bytes: the runway alert.
    std::optional<int> runwayDay;
    double runwayMemoryTriggerBytes = 0;
};

// Figures the artifacts share, computed once.
struct DeploymentSizing
{
    double requestCores = 0; // cpu.total
    double limitCores = 0; // cpu.recommended (with CPU headroom)
    double requestMemoryBytes = 0; // memory.total
    double limitMemoryBytes = 0; // memory.recommended (with memory headroom)
    double storageBytes = 0; // storage.recommended
    double storageLimitBytes = 0; // the volume the alerts compare against: storage.recommended
    double hotTierBytes = 0; // memory.hot_tier
    double walTriggerBytes = 0; // WAL_WARN
    double shards = 0; // ceil(hot_nodes / HOT_SHARD_NODES) when over it, else 0
    int minReplicas = 2;
    int maxReplicas = 10;
    bool numa = false; // limitMemoryBytes > MEMORY_WARN (32 GiB)
    std::string numaReason;
};
DeploymentSizing deploymentSizing(const Estimate& estimate);

struct Artifact
{
    ArtifactKind kind;
    std::string text; // the file, header comment first
    std::string note; // one or two sentences for the planner (why a line is or is not emitted)
};

Artifact generateArtifact(ArtifactKind kind, const ArtifactSource& source);
std::vector<Artifact> generateAllArtifacts(const ArtifactSource& source);
// Into existing storage, for the workbench's recompute (no reallocation of the vector once sized).
void generateAllArtifactsInto(std::vector<Artifact>& out, const ArtifactSource& source);

} // namespace ecw
