// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvParser.h"

namespace ecw {

Result<std::vector<CsvRow>> parseCsv(std::string_view text)
{
    std::vector<CsvRow> rows;
    CsvRow row;
    std::string field;
    std::size_t line = 1;
    std::size_t quoteLine = 0;
    bool inQuotes = false;
    bool afterQuote = false; // just closed a quoted field: only a separator or line end may follow
    bool rowHasContent = false;

    auto endField = [&] {
        row.push_back(std::move(field));
        field.clear();
        afterQuote = false;
    };
    auto endRow = [&] {
        endField();
        rows.push_back(std::move(row));
        row.clear();
        rowHasContent = false;
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == '\n')
                    ++line;
                field.push_back(c);
            }
            continue;
        }
        if (c == ',') {
            endField();
            rowHasContent = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            endRow();
            ++line;
        } else if (afterQuote) {
            return Error { "CSV line " + std::to_string(line) + ": unexpected text after a closing quote" };
        } else if (c == '"' && field.empty()) {
            inQuotes = true;
            quoteLine = line;
            rowHasContent = true;
        } else {
            field.push_back(c);
            rowHasContent = true;
        }
    }
    if (inQuotes)
        return Error { "CSV line " + std::to_string(quoteLine) + ": quoted field is never closed" };
    if (rowHasContent || !field.empty() || !row.empty() || afterQuote)
        endRow();
    return rows;
}

} // namespace ecw
