#include "sync/bulkwork.h"

#include "core/domain/workflow.h"
#include "db/client/clientstore.h"
#include "sync/synctr.h"

#include <QDateTime>
#include <QUuid>

namespace Kezek {

namespace {

// Failures after which no other case can go through either.
bool serverLost(const Error &error)
{
    return error.code == u"sync.offline" || error.code == u"sync.cancelled"
           || error.code == u"sync.pin-mismatch" || error.code == u"sync.outdated"
           || error.code == u"sync.password-needed";
}

} // namespace

BulkGive::BulkGive(SyncEngine &engine, QString colleagueId, const QList<Item> &items)
    : m_engine(engine)
{
    for (const Item &item : items) {
        m_orders.append({item.caseId,
                         colleagueId,
                         QUuid::createUuid().toString(QUuid::WithoutBraces),
                         item.holder});
        m_numbers.append(item.number);
    }
}

void BulkGive::step()
{
    if (finished())
        return;
    const qsizetype at = m_next++;
    auto given = m_engine.give(m_orders.at(at));
    if (given) {
        ++m_given;
        return;
    }
    if (serverLost(given.error())) {
        // This case's give may have reached the server: it is said with the
        // rest, and a new run over them finds it given (its holder moved).
        --m_next;
        m_stopped = true;
        m_stoppedBy = given.error();
        return;
    }
    m_failures.append({m_orders.at(at).caseId, m_numbers.at(at), given.error()});
}

QList<BulkFailure> BulkGive::failures() const
{
    QList<BulkFailure> all = m_failures;
    if (!m_stopped)
        return all;
    const Error notSent
        = m_stoppedBy.code.isEmpty()
              ? Error{QStringLiteral("bulk.stopped"),
                      SyncTr::tr("Not given: the run was stopped before it.")}
              : Error{m_stoppedBy.code, SyncTr::tr("Not given: %1").arg(m_stoppedBy.message)};
    for (qsizetype i = m_next; i < m_orders.size(); ++i)
        all.append({m_orders.at(i).caseId, m_numbers.at(i), notSent});
    return all;
}

Result<void> claimOne(ClientStore &store, const Actor &actor, const Case &c, BulkClaim &outcome)
{
    if (!Workflow::mayClaim(actor, c)) {
        outcome.refused.append(
            {c.id,
             c.number,
             {QStringLiteral("claim.role"),
              SyncTr::tr("Your role reads cases and works none, so it claims none.")}});
        return {};
    }
    auto held = store.claimOf(c.id);
    if (!held)
        return std::unexpected(held.error());
    if (*held && (*held)->holder == actor.userId) {
        ++outcome.alreadyMine;
        return {};
    }
    const bool running = *held
                         && (!(*held)->expiresAt.isValid()
                             || (*held)->expiresAt > QDateTime::currentDateTimeUtc());
    if (running) {
        outcome.refused.append(
            {c.id,
             c.number,
             {QStringLiteral("case.claimed"),
              SyncTr::tr("%1 works on this case: it cannot be claimed before they give it back "
                         "or their claim runs out.")
                  .arg((*held)->holder)}});
        return {};
    }
    if (auto claimed = store.claim(c.id, actor.userId); !claimed)
        return claimed;
    ++outcome.claimed;
    return {};
}

} // namespace Kezek
