// SPDX-License-Identifier: GPL-3.0-or-later
// The instance picker on the committed book agrees with a brute-force search over every type, so its
// shortcuts (prices computed once, types that can never win skipped) change no answer.
#include "InstancePicker.h"
#include "PriceBookJson.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

namespace ecw {
namespace {

PriceBook committedBook()
{
    std::ifstream file(std::string(ECW_SOURCE_DIR) + "/resources/pricebook/engram-pricebook.json", std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return parsePriceBookJson(text.str()).value();
}

// The rule written out plainly: every type sized, the cheapest price, then among prices within 0.1% of
// it the fewest instances, the lower price, more memory, the earlier type.
InstanceChoice bruteForce(const InstancePicker& picker, const InstanceNeed& need)
{
    double cheapest = INFINITY;
    for (std::size_t i = 0; i < picker.size(); ++i)
        cheapest = std::min(cheapest, picker.size(i, need).monthlyTotal);
    InstanceChoice best;
    for (std::size_t i = 0; i < picker.size(); ++i) {
        const InstanceChoice c = picker.size(i, need);
        if (c.monthlyTotal > cheapest * (1.0 + InstancePicker::kTieFraction) + 1e-9)
            continue;
        const bool better = !best.valid() || c.count < best.count
            || (c.count == best.count
                && (c.monthlyTotal < best.monthlyTotal
                    || (c.monthlyTotal == best.monthlyTotal
                        && (c.capacityMemoryBytes() > best.capacityMemoryBytes()
                            || (c.capacityMemoryBytes() == best.capacityMemoryBytes()
                                && c.typeIndex < best.typeIndex)))));
        if (better)
            best = c;
    }
    return best;
}

TEST(PriceBookInstancePick, PickerMatchesBruteForceOnTheCommittedBook)
{
    const PriceBook book = committedBook();
    std::size_t checked = 0;
    for (const CloudPrices& cloud : book.clouds)
        for (PricingModel model : kPricingModels) {
            const InstancePicker picker(cloud, model, 0.0, {});
            if (picker.empty())
                continue;
            for (double cores = 2; cores <= 4096; cores *= 1.7)
                for (double gib = 1; gib <= 200000; gib *= 2.3)
                    for (double hot : { 1e5, 3.5e7 }) {
                        const InstanceNeed need { 2 * std::ceil(cores / 2), std::ceil(gib) * 1073741824.0, hot };
                        const InstanceChoice fast = picker.pick(need);
                        const InstanceChoice slow = bruteForce(picker, need);
                        ASSERT_TRUE(fast.valid());
                        EXPECT_EQ(fast.typeIndex, slow.typeIndex)
                            << cloudKey(cloud.cloud) << " " << pricingModelKey(model) << " cores " << need.cores
                            << " GiB " << std::ceil(gib) << ": " << cloud.instances[fast.typeIndex].name << " vs "
                            << cloud.instances[slow.typeIndex].name;
                        EXPECT_EQ(fast.count, slow.count);
                        ++checked;
                    }
        }
    EXPECT_GT(checked, 3000u);
}

} // namespace
} // namespace ecw
