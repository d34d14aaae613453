// SPDX-License-Identifier: GPL-3.0-or-later
// Reads and writes scenario files. Every rejection names the JSON path of the field and what it allows.
#include "ScenarioJson.h"

#include "GrowthCurve.h"

#include "JsonNumber.h"
#include "Validation.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <optional>
#include <string>

namespace ecw {

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

constexpr std::array<std::string_view, 11> kTopLevelKeys { "format",    "schema_version",  "name",    "notes",
                                                           "preset",    "preset_modified", "profile", "inputs",
                                                           "constants", "forecast",        "calibrations" };

constexpr std::array<std::string_view, 10> kForecastKeys { "model",       "rate_low",   "rate_expected",
                                                           "rate_high",   "linear_low", "linear_expected",
                                                           "linear_high", "points",     "ops_grow_with_nodes",
                                                           "horizon_days" };

// Forecast ranges (the forecast has no table of its own; these are the scenario file's contract).
constexpr double kMaxRate = 1.0;
constexpr double kMaxLinearNodesPerDay = 1e12;
constexpr double kMaxDay = 3650.0;
constexpr double kMaxPointNodes = 1e12;
constexpr double kMinHorizon = 1.0;
constexpr double kMaxHorizon = 3650.0;

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

std::optional<Error> typeError(const std::string& path, std::string_view wanted, const Json& value)
{
    return Error { path + " must be " + std::string(wanted) + " (got " + value.type_name() + ")" };
}

std::optional<Error> readNumber(const Json& value, const std::string& path, double& out)
{
    if (!value.is_number())
        return typeError(path, "a number", value);
    out = value.get<double>();
    return std::nullopt;
}

std::optional<Error> readString(const Json& object, std::string_view key, std::string& out)
{
    const auto it = object.find(key);
    if (it == object.end())
        return std::nullopt;
    if (!it->is_string())
        return typeError(std::string(key), "a string", *it);
    out = it->get<std::string>();
    return std::nullopt;
}

std::optional<Error> readBool(const Json& object, std::string_view key, const std::string& path, bool& out)
{
    const auto it = object.find(key);
    if (it == object.end())
        return std::nullopt;
    if (!it->is_boolean())
        return typeError(path, "true or false", *it);
    out = it->get<bool>();
    return std::nullopt;
}

// A number within [minimum, maximum], worded like Validation.h's checks.
std::optional<Error> readRanged(const Json& value, const std::string& path, double minimum, double maximum, Unit unit,
                                bool wholeNumber, std::string_view unitOverride, double& out)
{
    double number = 0;
    if (auto error = readNumber(value, path, number))
        return error;
    const bool whole = !wholeNumber || number == std::floor(number);
    if (whole && number >= minimum && number <= maximum) {
        out = number;
        return std::nullopt;
    }
    std::string range = describeRange(minimum, maximum, unit, wholeNumber);
    if (!unitOverride.empty())
        range += " " + std::string(unitOverride);
    return Error { path + " must be " + range + " (got " + formatMachineNumber(number) + ")" };
}

std::optional<Error> readInputs(const Json& inputs, Scenario& scenario)
{
    if (!inputs.is_object())
        return typeError("inputs", "an object", inputs);
    for (const auto& [key, value] : inputs.items()) {
        const std::optional<InputId> id = findInput(key);
        const std::string path = "inputs." + key;
        if (!id)
            return Error { path + ": unknown input \"" + key + "\"" };
        if (inputSpec(*id).key != key)
            return Error { path + ": unknown input \"" + key + "\" (did you mean \"" + std::string(inputSpec(*id).key)
                           + "\"?)" };
        double number = 0;
        if (auto error = readNumber(value, path, number))
            return error;
        if (auto invalid = checkInput(*id, number))
            return Error { "inputs." + invalid->message };
        scenario.set(*id, number);
    }
    return std::nullopt;
}

std::optional<Error> readConstants(const Json& constants, ModelConstants& model)
{
    if (!constants.is_object())
        return typeError("constants", "an object", constants);
    for (const auto& [key, value] : constants.items()) {
        const std::optional<ConstantId> id = findConstant(key);
        const std::string path = "constants." + key;
        if (!id)
            return Error { path + ": unknown constant \"" + key + "\"" };
        if (constantSpec(*id).key != key)
            return Error { path + ": unknown constant \"" + key + "\" (did you mean \""
                           + std::string(constantSpec(*id).key) + "\"?)" };
        double number = 0;
        if (auto error = readNumber(value, path, number))
            return error;
        if (auto invalid = checkConstant(*id, number))
            return Error { "constants." + invalid->message };
        model.set(*id, number);
    }
    return std::nullopt;
}

std::optional<Error> readPoints(const Json& points, std::vector<GrowthPoint>& out)
{
    if (!points.is_array())
        return typeError("forecast.points", "an array", points);
    out.clear();
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Json& point = points[i];
        const std::string path = "forecast.points[" + std::to_string(i) + "]";
        if (!point.is_object())
            return typeError(path, "an object with \"day\" and \"nodes\"", point);
        for (const auto& [key, value] : point.items()) {
            (void)value;
            if (key != "day" && key != "nodes")
                return Error { path + "." + key + ": unknown key (a point has \"day\" and \"nodes\")" };
        }
        if (!point.contains("day") || !point.contains("nodes"))
            return Error { path + " must have both \"day\" and \"nodes\"" };
        GrowthPoint parsed;
        if (auto error = readRanged(point["day"], path + ".day", 0, kMaxDay, Unit::Days, false, {}, parsed.day))
            return error;
        if (auto error
            = readRanged(point["nodes"], path + ".nodes", 0, kMaxPointNodes, Unit::Nodes, false, {}, parsed.nodes))
            return error;
        if (!out.empty() && parsed.day <= out.back().day)
            return Error { path + ".day must be later than forecast.points[" + std::to_string(i - 1)
                           + "].day: points go in ascending order of day (got " + formatMachineNumber(parsed.day)
                           + " after " + formatMachineNumber(out.back().day) + ")" };
        out.push_back(parsed);
    }
    return std::nullopt;
}

