// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers the model tests share: scenarios built from a few overrides, and item lookups that fail loudly.
#pragma once

#include "CapacityModel.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace ecw::test {

using I = InputId;
using C = ConstantId;

// The spec's calculator defaults with a few inputs changed.
inline Scenario scenarioWith(std::initializer_list<std::pair<InputId, double>> overrides)
{
    Scenario scenario;
    for (const auto& [id, value] : overrides)
        scenario.set(id, value);
    return scenario;
}

inline ModelConstants constantsWith(std::initializer_list<std::pair<ConstantId, double>> overrides)
{
    ModelConstants constants;
    for (const auto& [id, value] : overrides)
        constants.set(id, value);
    return constants;
}

inline Estimate full(const Scenario& scenario = {}, const ModelConstants& constants = {})
{
    return estimate(scenario, constants, Profile::Full);
}

inline Estimate reference(const Scenario& scenario = {}, const ModelConstants& constants = {})
{
    return estimate(scenario, constants, Profile::Reference);
}

// The value of an item that must exist: a missing id is a test failure, not a silent 0.
inline double valueOf(const Estimate& e, std::string_view id)
{
    const LineItem* item = e.find(id);
    EXPECT_NE(item, nullptr) << "no line item " << id << " in the " << profileName(e.profile) << " profile";
    return item ? item->value : -1.0;
}

inline bool hasFinding(const Estimate& e, std::string_view id)
{
    for (const Finding& finding : e.findings)
        if (finding.id == id)
            return true;
    return false;
}

inline const Finding* findingOf(const Estimate& e, std::string_view id)
{
    for (const Finding& finding : e.findings)
        if (finding.id == id)
            return &finding;
    return nullptr;
}

// The sum of the items of a section that a total adds up, i.e. every item of the section except the
// total, the recommendation and (for storage) the segment count, which is a count and not a size.
inline double sumOfParts(const Estimate& e, Section section)
{
    double sum = 0;
    for (const LineItem& item : e.items) {
        if (item.section != section)
            continue;
        const std::string_view id = item.id;
        if (id.ends_with(".total") || id.ends_with(".recommended") || id == "storage.warm_segments")
            continue;
        sum += item.value;
    }
    return sum;
}

} // namespace ecw::test
