#include "server/jobs/escalations.h"

#include "core/domain/queues.h"
#include "db/server/serverstore.h"
#include "db/server/userstore.h"
#include "server/eventlog.h"
#include "server/jobs/jobstore.h"

#include <QUuid>

namespace Kezek {

namespace {

// The user every escalation is recorded under: the server acting for the law.
const QString ServerUser = QStringLiteral("kezek-server");

// Fixed forever: the ids of escalations already raised depend on it.
const QUuid Namespace = QUuid::fromString(u"0b7f3c52-94d1-4e0a-8a6e-2c5d9e41f7b3");

// The supervisors of each city, who are told of every escalation there.
Result<QHash<City, QStringList>> supervisorsByCity(ServerStore &store)
{
    auto users = UserStore(store).users();
    if (!users)
        return std::unexpected(users.error());
    QHash<City, QStringList> byCity;
    for (const UserRecord &user : std::as_const(*users)) {
        if (user.role == Role::Supervisor && user.city && !user.disabledAt.isValid())
            byCity[*user.city].append(user.id);
    }
    return byCity;
}

QList<CaseState> openStates()
{
    QList<CaseState> open;
    for (CaseState state : allCaseStates()) {
        if (!isFinalState(state))
            open.append(state);
    }
    return open;
}

} // namespace

Escalations::Escalations(ServerConfig config, Lawbook law)
    : m_config(std::move(config))
    , m_law(std::move(law))
{}

Escalations::~Escalations()
{
    stop();
}

void Escalations::start()
{
    if (m_config.escalationMinutes > 0)
        m_job.start([this] { run(); });
}

void Escalations::stop()
{
    m_job.stop();
}

QString Escalations::levelId(ClockStanding standing)
{
    return standing == ClockStanding::Breached ? QStringLiteral("breached")
                                               : QStringLiteral("warning");
}

QString Escalations::idFor(const QString &caseId, const ClockAlarm &alarm)
{
    return QUuid::createUuidV5(Namespace,
                               QStringLiteral("%1/%2/%3/%4")
                                   .arg(caseId,
                                        clockId(alarm.kind),
                                        alarm.started.toString(Qt::ISODate),
                                        levelId(alarm.standing)))
        .toString(QUuid::WithoutBraces);
}

void Escalations::run()
{
    while (!m_job.stopping()) {
        runOnce(QDateTime::currentDateTimeUtc());
        m_job.pause(std::chrono::minutes(m_config.escalationMinutes));
    }
    m_store.reset(); // closed on the thread that opened it
}

int Escalations::runOnce(const QDateTime &now)
{
    if (!openJobStore(m_store, m_config.databaseUrl, "escalations"))
        return -1;
    const QDate today = kazakhstanDate(now);
    auto cases = m_store->casesInStates(openStates());
    auto supervisors = supervisorsByCity(*m_store);
    auto absent = m_store->absentOn(today);
    if (!cases || !supervisors || !absent) {
        m_store.reset();
        const Error &error = !cases         ? cases.error()
                             : !supervisors ? supervisors.error()
                                            : absent.error();
        logEvent("WARN", "escalations", {{"message", error.message}});
        return -1;
    }
    m_absent = *absent;
    int raised = 0;
    for (const Case &c : std::as_const(*cases)) {
        for (const ClockAlarm &alarm : clockAlarms(c, m_law.calendar(), today)) {
            const int done = raise(c, alarm, supervisors->value(c.city), now);
            if (done < 0) {
                m_store.reset();
                return -1;
            }
            raised += done;
        }
    }
    logEvent("INFO", "escalations", {{"raised", QString::number(raised)}});
    return raised;
}

int Escalations::raise(const Case &c,
                       const ClockAlarm &alarm,
                       const QStringList &supervisors,
                       const QDateTime &now)
{
    ServerStore::Escalation escalation{idFor(c.id, alarm),
                                       c.id,
                                       c.number,
                                       c.city,
                                       clockId(alarm.kind),
                                       alarm.started,
                                       levelId(alarm.standing),
                                       alarm.due,
                                       now,
                                       0};
    const auto failed = [&c](const Error &error) {
        logEvent("WARN", "escalations", {{"case", c.id}, {"message", error.message}});
        return -1;
    };
    const auto known = m_store->escalationRaised(escalation);
    if (!known)
        return failed(known.error());
    if (*known)
        return 0;
    // Whoever holds the case now, and the city's supervisors. A holder marked
    // absent today is not told (issue 31, point 2): they cannot act, and the
    // supervisors, who are, hand the case out; the audit entry says so.
    const auto claim = m_store->claimOf(c.id, now);
    if (!claim)
        return failed(claim.error());
    QStringList recipients;
    QString absentHolder;
    if (*claim && m_absent.contains((*claim)->holder))
        absentHolder = (*claim)->holder;
    else if (*claim)
        recipients.append((*claim)->holder);
    for (const QString &supervisor : supervisors) {
        if (!recipients.contains(supervisor))
            recipients.append(supervisor);
    }
    const AuditEntry audit{ServerUser,
                           QStringLiteral("escalation"),
                           c.id,
                           QStringLiteral("%1 %2 %3: due %4, run from %5; told %6")
                                   .arg(escalation.id,
                                        escalation.clock,
                                        escalation.level,
                                        alarm.due.toString(Qt::ISODate),
                                        alarm.started.toString(Qt::ISODate),
                                        recipients.join(QLatin1Char(' ')))
                               + (absentHolder.isEmpty()
                                      ? QString()
                                      : QStringLiteral("; holder %1 absent").arg(absentHolder))};
    // Another server may raise it between the look and here: then its
    // insert won, and this one writes nothing.
    const auto raised = m_store->raiseEscalation(escalation, recipients, audit);
    if (!raised)
        return failed(raised.error());
    logEvent("INFO",
             "escalation",
             {{"case", c.id},
              {"clock", escalation.clock},
              {"level", escalation.level},
              {"status", *raised ? QStringLiteral("raised") : QStringLiteral("already")}});
    return *raised ? 1 : 0;
}

} // namespace Kezek
