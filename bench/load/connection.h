#pragma once

#include "bench/load/loadstats.h"

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/verb.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <chrono>
#include <optional>
#include <string>

namespace Kezek::Load {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;

struct Reply
{
    int status = 0; // 0: no answer
    std::string body = {};
    int retryAfter = 0; // seconds, when the server said
    std::string error;  // why there was no answer
};

struct Request
{
    Call call;
    beast::http::verb method;
    std::string target;
    std::string body = {};
    std::string contentType = "application/json";
};

// One workstation's keep-alive HTTPS connection, made from its own loopback
// address so that the server (or nginx before it) sees as many clients as
// there are workstations: the sign-in limits are per client address.
class Connection
{
public:
    Connection(asio::any_io_executor executor,
               asio::ssl::context &tls,
               tcp::endpoint server,
               asio::ip::address_v4 source,
               Stats &stats);

    void setToken(std::string token) { m_token = std::move(token); }
    // Sends once more on a fresh connection when a kept one turns out closed
    // (the server or nginx drops idle ones); every call here is safe to send
    // twice (reads, claims, and commands by their ids).
    // The request is taken by value: GCC 12 mishandles temporaries that a
    // coroutine's caller keeps across a suspension.
    asio::awaitable<Reply> send(Request request);
    void close();

private:
    asio::awaitable<std::string> open();
    asio::awaitable<Reply> exchange(const Request &request);

    asio::any_io_executor m_executor;
    asio::ssl::context &m_tls;
    tcp::endpoint m_server;
    asio::ip::address_v4 m_source;
    Stats &m_stats;
    std::string m_token;
    std::optional<beast::ssl_stream<beast::tcp_stream>> m_stream;
};

} // namespace Kezek::Load
