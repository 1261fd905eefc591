#include "server/http/httpserver.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <zlib.h>

#include <sys/resource.h>

#include <atomic>
#include <charconv>
#include <limits>
#include <mutex>
#include <regex>
#include <thread>
#include <unordered_map>

namespace Kezek::Http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Stream = asio::ssl::stream<beast::tcp_stream>;
using error_code = boost::system::error_code;

namespace {

constexpr auto tuple = asio::as_tuple(asio::use_awaitable);

// Connections refused for load get their 503 only while few are waiting for
// it; past this they are closed at once, so a flood costs no handshakes.
constexpr int MaxRefusalsInFlight = 64;
// The slowest a large body or answer may move before its deadline passes.
constexpr std::uint64_t MinimumBytesPerSecond = 16 * 1024;

// %XX decoded (and '+' as a space in a query); a malformed escape stays as sent.
std::string percentDecoded(std::string_view text, bool plusIsSpace)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        unsigned int byte = 0;
        if (c == '%' && i + 2 < text.size()) {
            const char *digits = text.data() + i + 1;
            const auto [end, error] = std::from_chars(digits, digits + 2, byte, 16);
            if (error == std::errc() && end == digits + 2) {
                out += static_cast<char>(byte);
                i += 2;
                continue;
            }
        }
        out += (plusIsSpace && c == '+') ? ' ' : c;
    }
    return out;
}

std::multimap<std::string, std::string, std::less<>> parsedQuery(std::string_view query)
{
    std::multimap<std::string, std::string, std::less<>> params;
    while (!query.empty()) {
        const std::size_t end = std::min(query.find('&'), query.size());
        const std::string_view pair = query.substr(0, end);
        query.remove_prefix(std::min(end + 1, query.size()));
        if (pair.empty())
            continue;
        const std::size_t equals = pair.find('=');
        if (equals == std::string_view::npos)
            params.emplace(percentDecoded(pair, true), std::string());
        else
            params.emplace(percentDecoded(pair.substr(0, equals), true),
                           percentDecoded(pair.substr(equals + 1), true));
    }
    return params;
}

// `body` inflated (gzip or zlib, RFC 9110 8.4.1), or nullopt past `limit`
// bytes or when it is not what it says: a small bomb never grows past the limit.
std::optional<std::string> inflated(const std::string &body, std::uint64_t limit, bool &tooLarge)
{
    tooLarge = false;
    z_stream stream{};
    // 15 + 32: a gzip or a zlib header, recognised from the bytes.
    if (inflateInit2(&stream, 15 + 32) != Z_OK)
        return std::nullopt;
    std::string out;
    std::array<char, 64 * 1024> chunk{};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.data()));
    stream.avail_in = static_cast<uInt>(body.size());
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = static_cast<uInt>(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        const std::size_t produced = chunk.size() - stream.avail_out;
        if (out.size() + produced > limit) {
            tooLarge = true;
            break;
        }
        out.append(chunk.data(), produced);
        if (status == Z_BUF_ERROR && stream.avail_in == 0)
            break; // truncated
    }
    inflateEnd(&stream);
    if (tooLarge || status != Z_STREAM_END)
        return std::nullopt;
    return out;
}

// A share of the bytes request bodies may hold at once, given back when the
// request is answered; false when there is not enough left.
class BodyBudget
{
public:
    BodyBudget(std::atomic<std::uint64_t> &used, std::uint64_t bytes, std::uint64_t budget)
        : m_used(used)
    {
        std::uint64_t now = m_used.load();
        do {
            if (now + bytes > budget)
                return;
        } while (!m_used.compare_exchange_weak(now, now + bytes));
        m_bytes = bytes;
        m_taken = true;
    }
    ~BodyBudget()
    {
        if (m_taken)
            m_used -= m_bytes;
    }
    BodyBudget(const BodyBudget &) = delete;
    BodyBudget &operator=(const BodyBudget &) = delete;
    explicit operator bool() const { return m_taken; }

private:
    std::atomic<std::uint64_t> &m_used;
    std::uint64_t m_bytes = 0;
    bool m_taken = false;
};

