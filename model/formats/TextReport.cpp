// SPDX-License-Identifier: GPL-3.0-or-later
// The reference layout is shared, byte for byte, with scripts/estimate_capacity.sh: change one, change
// both (tests/cli compares them over a grid of inputs).
#include "TextReport.h"

#include <array>
#include <charconv>
#include <cmath>

namespace ecw {

namespace {

constexpr std::string_view kRule = "======================================";
constexpr double kWholeDigitsLimit = 1e15; // beyond it "%.0f" no longer reads like the number typed

class Lines
{
public:
    void add(std::string_view text)
    {
        m_text += text;
        m_text += '\n';
    }
    std::string take() { return std::move(m_text); }

private:
    std::string m_text;
};

bool isWhole(double value)
{
    return value == std::floor(value) && std::fabs(value) < kWholeDigitsLimit;
}

// "%.1f" as the spec's script prints it, without its locale dependence.
std::string oneDecimal(double value)
{
    return formatFixed(value, 1);
}

std::string groupedInput(double value)
{
    return isWhole(value) ? formatGrouped(value) : formatInputNumber(value);
}

std::string_view severitySymbol(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return "⚠";
    case Severity::Recommendation:
        return "→";
    case Severity::Info:
        return "ℹ";
    }
    return "⚠";
}

std::string humanValue(const LineItem& item)
{
    // Cores read best with the one decimal the script uses everywhere; the rest scale to KiB..TiB, ms..days.
    std::string text
        = item.unit == Unit::Cores ? oneDecimal(item.value) + " cores" : formatHuman(item.value, item.unit);
    if (item.extrapolated)
        text += " (extrapolated)";
    return text;
}

void addInputParameters(Lines& out, const Estimate& e)
{
    const Scenario& s = e.scenario;
    out.add("Input Parameters:");
    out.add("  Expected Nodes: " + groupedInput(s[InputId::Nodes]));
    out.add("  Active Ratio: " + formatInputNumber(s[InputId::ActiveRatio]) + " ("
            + formatGrouped(e.value("tiers.hot_nodes")) + " hot nodes)");
    out.add("  Edges per Node: " + formatInputNumber(s[InputId::EdgesPerNode]));
    out.add("  Target Ops/sec: " + groupedInput(s[InputId::OpsPerSec]));
    out.add("  Retention Days: " + formatInputNumber(s[InputId::RetentionDays]));
}

void addTiers(Lines& out, const Estimate& e)
{
    out.add("Tier Distribution:");
    out.add("  Hot Tier:  " + formatGrouped(e.value("tiers.hot_nodes")) + " nodes (in-memory)");
    out.add("  Warm Tier: " + formatGrouped(e.value("tiers.warm_nodes")) + " nodes (mmap)");
    out.add("  Cold Tier: " + formatGrouped(e.value("tiers.cold_nodes")) + " nodes (compressed)");
}

void addClosingSections(Lines& out, const Estimate& e, bool withReasons)
{
    out.add("Scaling Recommendations:");
    for (const Finding& finding : e.findings) {
        out.add("  " + std::string(severitySymbol(finding.severity)) + " " + finding.message);
        if (withReasons && !finding.reason.empty())
            out.add("      because " + finding.reason);
    }
    out.add("  ✓ Deploy with these minimum resources for baseline performance");
    out.add("  ✓ Monitor actual utilization and adjust based on workload");
    out.add("");
    out.add("Cost Optimization Tips:");
    out.add("  • Reduce hot tier size by tuning eviction threshold");
    out.add("  • Use spot instances for read replicas (future)");
    out.add("  • Archive cold tier to object storage after " + formatInputNumber(e.scenario[InputId::RetentionDays])
            + " days");
    out.add("  • Increase consolidation interval to reduce CPU usage");
}

std::string referenceReport(const Estimate& e)
{
    Lines out;
    out.add(kRule);
    out.add("Engram Capacity Planning Estimate");
    out.add(kRule);
    out.add("");
    addInputParameters(out, e);
    out.add("");
    addTiers(out, e);
    out.add("");
    out.add("Resource Requirements:");
    out.add("  CPU Cores: " + oneDecimal(e.value("cpu.total")) + " cores");
    out.add("    - Spreading: " + oneDecimal(e.value("cpu.spreading")) + " cores");
    out.add("    - Consolidation: " + oneDecimal(e.value("cpu.consolidation")) + " cores");
    // The script printed only the API share here; the line names the system core too, so it counts it
    // and the three lines add up to the total.
    out.add("    - API/System: " + oneDecimal(e.value("cpu.api") + e.value("cpu.system")) + " cores");
    out.add("    - Recommended: " + formatFixed(e.value("cpu.recommended"), 0) + " cores (with headroom)");
    out.add("");
    out.add("  Memory: " + oneDecimal(e.value("memory.total") / kMiB) + " MiB");
    out.add("    - Hot Tier: " + oneDecimal(e.value("memory.hot_tier") / kMiB) + " MiB");
    out.add("    - Warm Tier: " + oneDecimal(e.value("memory.warm_tier") / kMiB) + " MiB");
    out.add("    - Cold Tier: " + oneDecimal(e.value("memory.cold_index") / kMiB) + " MiB");
    out.add("    - Activation Pool: " + oneDecimal(e.value("memory.activation_pool") / kMiB) + " MiB");
    out.add("    - Runtime: " + oneDecimal(e.value("memory.runtime") / kMiB) + " MiB");
    out.add("    - Recommended: " + formatFixed(e.value("memory.recommended") / kGiB, 0) + " GiB (with headroom)");
    out.add("");
    out.add("  Storage: " + oneDecimal(e.value("storage.total") / kGiB) + " GiB");
    out.add("    - Warm Tier: " + oneDecimal(e.value("storage.warm_tier") / kGiB) + " GiB");
    out.add("    - Cold Tier: " + oneDecimal(e.value("storage.cold_tier") / kGiB) + " GiB (compressed)");
    out.add("    - WAL: " + oneDecimal(e.value("storage.wal") / kGiB) + " GiB");
    out.add("    - Snapshots: " + oneDecimal(e.value("storage.snapshots") / kGiB) + " GiB");
    out.add("    - Recommended: " + formatFixed(e.value("storage.recommended") / kGiB, 0) + " GiB (with headroom)");
    out.add("");
    addClosingSections(out, e, false);
    return out.take();
}

// Totals and recommendations head their block rather than repeating inside it.
bool isSummary(const LineItem& item)
{
    constexpr std::array<std::string_view, 7> kSummaries { "cpu.total",     "cpu.recommended",
                                                           "memory.total",  "memory.recommended",
                                                           "storage.total", "storage.recommended",
                                                           "network.peak" };
    for (std::string_view id : kSummaries)
        if (item.id == id)
            return true;
    return false;
}

// The items of a section other than its total and recommendation, in the model's order.
void addSectionItems(Lines& out, const Estimate& e, Section section, std::string_view indent)
{
    for (const LineItem& item : e.items)
        if (item.section == section && !isSummary(item))
            out.add(std::string(indent) + std::string(item.label) + ": " + humanValue(item));
}

std::string recommendedGiB(const Estimate& e, std::string_view id)
{
    return "    - Recommended: " + formatGrouped(e.value(id) / kGiB) + " GiB (with headroom)";
}

std::string fullReport(const Estimate& e)
{
    const Scenario& s = e.scenario;
    Lines out;
    out.add(kRule);
    out.add("Engram Capacity Planning Estimate");
    out.add(kRule);
    out.add("");
    addInputParameters(out, e);
    out.add("  Consolidation Interval: " + formatInputNumber(s[InputId::ConsolidationInterval]) + " s");
    // The other inputs only when a planner moved them off their defaults, so the block stays short.
    for (const InputSpec& spec : inputSpecs())
        if (spec.group != InputGroup::Calculator && !s.isDefault(spec.id))
            out.add("  " + std::string(spec.label) + ": " + formatHuman(s[spec.id], spec.unit));
    addSectionItems(out, e, Section::Node, "  ");
    out.add("");
    addTiers(out, e);
    addSectionItems(out, e, Section::Edges, "  ");
    out.add("");
    out.add("Resource Requirements:");
    out.add("  CPU Cores: " + oneDecimal(e.value("cpu.total")) + " cores");
    addSectionItems(out, e, Section::Cpu, "    - ");
    out.add("    - Recommended: " + formatFixed(e.value("cpu.recommended"), 0) + " cores (with headroom, even count)");
    out.add("");
    out.add("  Memory: " + formatHuman(e.value("memory.total"), Unit::Bytes));
    addSectionItems(out, e, Section::Memory, "    - ");
    out.add(recommendedGiB(e, "memory.recommended"));
    out.add("");
    out.add("  Storage: " + formatHuman(e.value("storage.total"), Unit::Bytes));
    addSectionItems(out, e, Section::Storage, "    - ");
    out.add(recommendedGiB(e, "storage.recommended"));
    out.add("");
    out.add("  Network: " + formatHuman(e.value("network.peak"), Unit::BytesPerSecond) + " peak");
    addSectionItems(out, e, Section::Network, "    - ");
    out.add("");
    for (Section section : { Section::Performance, Section::Recovery, Section::Backup }) {
        out.add(std::string(sectionTitle(section)) + ":");
        addSectionItems(out, e, section, "  ");
        out.add("");
    }
    addClosingSections(out, e, true);
    return out.take();
}

} // namespace

std::string formatInputNumber(double value)
{
    if (!std::isfinite(value))
        return formatMachineNumber(value);
    if (isWhole(value))
        return formatFixed(value, 0);
    char buffer[64];
    for (int precision = 1; precision <= 17; ++precision) {
        const auto [end, ec]
            = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, precision);
        if (ec != std::errc())
            break;
        double back = 0;
        std::from_chars(buffer, end, back);
        if (back == value)
            return std::string(buffer, end);
    }
    return formatMachineNumber(value);
}

std::string writeTextReport(const Estimate& estimate)
{
    return estimate.profile == Profile::Reference ? referenceReport(estimate) : fullReport(estimate);
}

} // namespace ecw
