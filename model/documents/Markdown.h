// SPDX-License-Identifier: GPL-3.0-or-later
// The few Markdown pieces the operator documents are made of: headings, paragraphs, fenced blocks and
// pipe tables whose cells are escaped.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace ecw {

class MarkdownTable
{
public:
    explicit MarkdownTable(std::vector<std::string> header);
    void row(std::vector<std::string> cells); // as many cells as the header
    std::string text() const;

private:
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
};

class MarkdownWriter
{
public:
    void heading(int level, std::string_view title);
    void paragraph(std::string_view text); // one paragraph; a blank line follows
    void bullets(std::initializer_list<std::string_view> items);
    void bullet(std::string_view item); // one item; end a list with endList()
    void endList();
    void fenced(std::string_view language, std::string_view body); // body without its final newline or with
    void table(const MarkdownTable& table);
    void raw(std::string_view text);
    const std::string& text() const { return m_text; }

private:
    std::string m_text;
};

// "`text`" with backticks kept out of the text.
std::string code(std::string_view text);
// A cell's text with '|' escaped and newlines turned into spaces.
std::string tableCell(std::string_view text);

} // namespace ecw