struct CompiledRoute
{
    std::string method;
    std::string literal; // the whole path, when the pattern has no groups
    std::optional<std::regex> pattern;
    Server::Handler handler;
    Server::Pace pace = Server::Pace::Quick;
};

} // namespace

struct Server::Impl
{
    Impl(Limits l, Hooks h)
        : limits(l)
        , hooks(std::move(h))
        , io(std::max(1, l.threads))
        , slow(static_cast<std::size_t>(std::max(1, l.slowThreads)))
    {}

    // Destroyed last: the connections' coroutines release their counts here.
    mutable std::mutex countMutex;
    std::unordered_map<std::string, int> perAddress;
    int total = 0;
    int refusalsInFlight = 0;
    std::atomic<std::uint64_t> bodyBytes{0}; // request bodies being held

    Limits limits;
    Hooks hooks;
    asio::ssl::context tls{asio::ssl::context::tls_server};
    bool tlsValid = false;
    std::vector<CompiledRoute> routes;
    asio::io_context io;
    asio::thread_pool slow;          // the slow routes' threads
    std::atomic<int> slowWaiting{0}; // slow requests not yet on one
    std::optional<tcp::acceptor> acceptor;

    // A connection's place in the counts, given back when it ends.
    class Admission
    {
    public:
        Admission(Impl &impl, std::string address)
            : m_impl(impl)
            , m_address(std::move(address))
        {
            const std::lock_guard lock(m_impl.countMutex);
            const bool proxy
                = m_impl.hooks.isTrustedProxy && m_impl.hooks.isTrustedProxy(m_address);
            int &mine = m_impl.perAddress[m_address];
            if (m_impl.total < m_impl.limits.maxConnections
                && (proxy || mine < m_impl.limits.maxPerAddress)) {
                ++mine;
                ++m_impl.total;
                m_admitted = true;
            } else if (m_impl.refusalsInFlight < MaxRefusalsInFlight) {
                ++m_impl.refusalsInFlight;
                m_refusing = true;
            }
            if (mine == 0)
                m_impl.perAddress.erase(m_address);
        }
        ~Admission()
        {
            const std::lock_guard lock(m_impl.countMutex);
            if (m_refusing)
                --m_impl.refusalsInFlight;
            if (!m_admitted)
                return;
            --m_impl.total;
            if (const auto found = m_impl.perAddress.find(m_address);
                found != m_impl.perAddress.end() && --found->second <= 0)
                m_impl.perAddress.erase(found);
        }
        Admission(const Admission &) = delete;
        Admission &operator=(const Admission &) = delete;

        bool admitted() const { return m_admitted; }
        bool answersRefusal() const { return m_refusing; }

    private:
        Impl &m_impl;
        std::string m_address;
        bool m_admitted = false;
        bool m_refusing = false;
    };

    asio::awaitable<void> acceptLoop();
    asio::awaitable<void> serve(tcp::socket socket);
    asio::awaitable<bool> firstBytes(tcp::socket &socket, std::chrono::seconds deadline);
    asio::awaitable<void> serveRequests(Stream &stream, const std::string &peer);
    // One request after its head: its body, its route, its answer. True
    // when the connection goes on to the next request.
    asio::awaitable<bool> answer(Stream &stream,
                                 beast::flat_buffer &buffer,
                                 http::request_parser<http::empty_body> &head,
                                 Request &request,
                                 Response &response,
                                 unsigned version);
    struct BodyRead
    {
        bool gone = false;              // the client left or was too slow
        std::optional<Refusal> refusal; // the body is refused
    };
    asio::awaitable<BodyRead> readBody(Stream &stream,
                                       beast::flat_buffer &buffer,
                                       http::request_parser<http::empty_body> &head,
                                       std::uint64_t limit,
                                       bool packed,
                                       Request &request);
    // Answers a refusal and says whether the connection may go on.
    asio::awaitable<bool> refuseNow(Stream &stream,
                                    Refusal why,
                                    Request &request,
                                    Response &response,
                                    unsigned version,
                                    bool keepAlive);
    asio::awaitable<bool> write(Stream &stream,
                                const Request &request,
                                Response &response,
                                unsigned version,
                                bool keepAlive);
    asio::awaitable<void> lingeringClose(Stream &stream);
    void refuse(Refusal why, const Request &request, Response &response) const;
    asio::awaitable<bool>
    runRoute(const CompiledRoute &route, const Request &request, Response &response);
    const CompiledRoute *match(Request &request) const;
    // A request from a trusted proxy counts against its real client's share.
    bool admitProxied(const std::string &client);
    void releaseProxied(const std::string &client);
};

