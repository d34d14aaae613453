// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's exit codes, the contract scripts rely on (docs/cli.md lists them).
#pragma once

namespace ecw {

enum ExitCode : int
{
    ExitSuccess = 0,
    ExitFailure = 1, // the work was done but could not be delivered (output file, closed stdout)
    ExitUsage = 2, // bad usage or input: nothing was written to stdout
    ExitUnavailable = 3, // calibrate: the telemetry server could not be read (refused, HTTP error, unknown metric)
};

} // namespace ecw
