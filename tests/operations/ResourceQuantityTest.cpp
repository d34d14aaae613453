// SPDX-License-Identifier: GPL-3.0-or-later
// Quantities as Kubernetes and Docker write them, rounded up so no limit ends below the estimate.
#include "ResourceQuantity.h"
#include "Units.h"

#include <gtest/gtest.h>

namespace ecw {
namespace {

TEST(ResourceQuantity, KubernetesCpu)
{
    EXPECT_EQ(kubernetesCpu(8), "8");
    EXPECT_EQ(kubernetesCpu(8.0000000000001), "8");
    EXPECT_EQ(kubernetesCpu(3.5), "3500m");
    EXPECT_EQ(kubernetesCpu(3.2001), "3201m");
    EXPECT_EQ(kubernetesCpu(0.0004), "1m");
}

TEST(ResourceQuantity, KubernetesMemory)
{
    EXPECT_EQ(kubernetesMemory(16 * kGiB), "16Gi");
    EXPECT_EQ(kubernetesMemory(1.5 * kGiB), "1536Mi");
    EXPECT_EQ(kubernetesMemory(1536 * kMiB + 1), "1537Mi");
    EXPECT_EQ(kubernetesMemory(10), "1Mi");
    EXPECT_EQ(kubernetesMemoryBytes(1536 * kMiB + 1), 1537 * kMiB);
}

TEST(ResourceQuantity, Docker)
{
    EXPECT_EQ(dockerCpus(8), "8");
    EXPECT_EQ(dockerCpus(3.501), "3.51");
    EXPECT_EQ(dockerMemory(16 * kGiB), "16g");
    EXPECT_EQ(dockerMemory(1.5 * kGiB), "1536m");
}

} // namespace
} // namespace ecw
