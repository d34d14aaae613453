// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scenario.h"

namespace ecw {

Scenario::Scenario()
{
    for (const InputSpec& spec : inputSpecs())
        m_values[static_cast<std::size_t>(spec.id)] = spec.defaultValue;
}

} // namespace ecw
