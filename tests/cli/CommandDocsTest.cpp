// SPDX-License-Identifier: GPL-3.0-or-later
// docs/cli.md documents every option the forecast, cost, export, advise, generate and calibrate commands accept (read from their --help).
#include "AdviseCommand.h"
#include "CalibrateCommand.h"
#include "CostCommand.h"
#include "DocsCommand.h"
#include "ExportCommand.h"
#include "ForecastCommand.h"
#include "GenerateCommand.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace {

std::string readDocs()
{
    std::ifstream in(std::string(ECW_SOURCE_DIR) + "/docs/cli.md", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::set<std::string> optionsIn(const std::string& help)
{
    std::set<std::string> options;
    const std::regex option("(^|\\n) +(--[a-z][a-z0-9-]*)");
    for (auto it = std::sregex_iterator(help.begin(), help.end(), option); it != std::sregex_iterator(); ++it)
        options.insert((*it)[2]);
    return options;
}

} // namespace

TEST(CommandDocs, EveryForecastCostAndExportOptionIsInCliMd)
{
    const std::string docs = readDocs();
    ASSERT_FALSE(docs.empty());
    for (const auto& [command, help] :
         { std::pair { "forecast", ecw::forecastHelpText() }, std::pair { "cost", ecw::costHelpText() },
           std::pair { "export", ecw::exportHelpText() }, std::pair { "advise", ecw::adviseHelpText() },
           std::pair { "generate", ecw::generateHelpText() },
           std::pair { "calibrate", ecw::calibrateHelpText() } }) {
        EXPECT_NE(docs.find(std::string("## `") + command + "`"), std::string::npos) << command;
        const std::set<std::string> options = optionsIn(help);
        EXPECT_GT(options.size(), 5u) << command;
        for (const std::string& option : options)
            EXPECT_NE(docs.find("`" + option), std::string::npos) << command << " " << option;
    }
}

TEST(CommandDocs, DocsCommandIsInCliMd)
{
    const std::string docs = readDocs();
    EXPECT_NE(docs.find("## `docs`"), std::string::npos);
    for (const std::string& option : optionsIn(ecw::docsHelpText()))
        EXPECT_NE(docs.find("`" + option), std::string::npos) << "docs " << option;
}
