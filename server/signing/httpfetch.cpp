#include "server/signing/httpfetch.h"

#include "core/security/opensslsupport.h"

#include <QUrl>

#include <openssl/err.h>
#include <openssl/http.h>

namespace Kezek {

std::optional<QByteArray> httpFetch(const HttpFetch &fetch)
{
    const QUrl url(fetch.url);
    const QByteArray host = url.host().toUtf8();
    const QByteArray port = QByteArray::number(url.port(80));
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    const OpenSsl::Bio body = fetch.postBody ? OpenSsl::memoryBio(*fetch.postBody) : OpenSsl::Bio();
    // With no body OpenSSL sends a GET; expect_asn1: the answer is read whole
    // (up to maxBytes) and must be one DER structure.
    const OpenSsl::Bio answer(OSSL_HTTP_transfer(nullptr,
                                                 host.constData(),
                                                 port.constData(),
                                                 path.constData(),
                                                 0,
                                                 nullptr,
                                                 nullptr,
                                                 nullptr,
                                                 nullptr,
                                                 nullptr,
                                                 nullptr,
                                                 0,
                                                 nullptr,
                                                 fetch.postBody ? fetch.contentType : nullptr,
                                                 body.get(),
                                                 fetch.expectedType,
                                                 1,
                                                 fetch.maxBytes,
                                                 static_cast<int>(fetch.timeout.count()),
                                                 0));
    if (!answer) {
        ERR_clear_error();
        return std::nullopt;
    }
    QByteArray bytes;
    char buffer[4096];
    int read = 0;
    while ((read = BIO_read(answer.get(), buffer, sizeof buffer)) > 0)
        bytes.append(buffer, read);
    ERR_clear_error();
    if (bytes.isEmpty())
        return std::nullopt;
    return bytes;
}

} // namespace Kezek
