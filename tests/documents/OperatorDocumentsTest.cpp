// SPDX-License-Identifier: GPL-3.0-or-later
// The operator documents say what the model computes: each test recomputes a figure the way the spec
// writes it (or through the model's own functions) and looks for it in the generated text.
#include "BuiltinPriceBook.h"
#include "CapacityModel.h"
#include "DecisionMatrices.h"
#include "OperationsJson.h"
#include "OperatorDocuments.h"
#include "Presets.h"
#include "Units.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <regex>

namespace {

using namespace ecw;

DocumentContext context()
{
    const auto& book = builtinPriceBook();
    if (!book)
        throw std::runtime_error(book.error());
    return { *book, "9.8.7" };
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

TEST(OperatorDocuments, FourDocumentsAndTheHowTosObservedState)
{
    const std::vector<GeneratedDocument> documents = generateOperatorDocuments(context());
    std::vector<std::string> paths;
    for (const GeneratedDocument& document : documents) {
        paths.push_back(document.path);
        EXPECT_FALSE(document.text.empty()) << document.path;
    }
    EXPECT_EQ(paths, (std::vector<std::string> { "operations/scaling.md", "operations/capacity-planning.md",
                                                 "howto/scale-vertically.md", "howto/scale-vertically-observed.json",
                                                 "reference/resource-requirements.md" }));
    for (const GeneratedDocument& document : documents)
        if (document.path.ends_with(".md")) {
            EXPECT_TRUE(document.text.starts_with("<!-- Generated from the model by `engram-capacity docs`"))
                << document.path;
            EXPECT_TRUE(contains(document.text, "Engram Capacity Workbench 9.8.7")) << document.path;
        }
}

TEST(OperatorDocuments, SameModelSameText_NoDatesInIt)
{
    const std::vector<GeneratedDocument> first = generateOperatorDocuments(context());
    const std::vector<GeneratedDocument> second = generateOperatorDocuments(context());
    ASSERT_EQ(first.size(), second.size());
    const std::regex isoDate(R"(\b20\d\d-\d\d-\d\d\b)");
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].text, second[i].text) << first[i].path;
        EXPECT_FALSE(std::regex_search(first[i].text, isoDate)) << first[i].path << " prints a date";
    }
}

TEST(OperatorDocuments, NeedsAPriceBook)
{
    EXPECT_THROW(generateOperatorDocuments(DocumentContext {}), std::invalid_argument);
}

TEST(ScalingDocument, EveryMatrixRowAndEveryGapRule)
{
    const std::string text = scalingDocument(context());
    for (const CpuRow& row : cpuMatrix()) {
        EXPECT_TRUE(contains(text, std::string(row.row.implementation))) << row.row.implementation;
        if (!row.row.fromSpec)
            EXPECT_TRUE(contains(text, std::string(row.row.rationale))) << row.row.rationale;
    }
    for (const MemoryRow& row : memoryMatrix()) {
        EXPECT_TRUE(contains(text, std::string(row.row.implementation))) << row.row.implementation;
        if (!row.row.fromSpec)
            EXPECT_TRUE(contains(text, std::string(row.row.rationale))) << row.row.rationale;
    }
    for (const StorageRow& row : storageTriggers())
        EXPECT_TRUE(contains(text, "| " + std::string(row.row.condition1) + " | " + std::string(row.row.condition2)))
            << row.row.condition1;
    for (const char* section : { "## Decision matrices", "## Vertical scaling", "## Horizontal scaling",
                                 "## Runbook for a scaling event", "### Before scaling", "### After scaling",
                                 "## Rollback", "kubectl rollout undo deployment engram" })
        EXPECT_TRUE(contains(text, section)) << section;
}

TEST(ScalingDocument, VerticalTargetsFollowTheSpecsMultipliers)
{
    const std::string text = scalingDocument(context());
    // Row 3 "Add 2x cores (up to 8)": 2 -> 4, 4 -> 8, 8 -> 8 (capped), 16 -> 16 (never fewer).
    EXPECT_TRUE(contains(text, "| 3 | Scale immediately | 4 | 8 | 8 | 16 |")) << text;
    // Row 4 "Add 4x cores (up to 16)": 2 -> 8, 4 -> 16, 8 -> 16.
    EXPECT_TRUE(contains(text, "| 4 | Scale urgently | 8 | 16 | 16 | 16 |"));
    // Memory row 3 "Add 50% more RAM": 16 GiB * 1.5 = 24 GiB; row 5 "Double RAM": 64 GiB * 2 = 128 GiB.
    EXPECT_TRUE(contains(text, "| 3 | Scale RAM | 12.0 GiB | 24.0 GiB | 48.0 GiB | 96.0 GiB |"));
    EXPECT_TRUE(contains(text, "128.0 GiB |"));
}

TEST(ScalingDocument, ShardsAreCeilOfHotNodesOverTheShardLimit)
{
    const std::string text = scalingDocument(context());
    // LLM memory: 10B nodes * 1% = 100M hot nodes; ceil(100M / HOT_SHARD_NODES 10M) = 10 shards, HPA 10-20.
    EXPECT_TRUE(contains(text, "| LLM memory augmentation | 10,000,000,000 | 100,000,000 | 10 |")) << text;
    EXPECT_TRUE(contains(text, "| 10-20 |"));
    // The default scenario's 100,000 hot nodes need no sharding: replicas 2-10.
    EXPECT_TRUE(contains(text, "minReplicas: 2"));
    EXPECT_TRUE(contains(text, "kind: HorizontalPodAutoscaler"));
    EXPECT_TRUE(contains(text, "alert: ScaleUpStorageRequired"));
}

