// SPDX-License-Identifier: GPL-3.0-or-later
#include "Markdown.h"

#include <stdexcept>

namespace ecw {

MarkdownTable::MarkdownTable(std::vector<std::string> header)
    : m_header(std::move(header))
{
}

void MarkdownTable::row(std::vector<std::string> cells)
{
    if (cells.size() != m_header.size())
        throw std::logic_error("MarkdownTable: a row needs one cell per column");
    m_rows.push_back(std::move(cells));
}

std::string MarkdownTable::text() const
{
    const auto line = [](const std::vector<std::string>& cells) {
        std::string out = "|";
        for (const std::string& cell : cells)
            out += ' ' + tableCell(cell) + " |";
        return out + '\n';
    };
    std::string out = line(m_header);
    out += '|';
    for (std::size_t i = 0; i < m_header.size(); ++i)
        out += " --- |";
    out += '\n';
    for (const std::vector<std::string>& cells : m_rows)
        out += line(cells);
    return out;
}

void MarkdownWriter::heading(int level, std::string_view title)
{
    m_text += std::string(static_cast<std::size_t>(level), '#') + ' ' + std::string(title) + "\n\n";
}

void MarkdownWriter::paragraph(std::string_view text)
{
    m_text += std::string(text) + "\n\n";
}

void MarkdownWriter::bullets(std::initializer_list<std::string_view> items)
{
    for (std::string_view item : items)
        bullet(item);
    endList();
}

void MarkdownWriter::bullet(std::string_view item)
{
    m_text += "- " + std::string(item) + '\n';
}

void MarkdownWriter::endList()
{
    m_text += '\n';
}

void MarkdownWriter::fenced(std::string_view language, std::string_view body)
{
    m_text += "```" + std::string(language) + '\n' + std::string(body);
    if (!body.empty() && body.back() != '\n')
        m_text += '\n';
    m_text += "```\n\n";
}

void MarkdownWriter::table(const MarkdownTable& table)
{
    m_text += table.text() + '\n';
}

void MarkdownWriter::raw(std::string_view text)
{
    m_text += text;
}

std::string code(std::string_view text)
{
    std::string out;
    for (char c : text)
        out += c == '`' ? '\'' : c;
    return '`' + out + '`';
}

std::string tableCell(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += ' ';
        else
            out += c;
    }
    return out;
}

} // namespace ecw
