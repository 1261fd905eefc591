#include "app/ctl/commands/admin.h"
#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"
#include "core/domain/iin.h"
#include "core/security/certificates.h"
#include "core/security/signatures.h"

#include <QDir>
#include <QSaveFile>

namespace Kezek::Ctl {

namespace {

// A key file only its owner reads, whole or not at all.
int writeKeyFile(const QString &path, const QByteArray &bytes, Console &console)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !out.commit())
        return console.error(DataError,
                             Tr::tr("Cannot write \"%1\": %2.").arg(path, out.errorString()));
    return Ok;
}

} // namespace

int runAdminIssueCertificate(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    if (!parseOptions(parser,
                      {"database", "id", "iin", "authority", "out", "name", "authentication"},
                      arguments))
        return console.usage(parser.errorText(), adminSynopsis());
    for (const char *required : {"database", "id", "iin", "authority", "out"}) {
        if (parser.value(QString::fromLatin1(required)).isEmpty())
            return console.usage(
                Tr::tr("issue-certificate needs --database, --id, --iin, --authority and --out."),
                adminSynopsis());
    }
    // The holder's IIN goes into the certificate's subject, as НУЦ РК writes it.
    const QString iin = parser.value(QStringLiteral("iin"));
    if (auto valid = parseIin(iin); !valid)
        return console.error(CheckFailed, valid.error().message);
    const QDir authorityDir(parser.value(QStringLiteral("authority")));
    auto certificate = readWhole(authorityDir.filePath(QStringLiteral("signing-ca.pem")));
    auto key = readWhole(authorityDir.filePath(QStringLiteral("signing-ca-key.pem")));
    if (!certificate || !key)
        return console.error(DataError, (certificate ? key.error() : certificate.error()).message);
    const QString password = readSecret("KEZEK_KEY_PASSWORD");
    if (password.size() < 8)
        return console.error(CheckFailed,
                             Tr::tr("The key file's password must have at least 8 characters."));
    const QString id = parser.value(QStringLiteral("id"));
    const QString name = parser.value(QStringLiteral("name")).isEmpty()
                             ? id
                             : parser.value(QStringLiteral("name"));
    auto identity = issueSigningCertificate({*certificate, *key}, name, iin);
    if (!identity)
        return console.error(DataError, identity.error().message);
    auto bundle = makePkcs12(*identity, password, name);
    if (!bundle)
        return console.error(DataError, bundle.error().message);
    // As НУЦ РК issues them: beside the signing key, the same person's
    // authentication key (clientAuth), which signs in elsewhere and is
    // refused on a decision (signature.key-usage); it is not registered.
    std::optional<QByteArray> authentication;
    if (const QString path = parser.value(QStringLiteral("authentication")); !path.isEmpty()) {
        auto issued = issueAuthenticationCertificate({*certificate, *key}, name, iin);
        auto pkcs12 = issued ? makePkcs12(*issued, password, name)
                             : Result<QByteArray>(std::unexpected(issued.error()));
        if (!pkcs12)
            return console.error(DataError, pkcs12.error().message);
        authentication = *pkcs12;
    }
    // The key files first: a certificate is registered only once its key is safe.
    if (const int written = writeKeyFile(parser.value(QStringLiteral("out")), *bundle, console);
        written != Ok)
        return written;
    if (authentication) {
        if (const int written = writeKeyFile(
                parser.value(QStringLiteral("authentication")), *authentication, console);
            written != Ok)
            return written;
    }
    return registerCertificate(
        parser.value(QStringLiteral("database")), id, identity->certificate, console);
}

} // namespace Kezek::Ctl
