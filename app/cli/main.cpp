// SPDX-License-Identifier: GPL-3.0-or-later
// engram-capacity: thin main; everything testable lives in ecw_cli.
#include "CliApplication.h"

#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv)
{
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    ecw::CliContext context { std::cout, std::cerr };
    return ecw::runCli(args, context);
}
