// SPDX-License-Identifier: GPL-3.0-or-later
// Test helpers for the forecast, cost and export command tests: run the built CLI, temporary paths, files.
#pragma once

#include "ProcessRunner.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

namespace ecw::test {

inline ProcessResult runCli(std::vector<std::string> args,
                            const std::vector<std::pair<std::string, std::string>>& env = {})
{
    args.insert(args.begin(), ECW_CLI_BINARY);
    return runProcess(args, env);
}

inline std::string tempPath(const std::string& name)
{
    return ::testing::TempDir() + "ecw-" + std::to_string(::getpid()) + "-" + name;
}

inline void writeText(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

inline std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::string joined(const std::vector<std::string>& args)
{
    std::string text;
    for (const std::string& arg : args)
        text += " " + arg;
    return text;
}

// A usage error: exit 2, nothing on stdout, the message on stderr.
inline void expectUsage(const std::vector<std::string>& args, const std::string& message)
{
    const ProcessResult result = runCli(args);
    EXPECT_EQ(result.exitCode, 2) << joined(args) << "\n" << result.err;
    EXPECT_EQ(result.out, "") << joined(args);
    EXPECT_NE(result.err.find(message), std::string::npos) << joined(args) << "\nstderr: " << result.err;
}

} // namespace ecw::test
