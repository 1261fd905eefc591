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

namespace {

bool sameQuestion(const OversightQuery &a, const OversightQuery &b)
{
    return a.today == b.today && a.from == b.from && a.to == b.to && a.city == b.city
           && a.holders == b.holders;
}

} // namespace

Result<OversightFigures>
readOversight(ClientStore &store, const Lawbook &law, const OversightRequest &request)
{
    OversightKept once;
    return readOversight(store, once, law, request);
}

Result<OversightFigures> readOversight(ClientStore &store,
                                       OversightKept &kept,
                                       const Lawbook &law,
                                       const OversightRequest &request)
{
    if (auto period = checkOversightPeriod(request, law); !period)
        return std::unexpected(period.error());
    auto read = store.refreshOversight(
        kept.cases, request.city ? std::optional(cityId(*request.city)) : std::nullopt);
    if (!read)
        return std::unexpected(read.error());
    auto holders = store.holdersAt(request.serverNow);
    if (!holders)
        return std::unexpected(holders.error());
    OversightQuery query{
        request.today, request.from, request.to, request.city, std::move(*holders)};
    if (*read == 0 && kept.asked && kept.lawVersion == law.version()
        && sameQuestion(*kept.asked, query))
        return kept.figures;
    auto figures = computeOversight(kept.cases.cases, query, law);
    if (figures) {
        kept.asked = std::move(query);
        kept.lawVersion = law.version();
        kept.figures = *figures;
    } else {
        kept.asked.reset();
    }
    return figures;
}

} // namespace Kezek
