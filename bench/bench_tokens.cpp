// A batch of 50 decisions signed with one key entry (issue 29, point 2): on
// a SoftHSM2 token (the PIN's login, then 50 signatures, each its own CMS)
// beside the same 50 with a PKCS#12 file key (the password's opening of the
// file, then 50 signatures), in one run. The token is made in a temporary
// folder as the tests make theirs. Run by hand with the release build:
//   bench_tokens
#include "core/domain/casecommand.h"
#include "core/security/certificates.h"
#include "core/security/signatures.h"
#include "core/security/tokens.h"
#include "sync/desksigner.h"
#include "tests/support/softhsmtoken.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

using namespace Kezek;

namespace {

QTextStream out(stdout);
constexpr int Batch = 50;
const QString Pin = QStringLiteral("482915");
const QString Iin = QStringLiteral("850312410006");

QList<QByteArray> decisions()
{
    QList<QByteArray> contents;
    for (int at = 0; at < Batch; ++at) {
        CaseCommand command;
        command.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        command.type = QStringLiteral("return-for-rework");
        command.caseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        command.baseVersion = 7;
        command.payload
            = {{QStringLiteral("reasonCodes"), QJsonArray{QStringLiteral("DOCS-INCOMPLETE")}}};
        command.madeAt = QDateTime::currentDateTimeUtc();
        contents.append(signedContent(command));
    }
    return contents;
}

// Opens the key (timed apart), signs the batch, checks every signature.
template<typename Open>
void measure(const QString &name,
             const QList<QByteArray> &contents,
             const TrustAnchors &anchors,
             Open open)
{
    QElapsedTimer timer;
    timer.start();
    DeskSigner signer = open();
    const double opened = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    QList<QByteArray> signatures;
    for (const QByteArray &content : contents) {
        auto signature = signer.sign(content);
        if (!signature)
            qFatal("%s: %s", qPrintable(name), qPrintable(signature.error().message));
        signatures.append(*signature);
    }
    const double signing = double(timer.nsecsElapsed()) / 1e6;
    signer.close();
    for (int at = 0; at < contents.size(); ++at) {
        if (!verifyDecisionSignature(
                contents.at(at), signatures.at(at), anchors, QDateTime::currentDateTimeUtc()))
            qFatal("%s: signature %d does not verify", qPrintable(name), at);
    }
    out << QStringLiteral("%1: key opened in %2 ms; %3 decisions signed in %4 ms (%5 ms each)\n")
               .arg(name)
               .arg(opened, 0, 'f', 1)
               .arg(contents.size())
               .arg(signing, 0, 'f', 1)
               .arg(signing / contents.size(), 0, 'f', 2);
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (Testing::SoftHsmToken::realModule().isEmpty())
        qFatal("SoftHSM2 (Debian softhsm2) is not installed");
    QTemporaryDir dir;
    const auto root = makeCertificateAuthority(QStringLiteral("Bench root"));
    const auto authority = root ? issueIntermediateAuthority(*root, QStringLiteral("Bench CA"))
                                : Result<PemPair>(std::unexpected(root.error()));
    const auto key = authority ? issueSigningCertificate(*authority, QStringLiteral("Officer"), Iin)
                               : Result<PemPair>(std::unexpected(authority.error()));
    const auto anchors = key ? trustAnchorsFromPem(root->certificate + authority->certificate)
                             : Result<TrustAnchors>(std::unexpected(key.error()));
    if (!anchors)
        qFatal("keys: %s", qPrintable(anchors.error().message));
    Testing::SoftHsmToken token;
    if (!token.create(dir.filePath(QStringLiteral("token")), QStringLiteral("Bench"), Pin)
        || !token.import(*key, QStringLiteral("01"), QStringLiteral("sign")))
        qFatal("the SoftHSM2 token could not be made");
    const auto p12 = makePkcs12(*key, QStringLiteral("key-password-1"), QStringLiteral("officer"));
    if (!p12)
        qFatal("p12: %s", qPrintable(p12.error().message));

    const QList<QByteArray> contents = decisions();
    auto module = TokenModule::open(Testing::SoftHsmToken::realModule());
    if (!module)
        qFatal("module: %s", qPrintable(module.error().message));
    measure(QStringLiteral("SoftHSM2 token"), contents, *anchors, [&] {
        auto session = module->logIn(Iin, Pin);
        if (!session)
            qFatal("login: %s", qPrintable(session.error().message));
        return DeskSigner(std::move(*session));
    });
    measure(QStringLiteral("PKCS#12 file "), contents, *anchors, [&] {
        auto identity = readPkcs12(*p12, QStringLiteral("key-password-1"));
        if (!identity)
            qFatal("p12: %s", qPrintable(identity.error().message));
        return DeskSigner(std::move(*identity));
    });
    return 0;
}
