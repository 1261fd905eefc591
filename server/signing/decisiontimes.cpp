#include "server/signing/decisiontimes.h"

#include "core/security/timestamps.h"
#include "server/servertr.h"

#include <QRandomGenerator>

#include <cstdlib>

namespace Kezek {

QString signatureTimeSourceId(SignatureTime::Source source)
{
    return source == SignatureTime::Source::Tsa ? QStringLiteral("tsa") : QStringLiteral("archive");
}

DecisionTimes::DecisionTimes(QList<QByteArray> trustedTsa, std::optional<PemPair> archiveTsa)
    : m_trustedTsa(std::move(trustedTsa))
    , m_archiveTsa(std::move(archiveTsa))
{
    // The server's own TSA's tokens are trusted as the site TSA's are.
    if (m_archiveTsa)
        m_trustedTsa.append(m_archiveTsa->certificate);
}

Result<std::optional<SignatureTime>> DecisionTimes::carried(const QByteArray &signature,
                                                            const QDateTime &actTime) const
{
    auto token = signatureTimestampToken(signature);
    if (!token)
        return std::unexpected(token.error());
    if (!*token)
        return std::optional<SignatureTime>();
    auto covered = signatureValue(signature);
    if (!covered)
        return std::unexpected(covered.error());
    auto time = verifyTimestampToken(**token, *covered, m_trustedTsa);
    if (!time)
        return std::unexpected(time.error());
    // The act says when it was made (the officer's clock); the TSA says when
    // it was signed. Further apart than a clock may drift, one of them lies.
    if (actTime.isValid() && std::abs(actTime.secsTo(time->at)) > AgreementSeconds) {
        return fail(
            QStringLiteral("timestamp.time-disagrees"),
            ServerTr::tr("The timestamp says the decision was signed at %1, but the "
                         "decision says it was made at %2: more than five minutes "
                         "apart. Check the computer's clock and sign it again.")
                .arg(time->at.toString(Qt::ISODate), actTime.toUTC().toString(Qt::ISODate)));
    }
    return SignatureTime{signature, SignatureTime::Source::Tsa, time->at, time->tsaSubject};
}

namespace {

// Unique across the servers of one site without a shared counter: 63 random
// bits.
quint64 tokenSerial()
{
    return QRandomGenerator::system()->generate64() >> 1;
}

} // namespace

Result<QByteArray> DecisionTimes::answer(const QByteArray &requestDer, const QDateTime &now) const
{
    if (!m_archiveTsa) {
        return fail(QStringLiteral("timestamp.missing"),
                    ServerTr::tr("This server has no timestamp authority of its own "
                                 "(--archive-tsa): the decision goes without a timestamp "
                                 "and is stamped on receipt."));
    }
    return issueTimestamp(requestDer, *m_archiveTsa, now, tokenSerial());
}

Result<SignatureTime> DecisionTimes::stamp(const QByteArray &signature, const QDateTime &now)
{
    if (!m_archiveTsa) {
        return fail(QStringLiteral("timestamp.missing"),
                    ServerTr::tr("The decision carries no timestamp, and this server has no "
                                 "timestamp authority of its own to stamp it on receipt "
                                 "(--archive-tsa)."));
    }
    auto covered = signatureValue(signature);
    if (!covered)
        return std::unexpected(covered.error());
    auto request = timestampRequest(*covered);
    if (!request)
        return std::unexpected(request.error());
    auto response = issueTimestamp(*request, *m_archiveTsa, now, tokenSerial());
    auto token = response ? tokenOfResponse(*response)
                          : Result<QByteArray>(std::unexpected(response.error()));
    if (!token)
        return std::unexpected(token.error());
    auto kept = addSignatureTimestamp(signature, *token);
    if (!kept)
        return std::unexpected(kept.error());
    auto time = verifyTimestampToken(*token, *covered, m_trustedTsa);
    if (!time)
        return std::unexpected(time.error());
    return SignatureTime{*kept, SignatureTime::Source::Archive, time->at, time->tsaSubject};
}

} // namespace Kezek
