#include "server/http/httpapi.h"

#include "core/protocol/apierror.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "server/http/responses.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kezek {

// A case's signed decisions as they were received, with the authority's
// certificate they chain to: whoever may see the case may check each
// signature on their own workstation, as openssl cms would.
void HttpApi::caseDecisions(const Http::Request &request, Http::Response &response)
{
    const auto user = personSignedIn(request, response);
    if (!user)
        return;
    const QString caseId = fromStd(request.matches[1]);
    if (!visibleCase(caseId, *user, response))
        return;
    auto decisions = store()->signedCommands(caseId);
    if (!decisions) {
        sendError(response, ApiError::DatabaseUnavailable, decisions.error().message);
        return;
    }
    QJsonArray list;
    for (const ServerStore::SignedCommand &decision : std::as_const(*decisions)) {
        list.append(QJsonObject{
            {QStringLiteral("commandId"), decision.id},
            {QStringLiteral("type"), decision.type},
            {QStringLiteral("userId"), decision.userId},
            {QStringLiteral("content"), QString::fromUtf8(decision.content)},
            {QStringLiteral("signature"), QString::fromLatin1(decision.signature.toBase64())},
            // Trusted time: the site TSA's token, or the server's archive
            // timestamp on receipt (a decision signed offline).
            {QStringLiteral("timeSource"), decision.timeSource},
            {QStringLiteral("trustedAt"),
             decision.trustedAt.isValid() ? decision.trustedAt.toString(Qt::ISODate) : QString()},
            {QStringLiteral("tsa"), decision.tsa}});
    }
    sendJson(response,
             200,
             {{QStringLiteral("authority"), QString::fromLatin1(m_signingAuthority)},
              {QStringLiteral("decisions"), list}});
}

} // namespace Kezek
