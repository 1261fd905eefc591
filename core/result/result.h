#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace Kezek {

// An error a caller can act on: a stable code for programs (and tests) and a
// message already translated for the person in front of the screen.
struct Error
{
    QString code;
    QString message;

    friend bool operator==(const Error &, const Error &) = default;
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString code, QString message)
{
    return std::unexpected<Error>(Error{std::move(code), std::move(message)});
}

} // namespace Kezek
