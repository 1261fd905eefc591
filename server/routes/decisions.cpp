#include "server/http/httpapi.h"

#include "core/protocol/apierror.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "server/http/responses.h"
#include "server/servertr.h"

#include <QDateTime>
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

// The site's timestamp authority, for a workstation that sends a decision
// soon after it was signed (RFC 3161 over HTTP, §3.4): the token it adds to
// the signature dates the signature by a third party's clock rather than the
// officer's. The server's own TSA answers; a site whose TSA is the
// certification centre's points its workstations there instead.
void HttpApi::timestamp(const Http::Request &request, Http::Response &response)
{
    if (!personSignedIn(request, response))
        return;
    if (request.header("Content-Type") != "application/timestamp-query") {
        sendError(response,
                  415,
                  codeOf(ApiError::UnsupportedMediaType),
                  ServerTr::tr("A timestamp request is sent as application/timestamp-query "
                               "(RFC 3161)."));
        return;
    }
    auto answer
        = m_time.answer(QByteArray::fromStdString(request.body), QDateTime::currentDateTimeUtc());
    if (!answer) {
        // The workstation's request at fault, no TSA here, or the TSA's own
        // trouble (its key, its clock): the last is the server's.
        const QString &code = answer.error().code;
        sendError(response,
                  code == u"timestamp.malformed-request" ? 400
                  : code == u"timestamp.missing"         ? 404
                                                         : 500,
                  code,
                  answer.error().message);
        return;
    }
    response.status = 200;
    response.setContent(answer->toStdString(), "application/timestamp-reply");
}

} // namespace Kezek
