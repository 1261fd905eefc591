#include "sync/oversightreader.h"

#include "core/domain/displaydate.h"
#include "db/client/clientstore.h"
#include "sync/synctr.h"

namespace Kezek {

Result<void> checkOversightPeriod(const OversightRequest &request, const Lawbook &law)
{
    // The domain says what a reversed or missing period is, in its words:
    // asked with no cases, it answers at once.
    const OversightQuery query{request.today, request.from, request.to, request.city, {}};
    if (auto counted = computeOversight({}, query, law); !counted)
        return std::unexpected(counted.error());
    const QDate later = std::max(request.from, request.to);
    if (later > request.today)
        return fail(QStringLiteral("report.period-future"),
                    SyncTr::tr("The period ends on %1, after today (%2): nothing has happened "
                               "on it yet. Choose a period up to today.")
                        .arg(displayDate(later), displayDate(request.today)));
    return {};
}

Result<OversightFigures>
readOversight(ClientStore &store, const Lawbook &law, const OversightRequest &request)
{
    if (auto period = checkOversightPeriod(request, law); !period)
        return std::unexpected(period.error());
    auto cases = store.casesForOversight(request.city ? std::optional(cityId(*request.city))
                                                      : std::nullopt);
    if (!cases)
        return std::unexpected(cases.error());
    auto holders = store.holdersAt(request.serverNow);
    if (!holders)
        return std::unexpected(holders.error());
    const OversightQuery query{
        request.today, request.from, request.to, request.city, std::move(*holders)};
    return computeOversight(*cases, query, law);
}

} // namespace Kezek
