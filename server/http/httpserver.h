#pragma once

#include "server/http/message.h"

#include <openssl/ssl.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

// HTTPS on Boost.Beast over Asio and OpenSSL: connections are read and written
// asynchronously, so an open connection costs memory and takes a thread only
// while its request is being answered; the threads are as many as the
// database connections (each thread keeps one), not as the clients.
// Every phase has its deadline and every part of a request its limit, checked
// before any route (or authentication) sees it.
namespace Kezek::Http {

struct Limits
{
    std::size_t maxHeadBytes = 16 * 1024; // the request line and its headers
    int maxHeaders = 64;
    std::chrono::seconds handshake{10}; // TLS, from the connection's accept
    std::chrono::seconds head{15};      // a request's line and headers, whole
    std::chrono::seconds idle{15};      // a body, or an answer, that stops moving
    std::chrono::seconds keepAlive{5};  // between one request and the next
    // The same from a trusted proxy: longer than nginx keeps an idle upstream
    // connection (keepalive_timeout, 60 s), so that nginx closes it first and
    // never sends a request on a connection this server is closing.
    std::chrono::seconds proxyKeepAlive{75};
    int maxConnections = 50000;                        // in all
    int maxPerAddress = 256;                           // from one client address
    std::uint64_t maxBodyBytesInFlight = 512ULL << 20; // request bodies held at once, in all
    int threads = 8; // requests answered at once, each with its database connection
    // Slow routes (a password's scrypt) run on threads of their own, so that
    // they never hold the threads every other request needs; beyond
    // `maxSlowWaiting` waiting for one of them, they are refused Busy.
    int slowThreads = 2;
    int maxSlowWaiting = 64;
};

// Why the HTTP layer answers before any route does.
enum class Refusal {
    BadRequest,          // 400: not HTTP
    NotFound,            // 404: no route for the method and path
    BodyTooLarge,        // 413: over its limit, in any framing, packed or not
    UnsupportedEncoding, // 415: a Content-Encoding other than gzip or deflate
    HeadTooLarge,        // 431: too many bytes or too many headers
    Internal,            // 500: a route failed
    TooManyConnections,  // 503: in all, or from one address
    Busy,                // 429: too many slow requests wait already (the route says what)
};

class Server
{
public:
    using Handler = std::function<void(const Request &, Response &)>;

    struct Hooks
    {
        // A request's head, before its body is read: true when it has been
        // answered, and then its body is never read and the connection closes.
        std::function<bool(const Request &, Response &)> beforeBody;
        // The most a request's body may hold, decoded.
        std::function<std::uint64_t(const Request &)> bodyLimit;
        // The answer to a refusal, in the request's language where there is one.
        std::function<void(Refusal, const Request &, Response &)> refuse;
        // Every answer, on the thread that made it (a route's, with its database
        // connection, or an I/O thread's).
        std::function<void(const Request &, const Response &)> answered;
        // The client behind a connection from a trusted proxy (X-Forwarded-For).
        std::function<std::string(const Request &)> clientAddress;
        std::function<bool(const std::string &address)> isTrustedProxy;
    };

    // `configureTls` sets the certificate and policy on the server's context.
    Server(const std::function<bool(SSL_CTX &)> &configureTls, Limits limits, Hooks hooks);
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    bool isValid() const; // the TLS context took the certificate

    // `pattern` is matched against the whole path (ECMAScript); its groups
    // reach the route in Request::matches.
    // A `slow` route runs on the slow threads (Limits::slowThreads).
    enum class Pace { Quick, Slow };
    void route(std::string_view method,
               std::string_view pattern,
               Handler handler,
               Pace pace = Pace::Quick);

    // The port bound (any free one for 0), or -1.
    int bind(const std::string &host, int port);
    // Serves until stop(); false when it could not.
    bool run();
    // Safe from any thread.
    void stop();

    // Connections open now (for /metrics).
    int openConnections() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Kezek::Http
