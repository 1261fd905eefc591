#include "sync/decisionsignatures.h"

#include "core/domain/casecommand.h"
#include "core/domain/workflow.h"
#include "core/security/signatures.h"
#include "core/security/timestamps.h"
#include "sync/synctr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kezek {

Result<SignedDecisions> signedDecisionsFromJson(const QJsonObject &json)
{
    SignedDecisions result;
    result.authorityPem = json.value(u"authority").toString().toLatin1();
    for (const QJsonValue &value : json.value(u"decisions").toArray()) {
        const QJsonObject one = value.toObject();
        result.decisions.append(
            {one.value(u"commandId").toString(),
             one.value(u"type").toString(),
             one.value(u"userId").toString(),
             one.value(u"content").toString().toUtf8(),
             QByteArray::fromBase64(one.value(u"signature").toString().toLatin1()),
             one.value(u"timeSource").toString()});
    }
    if (result.authorityPem.isEmpty()) {
        return fail(QStringLiteral("signature.no-authority"),
                    SyncTr::tr("The server sent no certificate of the signing authority."));
    }
    return result;
}

namespace {

// The timestamp the kept signature carries, checked against the authorities
// the server named (the site TSA and the server's own are issued under
// them); an empty time when it carries none.
Result<TrustedTime> trustedTime(const SignedDecision &decision, const TrustAnchors &anchors)
{
    auto token = signatureTimestampToken(decision.signature);
    if (!token)
        return std::unexpected(token.error());
    if (!*token)
        return TrustedTime{};
    auto covered = signatureValue(decision.signature);
    if (!covered)
        return std::unexpected(covered.error());
    return verifyTimestampToken(**token, *covered, anchors.roots, anchors.intermediates);
}

} // namespace

Result<StepSignature>
checkStepSignature(const Case &c, qsizetype historyIndex, const SignedDecisions &decisions)
{
    const Decision *decision = Workflow::decisionOfStep(c, historyIndex);
    if (!decision) {
        return fail(QStringLiteral("signature.not-a-decision"),
                    SyncTr::tr("This step is not a signed decision."));
    }
    const HistoryEntry &step = c.history.at(historyIndex);
    // The n-th such step by this officer is the n-th such signed command.
    qsizetype earlier = 0;
    for (qsizetype i = 0; i < historyIndex; ++i) {
        const HistoryEntry &other = c.history.at(i);
        earlier += other.action == step.action && other.userId == step.userId ? 1 : 0;
    }
    const SignedDecision *signedOne = nullptr;
    for (const SignedDecision &candidate : decisions.decisions) {
        if (candidate.type != step.action || candidate.userId != step.userId)
            continue;
        if (earlier-- == 0) {
            signedOne = &candidate;
            break;
        }
    }
    if (!signedOne) {
        return fail(QStringLiteral("signature.missing"),
                    SyncTr::tr("The server keeps no signed copy of this decision."));
    }
    // Checked at the moment it was signed: a certificate that has expired
    // since leaves a decision made while it was valid standing. That moment
    // is the TSA's when it stamped the signature online.
    auto details = signatureDetails(signedOne->signature);
    if (!details)
        return std::unexpected(details.error());
    auto anchors = trustAnchorsFromPem(decisions.authorityPem);
    if (!anchors)
        return std::unexpected(anchors.error());
    auto time = trustedTime(*signedOne, *anchors);
    if (!time)
        return std::unexpected(time.error());
    const QDateTime at = time->at.isValid() && signedOne->timeSource == u"tsa" ? time->at
                         : details->signedAt.isValid()                         ? details->signedAt
                                                       : QDateTime::currentDateTimeUtc();
    auto signer = verifyDecisionSignature(signedOne->content, signedOne->signature, *anchors, at);
    if (!signer)
        return std::unexpected(signer.error());
    const QJsonDocument document = QJsonDocument::fromJson(signedOne->content);
    std::optional<CaseCommand> command;
    if (auto parsed = caseCommandFromJson(document.object()); parsed && document.isObject())
        command = std::move(*parsed);
    if (!command) {
        return fail(QStringLiteral("signature.content"),
                    SyncTr::tr("The signed bytes are not a command Kezek can read."));
    }
    const QStringList reasonCodes
        = command->payload.value(u"reasonCodes").toVariant().toStringList();
    if (command->caseId != c.id || command->type != step.action
        || reasonCodes != decision->reasonCodes
        || command->payload.value(u"text").toString() != decision->text) {
        return fail(QStringLiteral("signature.other-decision"),
                    SyncTr::tr("The signature is intact, but what it signs is not the decision "
                               "this case shows: its case, kind, reasons or text differ."));
    }
    return StepSignature{details->signerSubject,
                         details->signedAt,
                         signedOne->commandId,
                         time->at,
                         time->tsaSubject,
                         time->at.isValid() ? signedOne->timeSource : QString(),
                         signer->commonName,
                         signer->iin};
}

} // namespace Kezek
