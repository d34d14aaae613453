// SPDX-License-Identifier: GPL-3.0-or-later
// The comment every generated document starts with: what made it and how to make it again.
#pragma once

#include "OperatorDocuments.h"

#include <string>

namespace ecw {

std::string generatedHeader(const DocumentContext& context);

} // namespace ecw
