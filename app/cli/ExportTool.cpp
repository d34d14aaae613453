// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportTool.h"

namespace ecw {

std::vector<std::string> exportToolCandidates()
{
    return siblingToolCandidates(kExportToolName);
}

Result<std::string> findExportTool()
{
    const Result<std::string> tool = findSiblingTool(kExportToolName, "--csv works without it");
    if (tool)
        return tool;
    // Keep the message users and tests know: "the PDF export tool ... is not installed".
    std::string message = tool.error();
    const std::string prefix = "the tool ";
    if (message.rfind(prefix, 0) == 0)
        message = "the PDF export tool " + message.substr(prefix.size());
    return Error { message };
}

Error execExportTool(const std::string& toolPath, std::string_view displayName, std::span<const std::string_view> args)
{
    return execSiblingTool(toolPath, displayName, args);
}

} // namespace ecw
