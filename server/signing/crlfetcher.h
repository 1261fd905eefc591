#pragma once

#include "core/result/result.h"
#include "core/security/revocation.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <chrono>
#include <mutex>

namespace Kezek {

// Revocation of officers' signing certificates by the CRLs the server fetches
// itself (--crl-url) from the authorities' addresses, as НУЦ РК publishes them
// over plain HTTP (the lists are signed). Each list is fetched once, kept in
// memory, and fetched again only when stillCurrent() turns false, at its
// nextUpdate; a list is believed only as checkCrl() finds it.
//
// Safe to call from the server's request threads at once: the cache is
// locked, the fetching is not (two threads may fetch the same list at its
// nextUpdate; the newer copy is kept).
class CrlFetcher
{
public:
    // `issuersPem`: the authorities a fetched list must be signed by (the
    // site's --signing-ca); a list signed by anyone else is not kept.
    CrlFetcher(QStringList urls, QList<QByteArray> issuersPem, std::chrono::seconds timeout);
    bool configured() const { return !m_urls.isEmpty(); }

    // The status of `certificate` (PEM) by the list of its `issuer` (PEM)
    // among the addresses, current at `now`. A list of another issuer is
    // passed over. Refused: `revocation.crl-unreachable` (a list that could
    // not be fetched within the timeout, and no copy of it current, when no
    // other list is the issuer's), `revocation.no-crl` (none is the
    // issuer's), and checkCrl()'s refusals.
    Result<RevocationStatus>
    status(const QByteArray &certificate, const QByteArray &issuer, const QDateTime &now);

    // How many fetches were made, for logs and the bench.
    qint64 fetched() const;

    // More than a national authority's list needs (НУЦ РК's are a few MB).
    static constexpr size_t MaxListBytes = 64 * 1024 * 1024;

private:
    // The list at `url`: the cached copy while current, otherwise fetched.
    Result<RevocationEvidence> list(const QString &url, const QDateTime &now);
    std::optional<RevocationEvidence> cached(const QString &url, const QDateTime &now) const;
    void keep(const QString &url, const RevocationEvidence &list);

    QStringList m_urls;
    QList<QByteArray> m_issuers;
    std::chrono::seconds m_timeout;
    mutable std::mutex m_mutex;
    QHash<QString, RevocationEvidence> m_cache; // by address
    qint64 m_fetched = 0;
};

} // namespace Kezek
