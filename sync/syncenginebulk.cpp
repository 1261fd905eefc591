#include "sync/syncengine.h"

#include "core/protocol/api.h"
#include "sync/synctr.h"

#include <QJsonArray>
#include <QUuid>

// A supervisor's work in bulk and absences (issue 31, point 2), online only.
namespace Kezek {

namespace {

std::unexpected<Error> answerSaid(const QJsonObject &json, int status)
{
    return fail(json.value(u"code").toString(QStringLiteral("sync.http-%1").arg(status)),
                json.value(u"message").toString(SyncTr::tr("The server answered %1.").arg(status)));
}

Absence absenceFromJson(const QJsonObject &json)
{
    return {json.value(u"id").toString(),
            json.value(u"userId").toString(),
            QDate::fromString(json.value(u"from").toString(), Qt::ISODate),
            QDate::fromString(json.value(u"to").toString(), Qt::ISODate)};
}

} // namespace

Result<void> SyncEngine::give(const GiveOrder &order)
{
    if (auto ok = signedIn(); !ok)
        return std::unexpected(ok.error());
    const QJsonArray batch{QJsonObject{{QStringLiteral("caseId"), order.caseId},
                                       {QStringLiteral("assignTo"), order.colleagueId},
                                       {QStringLiteral("requestId"), order.requestId},
                                       {QStringLiteral("fromHolder"), order.fromHolder}}};
    auto reply
        = m_api.request("POST", Api::path(Api::Route::Claims), {{QStringLiteral("claims"), batch}});
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 200)
        return answerSaid(reply->json, reply->status);
    const QJsonObject result = reply->json.value(u"results").toArray().at(0).toObject();
    if (result.value(u"status").toString() != u"assigned") {
        return fail(result.value(u"code").toString(QStringLiteral("sync.assign")),
                    result.value(u"message").toString());
    }
    return {};
}

Result<void> SyncEngine::refreshClaims()
{
    if (auto ok = signedIn(); !ok)
        return std::unexpected(ok.error());
    return pullClaims();
}

Result<Absence> SyncEngine::markAbsent(const QString &userId, QDate from, QDate to)
{
    if (auto ok = signedIn(); !ok)
        return std::unexpected(ok.error());
    // Made once: a retry after a lost answer is the same absence.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto reply = m_api.request("POST",
                               Api::path(Api::Route::MarkAbsence),
                               {{QStringLiteral("id"), id},
                                {QStringLiteral("userId"), userId},
                                {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                {QStringLiteral("to"), to.toString(Qt::ISODate)}});
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 200)
        return answerSaid(reply->json, reply->status);
    return absenceFromJson(reply->json.value(u"absence").toObject());
}

Result<QList<Absence>> SyncEngine::absences()
{
    if (auto ok = signedIn(); !ok)
        return std::unexpected(ok.error());
    auto reply = m_api.request("GET", Api::path(Api::Route::ListAbsences));
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->status != 200)
        return answerSaid(reply->json, reply->status);
    QList<Absence> list;
    for (const auto &value : reply->json.value(u"absences").toArray())
        list.append(absenceFromJson(value.toObject()));
    return list;
}

} // namespace Kezek
