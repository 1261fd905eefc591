#include "bench/load/connection.h"

#include "core/domain/casecommand.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

#include <openssl/ssl.h>

namespace Kezek::Load {

namespace http = beast::http;
namespace {

constexpr auto Awaitable = asio::as_tuple(asio::use_awaitable);
constexpr auto ConnectTimeout = std::chrono::seconds(30);
// A first-sync page may take the server a while under load; longer than
// this is a failure worth counting.
constexpr auto ReplyTimeout = std::chrono::seconds(60);

} // namespace

Connection::Connection(asio::any_io_executor executor,
                       asio::ssl::context &tls,
                       tcp::endpoint server,
                       asio::ip::address_v4 source,
                       Stats &stats)
    : m_executor(std::move(executor))
    , m_tls(tls)
    , m_server(server)
    , m_source(source)
    , m_stats(stats)
{}

void Connection::close()
{
    if (!m_stream)
        return;
    beast::error_code ignored;
    beast::get_lowest_layer(*m_stream).socket().close(ignored);
    m_stream.reset();
}

asio::awaitable<std::string> Connection::open()
{
    m_stream.emplace(m_executor, m_tls);
    auto &tcpStream = beast::get_lowest_layer(*m_stream);
    beast::error_code error;
    // The source address is bound before connecting: the kernel would
    // otherwise give every connection 127.0.0.1.
    tcpStream.socket().open(tcp::v4(), error);
    if (!error)
        tcpStream.socket().set_option(asio::socket_base::reuse_address(true), error);
    if (!error)
        tcpStream.socket().bind(tcp::endpoint(m_source, 0), error);
    if (error) {
        m_stream.reset();
        co_return "bind " + m_source.to_string() + ": " + error.message();
    }
    tcpStream.expires_after(ConnectTimeout);
    auto [connected] = co_await tcpStream.async_connect(m_server, Awaitable);
    if (connected) {
        m_stream.reset();
        co_return "connect: " + connected.message();
    }
    tcpStream.socket().set_option(tcp::no_delay(true), error);
    auto [handshake]
        = co_await m_stream->async_handshake(asio::ssl::stream_base::client, Awaitable);
    if (handshake) {
        m_stream.reset();
        co_return "TLS: " + handshake.message();
    }
    co_return std::string();
}

asio::awaitable<Reply> Connection::exchange(const Request &request)
{
    http::request<http::string_body> message{request.method, request.target, 11};
    message.set(http::field::host, m_server.address().to_string());
    message.set(http::field::user_agent, "kezek-bench-load");
    message.set("X-Kezek-Protocol", std::to_string(CommandProtocol));
    if (!m_token.empty())
        message.set(http::field::authorization, "Bearer " + m_token);
    if (!request.body.empty() || request.method != http::verb::get) {
        message.set(http::field::content_type, request.contentType);
        message.body() = request.body;
        message.prepare_payload();
    }
    auto &tcpStream = beast::get_lowest_layer(*m_stream);
    tcpStream.expires_after(ReplyTimeout);
    Reply reply;
    auto [written, writtenBytes] = co_await http::async_write(*m_stream, message, Awaitable);
    if (written) {
        reply.error = "write: " + written.message();
        co_return reply;
    }
    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(256 * 1024 * 1024);
    auto [read, readBytes] = co_await http::async_read(*m_stream, buffer, parser, Awaitable);
    if (read) {
        reply.error = "read: " + read.message();
        co_return reply;
    }
    auto response = parser.release();
    reply.status = int(response.result_int());
    reply.body = std::move(response.body());
    if (const auto retry = response.find(http::field::retry_after); retry != response.end())
        reply.retryAfter = std::atoi(std::string(retry->value()).c_str());
    if (!response.keep_alive())
        close();
    co_return reply;
}

asio::awaitable<Reply> Connection::send(Request request)
{
    const auto started = Stats::Clock::now();
    Reply reply;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool reused = m_stream.has_value();
        if (!m_stream) {
            m_stats.connected();
            if (std::string failed = co_await open(); !failed.empty()) {
                reply.error = std::move(failed);
                break;
            }
        }
        reply = co_await exchange(request);
        if (reply.status != 0)
            break;
        close();
        if (!reused)
            break; // a fresh connection that failed is a real failure
    }
    if (reply.status == 429 && request.call == Call::SignIn)
        m_stats.throttled();
    const std::chrono::duration<double, std::milli> elapsed = Stats::Clock::now() - started;
    m_stats.record(request.call, reply.status, elapsed.count());
    co_return reply;
}

} // namespace Kezek::Load
