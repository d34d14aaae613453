// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the scenario file parser: any bytes must give a document or an error, never a crash, and
// an accepted document must survive a write/parse round trip unchanged.
#include "ScenarioJson.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ecw::Result<ecw::ScenarioDocument> parsed = ecw::parseScenarioJson(text);
    if (!parsed.ok()) {
        if (parsed.error().empty())
            std::abort(); // every rejection must say why
        return 0;
    }
    const ecw::Result<ecw::ScenarioDocument> again = ecw::parseScenarioJson(ecw::writeScenarioJson(parsed.value()));
    if (!again.ok() || !(again.value() == parsed.value()))
        std::abort();
    return 0;
}
