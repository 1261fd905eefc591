#pragma once

#include "core/domain/lawbook.h"
#include "core/domain/oversight.h"
#include "core/result/result.h"
#include "db/client/cachecases.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace Kezek {

class ClientStore;

// The figures of oversight (issue 30) from the workstation's encrypted
// cache, offline too: the one place that reads them, for the supervisor's
// dashboard and the pilot report written at the workstation alike, so that
// the two agree. The law's rules stay in computeOversight.
struct OversightRequest
{
    QDate today;         // the desk's today, in Kazakhstan
    QDateTime serverNow; // the server's time, by which a claim still runs
    QDate from;          // the flow figures' period, both days included
    QDate to;
    std::optional<City> city; // the supervisor's city; none: every city (the ministry)
};

// The period checked before anything is read: a period that ends before it
// starts ("report.period-reversed", the domain's words), or a day after
// today ("report.period-future": nothing has happened on it yet).
Result<void> checkOversightPeriod(const OversightRequest &request, const Lawbook &law);

// The cases of the request's city (or all) with who holds each now,
// counted by `law` (its version named in the figures).
Result<OversightFigures>
readOversight(ClientStore &store, const Lawbook &law, const OversightRequest &request);

// What the dashboard keeps from one load to the next: the cases as read
// last, and the last figures with the question they answered.
struct OversightKept
{
    CacheCases::OversightMemory cases;
    std::optional<OversightQuery> asked;
    QString lawVersion;
    OversightFigures figures;
};

// The same over what was kept from the load before (the dashboard asks again
// and again over its own connection): only the cases changed since are read,
// and the figures are counted again only when a case, a claim, the law or
// the question changed.
Result<OversightFigures> readOversight(ClientStore &store,
                                       OversightKept &kept,
                                       const Lawbook &law,
                                       const OversightRequest &request);

} // namespace Kezek
