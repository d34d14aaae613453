// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpFormatter.h"

#include <algorithm>

namespace ecw {

namespace {

constexpr std::size_t kDescriptionColumn = 30;
constexpr std::size_t kPageWidth = 100;

} // namespace

void HelpFormatter::line(std::string_view text)
{
    m_text += text;
    m_text += '\n';
}

void HelpFormatter::heading(std::string_view text)
{
    if (!m_text.empty())
        m_text += '\n';
    line(text);
}

void HelpFormatter::option(std::string_view synopsis, std::string_view description)
{
    std::string left = "  " + std::string(synopsis);
    if (left.size() + 1 >= kDescriptionColumn) {
        line(left);
        left.clear();
    }
    left.resize(kDescriptionColumn, ' ');
    m_text += left;
    wrapped(description, kDescriptionColumn);
}

void HelpFormatter::wrapped(std::string_view text, std::size_t firstLineUsed)
{
    std::size_t used = firstLineUsed;
    bool lineHasWord = false;
    while (!text.empty()) {
        if (text.front() == '\n') {
            m_text += '\n' + std::string(kDescriptionColumn, ' ');
            used = kDescriptionColumn;
            lineHasWord = false;
            text.remove_prefix(1);
            continue;
        }
        const std::size_t end = std::min(text.find_first_of(" \n"), text.size());
        const std::string_view word = text.substr(0, end);
        text.remove_prefix(end);
        if (!text.empty() && text.front() == ' ')
            text.remove_prefix(1);
        if (word.empty())
            continue;
        if (lineHasWord && used + 1 + word.size() > kPageWidth) {
            m_text += '\n' + std::string(kDescriptionColumn, ' ');
            used = kDescriptionColumn;
            lineHasWord = false;
        }
        if (lineHasWord) {
            m_text += ' ';
            ++used;
        }
        m_text += word;
        used += word.size();
        lineHasWord = true;
    }
    m_text += '\n';
}

} // namespace ecw
