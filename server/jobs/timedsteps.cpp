#include "server/jobs/timedsteps.h"

#include "core/domain/queues.h"
#include "db/server/serverstore.h"
#include "db/storeerrors.h"
#include "server/eventlog.h"
#include "server/http/httpapi.h"
#include "server/jobs/jobstore.h"

#include <QTimeZone>
#include <QUuid>

namespace Kezek {

namespace {

// The user every timed step is recorded under: the server acting for the law.
const QString ServerUser = QStringLiteral("kezek-server");

// Fixed forever: the ids of steps already taken depend on it.
const QUuid Namespace = QUuid::fromString(u"6d0c1a9e-5b1f-4c56-9d8e-3f1f2a7b9c40");

} // namespace

TimedSteps::TimedSteps(ServerConfig config, Lawbook law)
    : m_config(std::move(config))
    , m_law(std::move(law))
{}

TimedSteps::~TimedSteps()
{
    stop();
}

void TimedSteps::start()
{
    if (m_config.timedStepsMinutes > 0)
        m_job.start([this] { run(); });
}

void TimedSteps::stop()
{
    m_job.stop();
}

QString TimedSteps::commandId(const QString &caseId, const TimedStep &step)
{
    return QUuid::createUuidV5(
               Namespace,
               QStringLiteral("%1/%2/%3")
                   .arg(caseId, Workflow::actionId(step.action), step.due.toString(Qt::ISODate)))
        .toString(QUuid::WithoutBraces);
}

void TimedSteps::run()
{
    while (!m_job.stopping()) {
        runOnce(QDateTime::currentDateTimeUtc());
        m_job.pause(std::chrono::minutes(m_config.timedStepsMinutes));
    }
    m_store.reset(); // closed on the thread that opened it
}

namespace {

// Under the lock, the case as it is: still owing the same step (the
// applicant may have reworked it meanwhile), taken by the server itself and
// dated on the day it fell due.
Result<ServerStore::CommandDecision> decideTimedStep(const std::optional<Case> &current,
                                                     const TimedStep &step,
                                                     const CaseCommand &command,
                                                     const QDateTime &now,
                                                     const Lawbook &law)
{
    ServerStore::CommandDecision decision;
    if (!current || Workflow::timedStep(*current, law.calendar()) != step) {
        decision.answer = {{QStringLiteral("id"), command.id},
                           {QStringLiteral("status"), QStringLiteral("rejected")},
                           {QStringLiteral("code"), QStringLiteral("timed.not-due")}};
        return decision;
    }
    const Actor system{Role::System, std::nullopt, ServerUser};
    ActionInput input;
    input.action = step.action;
    input.today = step.due; // dated on the day it fell due
    auto outcome = Workflow::apply(*current, system, input, law.context());
    if (!outcome)
        return std::unexpected(outcome.error());
    decision.after = outcome->after;
    decision.notices = outcome->notices;
    decision.audit = {ServerUser,
                      QStringLiteral("command"),
                      current->id,
                      QStringLiteral("%1 %2 version %3 timed: fell due %4, taken %5")
                          .arg(command.type, command.id)
                          .arg(outcome->after.version)
                          .arg(step.due.toString(Qt::ISODate), now.toString(Qt::ISODate))};
    return decision;
}

} // namespace

int TimedSteps::runOnce(const QDateTime &now)
{
    if (!openJobStore(m_store, m_config.databaseUrl, "timed-steps"))
        return -1;
    auto cases
        = m_store->casesInStates({CaseState::ReturnedForRework, CaseState::PreliminarilyApproved});
    if (!cases) {
        m_store.reset();
        logEvent("WARN", "timed-steps", {{"message", cases.error().message}});
        return -1;
    }
    const BusinessCalendar &calendar = m_law.calendar();
    const QDate today = kazakhstanDate(now);
    int taken = 0;
    for (const Case &c : std::as_const(*cases)) {
        const auto step = Workflow::timedStep(c, calendar);
        if (!step)
            continue;
        // The day it falls due begins at midnight in Kazakhstan; acts made
        // before it may still arrive for the window's hours after that.
        const QDateTime dueStart
            = QDateTime(step->due, QTime(0, 0), QTimeZone::utc()).addSecs(-5 * 3600); // UTC+5
        if (today < step->due || now < dueStart.addSecs(qint64(m_config.actWindowHours) * 3600))
            continue;
        const CaseCommand command{
            commandId(c.id, *step), Workflow::actionId(step->action), c.id, c.version, {}, {}, {}};
        const auto decide
            = [&](const std::optional<Case> &current, const QList<InterveningChange> &) {
                  return decideTimedStep(current, *step, command, now, m_law);
              };
        auto answer = m_store->applyCommand(command, ServerUser, true, decide);
        if (!answer) {
            logEvent("WARN",
                     "timed-steps",
                     {{"case", c.id}, {"step", command.type}, {"message", answer.error().message}});
            if (answer.error().code.startsWith(StoreErrors::Prefix)) {
                m_store.reset();
                return -1;
            }
            continue;
        }
        const QString status = answer->value(u"status").toString();
        if (status == u"applied")
            ++taken;
        logEvent("INFO",
                 "timed-step",
                 {{"case", c.id},
                  {"step", command.type},
                  {"due", step->due.toString(Qt::ISODate)},
                  {"status", status}});
    }
    return taken;
}

} // namespace Kezek
