// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstimateJson.h"

#include "JsonNumber.h"

#include <nlohmann/json.hpp>

namespace ecw {

std::string writeEstimateJson(const Estimate& estimate, std::string_view tool, std::string_view version)
{
    using Json = nlohmann::ordered_json;
    Json root;
    root["format"] = kEstimateJsonFormatName;
    root["tool"] = tool;
    root["version"] = version;
    root["profile"] = profileName(estimate.profile);

    Json inputs = Json::object();
    for (const InputSpec& spec : inputSpecs())
        inputs[std::string(spec.key)] = jsonNumber(estimate.scenario[spec.id]);
    root["inputs"] = std::move(inputs);

    Json constants = Json::array();
    for (const ConstantSpec& spec : constantSpecs()) {
        Json constant;
        constant["key"] = spec.key;
        constant["symbol"] = spec.symbol;
        constant["value"] = jsonNumber(estimate.constants[spec.id]);
        constant["default"] = jsonNumber(spec.defaultValue);
        constant["unit"] = unitName(spec.unit);
        constant["changed"] = !estimate.constants.isDefault(spec.id);
        constants.push_back(std::move(constant));
    }
    root["constants"] = std::move(constants);

    Json items = Json::array();
    for (const LineItem& item : estimate.items) {
        Json entry;
        entry["id"] = item.id;
        entry["label"] = item.label;
        entry["section"] = sectionName(item.section);
        entry["kind"] = itemKindName(item.kind);
        entry["unit"] = unitName(item.unit);
        entry["value"] = jsonNumber(item.value);
        entry["formula"] = item.formula;
        entry["substituted"] = item.substituted();
        entry["extrapolated"] = item.extrapolated;
        items.push_back(std::move(entry));
    }
    root["items"] = std::move(items);

    Json findings = Json::array();
    for (const Finding& finding : estimate.findings) {
        Json entry;
        entry["id"] = finding.id;
        entry["severity"] = severityName(finding.severity);
        entry["message"] = finding.message;
        entry["reason"] = finding.reason;
        findings.push_back(std::move(entry));
    }
    root["findings"] = std::move(findings);

    // Never throws: invalid UTF-8 in a name or note becomes U+FFFD rather than an exception.
    return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace ecw
