// SPDX-License-Identifier: GPL-3.0-or-later
// Which formula set an estimate uses.
#pragma once

#include <optional>
#include <string_view>

namespace ecw {

// Reference: exactly the figures the spec's calculator script prints, with its arithmetic (and its
// defects fixed). Full: every formula family of the spec.
enum class Profile { Reference, Full };

std::string_view profileName(Profile profile);
std::optional<Profile> parseProfile(std::string_view name);

} // namespace ecw
