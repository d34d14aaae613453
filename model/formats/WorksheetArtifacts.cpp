// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorksheetArtifacts.h"

#include <string_view>

namespace ecw {

namespace {

// Calls f(lineNumber, line) for each line of text; a final newline does not start an empty line.
template <typename F>
void forEachLine(std::string_view text, F f)
{
    int number = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        f(++number, text.substr(0, end));
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
}

} // namespace

void appendArtifactSections(WorksheetDocument& worksheet, const std::vector<Artifact>& artifacts)
{
    if (artifacts.empty())
        return;
    worksheet.heading("Appendix: deployment artifacts");
    worksheet.paragraph("Generated from this worksheet's estimate, not from fixed text: requests from the estimate, "
                        "limits from the recommendation with its headroom, replicas from the hot-tier shards, alert "
                        "thresholds from the limits and the forecast's runway. The same files as \"engram-capacity "
                        "generate all\" and the workbench's Operations tab; the tests check them with yamllint, "
                        "Kubernetes' OpenAPI schema and promtool.");
    for (const Artifact& artifact : artifacts) {
        worksheet.heading(std::string(artifactTitle(artifact.kind)) + " (" + std::string(artifactFileName(artifact.kind))
                              + ")",
                          2);
        if (!artifact.note.empty())
            worksheet.paragraph(artifact.note);
        worksheet.code(artifact.text);
    }
}

void writeWorksheetArtifacts(CsvWriter& writer, const std::vector<Artifact>& artifacts)
{
    writer.row({ "section", "kind", "file", "format", "line", "text" });
    for (const Artifact& artifact : artifacts)
        forEachLine(artifact.text, [&](int number, std::string_view line) {
            writer.field("artifacts")
                .field(artifactKey(artifact.kind))
                .field(artifactFileName(artifact.kind))
                .field(artifactFormat(artifact.kind))
                .number(number)
                .field(line);
            writer.endRow();
        });
}

} // namespace ecw
