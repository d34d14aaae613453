// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: a C locale whose decimal point is ',' (German), so tests can prove output does not change
// with the planner's locale. Uses an installed locale, or compiles de_DE once into a per-user LOCPATH.
#pragma once

#include <clocale>
#include <cstdlib>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

namespace ecw::test {

inline bool decimalPointIsComma(const char* name)
{
    const std::string previous = std::setlocale(LC_NUMERIC, nullptr);
    const bool ok = std::setlocale(LC_NUMERIC, name) != nullptr && std::localeconv()->decimal_point == std::string(",");
    std::setlocale(LC_NUMERIC, previous.c_str());
    return ok;
}

// The locale's name, or "" if none can be had (the caller skips). When it has to build the locale it sets
// LOCPATH for this process and the processes it starts.
inline std::string commaDecimalLocale()
{
    static const std::string name = [] {
        for (const char* candidate : { "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "de_DE" })
            if (decimalPointIsComma(candidate))
                return std::string(candidate);
        // ctest runs tests in parallel processes: build in a private folder, then rename it into place.
        // Probe with stat, not setlocale: glibc remembers a failed lookup for the rest of the process.
        const std::string shared = "/tmp/ecw-test-locales-" + std::to_string(::getuid());
        struct stat info
        {
        };
        if (::stat((shared + "/de_DE.UTF-8/LC_NUMERIC").c_str(), &info) != 0) {
            std::string folder = shared + ".XXXXXX";
            if (!::mkdtemp(folder.data()))
                return std::string();
            const std::string build = "localedef -i de_DE -f UTF-8 " + folder + "/de_DE.UTF-8 >/dev/null 2>&1";
            (void)std::system(build.c_str()); // may warn and still write the locale; the check below decides
            if (::rename(folder.c_str(), shared.c_str()) != 0)
                (void)std::system(("rm -rf " + folder).c_str()); // another test process won the race
        }
        ::setenv("LOCPATH", shared.c_str(), 1);
        return decimalPointIsComma("de_DE.UTF-8") ? std::string("de_DE.UTF-8") : std::string();
    }();
    return name;
}

} // namespace ecw::test
