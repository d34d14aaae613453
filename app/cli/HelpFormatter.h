// SPDX-License-Identifier: GPL-3.0-or-later
// Lays out --help text: headings, and options with their descriptions wrapped beside them.
#pragma once

#include <string>
#include <string_view>

namespace ecw {

class HelpFormatter
{
public:
    void line(std::string_view text = {});
    void heading(std::string_view text);
    // "  --nodes N" followed by the description, wrapped to the page width at the description column.
    void option(std::string_view synopsis, std::string_view description);
    const std::string& text() const { return m_text; }

private:
    void wrapped(std::string_view text, std::size_t firstLineUsed);

    std::string m_text;
};

} // namespace ecw
