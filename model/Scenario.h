// SPDX-License-Identifier: GPL-3.0-or-later
// A scenario: the value of every input, defaulting to the spec's calculator defaults.
#pragma once

#include "Inputs.h"

#include <array>

namespace ecw {

class Scenario
{
public:
    Scenario();

    double operator[](InputId id) const { return m_values[static_cast<std::size_t>(id)]; }
    double get(InputId id) const { return (*this)[id]; }
    void set(InputId id, double value) { m_values[static_cast<std::size_t>(id)] = value; }
    bool isDefault(InputId id) const { return get(id) == inputSpec(id).defaultValue; }

    bool operator==(const Scenario& other) const = default;

private:
    std::array<double, kInputCount> m_values {};
};

} // namespace ecw
