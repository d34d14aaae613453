// SPDX-License-Identifier: GPL-3.0-or-later
// Cores and bytes written the way each tool reads them: Kubernetes quantities ("3500m", "16Gi", "1536Mi")
// and Docker sizes ("16g", "1536m"). Always rounded up, so a limit never ends below the estimate.
#pragma once

#include <string>

namespace ecw {

// Whole cores as "8"; otherwise millicores rounded up: 3.2001 -> "3201m".
std::string kubernetesCpu(double cores);
// A whole number of GiB as "16Gi"; otherwise MiB rounded up: "1537Mi".
std::string kubernetesMemory(double bytes);
// Docker's --cpus takes a decimal: "3.5"; rounded up to 0.01.
std::string dockerCpus(double cores);
// Docker's binary suffixes: "16g" for a whole number of GiB, else MiB rounded up: "1537m".
std::string dockerMemory(double bytes);
// The bytes a Kubernetes memory quantity of kubernetesMemory() stands for.
double kubernetesMemoryBytes(double bytes);
// The cores a kubernetesCpu() quantity stands for.
double kubernetesCpuCores(double cores);

} // namespace ecw
