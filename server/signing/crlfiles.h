#pragma once

#include "core/result/result.h"
#include "core/security/revocation.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace Kezek {

// Revocation of officers' signing certificates by the site's CRL files: one
// per issuing authority, which the site fetches from the authority's
// addresses (НУЦ РК publishes its CRLs over HTTP) into these files, for
// example by a timer before each nextUpdate. Each check reads them afresh, so
// that a new list counts from the moment it is written.
class CrlFiles
{
public:
    explicit CrlFiles(QStringList paths);
    bool configured() const { return !m_paths.isEmpty(); }

    // The status of `certificate` (PEM) by the CRL of its `issuer` (PEM)
    // among the files, current at `now`. A list of another issuer is passed
    // over; none of the issuer's (revocation.no-crl), a stale one or one
    // that cannot be read is refused: the server cannot vouch for the
    // signature then.
    Result<RevocationStatus>
    status(const QByteArray &certificate, const QByteArray &issuer, const QDateTime &now) const;

private:
    QStringList m_paths;
};

} // namespace Kezek
