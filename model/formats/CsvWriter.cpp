// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include "Units.h"

namespace ecw {

std::string CsvWriter::escape(std::string_view text)
{
    const bool needsQuotes = text.find_first_of(",\"\r\n") != std::string_view::npos
        || (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!needsQuotes)
        return std::string(text);
    std::string out;
    out.reserve(text.size() + 2);
    out.push_back('"');
    for (char c : text) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

CsvWriter& CsvWriter::field(std::string_view text)
{
    if (m_rowStarted)
        m_text.push_back(',');
    m_text += escape(text);
    m_rowStarted = true;
    return *this;
}

CsvWriter& CsvWriter::number(double value)
{
    return field(formatMachineNumber(value));
}

void CsvWriter::endRow()
{
    m_text += "\r\n";
    m_rowStarted = false;
}

void CsvWriter::row(std::initializer_list<std::string_view> fields)
{
    for (std::string_view text : fields)
        field(text);
    endRow();
}

void CsvWriter::blankLine()
{
    if (m_rowStarted)
        endRow();
    m_text += "\r\n";
}

} // namespace ecw
