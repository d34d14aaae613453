// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorksheetDocument.h"

namespace ecw {

void WorksheetDocument::heading(std::string text, int level)
{
    WorksheetBlock& block = blocks.emplace_back();
    block.kind = BlockKind::Heading;
    block.text = std::move(text);
    block.level = level;
}

void WorksheetDocument::paragraph(std::string text)
{
    WorksheetBlock& block = blocks.emplace_back();
    block.kind = BlockKind::Paragraph;
    block.text = std::move(text);
}

void WorksheetDocument::code(std::string text)
{
    WorksheetBlock& block = blocks.emplace_back();
    block.kind = BlockKind::Code;
    block.text = std::move(text);
}

WorksheetTable& WorksheetDocument::table(std::vector<std::string> columns, std::vector<Align> align,
                                         std::vector<double> widths)
{
    WorksheetBlock& block = blocks.emplace_back();
    block.kind = BlockKind::Table;
    block.table.columns = std::move(columns);
    block.table.align = std::move(align);
    block.table.widths = std::move(widths);
    return block.table;
}

} // namespace ecw
