// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentHeader.h"

namespace ecw {

std::string generatedHeader(const DocumentContext& context)
{
    return "<!-- Generated from the model by `engram-capacity docs` (Engram Capacity Workbench "
        + context.toolVersion
        + ") with the built-in price book. Do not edit: change the model, then run\n"
          "     `cmake --build build --target operator-docs`; the test operator-docs-match-model fails while the\n"
          "     committed file differs from what the model writes. -->\n\n";
}

} // namespace ecw
