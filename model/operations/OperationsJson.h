// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's file formats: the observed state it reads (an object of base-unit numbers, keys as in
// observedFields() plus the optional "cores", "memory_bytes" and "disk_bytes") and the advice it writes.
#pragma once

#include "ObservedState.h"
#include "PriceBook.h"
#include "ScalingAdvisor.h"

#include <string>
#include <string_view>

namespace ecw {

// Errors name the key and the allowed range; unknown keys are errors too (a typo must not be ignored). Keys
// left out keep the values of base (exampleObservedState() when reading a whole file).
Result<ObservedState> parseObservedStateJson(std::string_view text, const ObservedState& base = {});
std::string writeObservedStateJson(const ObservedState& state);

// Base units throughout: bytes, cores, percent (0..100), USD per month.
std::string writeAdviceJson(const ScalingAdvice& advice, const PriceBook* book);

} // namespace ecw
