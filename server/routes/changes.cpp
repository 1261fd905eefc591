#include "server/http/httpapi.h"

#include "core/domain/actdate.h"
#include "core/domain/casecodec.h"
#include "core/domain/casecommand.h"
#include "core/domain/integrationscope.h"
#include "core/domain/jsonreader.h"
#include "core/domain/queues.h"
#include "core/domain/workflow.h"
#include "core/protocol/apierror.h"
#include "core/security/passwords.h"
#include "core/security/signatures.h"
#include "db/server/auditlog.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "resources/shippeddata.h"
#include "server/eventlog.h"
#include "server/http/requestlanguage.h"
#include "server/http/responses.h"
#include "server/routes/routesupport.h"
#include "server/servertr.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUrl>
#include <chrono>
#include <cstdio>
#include <map>

namespace Kezek {

namespace {

constexpr int DefaultPageSize = 500;

constexpr int MaxPageSize = 5000;

// A page of changes as the caller may read it: the cases of its cities (of
// an outside system, only those its job waits on, each cut to what the job
// needs), their scans, the law's version and where the next page starts.
// `ids`: the cases it shows, for the read audit.
std::string pageBody(const ServerStore::StoredPage &page,
                     const Actor &actor,
                     const IntegrationScope *scope,
                     const QString &lawVersion,
                     QStringList &ids)
{
    // Megabytes on a first sync: the room is taken once, not grown case by case.
    size_t room = 256;
    for (const ServerStore::StoredCase &c : std::as_const(page.cases))
        room += size_t(c.json.size()) + 1;
    std::string body;
    body.reserve(room);
    body += "{\"cases\":[";
    for (const ServerStore::StoredCase &c : std::as_const(page.cases)) {
        if (!Workflow::maySeeCity(actor, c.city))
            continue;
        QByteArray json = c.json;
        if (scope) {
            const auto decoded = caseFromJson(QJsonDocument::fromJson(c.json).object());
            if (!decoded || !scope->reads.contains(decoded->state))
                continue;
            json = QJsonDocument(caseToJson(caseForIntegration(*decoded, *scope)))
                       .toJson(QJsonDocument::Compact);
        }
        if (!ids.isEmpty())
            body += ',';
        body.append(json.constData(), static_cast<size_t>(json.size()));
        ids.append(c.id);
    }
    body += "],\"documents\":[";
    bool first = true;
    for (const ServerStore::StoredDocument &d : std::as_const(page.documents)) {
        if (!Workflow::maySeeCity(actor, d.city) || (scope && !scope->readsScans))
            continue;
        if (!first)
            body += ',';
        body += QJsonDocument(documentJson(d.info)).toJson(QJsonDocument::Compact).toStdString();
        first = false;
    }
    body += "],\"law\":\"" + lawVersion.toStdString() + "\",\"more\":";
    body += page.more ? "true" : "false";
    body += ",\"next\":" + std::to_string(page.nextRevision) + "}";
    return body;
}

} // namespace

Result<std::shared_ptr<const ServerStore::StoredPage>>
HttpApi::changesPage(qint64 since, int limit, std::optional<City> city)
{
    const auto bound = store()->currentRevision();
    if (!bound)
        return std::unexpected(bound.error());
    if (*bound <= since) {
        // Nothing new, the answer to most polls: no need to look.
        auto empty = std::make_shared<ServerStore::StoredPage>();
        empty->nextRevision = since;
        return empty;
    }
    const PageCache::Key key{since, limit, city};
    if (auto kept = m_pages.find(key, *bound))
        return kept;
    auto read = store()->storedChangesUpTo(since, *bound, limit, city);
    if (!read)
        return std::unexpected(read.error());
    auto page = std::make_shared<const ServerStore::StoredPage>(std::move(*read));
    m_pages.remember(key, *bound, page);
    return page;
}

void HttpApi::changes(const Http::Request &request, Http::Response &response)
{
    const auto user = authenticate(request, response);
    if (!user)
        return;
    const auto since
        = queryNumber(request, response, "since", 0, 0, std::numeric_limits<qint64>::max());
    if (!since)
        return;
    const auto limit = queryNumber(request, response, "limit", DefaultPageSize, 1, MaxPageSize);
    if (!limit)
        return;
    if (!store()) {
        sendDatabaseUnavailable(response);
        return;
    }
    // Only the caller's city's changes are read, where it sees one city's;
    // the cursor still moves past every change, seen or not, so the others'
    // changes still bring the caller forward.
    const Actor actor = actorOf(*user);
    const auto page = changesPage(*since, static_cast<int>(*limit), Workflow::onlyCitySeen(actor));
    if (!page) {
        sendError(response, ApiError::DatabaseUnavailable, page.error().message);
        return;
    }
    // The stored JSON goes out as it is: the store wrote it with the case
    // codec, so decoding and encoding it again would only cost time and memory.
    // An outside system reads the cases its job waits on, and of each only
    // what the job needs (integrationscope.h); no scans.
    const IntegrationScope *scope
        = user->role == Role::System ? integrationScope(user->integration) : nullptr;
    if (user->role == Role::System && !scope) {
        sendError(response, ApiError::Forbidden, ServerTr::tr("This credential reads no cases."));
        return;
    }
    QStringList ids;
    const std::string body = pageBody(**page, actor, scope, m_law.version(), ids);
    if (ids.isEmpty()) { // nothing new, or nothing of the caller's
        sendLargeJson(request, response, 200, body);
        return;
    }
    // Cases carry personal data: who read which, and when, is kept before
    // they are shown, or they are not shown. A workstation that polls the
    // same cases adds to one row per case and period, not a row per poll;
    // a case read again in its period on this server is counted in memory
    // and written within seconds (readledger.h).
    const QString session = QString::fromLatin1(
        tokenDigest(QByteArray::fromStdString(request.header("Authorization")).mid(7).trimmed())
            .left(16));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList first = m_reads.firstReads(session, ids, now);
    if (auto audited
        = store()->recordReads(session, user->id, first, now, m_config.readAuditMinutes);
        !audited) {
        sendError(response, ApiError::DatabaseUnavailable, audited.error().message);
        return;
    }
    m_reads.counted(session, user->id, ids, first, now);
    sendLargeJson(request, response, 200, body);
}

} // namespace Kezek
