#include "server/signing/crlfetcher.h"

#include "server/servertr.h"
#include "server/signing/httpfetch.h"

namespace Kezek {

CrlFetcher::CrlFetcher(QStringList urls, QList<QByteArray> issuersPem, std::chrono::seconds timeout)
    : m_urls(std::move(urls))
    , m_issuers(std::move(issuersPem))
    , m_timeout(timeout)
{}

qint64 CrlFetcher::fetched() const
{
    const std::lock_guard lock(m_mutex);
    return m_fetched;
}

std::optional<RevocationEvidence> CrlFetcher::cached(const QString &url, const QDateTime &now) const
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_cache.constFind(url);
    if (found == m_cache.cend() || !stillCurrent(*found, now))
        return std::nullopt;
    return *found;
}

void CrlFetcher::keep(const QString &url, const RevocationEvidence &list)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_cache.constFind(url);
    // Another thread may have kept a newer copy while this one fetched.
    if (found == m_cache.cend() || found->producedAt <= list.producedAt)
        m_cache.insert(url, list);
}

Result<RevocationEvidence> CrlFetcher::list(const QString &url, const QDateTime &now)
{
    if (auto hit = cached(url, now))
        return *hit;
    {
        const std::lock_guard lock(m_mutex);
        ++m_fetched;
    }
    // Fetched outside the lock: a slow authority holds up only the decisions
    // that need its list.
    // A GET (no body) of a DER list (RFC 5280 §4.2.1.13), whatever type the
    // authority labels it with.
    const auto bytes = httpFetch({.url = url,
                                  .postBody = std::nullopt,
                                  .contentType = nullptr,
                                  .expectedType = nullptr,
                                  .maxBytes = MaxListBytes,
                                  .timeout = m_timeout});
    // What is not a CRL, or not one of the site's authorities', counts as
    // nothing fetched: a list planted on the way is never kept.
    if (auto fetched = bytes ? crlEvidence(*bytes, m_issuers) : std::unexpected(Error{}); fetched) {
        if (stillCurrent(*fetched, now))
            keep(url, *fetched);
        return fetched;
    }
    // A copy another request fetched meanwhile, still current, serves.
    if (auto hit = cached(url, now))
        return *hit;
    return fail(QStringLiteral("revocation.crl-unreachable"),
                ServerTr::tr("The revocation list %1 could not be fetched within %2 seconds and "
                             "no copy of it is current: the server cannot tell whether the "
                             "signing certificate was revoked. Try again later.")
                    .arg(url)
                    .arg(m_timeout.count()));
}

Result<RevocationStatus>
CrlFetcher::status(const QByteArray &certificate, const QByteArray &issuer, const QDateTime &now)
{
    std::optional<Error> unreachable;
    for (const QString &url : m_urls) {
        auto list = this->list(url, now);
        if (!list) {
            // It may be another authority's: the next address may be the issuer's.
            unreachable = list.error();
            continue;
        }
        auto status = checkCrl(certificate, issuer, list->der, now);
        if (!status && status.error().code == u"revocation.crl-not-issuer")
            continue;
        return status;
    }
    if (unreachable)
        return std::unexpected(*unreachable);
    return fail(QStringLiteral("revocation.no-crl"),
                ServerTr::tr("None of the revocation lists the server fetches (crl-url) is of the "
                             "authority that issued the signing certificate: the server cannot "
                             "tell whether it was revoked."));
}

} // namespace Kezek
