#include "app/ctl/commands/admin.h"
#include "app/ctl/commands/commands.h"
#include "app/ctl/commands/serverdatabase.h"
#include "core/domain/queues.h"
#include "core/simulation/historyseeder.h"
#include "db/server/auditlog.h"
#include "resources/shippeddata.h"

namespace Kezek::Ctl {

// A demo's or a training site's past, imported into the store as from an
// earlier system: each case the workflow made, with an audit entry.
int runAdminSeedHistory(const Invocation &invocation, Console &console)
{
    const QStringList &arguments = invocation.arguments;
    QCommandLineParser parser;
    if (!parseOptions(parser, {"database", "count", "days", "seed"}, arguments))
        return console.usage(parser.errorText(), adminSynopsis());
    bool countOk = true;
    bool daysOk = true;
    bool seedOk = true;
    HistoryOptions options;
    options.today = kazakhstanDate(QDateTime::currentDateTimeUtc());
    if (parser.isSet(QStringLiteral("count")))
        options.count = parser.value(QStringLiteral("count")).toInt(&countOk);
    if (parser.isSet(QStringLiteral("days")))
        options.days = parser.value(QStringLiteral("days")).toInt(&daysOk);
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (parser.value(QStringLiteral("database")).isEmpty() || !countOk || !daysOk || !seedOk
        || options.count < 1 || options.count > 100000 || options.days < 60 || options.days > 3650)
        return console.usage(Tr::tr("seed-history needs --database, and --count 1..100000 and "
                                    "--days 60..3650 when given."),
                             adminSynopsis());
    auto law = ShippedData::lawbook();
    if (!law)
        return console.error(DataError, law.error().message);
    auto seeded = Kezek::seedHistory(options, law->context(), law->legalBasis());
    if (!seeded)
        return console.error(DataError, seeded.error().message);
    auto store = openServerStore(parser.value(QStringLiteral("database")));
    if (!store)
        return console.error(DataError, store.error().message);
    QList<Case> cases;
    for (const SeededCase &seededCase : std::as_const(*seeded)) {
        auto existing = (*store)->findCase(seededCase.c.id);
        if (!existing)
            return console.error(DataError, existing.error().message);
        if (existing->has_value())
            return console.error(
                CheckFailed,
                Tr::tr("The history of seed %1 is already in this database.").arg(options.seed));
        cases.append(seededCase.c);
    }
    if (auto saved = (*store)->saveCases(cases); !saved)
        return console.error(DataError, saved.error().message);
    for (const Case &c : std::as_const(cases)) {
        if (auto audited = AuditLog(**store).append({QStringLiteral("kezekctl"),
                                                     QStringLiteral("import"),
                                                     c.id,
                                                     QStringLiteral("history %1 %2 version %3")
                                                         .arg(c.number, caseStateId(c.state))
                                                         .arg(c.version)},
                                                    QDateTime::currentDateTimeUtc());
            !audited)
            return console.error(DataError, audited.error().message);
    }
    console.out() << Tr::tr("cases imported: %1, filed over the past %2 days")
                         .arg(cases.size())
                         .arg(options.days)
                  << '\n';
    return Ok;
}

} // namespace Kezek::Ctl
