#include "ui/queuecounts.h"

#include "db/client/clientstore.h"

namespace Kezek {

QStringList stateIdsOf(const QueueDefinition &queue)
{
    QStringList states;
    for (CaseState state : queue.states)
        states.append(caseStateId(state));
    return states;
}

QStringList stateIdsOf(const QList<QueueDefinition> &queues)
{
    QStringList states;
    for (const QueueDefinition &queue : queues) {
        for (const QString &state : stateIdsOf(queue)) {
            if (!states.contains(state))
                states.append(state);
        }
    }
    return states;
}

QList<qint64> countQueues(ClientStore &store,
                          const QList<QueueDefinition> &queues,
                          QDate attentionOn,
                          QString *error)
{
    auto counts = store.countsByState();
    if (!counts) {
        *error = counts.error().message;
        return {};
    }
    QList<qint64> totals;
    for (const QueueDefinition &queue : queues) {
        qint64 total = 0;
        if (queue.overdue) {
            auto due = store.countNeedingAttention(stateIdsOf(queue), attentionOn);
            if (!due)
                *error = due.error().message;
            total = due.value_or(0);
        }
        for (CaseState state : queue.overdue ? QList<CaseState>() : queue.states)
            total += counts->value(caseStateId(state));
        totals.append(total);
    }
    return totals;
}

QList<qint64> countQueueHits(ClientStore &store,
                             const QList<QueueDefinition> &queues,
                             const QString &term,
                             QDate attentionOn)
{
    constexpr int Most = 5000;
    auto hits = store.search(term, Most);
    if (!hits)
        return {};
    QHash<QString, qint64> byState;
    for (const CaseRow &row : std::as_const(*hits))
        ++byState[row.state];
    QList<qint64> totals;
    for (const QueueDefinition &queue : queues) {
        qint64 total = 0;
        const QStringList states = stateIdsOf(queue);
        if (queue.overdue) {
            total
                = store.search(term, Most, {states, attentionOn}).value_or(QList<CaseRow>()).size();
        } else {
            for (const QString &state : states)
                total += byState.value(state);
        }
        totals.append(total);
    }
    return totals;
}

} // namespace Kezek
