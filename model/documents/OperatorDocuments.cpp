// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorDocuments.h"

#include "OperationsJson.h"

#include <stdexcept>

namespace ecw {

std::vector<GeneratedDocument> generateOperatorDocuments(const DocumentContext& context)
{
    if (!context.book)
        throw std::invalid_argument("generateOperatorDocuments needs a price book");
    return {
        { "operations/scaling.md", scalingDocument(context) },
        { "operations/capacity-planning.md", capacityPlanningDocument(context) },
        { "howto/scale-vertically.md", scaleVerticallyDocument(context) },
        { "howto/scale-vertically-observed.json", writeObservedStateJson(scaleVerticallyObservedState()) },
        { "reference/resource-requirements.md", resourceRequirementsDocument(context) },
    };
}

} // namespace ecw
