#pragma once

#include "core/domain/casestate.h"
#include "core/domain/roles.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Kezek {

// A worklist on the workstation: the stages of the process (PROCESS.md) a
// role acts on, gathered as the officers speak of them.
struct QueueDefinition
{
    QString id; // stable, for saved settings ("decision-due")
    QString title;
    QList<CaseState> states;
    bool overdue = false; // only the cases whose duty deadline is past or near (amber)
};

// The queues a role sees, in the order of the process. A supervisor sees
// every stage; a ministry reviewer everything shared with the ministry.
QList<QueueDefinition> queuesFor(Role role);

// The date the law counts on: Kazakhstan's, one time zone (UTC+5) since
// 1 March 2024, from a moment given in UTC (the server's clock, §3).
QDate kazakhstanDate(const QDateTime &utc);
// The same moment on Kazakhstan's clock (UTC+5), as a report states when it was made.
QDateTime kazakhstanTime(const QDateTime &utc);

} // namespace Kezek