std::optional<Error> readForecast(const Json& forecast, ForecastSettings& out)
{
    if (!forecast.is_object())
        return typeError("forecast", "an object", forecast);
    for (const auto& [key, value] : forecast.items()) {
        (void)value;
        bool known = false;
        for (std::string_view name : kForecastKeys)
            known = known || name == key;
        if (!known)
            return Error { "forecast." + key + ": unknown forecast setting \"" + key + "\"" };
    }
    if (const auto it = forecast.find("model"); it != forecast.end()) {
        if (!it->is_string())
            return typeError("forecast.model", "\"compound\", \"linear\" or \"points\"", *it);
        const std::optional<GrowthModel> model = parseGrowthModel(it->get<std::string>());
        if (!model)
            return Error { "forecast.model must be \"compound\", \"linear\" or \"points\" (got \""
                           + it->get<std::string>() + "\")" };
        out.model = *model;
    }
    struct RangedField
    {
        std::string_view key;
        double* target;
        double minimum;
        double maximum;
        Unit unit;
        bool whole;
        std::string_view unitOverride;
    };
    const std::array<RangedField, 7> fields { {
        { "rate_low", &out.rateLow, 0, kMaxRate, Unit::Ratio, false, "per day" },
        { "rate_expected", &out.rateExpected, 0, kMaxRate, Unit::Ratio, false, "per day" },
        { "rate_high", &out.rateHigh, 0, kMaxRate, Unit::Ratio, false, "per day" },
        { "linear_low", &out.linearLow, 0, kMaxLinearNodesPerDay, Unit::Count, false, "nodes/day" },
        { "linear_expected", &out.linearExpected, 0, kMaxLinearNodesPerDay, Unit::Count, false, "nodes/day" },
        { "linear_high", &out.linearHigh, 0, kMaxLinearNodesPerDay, Unit::Count, false, "nodes/day" },
        { "horizon_days", &out.horizonDays, kMinHorizon, kMaxHorizon, Unit::Days, true, {} },
    } };
    for (const RangedField& field : fields) {
        const auto it = forecast.find(field.key);
        if (it == forecast.end())
            continue;
        if (auto error = readRanged(*it, "forecast." + std::string(field.key), field.minimum, field.maximum, field.unit,
                                    field.whole, field.unitOverride, *field.target))
            return error;
    }
    if (const auto it = forecast.find("points"); it != forecast.end())
        if (auto error = readPoints(*it, out.points))
            return error;
    if (auto error = readBool(forecast, "ops_grow_with_nodes", "forecast.ops_grow_with_nodes", out.opsGrowWithNodes))
        return error;
    return std::nullopt;
}