TEST(CapacityPlanningDocument, TheSpecsThirtyDayForecastAndTheWorkedFormulas)
{
    const std::string text = capacityPlanningDocument(context());
    // "1M * 1.02^30 = 1.81M nodes".
    EXPECT_TRUE(contains(text, formatGrouped(1e6 * std::pow(1.02, 30)) + " nodes")) << text;
    EXPECT_TRUE(contains(text, "1,811,362"));
    // Every derived figure of the default scenario, worked out as the model writes it.
    const Estimate base = estimate(Scenario {});
    for (const LineItem& item : base.items)
        if (item.kind == ItemKind::Derived)
            EXPECT_TRUE(contains(text, item.workedOut())) << item.id;
    EXPECT_TRUE(contains(text, "30% safety margin"));
    for (const char* useCase : { "LLM memory augmentation", "Knowledge graph queries", "Time-series pattern memory" })
        EXPECT_TRUE(contains(text, useCase)) << useCase;
    for (const char* step : { "## 1. Measure", "## 2. Project", "## 3. Identify", "## 4. Plan" })
        EXPECT_TRUE(contains(text, step)) << step;
}

TEST(ScaleVerticallyDocument, CommandsCarryTheAdvisorsTargets)
{
    const std::string text = scaleVerticallyDocument(context());
    // The worked node: 4 cores at CPU row 3 (2x) -> 8; 16 GiB at memory row 3 (+50%) -> 24 GiB.
    EXPECT_TRUE(contains(text, "--limits=cpu=8,memory=24Gi")) << text;
    EXPECT_TRUE(contains(text, "--requests=cpu=4,memory=16Gi"));
    EXPECT_TRUE(contains(text, "--memory=\"24g\""));
    EXPECT_TRUE(contains(text, "--memory-reservation=\"16g\""));
    // Disk 75% > 70%: "Add 2x current size", 500 GiB -> 1000 GiB.
    EXPECT_TRUE(contains(text, "volume 500.0 GiB -> 1000.0 GiB"));
    for (const char* section : { "## 2. Kubernetes", "## 3. Docker", "## 4. Tier rebalancing" })
        EXPECT_TRUE(contains(text, section)) << section;
}

TEST(ScaleVerticallyDocument, ScreenshotsItLinksExist)
{
    const std::string text = scaleVerticallyDocument(context());
    const std::regex link(R"(\(\.\./images/([^)]+\.png)\))");
    int count = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), link); it != std::sregex_iterator(); ++it) {
        ++count;
        EXPECT_TRUE(std::filesystem::exists(std::string(ECW_SOURCE_DIR) + "/docs/images/" + (*it)[1].str()))
            << (*it)[1].str();
    }
    EXPECT_EQ(count, 4);
}

TEST(ScaleVerticallyDocument, ObservedStateFileReadsBackAndIsValid)
{
    const std::vector<GeneratedDocument> documents = generateOperatorDocuments(context());
    const GeneratedDocument& json = documents.at(3);
    const Result<ObservedState> state = parseObservedStateJson(json.text);
    ASSERT_TRUE(state) << state.error();
    EXPECT_TRUE(validateObservedState(*state).empty());
    EXPECT_EQ(state->cpuPercent, scaleVerticallyObservedState().cpuPercent);
    EXPECT_EQ(state->memoryBytes, 16 * kGiB);
}

TEST(ResourceRequirementsDocument, FiveWorkloadTypesAtThreeSizes)
{
    const std::string text = resourceRequirementsDocument(context());
    int types = 0;
    for (const Preset& preset : presets()) {
        if (preset.kind != PresetKind::WorkloadType)
            continue;
        ++types;
        const std::size_t at = text.find("## " + std::string(preset.name));
        ASSERT_NE(at, std::string::npos) << preset.name;
        const std::size_t end = text.find("\n## ", at + 1);
        const std::string section = text.substr(at, end == std::string::npos ? std::string::npos : end - at);
        for (const char* size : { "| Small |", "| Medium |", "| Large |" })
            EXPECT_TRUE(contains(section, size)) << preset.name << size;
        // Large: the preset at 10B nodes and 100K ops/s, as the model sizes it.
        Scenario large = presetScenario(preset);
        large.set(InputId::Nodes, 1e10);
        large.set(InputId::OpsPerSec, 100000);
        const Estimate figures = estimate(large);
        EXPECT_TRUE(contains(section, "| " + formatHuman(figures.value("memory.recommended"), Unit::Bytes) + " | "
                                          + formatHuman(figures.value("cpu.recommended"), Unit::Cores) + " | "
                                          + formatHuman(figures.value("storage.recommended"), Unit::Bytes) + " | "))
            << preset.name << "\n"
            << section;
        EXPECT_EQ(std::count(section.begin(), section.end(), '$'), 9) << preset.name; // 3 sizes x 3 clouds
    }
    EXPECT_EQ(types, 5);
    EXPECT_TRUE(contains(text, "## Archival workload (cold-heavy)"));
}

TEST(ResourceRequirementsDocument, PricesComeFromTheBook)
{
    DocumentContext doubled = context();
    PriceBook book = *doubled.book;
    for (CloudPrices& cloud : book.clouds)
        for (InstanceType& type : cloud.instances)
            type.usdPerHour *= 2;
    const std::string before = resourceRequirementsDocument(doubled);
    doubled.book = std::make_shared<const PriceBook>(book);
    EXPECT_NE(resourceRequirementsDocument(doubled), before);
}

} // namespace
