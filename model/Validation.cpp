// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include <charconv>
#include <cmath>

namespace ecw {

namespace {

std::string rangeNumber(double value, Unit unit)
{
    if (value == std::floor(value) && std::fabs(value) >= 1000)
        return formatGrouped(value);
    (void)unit;
    return formatMachineNumber(value);
}

std::string unitSuffix(Unit unit)
{
    switch (unit) {
    case Unit::Ratio:
    case Unit::Factor: // "from 1 to 10", not "from 1 to 10 factor"
    case Unit::Count:
        return "";
    default:
        return " " + std::string(unitName(unit));
    }
}

std::optional<ValidationError> checkValue(std::string_view key, double value, double minimum, double maximum,
                                          Unit unit, bool wholeNumber)
{
    const bool finite = std::isfinite(value);
    const bool whole = !wholeNumber || (finite && value == std::floor(value));
    if (finite && whole && value >= minimum && value <= maximum)
        return std::nullopt;
    std::string message = std::string(key) + " must be " + describeRange(minimum, maximum, unit, wholeNumber)
        + " (got " + formatMachineNumber(value) + ")";
    return ValidationError { std::string(key), std::move(message) };
}

} // namespace

std::string describeRange(double minimum, double maximum, Unit unit, bool wholeNumber)
{
    return std::string(wholeNumber ? "a whole number from " : "a number from ") + rangeNumber(minimum, unit) + " to "
        + rangeNumber(maximum, unit) + unitSuffix(unit);
}

std::optional<ValidationError> checkInput(InputId id, double value)
{
    const InputSpec& spec = inputSpec(id);
    return checkValue(spec.key, value, spec.minimum, spec.maximum, spec.unit, spec.wholeNumber);
}

std::optional<ValidationError> checkConstant(ConstantId id, double value)
{
    const ConstantSpec& spec = constantSpec(id);
    return checkValue(spec.key, value, spec.minimum, spec.maximum, spec.unit, false);
}

std::vector<ValidationError> validate(const Scenario& scenario)
{
    std::vector<ValidationError> errors;
    for (const InputSpec& spec : inputSpecs())
        if (auto error = checkInput(spec.id, scenario[spec.id]))
            errors.push_back(std::move(*error));
    return errors;
}

std::vector<ValidationError> validate(const ModelConstants& constants)
{
    std::vector<ValidationError> errors;
    for (const ConstantSpec& spec : constantSpecs())
        if (auto error = checkConstant(spec.id, constants[spec.id]))
            errors.push_back(std::move(*error));
    return errors;
}

std::optional<double> parseNumber(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.empty() || text.size() > 64)
        return std::nullopt;
    // No digit-group separators: "1,5" must not silently become 15 for a planner whose locale
    // writes decimals with a comma.
    std::string cleaned(text);
    if (cleaned.front() == '+')
        cleaned.erase(0, 1);
    // One sign at most: "+-5" is a typo, not -5.
    if (cleaned.empty() || cleaned.front() == '+' || (text.front() == '+' && cleaned.front() == '-'))
        return std::nullopt;
    // Only plain decimal notation: no hex floats, no "nan"/"inf".
    for (char c : cleaned)
        if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+'))
            return std::nullopt;
    double value = 0;
    const char* first = cleaned.data();
    const char* last = cleaned.data() + cleaned.size();
    auto [end, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (ec != std::errc() || end != last || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace ecw
