#include "server/signing/crlfiles.h"

#include "server/servertr.h"

#include <QFile>

namespace Kezek {

CrlFiles::CrlFiles(QStringList paths)
    : m_paths(std::move(paths))
{}

Result<RevocationStatus> CrlFiles::status(const QByteArray &certificate,
                                          const QByteArray &issuer,
                                          const QDateTime &now) const
{
    for (const QString &path : m_paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("revocation.no-crl"),
                        ServerTr::tr("The revocation list \"%1\" cannot be read (%2): no decision "
                                     "can be accepted until it can.")
                            .arg(path, file.errorString()));
        }
        auto status = checkCrl(certificate, issuer, file.readAll(), now);
        // Another authority's list: the next file may be the issuer's.
        if (!status && status.error().code == u"revocation.crl-not-issuer")
            continue;
        return status;
    }
    return fail(QStringLiteral("revocation.no-crl"),
                ServerTr::tr("No revocation list of the authority that issued the signing "
                             "certificate is configured (crl): the server cannot tell whether it "
                             "was revoked."));
}

} // namespace Kezek
