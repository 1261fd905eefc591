#pragma once

#include "core/domain/queues.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace Kezek {

class ClientStore;

// The ids of the stages a queue holds (or, for a list, any of them holds).
QStringList stateIdsOf(const QueueDefinition &queue);
QStringList stateIdsOf(const QList<QueueDefinition> &queues);

// How many cases each queue holds, in the queues' order; an overdue queue
// only those needing attention on `attentionOn` (amber or red). Empty when the cache cannot count
// them; `error` says what could not be counted.
QList<qint64> countQueues(ClientStore &store,
                          const QList<QueueDefinition> &queues,
                          QDate attentionOn,
                          QString *error);
// While searching: how many cases of each queue match `term` (one search
// over all the cases). Empty when the search fails.
QList<qint64> countQueueHits(ClientStore &store,
                             const QList<QueueDefinition> &queues,
                             const QString &term,
                             QDate attentionOn);

} // namespace Kezek
