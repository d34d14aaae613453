// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperationsJson.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace ecw {

namespace {

using Json = nlohmann::ordered_json;

Json matrixRowJson(const MatrixRow& row)
{
    Json j;
    j["source"] = row.fromSpec ? "spec" : "gap-rule";
    j["row"] = row.fromSpec ? std::to_string(row.number) : "G" + std::to_string(row.number);
    j["condition"] = Json::array({ std::string(row.condition1), std::string(row.condition2) });
    j["action"] = std::string(row.actionTitle);
    j["implementation"] = std::string(row.implementation);
    if (!row.rationale.empty())
        j["rationale"] = std::string(row.rationale);
    return j;
}

Json choiceJson(const CloudPrices& prices, const InstanceChoice& choice)
{
    Json j;
    j["instance_type"] = prices.instances[choice.typeIndex].name;
    j["count"] = choice.count;
    j["cores"] = choice.capacityCores();
    j["memory_bytes"] = choice.capacityMemoryBytes();
    j["monthly_usd"] = choice.monthlyTotal;
    return j;
}

Json observedJson(const ObservedState& state)
{
    Json j;
    for (const ObservedField& field : observedFields())
        j[std::string(field.key)] = state.*field.value;
    if (state.cores)
        j["cores"] = *state.cores;
    if (state.memoryBytes)
        j["memory_bytes"] = *state.memoryBytes;
    if (state.diskBytes)
        j["disk_bytes"] = *state.diskBytes;
    return j;
}

} // namespace

Result<ObservedState> parseObservedStateJson(std::string_view text, const ObservedState& base)
{
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& error) {
        return Error { std::string("observed state is not valid JSON: ") + error.what() };
    }
    if (!root.is_object())
        return Error { "observed state must be a JSON object of numbers" };
    ObservedState state = base;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const std::string& key = it.key();
        const Json& value = it.value();
        if (!value.is_number())
            return Error { "observed state: " + key + " must be a number" };
        const double number = value.get<double>();
        if (const ObservedField* field = findObservedField(key)) {
            state.*field->value = number;
        } else if (key == "cores") {
            state.cores = number;
        } else if (key == "memory_bytes") {
            state.memoryBytes = number;
        } else if (key == "disk_bytes") {
            state.diskBytes = number;
        } else {
            std::string known;
            for (const ObservedField& f : observedFields())
                known += std::string(f.key) + ", ";
            return Error { "observed state: unknown key '" + key + "' (known: " + known
                           + "cores, memory_bytes, disk_bytes)" };
        }
    }
    const std::vector<std::string> problems = validateObservedState(state);
    if (!problems.empty())
        return Error { "observed state: " + problems.front() };
    return state;
}

std::string writeObservedStateJson(const ObservedState& state)
{
    return observedJson(state).dump(2) + "\n";
}

std::string writeAdviceJson(const ScalingAdvice& advice, const PriceBook* book)
{
    Json j;
    j["urgency"] = std::string(advice.urgency);
    j["observed"] = observedJson(advice.observed);
    Json cpu;
    cpu["matrix"] = matrixRowJson(advice.cpu.row->row);
    cpu["action"] = std::string(cpuActionKey(advice.cpu.row->action));
    cpu["why"] = advice.cpu.why;
    cpu["current_cores"] = advice.cpu.currentCores;
    cpu["target_cores"] = advice.cpu.targetCores;
    cpu["scheduled"] = advice.cpu.scheduled;
    cpu["target"] = advice.cpu.target;
    j["cpu"] = cpu;
    Json memory;
    memory["matrix"] = matrixRowJson(advice.memory.row->row);
    memory["action"] = std::string(memoryActionKey(advice.memory.row->action));
    memory["distribution"] = std::string(tierDistributionTitle(advice.memory.distribution));
    memory["why"] = advice.memory.why;
    memory["current_bytes"] = advice.memory.currentBytes;
    memory["target_bytes"] = advice.memory.targetBytes;
    memory["target"] = advice.memory.target;
    j["memory"] = memory;
    Json storage = Json::array();
    for (const StorageAdvice& trigger : advice.storage) {
        Json t;
        t["trigger"] = std::string(storageTriggerKey(trigger.row->trigger));
        t["matrix"] = matrixRowJson(trigger.row->row);
        t["observed"] = trigger.observed;
        t["threshold"] = trigger.threshold;
        t["why"] = trigger.why;
        t["target"] = trigger.target;
        storage.push_back(t);
    }
    j["storage"] = storage;
    j["current_disk_bytes"] = advice.currentDiskBytes;
    j["target_disk_bytes"] = advice.targetDiskBytes;
    j["pricing_model"] = std::string(pricingModelKey(advice.pricing));
    Json clouds = Json::object();
    for (const CloudTarget& target : advice.clouds) {
        const CloudPrices* prices = book ? book->find(target.cloud) : nullptr;
        if (!target.available || !prices)
            continue;
        Json c;
        c["current"] = choiceJson(*prices, target.current);
        c["target"] = choiceJson(*prices, target.target);
        c["monthly_difference_usd"] = target.monthlyDifference;
        clouds[std::string(cloudKey(target.cloud))] = c;
    }
    j["clouds"] = clouds;
    return j.dump(2) + "\n";
}

} // namespace ecw
