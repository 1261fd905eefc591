#include "server/http/message.h"

#include <algorithm>
#include <cctype>

namespace Kezek::Http {

bool NoCaseLess::operator()(std::string_view a, std::string_view b) const noexcept
{
    // Header names are ASCII (RFC 9110 §5.1): no locale to consult, which
    // std::tolower does on every character of every lookup.
    const auto lower = [](char c) {
        return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    };
    return std::lexicographical_compare(
        a.begin(), a.end(), b.begin(), b.end(), [&](char x, char y) {
            return lower(x) < lower(y);
        });
}

namespace {

template<typename Map>
std::string firstValue(const Map &map, std::string_view name)
{
    const auto found = map.find(name);
    return found == map.end() ? std::string() : found->second;
}

} // namespace

bool Request::hasHeader(std::string_view name) const
{
    return headers.contains(name);
}

std::string Request::header(std::string_view name) const
{
    return firstValue(headers, name);
}

bool Request::hasParam(std::string_view name) const
{
    return query.contains(std::string(name));
}

std::string Request::param(std::string_view name) const
{
    return firstValue(query, std::string(name));
}

bool Response::hasHeader(std::string_view name) const
{
    return headers.contains(name);
}

std::string Response::header(std::string_view name) const
{
    return firstValue(headers, name);
}

void Response::setHeader(std::string_view name, std::string_view value)
{
    const auto [first, last] = headers.equal_range(name);
    headers.erase(first, last);
    headers.emplace(std::string(name), std::string(value));
}

void Response::setContent(std::string content, std::string_view contentType)
{
    body = std::move(content);
    setHeader("Content-Type", contentType);
}

} // namespace Kezek::Http