std::optional<Error> readHeader(const Json& root)
{
    const auto format = root.find("format");
    if (format == root.end())
        return Error { "format is missing: not an engram-capacity scenario file (expected \"format\": "
                       + quoted(kScenarioFormatName) + ")" };
    if (!format->is_string() || format->get<std::string>() != kScenarioFormatName)
        return Error { "format must be " + quoted(kScenarioFormatName) + " (got " + format->dump() + ")" };
    const auto version = root.find("schema_version");
    if (version == root.end())
        return Error { "schema_version is missing" };
    if (!version->is_number_integer()
        && !(version->is_number_float() && std::isfinite(version->get<double>())
             && version->get<double>() == std::floor(version->get<double>())))
        return Error { "schema_version must be a whole number (got " + version->dump() + ")" };
    const double schema = version->get<double>();
    if (schema > kScenarioSchemaVersion)
        return Error { "written by a newer version (schema " + formatMachineNumber(schema)
                       + "); this version reads schema " + std::to_string(kScenarioSchemaVersion) };
    if (schema < 1)
        return Error { "schema_version must be a whole number from 1 to " + std::to_string(kScenarioSchemaVersion)
                       + " (got " + formatMachineNumber(schema) + ")" };
    return std::nullopt;
}

std::string describeParseError(const Json::exception& error)
{
    // nlohmann prefixes "[json.exception.parse_error.101] "; the planner needs only the position and cause.
    std::string text = error.what();
    if (!text.empty() && text.front() == '[') {
        const std::size_t close = text.find("] ");
        if (close != std::string::npos)
            text.erase(0, close + 2);
    }
    return text;
}

} // namespace

// The provenance of calibrated constants: an array of {constant, value, previous, source, window, applied_at,
// evidence}.
static std::optional<Error> readCalibrations(const Json& value, std::vector<CalibrationRecord>& out)
{
    if (!value.is_array())
        return Error { "calibrations must be an array of records" };
    for (std::size_t i = 0; i < value.size(); ++i) {
        const Json& entry = value[i];
        const std::string path = "calibrations[" + std::to_string(i) + "]";
        if (!entry.is_object())
            return Error { path + " must be an object" };
        CalibrationRecord record;
        for (const auto& [key, field] : entry.items()) {
            if (key == "value" || key == "previous") {
                if (!field.is_number() || !std::isfinite(field.get<double>()))
                    return Error { path + "." + key + " must be a finite number" };
                (key == "value" ? record.value : record.previous) = field.get<double>();
                continue;
            }
            std::string* text = key == "constant" ? &record.constant
                : key == "source"                 ? &record.source
                : key == "window"                 ? &record.window
                : key == "applied_at"             ? &record.appliedAt
                : key == "evidence"               ? &record.evidence
                                                  : nullptr;
            if (!text)
                return Error { path + "." + key + ": unknown key (a record has constant, value, previous, source, "
                                                  "window, applied_at and evidence)" };
            if (!field.is_string())
                return Error { path + "." + key + " must be a string" };
            *text = field.get<std::string>();
        }
        if (!findConstant(record.constant))
            return Error { path + ".constant: unknown constant \"" + record.constant + "\"" };
        out.push_back(std::move(record));
    }
    return std::nullopt;
}

