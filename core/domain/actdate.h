#pragma once

#include "core/result/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Kezek {

// The day an act counts from. An officer's act is dated when it was made, on
// a laptop offline too (the moment travels inside the signed command), not
// when it reached the server: a decision made on day 44 and synced on day 47
// is day 44's. The server accepts the moment within a window (a site setting,
// 72 hours by default) before it received the act, never in the future, and
// never before the step the act was made on; otherwise the act is dated on
// the day it was received, and the audit says why.
struct ActDating
{
    QDate date;             // Kazakhstan's date the act counts from
    bool atReceipt = false; // dated on receipt rather than when made
    QString why;            // when dated on receipt: why, for the audit
};

// `madeAt`: the moment the act says it was made (invalid: it says none);
// `receivedAt`: when the server received it; `baseMadeAt`: when the step that
// made the version the act was made on was itself made (invalid: unknown).
// Refuses ("command.made-in-future", "command.made-before-base") an act dated
// after its receipt or before its base.
Result<ActDating> dateOfAct(const QDateTime &madeAt,
                            const QDateTime &receivedAt,
                            int windowHours,
                            const QDateTime &baseMadeAt);

} // namespace Kezek
