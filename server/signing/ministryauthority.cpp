#include "server/signing/ministryauthority.h"

#include "server/http/tlscontext.h"
#include "server/serverconfig.h"

#include <QDir>
#include <QFile>

namespace Kezek {

namespace {

// A root for the demo ministry and one employee's signing certificate under
// it, as НУЦ РК issues a legal entity's: the person's IIN, the ministry's
// name and BIN.
Result<void> makeDemoMinistry(const QDir &dir)
{
    auto root = makeCertificateAuthority(QStringLiteral("Kezek demo ministry authority"));
    if (!root)
        return std::unexpected(root.error());
    auto signer = issueOrganisationSigningCertificate(*root,
                                                      QStringLiteral("Demo Ministry Reviewer"),
                                                      QStringLiteral("000000000000"),
                                                      QStringLiteral("MDDIAI (demo)"),
                                                      DemoMinistryBin.toString());
    if (!signer)
        return std::unexpected(signer.error());
    for (const auto &[name, bytes] :
         {std::pair{QStringLiteral("ministry-ca-key.pem"), root->privateKey},
          std::pair{QStringLiteral("ministry-signer.pem"),
                    QByteArray(signer->certificate + signer->privateKey)},
          std::pair{QStringLiteral("ministry-ca.pem"), root->certificate}}) {
        if (auto ok = writePrivateFile(dir.filePath(name), bytes); !ok)
            return ok;
    }
    return {};
}

} // namespace

Result<std::optional<MinistryAuthority>> loadMinistryAuthority(const ServerConfig &config)
{
    MinistryAuthority ministry;
    QString file = config.ministryAuthorityFile;
    ministry.bin = config.ministryBin;
    if (file.isEmpty()) {
        if (config.devCertificateDir.isEmpty())
            return std::optional<MinistryAuthority>();
        const QDir dir(config.devCertificateDir);
        file = dir.filePath(QStringLiteral("ministry-ca.pem"));
        if (!QFile::exists(file)
            || !QFile::exists(dir.filePath(QStringLiteral("ministry-signer.pem")))) {
            if (auto made = makeDemoMinistry(dir); !made)
                return std::unexpected(made.error());
        }
        ministry.bin = DemoMinistryBin.toString();
        ministry.required = false;
    }
    auto pem = readFile(file);
    if (!pem)
        return std::unexpected(pem.error());
    auto anchors = trustAnchorsFromPem(*pem);
    if (!anchors)
        return std::unexpected(anchors.error());
    ministry.anchors = std::move(*anchors);
    return std::optional<MinistryAuthority>(std::move(ministry));
}

} // namespace Kezek
