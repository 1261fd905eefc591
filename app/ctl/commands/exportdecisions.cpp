#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"
#include "core/security/revocation.h"
#include "core/security/signatures.h"
#include "core/security/timestamps.h"

#include <QDir>
#include <QSaveFile>

namespace Kezek::Ctl {

namespace {

int exportUsage(Console &console)
{
    const QString usage
        = Tr::tr("kezekctl export decisions --database URL --case ID --out DIR [--authority "
                 "FILE.pem]\n"
                 "  writes each signed decision of the case as ID.json and its signature as "
                 "ID.p7s (DER), and with --authority the site's trusted roots and "
                 "intermediates (the server's --signing-ca) as authorities.pem, and the "
                 "revocation list each signature was checked by as ID.crl (with the "
                 "authorities: ID.trust.pem), or the OCSP response as ID.ocsp.der, and the "
                 "signature's timestamp token as ID.tst over the signature value ID.sigvalue; "
                 "check one with:\n"
                 "  openssl cms -verify -binary -inform DER -in ID.p7s -content ID.json "
                 "-CAfile ID.trust.pem -crl_check -out /dev/null\n"
                 "  openssl ocsp -respin ID.ocsp.der -CAfile authorities.pem -resp_text\n"
                 "  openssl ts -verify -token_in -in ID.tst -data ID.sigvalue -CAfile "
                 "authorities.pem");
    return console.usage(Tr::tr("export takes \"decisions --database URL --case ID --out DIR\"."),
                         usage);
}

} // namespace

// "export" with anything but decisions after it.
int runExport(const Invocation &, Console &console)
{
    return exportUsage(console);
}

// A case's signed decisions, each as its content and its detached signature,
// for openssl cms to check.
int runExportDecisions(const Invocation &invocation, Console &console)
{
    QCommandLineParser parser;
    if (!parseOptions(parser, {"database", "case", "out", "authority"}, invocation.arguments)
        || parser.value(QStringLiteral("database")).isEmpty()
        || parser.value(QStringLiteral("case")).isEmpty()
        || parser.value(QStringLiteral("out")).isEmpty())
        return exportUsage(console);
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    auto decisions = (*store)->signedCommands(parser.value(QStringLiteral("case")));
    if (!decisions)
        return console.error(DataError, decisions.error().message);
    if (decisions->isEmpty())
        return console.error(CheckFailed,
                             Tr::tr("The case \"%1\" has no signed decision.")
                                 .arg(parser.value(QStringLiteral("case"))));
    const QDir out(parser.value(QStringLiteral("out")));
    if (!out.mkpath(QStringLiteral(".")))
        return console.error(DataError, Tr::tr("Cannot create the folder \"%1\".").arg(out.path()));
    QList<std::pair<QString, QByteArray>> files;
    // The chain a checker needs: the roots and the intermediates, checked
    // to be certificates before they are copied.
    if (const QString authority = parser.value(QStringLiteral("authority")); !authority.isEmpty()) {
        auto pem = readWhole(authority);
        if (!pem)
            return console.error(DataError, pem.error().message);
        if (auto anchors = trustAnchorsFromPem(*pem); !anchors)
            return console.error(CheckFailed, anchors.error().message);
        files.append({QStringLiteral("authorities.pem"), *pem});
    }
    for (const ServerStore::SignedCommand &decision : std::as_const(*decisions)) {
        files.append({decision.id + QStringLiteral(".json"), decision.content});
        files.append({decision.id + QStringLiteral(".p7s"), decision.signature});
        // The trusted time apart, for `openssl ts -verify -token_in -in ID.tst
        // -data ID.sigvalue`: the token, and the signature value it stamps.
        const auto token = signatureTimestampToken(decision.signature);
        const auto value = signatureValue(decision.signature);
        if (token && *token && value) {
            files.append({decision.id + QStringLiteral(".tst"), **token});
            files.append({decision.id + QStringLiteral(".sigvalue"), *value});
        }
        // The OCSP response the signing certificate was found good by, as
        // the responder signed it, for `openssl ocsp -respin ID.ocsp.der
        // -CAfile authorities.pem`; the signature then verifies with
        // -CAfile authorities.pem, without -crl_check.
        if (decision.revocationSource == u"ocsp" && !decision.revocation.isEmpty()) {
            files.append({decision.id + QStringLiteral(".ocsp.der"), decision.revocation});
        } else if (!decision.revocation.isEmpty()) {
            // The revocation list it was found good by (PEM), and with the
            // authorities one file openssl's -CAfile reads both from, for
            // -crl_check.
            const QByteArray crl = crlPem(decision.revocation);
            files.append({decision.id + QStringLiteral(".crl"), crl});
            if (!files.isEmpty() && files.constFirst().first == u"authorities.pem")
                files.append(
                    {decision.id + QStringLiteral(".trust.pem"), files.constFirst().second + crl});
        }
    }
    for (const auto &[name, bytes] : std::as_const(files)) {
        QSaveFile file(out.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return console.error(
                DataError,
                Tr::tr("Cannot write \"%1\": %2.").arg(file.fileName(), file.errorString()));
    }
    for (const ServerStore::SignedCommand &decision : std::as_const(*decisions)) {
        console.out()
            << Tr::tr("%1 %2 signed by %3").arg(decision.id, decision.type, decision.userId)
            << '\n';
    }
    return Ok;
}

} // namespace Kezek::Ctl
