// SPDX-License-Identifier: GPL-3.0-or-later
// A value or an error message, for everything that reads outside data (std::expected is C++23).
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace ecw {

struct Error {
    std::string message; // names the field and what was wrong: "inputs.nodes must be a whole number ..."
};

template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const std::string& error() const { return std::get<Error>(m_state).message; }

private:
    std::variant<T, Error> m_state;
};

} // namespace ecw