void Server::Impl::refuse(Refusal why, const Request &request, Response &response) const
{
    if (hooks.refuse)
        hooks.refuse(why, request, response);
    if (why == Refusal::TooManyConnections && !response.hasHeader("Retry-After"))
        response.setHeader("Retry-After", "5");
}

const CompiledRoute *Server::Impl::match(Request &request) const
{
    // HEAD is answered as GET, without the body (RFC 9110 9.3.2).
    std::string_view method = request.method;
    if (method == "HEAD")
        method = "GET";
    for (const CompiledRoute &route : routes) {
        if (route.method != method)
            continue;
        if (!route.pattern) {
            if (route.literal == request.path) {
                request.matches = {request.path};
                return &route;
            }
            continue;
        }
        std::smatch found;
        if (std::regex_match(request.path, found, *route.pattern)) {
            request.matches.assign(found.begin(), found.end());
            return &route;
        }
    }
    return nullptr;
}

bool Server::Impl::admitProxied(const std::string &client)
{
    const std::lock_guard lock(countMutex);
    int &mine = perAddress[client];
    if (mine >= limits.maxPerAddress)
        return false;
    ++mine;
    return true;
}

void Server::Impl::releaseProxied(const std::string &client)
{
    const std::lock_guard lock(countMutex);
    if (const auto found = perAddress.find(client);
        found != perAddress.end() && --found->second <= 0)
        perAddress.erase(found);
}

asio::awaitable<void> Server::Impl::acceptLoop()
{
    while (acceptor && acceptor->is_open()) {
        // Each connection on a strand of its own: Beast's streams and their
        // deadline timers must never run at once on two of the threads.
        auto [ec, socket] = co_await acceptor->async_accept(asio::make_strand(io), tuple);
        if (ec == asio::error::operation_aborted || !acceptor->is_open())
            co_return;
        if (ec) {
            // Out of descriptors: the connections open now drain within
            // their deadlines; try again in a moment instead of spinning.
            asio::steady_timer pause(io, std::chrono::milliseconds(100));
            co_await pause.async_wait(tuple);
            continue;
        }
        const auto strand = socket.get_executor();
        asio::co_spawn(strand, serve(std::move(socket)), asio::detached);
    }
}

// Waits for the client's first bytes without holding any TLS state: an idle
// connection costs its socket only. False when none came before `deadline`.
asio::awaitable<bool> Server::Impl::firstBytes(tcp::socket &socket, std::chrono::seconds deadline)
{
    using namespace asio::experimental::awaitable_operators;
    // Whichever comes first; the other is cancelled and waited for, so
    // nothing refers to this connection after it has moved on.
    asio::steady_timer timer(socket.get_executor(), deadline);
    const auto first
        = co_await (socket.async_wait(tcp::socket::wait_read, tuple) || timer.async_wait(tuple));
    co_return first.index() == 0 && !std::get<0>(std::get<0>(first));
}

