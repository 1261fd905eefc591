#include "app/ctl/simulate/world.h"

#include "core/domain/commandkinds.h"
#include "core/domain/queues.h"
#include "core/protocol/api.h"

#include <QUuid>

namespace Kezek::Ctl {

World::World(const QUrl &server, const QSslConfiguration &tls, quint32 seed)
    : m_random(seed)
{
    for (const char *name : {"kqp", "nsc", "checks", "courier", "migration"})
        m_clients.emplace(QString::fromLatin1(name), std::make_unique<ApiClient>(server, tls));
}

Result<void> World::signIn(const QString &secret)
{
    for (auto &[name, client] : m_clients) {
        if (auto ok = client->signIn(name, secret); !ok)
            return ok;
    }
    return {};
}

Result<QMap<QString, int>> World::round(int delaySeconds)
{
    QHash<QString, QJsonArray> messages;
    for (auto &[name, client] : m_clients) {
        CaseFeed &feed = m_feeds[name];
        if (auto pulled = feed.pull(*client); !pulled)
            return std::unexpected(pulled.error());
        for (auto it = feed.cases().cbegin(); it != feed.cases().cend(); ++it) {
            if (feed.waited(it.key()) < delaySeconds)
                continue;
            QHash<QString, QJsonArray> said;
            answer(it.value(), said);
            for (const auto &one : said.value(name))
                messages[name].append(one);
        }
    }
    QMap<QString, int> said;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        const ApiClient::Reply reply = m_clients.at(it.key())->post(
            Api::integrationCommandsPath(it.key()), {{QStringLiteral("commands"), it.value()}});
        if (reply.status != 200) {
            return fail(QStringLiteral("ctl.simulate"),
                        reply.status == 0 ? reply.error : reply.json.value(u"message").toString());
        }
        for (const auto &result : reply.json.value(u"results").toArray()) {
            if (result.toObject().value(u"status").toString() == u"applied")
                ++said[it.key()];
        }
    }
    return said;
}

QJsonObject World::message(const Case &c, const QString &type, const QJsonObject &payload)
{
    return {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("type"), type},
            {QStringLiteral("caseId"), c.id},
            {QStringLiteral("payload"), payload}};
}

void World::recordChecks(const Case &c, CheckPhase phase, QHash<QString, QJsonArray> &messages)
{
    const QList<CheckKind> kinds
        = phase == CheckPhase::Preliminary
              ? QList<CheckKind>{CheckKind::Idb, CheckKind::CriminalRecords}
              : QList<CheckKind>{CheckKind::BorderCrossing,
                                 CheckKind::Afis,
                                 CheckKind::Idb,
                                 CheckKind::CriminalRecords};
    for (const CheckKind kind : kinds) {
        if (c.checkOutcome(phase, kind) != CheckOutcome::Pending)
            continue;
        const bool hit = m_random.bounded(100) < 3;
        messages[QStringLiteral("checks")].append(message(
            c,
            caseFactId(CaseFact::RecordCheck),
            {{QStringLiteral("check"), checkKindId(kind)},
             {QStringLiteral("outcome"), hit ? QStringLiteral("hit") : QStringLiteral("clear")},
             {QStringLiteral("reference"),
              QStringLiteral("%1-%2")
                  .arg(checkKindId(kind).toUpper())
                  .arg(m_random.bounded(100000, 999999))}}));
    }
}

void World::answer(const Case &c, QHash<QString, QJsonArray> &messages)
{
    switch (c.state) {
    case CaseState::Received:
        if (c.kqpNumber.isEmpty()) {
            messages[QStringLiteral("kqp")].append(
                message(c,
                        caseFactId(CaseFact::AssignKqpNumber),
                        {{QStringLiteral("number"),
                          QStringLiteral("KQP-%1-%2")
                              .arg(c.receivedOn.year())
                              .arg(m_random.bounded(100000, 999999))}}));
        }
        break;
    case CaseState::WithNsc:
        messages[QStringLiteral("nsc")].append(
            message(c,
                    QStringLiteral("record-nsc-answer"),
                    {{QStringLiteral("nscApproved"), m_random.bounded(100) >= 10},
                     {QStringLiteral("reference"),
                      QStringLiteral("BERKUT-%1").arg(m_random.bounded(100000, 999999))}}));
        Q_FALLTHROUGH();
    case CaseState::Registered:
    case CaseState::DecisionDue:
        recordChecks(c, CheckPhase::Preliminary, messages);
        break;
    case CaseState::InCourier: {
        static const QStringList steps = {
            QStringLiteral("picked-up"), QStringLiteral("in-transit"), QStringLiteral("delivered")};
        const auto reported
            = std::count_if(c.history.cbegin(), c.history.cend(), [](const HistoryEntry &entry) {
                  return entry.action.startsWith(u"courier-");
              });
        if (reported < steps.size()) {
            messages[QStringLiteral("courier")].append(
                message(c,
                        caseFactId(CaseFact::RecordCourierStatus),
                        {{QStringLiteral("tracking"), c.courierTracking},
                         {QStringLiteral("status"), steps.at(reported)}}));
        }
        Q_FALLTHROUGH();
    }
    case CaseState::FinalRegistered:
    case CaseState::FinalVerification:
        recordChecks(c, CheckPhase::Final, messages);
        break;
    case CaseState::PreliminarilyApproved: {
        // §19-20: seven applicants in ten cross the border (Berkut says
        // so), and are then fingerprinted at the migration office, which
        // keeps their approval; the others let it lapse.
        if (qHash(c.id) % 10 >= 7)
            break;
        const QString today = kazakhstanDate(QDateTime::currentDateTimeUtc()).toString(Qt::ISODate);
        if (!c.arrivedOn.isValid()) {
            messages[QStringLiteral("nsc")].append(
                message(c,
                        caseFactId(CaseFact::RecordArrival),
                        {{QStringLiteral("date"), today},
                         {QStringLiteral("reference"),
                          QStringLiteral("BERKUT-%1").arg(m_random.bounded(100000, 999999))}}));
        } else if (!c.fingerprintedOn.isValid()) {
            messages[QStringLiteral("migration")].append(
                message(c,
                        caseFactId(CaseFact::RecordFingerprinting),
                        {{QStringLiteral("date"), today},
                         {QStringLiteral("reference"),
                          QStringLiteral("AFIS-%1").arg(m_random.bounded(100000, 999999))}}));
        }
        break;
    }
    default:
        break;
    }
}

} // namespace Kezek::Ctl
