// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the export tests: run the CLI, read PDFs back with poppler, temporary folders, the worksheet
// the model makes for the same input, and the CSV worksheet split into its sections.
#pragma once

#include "BuiltinPriceBook.h"
#include "CsvParser.h"
#include "FullWorksheet.h"
#include "ProcessRunner.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace ecw::test {

inline constexpr const char* kToday = "2026-11-29";
inline Date today()
{
    return makeDate(2026, 11, 29);
}

inline ProcessResult cli(std::vector<std::string> args,
                         const std::vector<std::pair<std::string, std::string>>& env = {})
{
    args.insert(args.begin(), ECW_CLI_BINARY);
    return runProcess(args, env);
}

inline std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline void writeFile(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

inline bool exists(const std::string& path)
{
    return std::ifstream(path).good();
}

// A fresh folder under the test temp dir, removed by the caller's TempFolder.
class TempFolder
{
public:
    TempFolder()
    {
        std::string pattern = ::testing::TempDir() + "ecw-export-XXXXXX";
        m_path = ::mkdtemp(pattern.data());
    }
    ~TempFolder()
    {
        if (!m_path.empty())
            std::system(("chmod -R u+w '" + m_path + "' 2>/dev/null; rm -rf '" + m_path + "'").c_str());
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    std::string operator/(const std::string& name) const { return m_path + "/" + name; }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

inline bool havePoppler()
{
    return std::string(ECW_PDFTOTEXT).find("NOTFOUND") == std::string::npos && std::string(ECW_PDFTOTEXT) != ""
        && std::string(ECW_PDFINFO).find("NOTFOUND") == std::string::npos;
}

// pdftotext's text in physical layout (a table row stays on one line, cell beside cell) with every run of
// white space folded to one space, so a figure matches however the columns around it are spaced.
inline std::string pdfText(const std::string& pdf)
{
    const ProcessResult result = runProcess({ ECW_PDFTOTEXT, "-layout", "-enc", "UTF-8", pdf, "-" });
    EXPECT_EQ(result.exitCode, 0) << result.err;
    std::string folded;
    for (char c : result.out) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (space) {
            if (!folded.empty() && folded.back() != ' ')
                folded.push_back(' ');
        } else {
            folded.push_back(c);
        }
    }
    return folded;
}

inline std::string pdfInfo(const std::string& pdf, const std::string& field)
{
    const ProcessResult result = runProcess({ ECW_PDFINFO, pdf });
    EXPECT_EQ(result.exitCode, 0) << result.err;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind(field + ":", 0) == 0) {
            std::string value = line.substr(field.size() + 1);
            value.erase(0, value.find_first_not_of(' '));
            return value;
        }
    return {};
}

inline int pdfPages(const std::string& pdf)
{
    return std::atoi(pdfInfo(pdf, "Pages").c_str());
}

// The scenario of the issue's large case: 10^11 nodes, everything else at its default.
inline std::string writeLargeScenario(const std::string& path)
{
    writeFile(path,
              R"({"format":"engram-capacity-scenario","schema_version":1,"name":"Hundred billion nodes",)"
              R"("notes":"Stress test: 10^11 nodes.","inputs":{"nodes":100000000000}})");
    return path;
}

inline ScenarioDocument largeScenario()
{
    ScenarioDocument document;
    document.name = "Hundred billion nodes";
    document.notes = "Stress test: 10^11 nodes.";
    document.scenario.set(InputId::Nodes, 1e11);
    return document;
}

// What the model makes of the same input: the CLI's default price book and day.
struct ModelWorksheet
{
    FixedClock clock { today() };
    FullWorksheet worksheet;

    explicit ModelWorksheet(const ScenarioDocument& document)
        : worksheet(document, clock, options())
    {
    }

    static FullWorksheetOptions options()
    {
        FullWorksheetOptions options;
        options.priceBook = builtinPriceBook().value();
        options.appVersion = ECW_VERSION; // the appendix's artifacts name the version, as the CLI's do
        return options;
    }
};

// The CSV worksheet's sections: each starts with a header row whose first field is "section"; data rows
// name their section in the first field.
using CsvSections = std::map<std::string, std::vector<CsvRow>>;

inline CsvSections csvSections(const std::string& csv)
{
    const Result<std::vector<CsvRow>> rows = parseCsv(csv);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error());
    CsvSections sections;
    if (!rows.ok())
        return sections;
    for (const CsvRow& row : *rows) {
        if (row.empty() || (row.size() == 1 && row[0].empty()) || row[0] == "section")
            continue;
        sections[row[0]].push_back(row);
    }
    return sections;
}

inline double parsedNumber(const std::string& text)
{
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    EXPECT_TRUE(end && *end == '\0' && !text.empty()) << "not a number: '" << text << "'";
    return value;
}

} // namespace ecw::test
