// SPDX-License-Identifier: GPL-3.0-or-later
// The version the CLI reports and writes into JSON output; the build passes the project's version.
#pragma once

#include <string_view>

#ifndef ECW_VERSION
#error "ECW_VERSION must be defined by the build (it is the CMake project version)"
#endif

namespace ecw {

inline constexpr std::string_view kCliVersion = ECW_VERSION;

} // namespace ecw
