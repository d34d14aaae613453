// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 CSV writer: quotes fields that need it, doubles quotes, ends rows with CRLF, writes numbers
// with '.' as the decimal point whatever the locale. Reused by every CSV section the project exports.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace ecw {

class CsvWriter
{
public:
    CsvWriter& field(std::string_view text);
    CsvWriter& number(double value); // shortest round-trip text, locale-free
    void endRow();
    void row(std::initializer_list<std::string_view> fields);
    void blankLine(); // separates sections of a multi-section worksheet

    const std::string& text() const { return m_text; }
    std::string take() { return std::move(m_text); }

    // The field as it appears in a file: quoted when it holds a comma, quote, CR or LF (or starts or ends
    // with a space, which some readers trim).
    static std::string escape(std::string_view text);

private:
    std::string m_text;
    bool m_rowStarted = false;
};

} // namespace ecw