asio::awaitable<void> Server::Impl::serve(tcp::socket socket)
{
    error_code ec;
    const tcp::endpoint remote = socket.remote_endpoint(ec);
    if (ec)
        co_return;
    std::string peer = remote.address().to_string();
    if (remote.address().is_v6() && remote.address().to_v6().is_v4_mapped())
        peer = asio::ip::make_address_v4(asio::ip::v4_mapped, remote.address().to_v6()).to_string();
    const Admission admission(*this, peer);
    if (!admission.admitted() && !admission.answersRefusal())
        co_return; // the socket closes
    socket.set_option(tcp::no_delay(true), ec);
    if (!co_await firstBytes(socket, limits.handshake))
        co_return;

    Stream stream(beast::tcp_stream(std::move(socket)), tls);
    beast::get_lowest_layer(stream).expires_after(limits.handshake);
    auto [handshakeError] = co_await stream.async_handshake(asio::ssl::stream_base::server, tuple);
    if (handshakeError)
        co_return;
    if (!admission.admitted()) {
        Request request;
        request.remoteAddress = peer;
        Response response;
        refuse(Refusal::TooManyConnections, request, response);
        if (hooks.answered)
            hooks.answered(request, response);
        co_await write(stream, request, response, 11, false);
        co_await lingeringClose(stream);
        co_return;
    }
    co_await serveRequests(stream, peer);
}

namespace {

Request requestOf(const http::request_parser<http::empty_body> &head, const std::string &peer)
{
    const auto &message = head.get();
    Request request;
    request.method = std::string(message.method_string());
    const std::string_view target = message.target();
    const std::size_t question = target.find('?');
    request.path = percentDecoded(target.substr(0, question), false);
    if (question != std::string_view::npos)
        request.query = parsedQuery(target.substr(question + 1));
    for (const auto &field : message)
        request.headers.emplace(std::string(field.name_string()), std::string(field.value()));
    request.remoteAddress = peer;
    return request;
}

// A malformed request, as against a connection that failed or timed out.
bool isParseError(const error_code &ec)
{
    return ec.category() == make_error_code(http::error::end_of_stream).category()
           && ec != http::error::end_of_stream && ec != http::error::partial_message;
}

std::chrono::seconds transferDeadline(std::chrono::seconds idle, std::uint64_t bytes)
{
    return idle + std::chrono::seconds(bytes / MinimumBytesPerSecond);
}

} // namespace

asio::awaitable<void> Server::Impl::serveRequests(Stream &stream, const std::string &peer)
{
    auto &lowest = beast::get_lowest_layer(stream);
    beast::flat_buffer buffer(limits.maxHeadBytes + 128 * 1024);
    const bool fromProxy = hooks.isTrustedProxy && hooks.isTrustedProxy(peer);
    for (bool first = true;; first = false) {
        if (!first && buffer.size() == 0) {
            // Between requests: the next one's first bytes, or goodbye.
            lowest.expires_after(fromProxy ? limits.proxyKeepAlive : limits.keepAlive);
            auto [ec, n] = co_await stream.async_read_some(buffer.prepare(4096), tuple);
            if (ec)
                co_return;
            buffer.commit(n);
        }
        http::request_parser<http::empty_body> head;
        head.header_limit(static_cast<std::uint32_t>(limits.maxHeadBytes));
        // The body's limit is the route's, applied once the head is read.
        head.body_limit(std::numeric_limits<std::uint64_t>::max());
        lowest.expires_after(limits.head);
        Request request;
        request.remoteAddress = peer;
        Response response;
        auto [headError, headBytes] = co_await http::async_read_header(stream, buffer, head, tuple);
        if (headError == http::error::header_limit || headError == http::error::buffer_overflow) {
            co_await refuseNow(stream, Refusal::HeadTooLarge, request, response, 11, false);
            co_await lingeringClose(stream);
            co_return;
        }
        if (headError && !isParseError(headError))
            co_return; // gone, silent too long, or the connection failed
        if (headError) {
            co_await refuseNow(stream, Refusal::BadRequest, request, response, 11, false);
            co_await lingeringClose(stream);
            co_return;
        }
        request = requestOf(head, peer);
        if (std::distance(head.get().begin(), head.get().end()) > limits.maxHeaders) {
            co_await refuseNow(stream, Refusal::HeadTooLarge, request, response, 11, false);
            co_await lingeringClose(stream);
            co_return;
        }
        const unsigned version = head.get().version();
        std::string client;
        if (fromProxy && hooks.clientAddress) {
            client = hooks.clientAddress(request);
            if (client == peer)
                client.clear(); // the proxy's own request: its connection is counted
        }
        if (!client.empty()) {
            if (!admitProxied(client)) {
                co_await refuseNow(
                    stream, Refusal::TooManyConnections, request, response, version, false);
                co_await lingeringClose(stream);
                co_return;
            }
        }
        // Given back however the answer ends, an exception included.
        const std::unique_ptr<void, std::function<void(void *)>> proxied(
            client.empty() ? nullptr : this, [this, &client](void *) { releaseProxied(client); });
        const bool keepAlive = co_await answer(stream, buffer, head, request, response, version);
        if (!keepAlive) {
            co_await lingeringClose(stream);
            co_return;
        }
    }
}