Result<ScenarioDocument> parseScenarioJson(std::string_view text)
{
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const Json::exception& error) {
        return Error { "malformed JSON: " + describeParseError(error) };
    }
    if (!root.is_object())
        return Error { std::string("a scenario file must be a JSON object (got ") + root.type_name() + ")" };
    if (auto error = readHeader(root))
        return *error;
    for (const auto& [key, value] : root.items()) {
        (void)value;
        bool known = false;
        for (std::string_view name : kTopLevelKeys)
            known = known || name == key;
        if (!known)
            return Error { key + ": unknown key in a scenario file" };
    }

    ScenarioDocument document;
    if (auto error = readString(root, "name", document.name))
        return *error;
    if (auto error = readString(root, "notes", document.notes))
        return *error;
    if (auto error = readString(root, "preset", document.preset))
        return *error;
    if (auto error = readBool(root, "preset_modified", "preset_modified", document.presetModified))
        return *error;
    if (const auto it = root.find("profile"); it != root.end()) {
        const std::optional<Profile> profile = it->is_string() ? parseProfile(it->get<std::string>()) : std::nullopt;
        if (!profile)
            return Error { "profile must be \"full\" or \"reference\" (got " + it->dump() + ")" };
        document.profile = *profile;
    }
    if (const auto it = root.find("inputs"); it != root.end())
        if (auto error = readInputs(*it, document.scenario))
            return *error;
    if (const auto it = root.find("constants"); it != root.end())
        if (auto error = readConstants(*it, document.constants))
            return *error;
    if (const auto it = root.find("forecast"); it != root.end())
        if (auto error = readForecast(*it, document.forecast))
            return *error;
    if (const auto it = root.find("calibrations"); it != root.end())
        if (auto error = readCalibrations(*it, document.calibrations))
            return *error;
    return document;
}

std::string writeScenarioJson(const ScenarioDocument& document)
{
    OrderedJson root;
    root["format"] = kScenarioFormatName;
    root["schema_version"] = kScenarioSchemaVersion;
    root["name"] = document.name;
    root["notes"] = document.notes;
    root["preset"] = document.preset;
    root["preset_modified"] = document.presetModified;
    root["profile"] = profileName(document.profile);

    OrderedJson inputs = OrderedJson::object();
    for (const InputSpec& spec : inputSpecs())
        inputs[std::string(spec.key)] = jsonNumber(document.scenario[spec.id]);
    root["inputs"] = std::move(inputs);

    // Only what the planner changed, so a file stays small and picks up corrected defaults later.
    OrderedJson constants = OrderedJson::object();
    for (const ConstantSpec& spec : constantSpecs())
        if (!document.constants.isDefault(spec.id))
            constants[std::string(spec.key)] = jsonNumber(document.constants[spec.id]);
    root["constants"] = std::move(constants);

    const ForecastSettings& forecast = document.forecast;
    OrderedJson growth;
    growth["model"] = growthModelName(forecast.model);
    growth["rate_low"] = jsonNumber(forecast.rateLow);
    growth["rate_expected"] = jsonNumber(forecast.rateExpected);
    growth["rate_high"] = jsonNumber(forecast.rateHigh);
    growth["linear_low"] = jsonNumber(forecast.linearLow);
    growth["linear_expected"] = jsonNumber(forecast.linearExpected);
    growth["linear_high"] = jsonNumber(forecast.linearHigh);
    OrderedJson points = OrderedJson::array();
    for (const GrowthPoint& point : forecast.points)
        points.push_back(OrderedJson { { "day", jsonNumber(point.day) }, { "nodes", jsonNumber(point.nodes) } });
    growth["points"] = std::move(points);
    growth["ops_grow_with_nodes"] = forecast.opsGrowWithNodes;
    growth["horizon_days"] = jsonNumber(forecast.horizonDays);
    root["forecast"] = std::move(growth);

    if (!document.calibrations.empty()) {
        OrderedJson calibrations = OrderedJson::array();
        for (const CalibrationRecord& record : document.calibrations)
            calibrations.push_back(OrderedJson { { "constant", record.constant },
                                                 { "value", jsonNumber(record.value) },
                                                 { "previous", jsonNumber(record.previous) },
                                                 { "source", record.source },
                                                 { "window", record.window },
                                                 { "applied_at", record.appliedAt },
                                                 { "evidence", record.evidence } });
        root["calibrations"] = std::move(calibrations);
    }

    // Never throws: invalid UTF-8 in a name or note becomes U+FFFD rather than an exception.
    return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace ecw
