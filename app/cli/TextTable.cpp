// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include <algorithm>

namespace ecw {

namespace {

// Display width of UTF-8 text: continuation bytes take no column (the reports use '·', '≥' and the like).
std::size_t displayWidth(const std::string& text)
{
    std::size_t width = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++width;
    return width;
}

} // namespace

TextTable::TextTable(std::vector<std::string> header, std::vector<Align> align)
    : m_header(std::move(header))
    , m_align(std::move(align))
{
}

void TextTable::row(std::vector<std::string> cells)
{
    m_rows.push_back(std::move(cells));
}

std::string TextTable::render(std::size_t indent) const
{
    std::vector<std::size_t> widths(m_align.size(), 0);
    auto measure = [&](const std::vector<std::string>& cells) {
        for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(cells[c]));
    };
    measure(m_header);
    for (const auto& cells : m_rows)
        measure(cells);

    std::string out;
    auto line = [&](const std::vector<std::string>& cells) {
        std::string text(indent, ' ');
        for (std::size_t c = 0; c < widths.size(); ++c) {
            const std::string cell = c < cells.size() ? cells[c] : std::string();
            const std::size_t pad = widths[c] - displayWidth(cell);
            if (c > 0)
                text += "  ";
            if (m_align[c] == Align::Right)
                text += std::string(pad, ' ') + cell;
            else
                text += cell + std::string(pad, ' ');
        }
        while (!text.empty() && text.back() == ' ')
            text.pop_back();
        out += text + '\n';
    };
    if (!m_header.empty())
        line(m_header);
    for (const auto& cells : m_rows)
        line(cells);
    return out;
}

} // namespace ecw
