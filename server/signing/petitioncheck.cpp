#include "server/signing/petitioncheck.h"

#include "core/domain/workflow.h"
#include "server/servertr.h"

namespace Kezek {

namespace {

// The signature checks' refusals said of the petition: the codes stay
// (a client tells them apart), the words say what was refused.
Error petitionRefusal(const Error &error, const QDateTime &now)
{
    const QString when = now.toUTC().toString(QStringLiteral("dd.MM.yyyy HH:mm 'UTC'"));
    const QString &code = error.code;
    if (code == u"signature.malformed" || code == u"signature.signers") {
        return {QStringLiteral("petition.malformed"),
                ServerTr::tr("The ministry's petition is not one CMS (PKCS#7) signature carrying "
                             "the petition it signs.")};
    }
    if (code == u"signature.invalid") {
        return {QStringLiteral("petition.invalid"),
                ServerTr::tr("The ministry's petition does not verify: its bytes were changed "
                             "after it was signed.")};
    }
    if (code == u"signature.expired") {
        return {code,
                ServerTr::tr("The certificate the ministry's petition is signed with had expired "
                             "when the petition arrived (%1).")
                    .arg(when)};
    }
    if (code == u"signature.not-yet-valid") {
        return {code,
                ServerTr::tr("The certificate the ministry's petition is signed with was not yet "
                             "valid when the petition arrived (%1).")
                    .arg(when)};
    }
    if (code == u"signature.authority-not-valid") {
        return {code,
                ServerTr::tr("An authority above the certificate the ministry's petition is "
                             "signed with was not valid when the petition arrived (%1).")
                    .arg(when)};
    }
    if (code == u"signature.unknown-issuer") {
        return {code,
                ServerTr::tr("The ministry's petition is signed with a certificate not issued "
                             "under the ministry's authority this site trusts.")};
    }
    if (code == u"signature.key-usage") {
        return {code,
                ServerTr::tr("The ministry's petition is signed with a key that is not for "
                             "signing.")};
    }
    return error;
}

Error notMinistry(const SignerIdentity &signer)
{
    return {QStringLiteral("petition.not-ministry"),
            ServerTr::tr("The petition is not signed by the ministry (MDDIAI): its signer is "
                         "%1 (§8).")
                .arg(signer.subject)};
}

} // namespace

Result<std::optional<VerifiedPetition>>
verifyPetition(const NewApplication &application,
               const std::optional<MinistryAuthority> &ministry,
               const QDateTime &now,
               QDate today)
{
    if (!ministry)
        return std::optional<VerifiedPetition>();
    if (!application.petition) {
        if (!ministry->required)
            return std::optional<VerifiedPetition>();
        return fail(QStringLiteral("petition.missing"),
                    ServerTr::tr("The application brings no petition signed by the ministry "
                                 "(MDDIAI): it is taken only with one (§8, §10(3))."));
    }
    const PetitionSubmission &petition = *application.petition;
    auto carried = verifyAttachedSignature(petition.signature, ministry->anchors, now);
    if (!carried)
        return std::unexpected(petitionRefusal(carried.error(), now));
    // НУЦ РК issues every organisation's and every person's certificates
    // under the same roots: the BIN says whose it is.
    if (carried->signer.bin.isEmpty() || carried->signer.bin != ministry->bin)
        return std::unexpected(notMinistry(carried->signer));
    auto statement = petitionStatementFromBytes(carried->content);
    if (!statement)
        return std::unexpected(statement.error());
    if (auto matches = matchPetition(*statement, petition.number, application.applicant, today);
        !matches)
        return std::unexpected(matches.error());
    return std::optional<VerifiedPetition>(VerifiedPetition{petition.number,
                                                            carried->signer.commonName,
                                                            carried->signer.organisation,
                                                            carried->signer.bin,
                                                            statement->signedOn,
                                                            now.toUTC(),
                                                            petition.signature});
}

} // namespace Kezek
