#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace Kezek {

// One exchange with an issuing authority's plain-HTTP service, by OpenSSL's
// own client (OSSL_HTTP_transfer): an OCSP request POSTed (RFC 6960 Appendix
// A.1), or a CRL fetched by GET (RFC 5280 §4.2.1.13). Connecting, sending and
// reading all within `timeout`; the proxy of the environment (http_proxy,
// no_proxy), as a site behind one sets it for the server. What the authority
// says is signed, so plain HTTP suffices.
struct HttpFetch
{
    QString url;                        // http://host[:port]/path
    std::optional<QByteArray> postBody; // none: GET
    const char *contentType = nullptr;  // of the body POSTed
    const char *expectedType = nullptr; // of the answer; null: any
    size_t maxBytes = 0;                // a longer answer is refused
    std::chrono::seconds timeout{5};
};

// The answer's body (one ASN.1 structure, DER); none when nothing came within
// the timeout, the status was not 200, or the body was not what was expected.
std::optional<QByteArray> httpFetch(const HttpFetch &fetch);

} // namespace Kezek