asio::awaitable<bool> Server::Impl::refuseNow(Stream &stream,
                                              Refusal why,
                                              Request &request,
                                              Response &response,
                                              unsigned version,
                                              bool keepAlive)
{
    refuse(why, request, response);
    if (hooks.answered)
        hooks.answered(request, response);
    const bool written = co_await write(stream, request, response, version, keepAlive);
    co_return written &&keepAlive;
}

namespace {

std::string lowerTrimmed(std::string text)
{
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    text = first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
    for (char &c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

} // namespace

// The body, within its limit however it is framed (chunked included), and
// within its deadline however slowly it comes; unpacked, within the same
// limit, when it came packed.
asio::awaitable<Server::Impl::BodyRead>
Server::Impl::readBody(Stream &stream,
                       beast::flat_buffer &buffer,
                       http::request_parser<http::empty_body> &head,
                       std::uint64_t limit,
                       bool packed,
                       Request &request)
{
    auto &lowest = beast::get_lowest_layer(stream);
    http::request_parser<http::string_body> parser(std::move(head));
    parser.body_limit(limit);
    const auto deadline = std::chrono::steady_clock::now()
                          + transferDeadline(limits.idle, parser.content_length().value_or(limit));
    while (!parser.is_done()) {
        const auto left = deadline - std::chrono::steady_clock::now();
        if (left <= std::chrono::steady_clock::duration::zero())
            co_return BodyRead{true, std::nullopt};
        lowest.expires_after(std::min<std::chrono::steady_clock::duration>(limits.idle, left));
        auto [ec, n] = co_await http::async_read_some(stream, buffer, parser, tuple);
        if (ec == http::error::body_limit)
            co_return BodyRead{false, Refusal::BodyTooLarge};
        if (ec && !isParseError(ec))
            co_return BodyRead{true, std::nullopt}; // gone, or too slow
        if (ec)
            co_return BodyRead{false, Refusal::BadRequest};
    }
    request.body = std::move(parser.get().body());
    if (packed) {
        bool tooLarge = false;
        auto plain = inflated(request.body, limit, tooLarge);
        if (!plain)
            co_return BodyRead{false, tooLarge ? Refusal::BodyTooLarge : Refusal::BadRequest};
        request.body = std::move(*plain);
        request.headers.erase("Content-Encoding");
    }
    co_return BodyRead{false, std::nullopt};
}

// The route's answer: on this thread, or a slow route on the slow threads.
// False when too many slow requests wait already (nothing was done).
asio::awaitable<bool>
Server::Impl::runRoute(const CompiledRoute &route, const Request &request, Response &response)
{
    const auto work = [&] {
        try {
            route.handler(request, response);
        } catch (...) {
            Response failed;
            for (const char *kept : {"Content-Language", "X-Kezek-Oldest-Protocol"}) {
                if (response.hasHeader(kept))
                    failed.setHeader(kept, response.header(kept));
            }
            response = std::move(failed);
            refuse(Refusal::Internal, request, response);
        }
    };
    if (route.pace == Pace::Quick) {
        // On this thread, with its database connection: the route holds it
        // for as long as it works, while the other threads go on with every
        // other connection. Handing it to a separate pool and back cost two
        // thread switches a request, more than a poll's own work.
        work();
        co_return true;
    }
    // Seconds of CPU on purpose (a password's scrypt): on the slow threads,
    // while this one goes on with other connections.
    if (slowWaiting.fetch_add(1) >= limits.maxSlowWaiting) {
        --slowWaiting;
        co_return false;
    }
    co_await asio::co_spawn(
        slow,
        [&]() -> asio::awaitable<void> {
            --slowWaiting;
            work();
            co_return;
        },
        asio::use_awaitable);
    co_return true;
}

asio::awaitable<bool> Server::Impl::answer(Stream &stream,
                                           beast::flat_buffer &buffer,
                                           http::request_parser<http::empty_body> &head,
                                           Request &request,
                                           Response &response,
                                           unsigned version)
{
    auto &lowest = beast::get_lowest_layer(stream);
    const bool clientKeepsAlive = head.get().keep_alive();
    // The routes' own look at the head: an outdated client, a length they refuse.
    if (hooks.beforeBody && hooks.beforeBody(request, response)) {
        if (hooks.answered)
            hooks.answered(request, response);
        co_await write(stream, request, response, version, false);
        co_return false;
    }
    const std::uint64_t limit = hooks.bodyLimit ? hooks.bodyLimit(request) : 1024 * 1024;
    if (const auto length = head.content_length(); length && *length > limit)
        co_return co_await refuseNow(
            stream, Refusal::BodyTooLarge, request, response, version, false);
    const std::string coding = lowerTrimmed(request.header("Content-Encoding"));
    const bool packed = coding == "gzip" || coding == "x-gzip" || coding == "deflate";
    if (!coding.empty() && coding != "identity" && !packed) {
        co_return co_await refuseNow(
            stream, Refusal::UnsupportedEncoding, request, response, version, false);
    }
    if (lowerTrimmed(request.header("Expect")) == "100-continue") {
        http::response<http::empty_body> go{http::status::continue_, version};
        lowest.expires_after(limits.idle);
        if (auto [ec, n] = co_await http::async_write(stream, go, tuple); ec)
            co_return false;
    }

    // The route before the body: a request for nothing is not read.
    const CompiledRoute *route = match(request);
    if (!route) {
        const bool noBody = !head.chunked() && head.content_length().value_or(0) == 0;
        co_return co_await refuseNow(
            stream, Refusal::NotFound, request, response, version, clientKeepsAlive && noBody);
    }
    // Bodies held at once are bounded in all, so that many connections each
    // sending a large one cannot take the memory before any is authenticated.
    const std::uint64_t sent = head.chunked() ? limit : head.content_length().value_or(0);
    const std::uint64_t reserved = sent == 0 ? 0 : sent + (packed ? limit : 0);
    const BodyBudget budget(bodyBytes, reserved, limits.maxBodyBytesInFlight);
    if (!budget)
        co_return co_await refuseNow(
            stream, Refusal::TooManyConnections, request, response, version, false);
    const BodyRead body = co_await readBody(stream, buffer, head, limit, packed, request);
    if (body.gone)
        co_return false;
    if (body.refusal)
        co_return co_await refuseNow(stream, *body.refusal, request, response, version, false);

    if (!co_await runRoute(*route, request, response))
        co_return co_await refuseNow(stream, Refusal::Busy, request, response, version, false);
    if (hooks.answered)
        hooks.answered(request, response);
    const bool keepAlive
        = clientKeepsAlive && lowerTrimmed(response.header("Connection")) != "close";
    const bool written = co_await write(stream, request, response, version, keepAlive);
    co_return written &&keepAlive;
}

asio::awaitable<bool> Server::Impl::write(
    Stream &stream, const Request &request, Response &response, unsigned version, bool keepAlive)
{
    http::response<http::string_body> out;
    out.version(version);
    out.result(static_cast<unsigned>(response.status));
    for (const auto &[name, value] : response.headers) {
        if (!beast::iequals(name, "Connection") && !beast::iequals(name, "Content-Length"))
            out.insert(name, value);
    }
    // Every answer: never sniffed into another type, HTTPS remembered.
    if (!response.hasHeader("X-Content-Type-Options"))
        out.set("X-Content-Type-Options", "nosniff");
    if (!response.hasHeader("Strict-Transport-Security"))
        out.set("Strict-Transport-Security", "max-age=31536000");
    out.body() = std::move(response.body);
    out.keep_alive(keepAlive);
    out.prepare_payload();
    if (request.method == "HEAD")
        out.body().clear(); // its length is still said
    beast::get_lowest_layer(stream).expires_after(transferDeadline(limits.idle, out.body().size()));
    auto [ec, n] = co_await http::async_write(stream, out, tuple);
    co_return !ec;
}

// The answer sent, the sending side is closed and what the client still
// sends is read and dropped for a moment: closing at once with its bytes
// unread would reset the connection and could lose the answer on its way.
asio::awaitable<void> Server::Impl::lingeringClose(Stream &stream)
{
    auto &lowest = beast::get_lowest_layer(stream);
    error_code ec;
    lowest.socket().shutdown(tcp::socket::shutdown_send, ec);
    lowest.expires_after(std::chrono::seconds(2));
    std::array<char, 8192> sink{};
    std::size_t drained = 0;
    while (drained < 1024 * 1024) {
        auto [error, n] = co_await lowest.async_read_some(asio::buffer(sink), tuple);
        if (error)
            break;
        drained += n;
    }
    lowest.close();
}

Server::Server(const std::function<bool(SSL_CTX &)> &configureTls, Limits limits, Hooks hooks)
    : d(std::make_unique<Impl>(limits, std::move(hooks)))
{
    // Each connection is a descriptor: take all the system allows, and keep
    // some for the database, the journal and the files.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
        getrlimit(RLIMIT_NOFILE, &files);
        const auto usable = static_cast<long long>(files.rlim_cur) - 256;
        d->limits.maxConnections = static_cast<int>(
            std::max<long long>(16, std::min<long long>(d->limits.maxConnections, usable)));
    }
    d->tlsValid = configureTls(*d->tls.native_handle());
}

Server::~Server()
{
    stop();
}

bool Server::isValid() const
{
    return d->tlsValid;
}

void Server::route(std::string_view method, std::string_view pattern, Handler handler, Pace pace)
{
    CompiledRoute route{std::string(method), {}, {}, std::move(handler), pace};
    if (pattern.find_first_of("()[]*+?.\\^$|{}") == std::string_view::npos)
        route.literal = std::string(pattern);
    else
        route.pattern.emplace(std::string(pattern), std::regex::ECMAScript | std::regex::optimize);
    d->routes.push_back(std::move(route));
}

int Server::bind(const std::string &host, int port)
{
    error_code ec;
    asio::ip::address address = asio::ip::make_address(host, ec);
    if (ec) {
        tcp::resolver resolver(d->io);
        const auto found = resolver.resolve(host, std::to_string(port), ec);
        if (ec || found.empty())
            return -1;
        address = found.begin()->endpoint().address();
    }
    const tcp::endpoint endpoint(address, static_cast<unsigned short>(port));
    tcp::acceptor &acceptor = d->acceptor.emplace(d->io);
    acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
        d->acceptor.reset();
        return -1;
    }
    return acceptor.local_endpoint().port();
}

bool Server::run()
{
    if (!d->acceptor)
        return false;
    asio::co_spawn(d->io, d->acceptLoop(), asio::detached);
    std::vector<std::thread> threads;
    for (int i = 1; i < d->limits.threads; ++i)
        threads.emplace_back([this] { d->io.run(); });
    d->io.run();
    // The routes still running finish; their connections are gone.
    for (std::thread &thread : threads)
        thread.join();
    d->slow.join();
    return true;
}

void Server::stop()
{
    d->io.stop();
    d->slow.stop();
}

int Server::openConnections() const
{
    const std::lock_guard lock(d->countMutex);
    return d->total;
}

} // namespace Kezek::Http
