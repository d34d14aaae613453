// SPDX-License-Identifier: GPL-3.0-or-later
// Collects every figure that is NaN, infinite or negative, named by where it came from, so one failing
// grid point lists all its bad figures at once.
#pragma once

#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace ecw::test {

class FigureCheck
{
public:
    void operator()(std::string_view where, double value)
    {
        ++m_checked;
        if (std::isfinite(value) && value >= 0)
            return;
        char text[64];
        std::snprintf(text, sizeof text, "%.17g", value);
        if (m_problems.size() < kMaxListed)
            m_problems.push_back(std::string(where) + " = " + text);
        ++m_bad;
    }
    void fail(std::string_view where, std::string_view why)
    {
        ++m_bad;
        if (m_problems.size() < kMaxListed)
            m_problems.push_back(std::string(where) + ": " + std::string(why));
    }

    // Text that shows a number (a finding's reason, a worked-out formula) must not spell a non-finite one.
    void text(std::string_view where, std::string_view text)
    {
        for (std::string_view word : { "nan", "inf" }) {
            for (std::size_t at = 0; (at = findIgnoringCase(text, word, at)) != std::string_view::npos; ++at) {
                const bool wordStart = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
                const std::size_t end = at + word.size();
                const bool wordEnd = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]))
                    || findIgnoringCase(text.substr(end), "inity", 0) == 0;
                if (wordStart && wordEnd) {
                    fail(where, "shows a non-finite number: \"" + std::string(text) + "\"");
                    return;
                }
            }
        }
    }

    bool ok() const { return m_bad == 0; }
    std::size_t checked() const { return m_checked; }
    std::string report() const
    {
        std::string text = std::to_string(m_bad) + " bad of " + std::to_string(m_checked) + " figures:";
        for (const std::string& problem : m_problems)
            text += "\n  " + problem;
        return text;
    }

private:
    static std::size_t findIgnoringCase(std::string_view text, std::string_view word, std::size_t from)
    {
        for (std::size_t i = from; i + word.size() <= text.size(); ++i) {
            bool same = true;
            for (std::size_t j = 0; j < word.size() && same; ++j)
                same = std::tolower(static_cast<unsigned char>(text[i + j])) == word[j];
            if (same)
                return i;
        }
        return std::string_view::npos;
    }

    static constexpr std::size_t kMaxListed = 40;
    std::vector<std::string> m_problems;
    std::size_t m_checked = 0;
    std::size_t m_bad = 0;
};

} // namespace ecw::test
