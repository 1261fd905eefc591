#pragma once

#include "core/domain/case.h"
#include "core/domain/roles.h"
#include "core/result/result.h"
#include "sync/syncengine.h"

#include <QList>
#include <QString>

namespace Kezek {

class ClientStore;

// A case of a bulk step that did not go through, and why (in the words the
// server or the cache gave, in the user's language).
struct BulkFailure
{
    QString caseId;
    QString number;
    Error error;
};

// A supervisor gives many cases to one colleague (issue 31, point 2): each
// case its own request, with its own id made here once, so that a retry
// after a lost answer gives it once; the holder each was seen with goes
// along, so that a colleague's give meanwhile is refused, not overwritten.
// The caller steps through the cases (a progress dialog may stop between
// two); a lost server stops the run, and the cases not sent are said.
class BulkGive
{
public:
    struct Item
    {
        QString caseId;
        QString number;
        QString holder; // as the supervisor saw it; empty: nobody
    };
    BulkGive(SyncEngine &engine, QString colleagueId, const QList<Item> &items);

    qsizetype total() const { return m_orders.size(); }
    qsizetype done() const { return m_next; }
    bool finished() const { return m_next >= m_orders.size() || m_stopped; }
    // Gives the next case; a refusal is kept and the run goes on.
    void step();
    // The run stopped early by the caller: the rest are not sent.
    void stop() { m_stopped = true; }
    int given() const { return m_given; }
    // The refused cases, then the ones never sent (after a stop).
    QList<BulkFailure> failures() const;

private:
    SyncEngine &m_engine;
    QList<SyncEngine::GiveOrder> m_orders;
    QStringList m_numbers;
    qsizetype m_next = 0;
    int m_given = 0;
    bool m_stopped = false;
    Error m_stoppedBy;
    QList<BulkFailure> m_failures;
};

// An officer claims several cases at once: each claimed in the cache as a
// claim at the case would be, and sent with the next sync. Cases their role
// cannot claim, or a colleague holds, are refused and said.
struct BulkClaim
{
    int claimed = 0;     // newly claimed here
    int alreadyMine = 0; // held by this officer already
    QList<BulkFailure> refused;
};
Result<void> claimOne(ClientStore &store, const Actor &actor, const Case &c, BulkClaim &outcome);

} // namespace Kezek
