// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: runs a program to completion and captures its exit code, stdout and stderr.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace ecw::test {

struct ProcessResult
{
    int exitCode = -1; // 128 + signal number if it was killed
    std::string out;
    std::string err;
};

// argv[0] is the program path (no PATH search). environment adds or replaces variables of this process's
// environment; stdin is /dev/null. stdoutPath, when set, sends stdout there instead of capturing it.
ProcessResult runProcess(const std::vector<std::string>& argv,
                         const std::vector<std::pair<std::string, std::string>>& environment = {},
                         const std::string& stdoutPath = {});

} // namespace ecw::test
