// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceQuantity.h"

#include "CapacityModel.h"
#include "Units.h"

#include <algorithm>
#include <cmath>

namespace ecw {

namespace {

// The model's rounding up, which forgives the last bits of floating-point noise (8.000000000001 cores are
// 8 cores), at a resolution of 1/scale.
double ceilTolerant(double value, double scale)
{
    return ecw::ceilTolerant(value * scale) / scale;
}

std::string whole(double value)
{
    return formatMachineNumber(value);
}

} // namespace

double kubernetesCpuCores(double cores)
{
    return ceilTolerant(cores, 1000);
}

std::string kubernetesCpu(double cores)
{
    const double rounded = kubernetesCpuCores(cores);
    if (rounded == std::floor(rounded))
        return whole(rounded);
    return whole(std::round(rounded * 1000)) + "m";
}

double kubernetesMemoryBytes(double bytes)
{
    const double gib = bytes / kGiB;
    if (std::abs(gib - std::round(gib)) < 1e-12 * std::max(1.0, gib) && std::round(gib) > 0)
        return std::round(gib) * kGiB;
    // Bytes are whole: half a byte of floating-point noise is not a byte more.
    return std::max(1.0, std::ceil((bytes - 0.5) / kMiB)) * kMiB;
}

std::string kubernetesMemory(double bytes)
{
    const double rounded = kubernetesMemoryBytes(bytes);
    if (std::fmod(rounded, kGiB) == 0)
        return whole(rounded / kGiB) + "Gi";
    return whole(rounded / kMiB) + "Mi";
}

std::string dockerCpus(double cores)
{
    const double rounded = ceilTolerant(cores, 100);
    return formatCompact(rounded);
}

std::string dockerMemory(double bytes)
{
    const double rounded = kubernetesMemoryBytes(bytes);
    if (std::fmod(rounded, kGiB) == 0)
        return whole(rounded / kGiB) + "g";
    return whole(rounded / kMiB) + "m";
}

} // namespace ecw
