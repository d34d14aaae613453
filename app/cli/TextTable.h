// SPDX-License-Identifier: GPL-3.0-or-later
// Plain-text columns for the CLI's reports: each column as wide as its widest cell, numbers right-aligned.
#pragma once

#include <string>
#include <vector>

namespace ecw {

class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    // One alignment per column; the header row is optional (an empty list prints none).
    TextTable(std::vector<std::string> header, std::vector<Align> align);

    void row(std::vector<std::string> cells);
    bool empty() const { return m_rows.empty(); }
    // Every row indented by indent spaces, columns two spaces apart, no trailing spaces, '\n' line ends.
    std::string render(std::size_t indent = 2) const;

private:
    std::vector<std::string> m_header;
    std::vector<Align> m_align;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace ecw
