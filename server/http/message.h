#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

// A request as the routes see it, and the answer they fill: plain data, with
// no HTTP library behind them (server/http/httpserver.* reads and writes them).
namespace Kezek::Http {

// Header names compare without case (RFC 9110 5.1).
struct NoCaseLess
{
    bool operator()(std::string_view a, std::string_view b) const noexcept;
    using is_transparent = void;
};

using Headers = std::multimap<std::string, std::string, NoCaseLess>;

struct Request
{
    std::string method;
    std::string path;                                           // without the query
    std::multimap<std::string, std::string, std::less<>> query; // decoded
    Headers headers;
    std::string body;                 // decoded when it came compressed
    std::string remoteAddress;        // the connection's peer
    std::vector<std::string> matches; // the route's pattern: [0] the path, then its groups

    bool hasHeader(std::string_view name) const;
    // The first value of `name`, or "".
    std::string header(std::string_view name) const;
    bool hasParam(std::string_view name) const;
    // The first value of query parameter `name`, or "".
    std::string param(std::string_view name) const;
};

struct Response
{
    int status = 200;
    Headers headers;
    std::string body;

    bool hasHeader(std::string_view name) const;
    std::string header(std::string_view name) const;
    // Replaces any earlier value.
    void setHeader(std::string_view name, std::string_view value);
    void setContent(std::string content, std::string_view contentType);
};

} // namespace Kezek::Http
