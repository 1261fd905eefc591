#include "core/protocol/api.h"
#include "core/security/timestamps.h"
#include "sync/syncengine.h"
#include "sync/synclog.h"

#include <cstdlib>

// A decision signed online: before it is sent, its signature gets the site
// TSA's RFC 3161 token, so that the server dates it by a third party's clock
// rather than the officer's (issue "Signatures verified", point 3).

namespace Kezek {

Result<void> SyncEngine::stampFreshDecisions(SyncSummary &summary)
{
    if (m_settings.tsa == u"none")
        return {};
    auto pending = m_store->outbox(QStringLiteral("pending"), m_settings.batchSize);
    if (!pending)
        return std::unexpected(pending.error());
    const QDateTime local = m_settings.clock();
    const auto server = m_store->serverTime(local);
    const QDateTime now = server ? *server : local;
    for (const OutboxEntry &entry : std::as_const(*pending)) {
        CaseCommand command = entry.command;
        // Only a decision made moments ago: a token hours after the act
        // would disagree with the act's own time, and the server would
        // refuse it; such a decision is stamped on receipt instead.
        if (command.signature.isEmpty() || !command.madeAt.isValid()
            || std::abs(command.madeAt.secsTo(now)) > m_settings.timestampWithinSeconds)
            continue;
        auto carried = signatureTimestampToken(command.signature);
        if (!carried || *carried)
            continue; // a signature it cannot read goes as it is: the server says why
        // A TSA that cannot be reached or refuses leaves the decision as
        // signed offline: it goes all the same, and nothing waits for it.
        auto token = timestampToken(command.signature);
        auto stamped = token ? addSignatureTimestamp(command.signature, *token)
                             : Result<QByteArray>(std::unexpected(token.error()));
        if (!stamped) {
            qCInfo(lcSigning).noquote()
                << "command" << command.id
                << "goes without a timestamp token:" << stamped.error().code;
            continue;
        }
        command.signature = *stamped;
        auto kept = m_store->restamp(command);
        if (!kept)
            return std::unexpected(kept.error());
        summary.timestamped += *kept ? 1 : 0;
    }
    return {};
}

Result<QByteArray> SyncEngine::timestampToken(const QByteArray &signature)
{
    auto request = signatureTimestampRequest(signature);
    if (!request)
        return std::unexpected(request.error());
    const QByteArray type = "application/timestamp-query";
    ApiConnection::Answer answer;
    if (m_settings.tsa == u"server") {
        answer
            = m_api.wait(m_api.start("POST", Api::path(Api::Route::Timestamp), {}, *request, type));
    } else {
        // Another TSA (the certification centre's): plain RFC 3161 over
        // HTTP, one try, no session; its answer is signed.
        ApiConnectionSettings settings;
        settings.server = QUrl(m_settings.tsa);
        settings.tls = m_settings.tls;
        settings.timeoutMs = m_settings.timestampTimeoutMs;
        settings.attempts = 1;
        settings.clock = m_settings.clock;
        ApiConnection tsa(settings);
        answer = tsa.wait(tsa.start("POST", settings.server.path(), {}, *request, type));
    }
    if (answer.status != 200) {
        return fail(QStringLiteral("timestamp.unreachable"),
                    answer.errorString.isEmpty() ? QStringLiteral("HTTP %1").arg(answer.status)
                                                 : answer.errorString);
    }
    return tokenOfResponse(answer.body);
}

} // namespace Kezek
